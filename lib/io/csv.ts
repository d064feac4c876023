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

/**
 * One CSV record from cells already neutralised: the text csv-stringify writes with `record_delimiter: '\n'` (a cell
 * is quoted when it holds a quote, a comma or a line feed; quotes doubled), ending in "\n". Written by hand for the
 * large tables: csv-stringify allocated about a gigabyte for the report's tables at 5,000 articles.
 */
export function csvRecord(cells: readonly string[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i) line += ',';
    const v = cells[i];
    const quote = v.includes('"');
    line += quote || v.includes(',') || v.includes('\n') ? '"' + (quote ? v.replaceAll('"', '""') : v) + '"' : v;
  }
  return line + '\n';
}

/** CSV text from rows (header from `columns` or the first row's keys), "\n" line ends, deterministic. */
export function toCsv(rows: readonly object[], columns?: string[]): string {
  const cols = columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const records = rows.map((r) => cols.map((c) => neutraliseCell((r as Record<string, unknown>)[c])));
  // header cells too: a column can be named after an outlet ("=HYPERLINK(...)")
  return stringify([cols.map(neutraliseCell), ...records], { record_delimiter: '\n' });
}
