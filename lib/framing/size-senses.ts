// Size words that state how many: "huge", "massive", "enormous" right before a noun of a crowd or an amount ("massive
// protests", "a huge crowd", "a massive number of tests", "by massive margins") report the size of something counted,
// as "large" would; before other nouns ("a massive giveaway", "enormous suasion", "huge obstacles") the size is the
// writer's emphasis and stays marked. On BABE's tuning topics none of the seven marks before such a noun was a word
// the annotators chose, against 5 of the size words' other 26 marks.
import type { Doc } from '../types.js';

/** Size words of the lexicon that may state a count. */
export const SIZE_WORDS: ReadonlySet<string> = new Set([
  'huge',
  'massive',
  'enormous',
  'tremendous',
  'immense',
  'colossal',
]);

/** Nouns of a crowd or an amount: what a size word before them measures. */
const COUNTED: ReadonlySet<string> = new Set(
  (
    'crowd crowds turnout protest protests demonstration demonstrations rally rallies gathering gatherings march ' +
    'marches number numbers amount amounts sum sums quantity quantities majority majorities margin margins'
  ).split(' '),
);

/** True when the size word at token i stands right before a noun of a crowd or an amount (same sentence). */
export function sizeOfCount(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const next = d.tokens[i + 1];
  return (
    SIZE_WORDS.has(t.norm) &&
    next !== undefined &&
    next.sentence === t.sentence &&
    next.kind === 'word' &&
    COUNTED.has(next.norm)
  );
}
