// Counts of rows by one field as a table a reader hands on: one row per value, a total column named by the cell
// ("items", "citations") and, when asked, one column per value of a second field under a reader's name ("of other
// outlets", "of its own"). danfo's groupby().agg() named the count after its code (`count_sum`, `doc_count`) and
// gave one row per pair of values (pure).
import { byString } from '../util/compare.js';

/** How countTable counts: the total column's name, a column to sum instead of counting rows, a field to spread
 * across columns and the readers' names of its values (in the order the columns take; other values follow by name). */
export interface CountTableOptions<T> {
  total: string;
  weight?: keyof T & string;
  across?: keyof T & string;
  names?: Readonly<Record<string, string>>;
}

/**
 * One row per value of `by`, most counted first (then by name): `total` counts its rows (or sums `weight`); with
 * `across`, a column per value of that field holds its part (0 when none).
 */
export function countTable<T extends object>(
  rows: readonly T[],
  by: keyof T & string,
  opts: CountTableOptions<T>,
): Record<string, string | number>[] {
  const names = opts.names ?? {};
  const seen = new Set<string>();
  const groups = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = String(r[by] ?? '');
    const part = opts.across ? String(r[opts.across] ?? '') : '';
    const n = opts.weight ? Number(r[opts.weight]) || 0 : 1;
    const g = groups.get(key) ?? groups.set(key, new Map()).get(key)!;
    g.set(part, (g.get(part) ?? 0) + n);
    seen.add(part);
  }
  const named = Object.keys(names).filter((v) => seen.has(v));
  const parts = opts.across ? [...named, ...[...seen].filter((v) => !(v in names)).sort(byString)] : [];
  const out = [...groups].map(([key, g]) => {
    const row: Record<string, string | number> = {
      [by]: key,
      [opts.total]: [...g.values()].reduce((s, n) => s + n, 0),
    };
    for (const p of parts) row[names[p] ?? p] = g.get(p) ?? 0;
    return row;
  });
  return out.sort((a, b) => Number(b[opts.total]) - Number(a[opts.total]) || byString(String(a[by]), String(b[by])));
}
