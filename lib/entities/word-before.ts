// The word written right before each one-word mention ("the" in "the Brotherhood", "and" in "Control and
// Prevention"), lowercased: a merge rule reads it to tell a body's short form from a common word capitalised for
// another reason (merge/last-word.ts). And the two words right after it ("of parliament" after "Upper House"): a
// head word followed by "of" is a longer name cut in two, not the head word alone (merge/home-chamber.ts).
import type { Doc } from '../types.js';
import type { Mention } from './mention-record.js';
import { FIRST_NAMES } from './gazetteer.js';
import { givenNames } from './world.js';

/** The last run of non-space characters before the end of a short slice (bounded: linear on any text). */
const LAST_WORD = /(\S{1,20})\s{1,4}$/;

/** The lowercased word before each one-word mention of each doc (same order as docs); '' at the text's start. */
export function wordsBefore(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (/\s/.test(m.text)) continue;
      const w = LAST_WORD.exec(d.text.slice(Math.max(0, m.start - 24), m.start));
      out.set(m, w ? w[1].toLowerCase() : '');
    }
  });
  return out;
}

/** The first two runs of non-space characters at the start of a short slice (bounded: linear on any text). */
const NEXT_WORDS = /^\s{0,4}(\S{1,20})(?:\s{1,4}(\S{1,20}))?/;

/** The two lowercased words after each one-word mention of each doc, joined by a space ('' at the text's end). */
export function wordsAfter(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Map<Mention, string> {
  const out = new Map<Mention, string>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (/\s/.test(m.text)) continue;
      const w = NEXT_WORDS.exec(d.text.slice(m.end, m.end + 48));
      out.set(m, w ? [w[1], w[2] ?? ''].join(' ').trim().toLowerCase() : '');
    }
  });
  return out;
}

/** A capitalised word and the spaces (no line break) right before the end of a short slice; bounded, linear. */
const NAME_WORD_BEFORE = /[\s(](\p{Lu}\p{Ll}{1,19})[ \t]{1,3}$/u;

/**
 * The listed given name written right before a one-word mention on the same line ("Mae" in "Monday . Mae Ryan for
 * The Wall Street Journal", a photo credit the mention cut short), lowercased, when the corpus never writes the word
 * in lower case ("May", "Will", "Mark" start sentences as verbs and nouns): the bare word is then the surname of the
 * person so named, not of another person with the surname (merge/given-before.ts).
 */
export function givenNamesBefore(
  docs: readonly Doc[],
  mentions: readonly (readonly Mention[])[],
  lower: ReadonlyMap<string, number>,
): Map<Mention, string> {
  const listed = givenNames();
  const isGiven = (w: string) => FIRST_NAMES.has(w) || listed.has(w);
  const out = new Map<Mention, string>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (/\s/.test(m.text)) continue;
      const from = Math.max(0, m.start - 25);
      // a space for the text's start, so that a name opening the text is read too
      const w = NAME_WORD_BEFORE.exec((from ? '' : ' ') + d.text.slice(from, m.start));
      const given = w?.[1].toLowerCase();
      if (given && isGiven(given) && !lower.get(given)) out.set(m, given);
    }
  });
  return out;
}
