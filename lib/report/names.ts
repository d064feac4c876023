// The file names of the report's figures and tables (images/<name>.png, tables/<name>.csv, #fig-<name>, #table-<name>),
// shared by the page and the files written beside it.
import { safeName } from '../io/file-names.js';
import type { ReportInput } from './types.js';

/** Unique file-name-safe names, in order: repeats get -2, -3 … */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const base = safeName(n);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}-${k}`;
  });
}

/** The file names (without extension) of every figure and table, in section order. */
export function reportNames(input: ReportInput): { figures: string[]; tables: string[] } {
  const figs = input.sections.flatMap((s) => s.figures.map((f, i) => f.name ?? `${s.id}-chart-${i + 1}`));
  const tables = input.sections.flatMap((s) => s.tables.map((t) => t.name));
  return { figures: uniqueNames(figs), tables: uniqueNames(tables) };
}

/** The columns of a table's CSV: `columns`, or the first row's keys. */
export function tableColumns(t: { columns?: string[]; rows: readonly object[] }): string[] {
  return t.columns ?? (t.rows.length ? Object.keys(t.rows[0]) : []);
}
