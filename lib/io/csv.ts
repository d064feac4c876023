// CSV from plain rows: RFC 4180 quoting, formula-looking cells neutralised so spreadsheets never run them.
import { stringify } from 'csv-stringify/sync';

/**
 * Prefix cells that a spreadsheet would run as a formula (=, +, -, @, tab, CR) with an apostrophe; plain numbers stay
 * numbers.
 */
export function neutraliseCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  const s =
    typeof v === 'string'
      ? v
      : typeof v === 'boolean'
        ? String(v)
        : Array.isArray(v)
          ? v.join('; ')
          : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s)) return "'" + s;
  return s;
}

/** CSV text from rows (header from `columns` or the first row's keys), "\n" line ends, deterministic. */
export function toCsv(rows: readonly object[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const records = rows.map((r) => cols.map((c) => neutraliseCell((r as Record<string, unknown>)[c])));
  // header cells too: a column can be named after an outlet ("=HYPERLINK(...)")
  return stringify([cols.map(neutraliseCell), ...records], { record_delimiter: '\n' });
}
