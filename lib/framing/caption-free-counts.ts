// The term counts a user reads leave photo captions out ("photo", "file" and a caption's names are no wire's frequent
// words), while events are clustered on counts that keep them (a caption names the story's people and places: without
// captions five AllSides articles moved event, four wrongly). Few articles carry captions (49 of 2,384 on AllSides), so
// the shown counts are the clustering counts with only those articles counted again: a second count of every article
// cost as much as the first (3.3 s there).
import type { Doc } from '../types.js';
import { countTerms } from '../text/counts.js';
import type { TermCounts, TermOptions } from '../text/types.js';
import { captionFreeMasks } from './captions.js';

/**
 * `counts` (made by countTerms(docs, opts, masks)) with every article holding a photo caption counted again without
 * it: its terms, total and the document frequencies. The same object when no article has a caption; `counts` is not
 * changed.
 */
export function captionFreeCounts(
  docs: readonly Doc[],
  counts: TermCounts,
  opts: TermOptions,
  masks: ReadonlyMap<string, Uint8Array>,
): TermCounts {
  const shown = captionFreeMasks(docs, masks);
  if (!shown) return counts;
  const again = docs.filter((d) => shown.get(d.id) !== masks.get(d.id));
  const sub = countTerms(again, opts, shown);
  const row = new Map(counts.docs.map((id, i) => [id, i]));
  const byDoc = counts.byDoc.slice();
  const totals = counts.totals.slice();
  const df = new Map(counts.df);
  sub.docs.forEach((id, k) => {
    const i = row.get(id)!;
    for (const t of byDoc[i].keys()) if (!sub.byDoc[k].has(t)) df.set(t, df.get(t)! - 1);
    for (const t of sub.byDoc[k].keys()) if (!byDoc[i].has(t)) df.set(t, (df.get(t) ?? 0) + 1);
    byDoc[i] = sub.byDoc[k];
    totals[i] = sub.totals[k];
  });
  for (const [t, n] of df) if (n <= 0) df.delete(t);
  return { docs: counts.docs, outlets: counts.outlets, byDoc, totals, df };
}
