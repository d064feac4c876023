// Adapters between plain result rows and danfo DataFrames: danfo is the face users handle in notebooks,
// hot loops stay on plain arrays. danfo is loaded on first use (it costs seconds to import), so importing
// presslens stays fast.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Danfo from 'danfojs-node';
import { projectRoot } from '../paths.js';

/** A danfo DataFrame (the class from danfojs-node). */
export type DataFrame = Danfo.DataFrame;

/** A table cell as danfo holds it. */
export type Cell = string | number | boolean | null;

/** A DataFrame that remembers the row type it was built from, so `rowsOf(df)` gives typed rows back. */
export type Frame<T extends object> = DataFrame & { readonly __row?: T };

let danfoModule: typeof Danfo | undefined;

/** The danfojs-node module, required on first use (synchronously, from the project's node_modules). */
export function danfo(): typeof Danfo {
  if (!danfoModule) {
    process.env.TF_CPP_MIN_LOG_LEVEL ??= '2';
    danfoModule = createRequire(join(projectRoot(), 'package.json'))('danfojs-node') as typeof Danfo;
  }
  return danfoModule;
}

/** True for a danfo DataFrame (or anything shaped like one: `columns` and a `values` matrix). */
export function isFrame(x: unknown): x is DataFrame {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const o = x as { columns?: unknown; values?: unknown };
  return Array.isArray(o.columns) && Array.isArray(o.values);
}

/** A danfo DataFrame from typed rows; columns in the order of the first row's keys, or `columns`. */
export function frame<T extends object>(rows: readonly T[], columns?: readonly (keyof T & string)[]): Frame<T> {
  const cols: string[] = columns ? [...columns] : rows.length ? Object.keys(rows[0]) : [];
  const { DataFrame } = danfo();
  if (!rows.length) return new DataFrame([], { columns: cols });
  const data = rows.map((r) => cols.map((c) => cell((r as Record<string, unknown>)[c])));
  return new DataFrame(data, { columns: cols });
}

/** A danfo DataFrame from plain rows (same as `frame`, kept for scripts written against 0.1). */
export function toFrame(rows: readonly object[], columns?: string[]): DataFrame {
  return frame(rows as readonly Record<string, unknown>[], columns);
}

/** Plain rows back from a DataFrame (typed when the frame came from `frame(rows)`). */
export function rowsOf<T extends object = Record<string, Cell>>(df: Frame<T> | DataFrame): T[] {
  const cols = df.columns;
  if (!df.shape[0]) return [];
  return (df.values as Cell[][]).map((v) => Object.fromEntries(cols.map((c, i) => [c, v[i]])) as T);
}

/** Plain rows back from a DataFrame (untyped cells). */
export function fromFrame(df: DataFrame): Record<string, Cell>[] {
  return rowsOf<Record<string, Cell>>(df);
}

/** Rows from either plain rows or a DataFrame: what showTable and saveTable accept. */
export function asRows(x: readonly object[] | DataFrame): readonly object[] {
  return isFrame(x) ? fromFrame(x) : x;
}

function cell(v: unknown): Cell {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.join('; ');
  return JSON.stringify(v);
}
