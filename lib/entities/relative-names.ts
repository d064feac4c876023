// A full name written right after a kin noun ("his mother Nancy Vale", "the son of the late Billy Vale", "wife of
// former governor Marcus Vale") names a relative brought in to describe someone else, not the person
// the article is about: the merge reads it to tell an article's subject from the relatives named beside it
// (merge/surname-subject.ts).
import type { Doc } from '../types.js';
import type { Mention } from './mention-record.js';

/** Kin nouns, singular: a general list written from knowledge, not from any corpus. */
const KIN_NOUNS = [
  'mother',
  'father',
  'mom',
  'dad',
  'son',
  'daughter',
  'wife',
  'husband',
  'widow',
  'widower',
  'brother',
  'sister',
  'stepson',
  'stepdaughter',
  'stepfather',
  'stepmother',
  'grandson',
  'granddaughter',
  'grandfather',
  'grandmother',
  'nephew',
  'niece',
  'uncle',
  'aunt',
  'cousin',
  'fiancee',
  'fiance',
  'parents',
];

/**
 * A kin noun (with "of", or a possessive or an article before it), then at most three title words (lower case, or a
 * capitalised abbreviation with its period: "former governor", "Rev ."), right at the end of the slice before a
 * name. Bounded quantifiers on a slice of fixed length: linear.
 */
const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:[Hh]is|[Hh]er|[Tt]heir|[Ww]hose|[Tt]he|[Aa]|` +
    String.raw`(\p{L}{1,20})\s{0,2}'s?)\s{1,3}(?:late\s{1,3})?(?:` +
    KIN_NOUNS.join('|') +
    String.raw`)(?:\s{1,3}of)?|(?:` +
    KIN_NOUNS.join('|') +
    String.raw`)\s{1,3}of)` +
    String.raw`(?:\s{1,3}(?:the\s{1,3}late|late|former|\p{Ll}{2,15}|\p{Lu}\p{Ll}{0,4}\s{0,2}\.))` +
    String.raw`{0,3}\s{0,3},?\s{1,3}$`,
  'u',
);

/** How many characters before a name are read. */
const WINDOW = 90;

/** A full name written as someone's relative: whose (see `relativeOf`). */
export interface Relative {
  /** the lowercased name whose relative it is, written with a possessive ("curtis" in "Curtis ' mother , Nancy
   * Curtis", "sue" in "Sue 's daughter Kelly Vale"), or '' (a pronoun, a common noun, "the son of") */
  of: string;
}

/** Whether the text right before `start` names the person after it as someone's relative (see above). */
export function relativeOf(text: string, start: number): Relative | undefined {
  const m = RELATIVE_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start));
  if (!m) return undefined;
  // a common noun's possessive ("the senator 's wife") names no one
  const of = m[1] && /^\p{Lu}/u.test(m[1]) ? m[1].toLowerCase() : '';
  return { of };
}

/** The full-name mentions (two words or more) of every doc written as someone's relative (see `relativeOf`). */
export function relativeMentions(
  docs: readonly Doc[],
  mentions: readonly (readonly Mention[])[],
): Map<Mention, Relative> {
  const out = new Map<Mention, Relative>();
  docs.forEach((d, k) => {
    for (const m of mentions[k]) {
      if (m.parts.length < 2) continue;
      const r = relativeOf(d.text, m.start);
      if (r) out.set(m, r);
    }
  });
  return out;
}
