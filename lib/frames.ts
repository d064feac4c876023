// Adapters from plain result rows to danfo DataFrames, for display in notebooks and CSV export.
import * as dfd from 'danfojs-node';

type Cell = string | number | boolean | null;

/** A danfo DataFrame from plain rows (columns in the order of the first row's keys, or `columns`). */
export function toFrame(rows: readonly object[], columns?: string[]): dfd.DataFrame {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  if (!rows.length) return new dfd.DataFrame([], { columns: cols });
  const data = rows.map((r) => cols.map((c) => cell((r as Record<string, unknown>)[c])));
  return new dfd.DataFrame(data, { columns: cols });
}

/** Plain rows back from a DataFrame. */
export function fromFrame(df: dfd.DataFrame): Record<string, Cell>[] {
  const cols = df.columns;
  return (df.values as Cell[][]).map((v) => Object.fromEntries(cols.map((c, i) => [c, v[i]])));
}

function cell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.join('; ');
  return JSON.stringify(v);
}
