// The boilerplate overlap() reports: the most widespread runs of boilerplate shingles (candidates.ts decides which
// shingles are boilerplate), as text with how many docs hold each.
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { byString } from '../util/compare.js';
import { putIn } from '../util/maps.js';

/** The most widespread boilerplate phrases: runs of consecutive boilerplate shingles, with how many docs hold each. */
export function boilerplateExamples(
  docs: readonly Doc[],
  index: FingerprintIndex,
  boilerplate: Uint8Array,
  k = 10,
): { text: string; docs: number }[] {
  const { offsets, shingle, tokens, n } = index;
  const seen = new Map<string, Set<number>>();
  for (let d = 0; d < docs.length; d++) {
    let g = offsets[d];
    const end = offsets[d + 1];
    while (g < end) {
      if (shingle[g] < 0 || !boilerplate[shingle[g]]) {
        g++;
        continue;
      }
      let h = g;
      while (h + 1 < end && shingle[h + 1] >= 0 && boilerplate[shingle[h + 1]]) h++;
      const t = docs[d].tokens;
      const text = docs[d].text.slice(t[tokens[g]].start, t[tokens[h + n - 1]].end).replace(/\s+/g, ' ');
      putIn(seen, text, d);
      g = h + 1;
    }
    if (seen.size > 5000) break;
  }
  return [...seen]
    .map(([text, s]) => ({ text, docs: s.size }))
    .sort((x, y) => y.docs - x.docs || byString(x.text, y.text))
    .slice(0, k);
}
