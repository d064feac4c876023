// A noun of a part or a quantity before "of" counts people the phrase after it names, and labels no one: "a sizable
// minority of voters", "the majority of new arrivals", "a fraction of the workers". Its head is a singular of English's
// partitive nouns; without "of" the noun may name people ("as a minority", "the Yazidi minority" stay labels). Pure
// over the doc's tokens.
import type { Doc } from '../types.js';

/** English nouns of a part or share of a whole, written from knowledge: no words taken from a corpus. */
const PARTITIVES: ReadonlySet<string> = new Set([
  'majority',
  'minority',
  'plurality',
  'fraction',
  'portion',
  'proportion',
  'share',
  'percentage',
  'remainder',
  'handful',
]);

/** Whether the head at token h is a singular partitive noun before "of" ("a sizable minority of voters"). */
export function partitiveHead(d: Doc, h: number): boolean {
  const [t, of] = [d.tokens[h], d.tokens[h + 1]];
  return PARTITIVES.has(t.norm) && of?.norm === 'of' && of.sentence === t.sentence;
}
