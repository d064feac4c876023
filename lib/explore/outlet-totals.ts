// One row per outlet with totals named for a reader ("articles", "words", "per 1,000 words"), for the notebooks'
// per-outlet tables. danfo's groupby().agg() names its columns after the aggregate (`id_count`, `words_sum`,
// `per_1k_words_sum`), which reads as code, not as a table a journalist hands on (pure).
import { byString } from '../util/compare.js';
import { round } from '../util/round.js';

/** A column of the totals: the rows of the outlet counted ('rows') or a numeric column of the rows summed. */
export type TotalOf<T> = 'rows' | (keyof T & string);

/**
 * Per outlet (in name order), each column of `columns` (reader's name -> what it totals): `'rows'` counts the outlet's
 * rows, a column name sums that column (sums rounded to 2 decimals, rates per 1,000 words added up as danfo did).
 */
export function outletTotals<T extends { outlet: string }>(
  rows: readonly T[],
  columns: Readonly<Record<string, TotalOf<T>>>,
): Record<string, string | number>[] {
  const by = new Map<string, T[]>();
  for (const r of rows) (by.get(r.outlet) ?? by.set(r.outlet, []).get(r.outlet)!).push(r);
  return [...by]
    .sort((a, b) => byString(a[0], b[0]))
    .map(([outlet, list]) => {
      const out: Record<string, string | number> = { outlet };
      for (const [name, of] of Object.entries(columns)) {
        if (of === 'rows') out[name] = list.length;
        else
          out[name] = round(
            list.reduce((s, r) => s + (Number(r[of]) || 0), 0),
            2,
          );
      }
      return out;
    });
}
