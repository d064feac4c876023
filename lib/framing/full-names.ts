// A surname written alone ("Babeu said") read by the full name the same article gave it earlier ("Sheriff Paul
// Babeu"), when the entity table has no such person: news copy names someone in full once, then by surname. Pure.
import { STOPWORDS } from '../text/stopwords.js';
import { writesLower, type LowerWords } from '../text/lower-words.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}.'’-]*)[ \t]+$/u;

/**
 * A given name and a surname: two capitalised words, the first plain letters ("Paul Babeu", "Jan Ting"); the surname
 * is read ahead, so "Agent Manuel Padilla" yields "Agent Manuel" and "Manuel Padilla"; a line break parts them.
 */
const FIRST_LAST = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+)[ \t]+(?=(\p{Lu}[\p{L}'’-]*\p{L})(?![\p{L}'’-]))/gu;

/**
 * The full names of a text by their lowercase last word, where one only: "Paul Babeu" under "babeu". The first word
 * must be no common word ("The Gallup", "For Daghestany"), no participle ("Avenging Egyptian") and no title or other
 * word `skip` rules out ("Agent", "American", "Media"): those describe the name, they are not its first part; and
 * only a title may come before the two ("Energy Agency Ban" is the end of a longer name). A surname two full names share ("Jan
 * Ting", "Ann Ting") is left out.
 */
export function docFullNames(text: string, skip: (lowerWord: string) => boolean): Map<string, string> {
  const seen = new Map<string, string | null>();
  for (const m of text.matchAll(FIRST_LAST)) {
    const first = m[1].toLowerCase();
    // a title in the plural names two people ("Sheriffs Babeu and Doe"), not a given name
    if (STOPWORDS.has(first) || skip(first) || (first.endsWith('s') && skip(first.slice(0, -1)))) continue;
    if (first.endsWith('ing')) continue;
    // the end of a longer name ("Energy Agency Ban") unless a title precedes ("Sheriff Paul Babeu")
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (before && !skip(before[1].toLowerCase().replace(/\.$/, ''))) continue;
    const full = m[1] + ' ' + m[2];
    // under the surname, and under the first word: a family name written first ("Ban Ki-moon": "Ban said")
    for (const k of [m[2].toLowerCase(), FIRST + first]) {
      const was = seen.get(k);
      seen.set(k, was === undefined || was === full ? full : null);
    }
  }
  const out = new Map<string, string>();
  for (const [k, v] of seen) if (v) out.set(k, v);
  return out;
}

/**
 * The full name for a one-word speaker ("Babeu"; "Ban" for "Ban Ki-moon"), from `names` (docFullNames of the text),
 * unless the article (`lower`: lowerWords of its text) also writes the word or the given name in lower case: then it is a common word ("Motel 6",
 * "Immigration advocacy groups", "Agency Ban"), no name; `person`: the entity table typed the word a person, so the
 * lower-case test is not needed ("the travel ban" beside "Ban said").
 */
export function fullNameOf(
  lower: LowerWords,
  names: ReadonlyMap<string, string>,
  word: string,
  person = false,
): string | undefined {
  const w = word.toLowerCase();
  // a surname first; the first word of a full name only for a word the entity table typed a person, and when no
  // full name ends on it ("Egyptian" opens "Egyptian Interior Ministry" and names no one)
  const full = names.get(w) ?? (person && !names.has(w) ? names.get(FIRST + w) : undefined);
  if (!full) return undefined;
  if (person) return full; // the entity table already reads the word as a person's name
  return writesLower(lower, word) || writesLower(lower, full.split(' ')[0]) ? undefined : full;
}

/** The key prefix of a full name filed under its first word. */
const FIRST = '\u0001';
