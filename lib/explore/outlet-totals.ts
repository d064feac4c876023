// One row per outlet with totals named for a reader ("articles", "words", "per 1,000 words"), for the notebooks'
// per-outlet tables. danfo's groupby().agg() names its columns after the aggregate (`id_count`, `words_sum`,
// `per_1k_words_sum`), which reads as code, not as a table a journalist hands on (pure).
import { byString } from '../util/compare.js';
import { round } from '../util/round.js';

/** A column of the totals: the outlet's rows counted ('rows'), a numeric column summed, or its mean ({ mean: column }). */
export type TotalOf<T> = 'rows' | (keyof T & string) | { mean: keyof T & string };

/**
 * Per outlet (in name order), each column of `columns` (reader's name -> what it totals): `'rows'` counts the outlet's
 * rows, a column name sums that column (sums rounded to 2 decimals, rates per 1,000 words added up as danfo did),
 * `{ mean: column }` averages it over the outlet's rows (3 decimals: shares).
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
        else if (typeof of === 'object') out[name] = round(sum(list, of.mean) / list.length, 3);
        else out[name] = round(sum(list, of), 2);
      }
      return out;
    });
}

/** The sum of a numeric column over rows (a missing or non-numeric cell counts 0). */
function sum<T>(rows: readonly T[], key: keyof T): number {
  return rows.reduce((s, r) => s + (Number(r[key]) || 0), 0);
}
