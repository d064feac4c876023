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
 * "the Clintons", "the Obamas set up a charity": a capitalised word ending in -s right after "the". When the word
 * without its -s (or -es) is a person's family name, it names a family (surname.ts checks that: "the Soros
 * invasion", "the Masters of the universe" are not plurals of a name).
 */
export function namesFamilyPlural(text: string, start: number, word: string): boolean {
  return PLURAL_NAME.test(word) && THE_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/** The singular forms of a plural name: "clintons" -> clinton; "bushes" -> bush, bushe. */
export function singularsOf(word: string): string[] {
  const w = word.toLowerCase();
  if (!w.endsWith('s')) return [];
  return w.endsWith('es') ? [w.slice(0, -2), w.slice(0, -1)] : [w.slice(0, -1)];
}

/** The one-word mentions after "the" in the plural of a name (namesFamilyPlural), doc by doc. */
export function pluralMentions(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Set<Mention> {
  const out = new Set<Mention>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) if (!/\s/.test(m.text) && namesFamilyPlural(d.text, m.start, m.text)) out.add(m);
  });
  return out;
}

/**
 * The Arabic "Al" written apart and capitalised before a family name ("the Al Saud", "the Al Thani family") is "the
 * house of": after "the" it names the dynasty, not one of its members (the article "al-" is written joined).
 */
const HOUSE_OF = /^Al \p{Lu}\p{Ll}+$/u;

/** Whether a mention names a dynasty by "Al" (see above): after "the", or before a family word. */
export function namesHouse(text: string, m: Mention): boolean {
  return (
    HOUSE_OF.test(m.text) && (THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) || namesKin(text, m.end))
  );
}

/** The one-word mentions of each doc (same order as docs) that name a family or siblings, not one person; and the
 * dynasties named "the Al Saud". */
export function kinMentions(docs: readonly Doc[], mentions: readonly (readonly Mention[])[]): Set<Mention> {
  const out = new Set<Mention>();
  docs.forEach((d, k) => {
    for (const m of mentions[k])
      if ((!/\s/.test(m.text) && namesKin(d.text, m.end)) || namesHouse(d.text, m)) out.add(m);
  });
  return out;
}
