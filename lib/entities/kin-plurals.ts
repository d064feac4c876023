// A bare surname that names a family or a set of siblings ("the Tsarnaev brothers", "the Koch brothers", "the Bush
// family", "the Glosser family quickly prospered") is not the one person the article names in full with it: the merge
// keeps such mentions out of that person (surname.ts). "family" before a noun it modifies ("the Trump family
// separation policy") is a compound, not a family: the word after "family" must end the phrase (punctuation, a
// possessive, a function word) or be a verb or adverb by its ending (-s, -ed, -ly: "family belongs", "family quickly").
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Mention } from './mention-record.js';

/** Plurals of kin that always name several people after a surname. */
const KIN = /^[ \t]+(?:brothers|sisters|twins|cousins|siblings)\b/i;
/** A family word after the surname, and what follows it. */
const FAMILY = /^[ \t]+(?:family|families|clan|dynasty)(?=([\s\S]{0,40}))/i;
/** What may follow "family" for the family reading: a mark, or a word. */
const NEXT = /^\s*(?:(\p{L}+)|[^\p{L}\s])/u;

/** Whether "family" is followed by what ends its phrase (see above) rather than by the noun it modifies. */
function familyEnds(after: string): boolean {
  const m = NEXT.exec(after);
  if (!m) return true;
  const w = m[1];
  if (w === undefined) return true;
  const lw = w.toLowerCase();
  return STOPWORDS.has(lw) || /(?:ly|ed|[^s]s)$/.test(lw);
}

/** Whether the text right after a mention makes it a family or a set of siblings. */
export function namesKin(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (KIN.test(after)) return true;
  const f = FAMILY.exec(after);
  return f !== null && familyEnds(f[1]);
}

/** "the " right before a mention, and a plural name: a capitalised word ending in -s. */
const THE_BEFORE = /(?:^|[^\p{L}])the[ \t]+$/iu;
const PLURAL_NAME = /^\p{Lu}\p{Ll}+s$/u;

/**
 * "the Clintons", "the Obamas have", "the Masters of the universe": a surname in the plural after "the", the phrase
 * ending there (as for "family", above), names a family or a set of people, not the one person named in full with
 * the surname ("Hillary Clintons", a slip for a possessive, is no one's plural). "the Flores settlement" is a noun
 * the name modifies.
 */
export function namesFamilyPlural(text: string, start: number, word: string): boolean {
  return (
    PLURAL_NAME.test(word) &&
    THE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    familyEnds(text.slice(start + word.length, start + word.length + 40))
  );
}

/** The one-word mentions of each doc (same order as docs) that name a family or siblings, not one person. */
export function kinMentions(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Set<Mention> {
  const out = new Set<Mention>();
  docs.forEach((d, k) => {
    for (const m of mentions[k])
      if (!/\s/.test(m.text) && (namesKin(d.text, m.end) || namesFamilyPlural(d.text, m.start, m.text))) out.add(m);
  });
  return out;
}
