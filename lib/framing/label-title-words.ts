// Title words as labels read them: a bare title is no label ("President", "former President"), the head a title
// gives its holder ("Iraqi Intelligence Chief" -> chief) and whether it was given bare. Pure word tests.
import type { Token } from '../types.js';
import { HAS_LETTER } from '../util/letters.js';
import { DETS } from './label-forms.js';

/** Whether a label is one bare title word ("President", "former President", "the President"): a rank, not a description. */
export function titleOnly(text: string, titles: ReadonlySet<string>): boolean {
  const words = text
    .toLowerCase()
    .replace(/["“”«»]/g, '')
    .split(/\s+/)
    .filter((w) => w && HAS_LETTER.test(w) && !TITLE_FILLERS.has(w));
  return words.length <= 1 && words.every((w) => titles.has(w));
}

export const TITLE_FILLERS = new Set([
  'the',
  'a',
  'an',
  'former',
  'then',
  'acting',
  'late',
  'vice',
  'deputy',
  'of',
  'u.s.',
  'us',
  'mr.',
  'mr',
  'mrs.',
  'ms.',
  'dr.',
  'rep.',
  'sen.',
  'gov.',
  'gen.',
  'then-president',
  'president-elect',
]);

/** Title words that qualify the head after them ("Prime Minister", "Defense Secretary") and are no head themselves. */
const NOT_HEADS = new Set(['prime', 'foreign', 'defense', 'defence', 'intelligence', 'general']);

/**
 * Words saying the title is not held now, or is another office: "former President X", "Vice President Y", "then
 * President Z" give no head, so "the president" never refers to them.
 */
export const NOT_HOLDER = new Set(['former', 'ex', 'ex-', 'late', 'vice', 'deputy', 'assistant', 'then']);

/**
 * The head a title span gives its entity ("Iraqi Intelligence Chief" -> chief), and whether it was given bare: no word
 * before the head but articles and title words ("President", "the prime minister"; not "Syrian President"). Null for
 * no head or a title not held now.
 */
export function titleHead(span: readonly Token[], titles: ReadonlySet<string>): { head: string; bare: boolean } | null {
  let i = span.length - 1;
  while (i >= 0 && !(titles.has(span[i].norm) && !NOT_HEADS.has(span[i].norm))) i--;
  if (i < 0) return null;
  const before = span.slice(0, i);
  if (before.some((t) => NOT_HOLDER.has(t.norm))) return null;
  return { head: span[i].norm, bare: before.every((t) => DETS.has(t.norm) || titles.has(t.norm)) };
}
