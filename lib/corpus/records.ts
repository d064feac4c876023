// Pure: files of records (.jsonl, .json, .csv) -> article records, each bad record its own skip.
//
// Field names: lib/corpus/columns.ts (Media Cloud, GDELT, newspaper3k, trafilatura, pandas to_csv, and the
// user's own mapping). A `source` that is an object ({ name }) gives its name. Record numbers are 1-based: the physical
// line
// number in .jsonl, the array index + 1 in .json, the data row (header excluded) in .csv.
// Rows are null-prototype objects: a "__proto__" key is data, never a prototype.

import { parse } from 'csv-parse/sync';
import { aliasesFor, columnKey, isIndexColumn, RECORD_FIELDS } from './columns.js';
import type { ColumnMap, RecordFields, RecordsResult } from './types.js';

function scalar(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { name?: unknown }).name === 'string') {
    return (v as { name: string }).name.trim() || undefined;
  }
  return undefined;
}

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * Map an object's keys onto RecordFields (the user's column map first); a reason string when there is no usable text.
 */
export function recordFields(obj: Record<string, unknown>, map?: ColumnMap): RecordFields | string {
  const lower = new Map<string, unknown>();
  for (const k of Object.keys(obj)) {
    if (isIndexColumn(k)) continue;
    const key = columnKey(k);
    if (!lower.has(key)) lower.set(key, obj[k]);
  }
  const out: RecordFields = {};
  let textColumn: string | undefined;
  for (const field of RECORD_FIELDS) {
    for (const alias of aliasesFor(field, map)) {
      if (!lower.has(alias)) continue;
      const raw = lower.get(alias);
      if (field === 'text') {
        textColumn ??= alias;
        if (typeof raw === 'string' && raw.trim()) {
          out.text = raw;
          break;
        }
        if (raw != null && typeof raw !== 'string') return `field "${alias}" is not a string`;
        continue;
      }
      const v = scalar(raw);
      // an outlet column holding a URL (trafilatura's "source") is not a name
      if (v !== undefined && !(field === 'outlet' && URL_LIKE.test(v))) {
        out[field] = v;
        break;
      }
    }
  }
  if (out.text === undefined)
    return textColumn ? `no text field (column "${textColumn}" is empty)` : noTextReason(obj, map);
  return out;
}

/**
 * Why a record has no text, with its columns and the --map that would name one: every record of a file in a
 * shape presslens does not know is skipped with this reason, so it says what to type.
 */
function noTextReason(obj: Record<string, unknown>, map?: ColumnMap): string {
  const cols = Object.keys(obj).filter((k) => !isIndexColumn(k));
  const shown = cols.slice(0, 12).map((c) => c.slice(0, 40));
  const list = shown.join(', ') + (cols.length > shown.length ? `, … (${cols.length} columns)` : '');
  if (map?.text) return `no text field: no column "${map.text.slice(0, 40)}" (columns: ${list || 'none'})`;
  return `no text field among the columns ${list || '(none)'}; name it with --map text=<column>`;
}

function fromObject(n: number, v: unknown, res: RecordsResult, map?: ColumnMap): void {
  if (!v || typeof v !== 'object' || Array.isArray(v)) {
    res.skips.push({ record: n, reason: `record ${n}: not an object` });
    return;
  }
  res.columns ??= Object.keys(v)
    .filter((k) => !isIndexColumn(k))
    .slice(0, 50);
  const f = recordFields(v as Record<string, unknown>, map);
  if (typeof f === 'string') res.skips.push({ record: n, reason: `record ${n}: ${f}` });
  else res.records.push({ record: n, fields: f });
}

/** Parse JSON Lines: every malformed line (including a truncated last line) is its own skip; good lines load. */
export function parseJsonl(text: string, map?: ColumnMap): RecordsResult {
  const res: RecordsResult = { records: [], skips: [], warnings: [] };
  const lines = text.split('\n');
  const last = lines.length - 1;
  lines.forEach((line, i) => {
    const n = i + 1;
    if (!line.trim()) return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch (e) {
      const truncated = i === last && !text.endsWith('\n') ? ' (truncated last line)' : '';
      res.skips.push({ record: n, reason: `malformed record at line ${n}${truncated}: ${(e as Error).message}` });
      return;
    }
    fromObject(n, v, res, map);
  });
  return res;
}

/** Parse a .json file: an array of records, { articles | records | items | data: [...] }, or one record object. */
export function parseJsonRecords(text: string, map?: ColumnMap): RecordsResult {
  const res: RecordsResult = { records: [], skips: [], warnings: [] };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    res.fileError = `malformed JSON: ${(e as Error).message}`;
    return res;
  }
  let list: unknown[] | null = Array.isArray(v) ? v : null;
  if (!list && v && typeof v === 'object') {
    for (const k of ['articles', 'records', 'items', 'data']) {
      const x = (v as Record<string, unknown>)[k];
      if (Array.isArray(x)) {
        list = x;
        break;
      }
    }
  }
  if (list) list.forEach((r, i) => fromObject(i + 1, r, res, map));
  else {
    res.single = true;
    fromObject(1, v, res, map);
  }
  return res;
}

/** A parsed CSV: header cells and data rows with their 1-based physical line numbers. */
export interface CsvTable {
  header: string[];
  rows: { cells: string[]; line: number }[];
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of a delimited table, read from its header line: the one of comma, semicolon and tab found most
 * often outside quotes (a comma on a tie or when none is found). Why: a spreadsheet saved as CSV in a locale whose
 * decimal mark is the comma (most of Europe and Latin America) separates with semicolons, and a .tsv file with tabs;
 * a header line names every column, so its separators are the table's.
 */
export function csvDelimiter(text: string): string {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts.size > 0) break;
    } else if (!quoted && (DELIMITERS as readonly string[]).includes(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best: string = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

/**
 * Parse CSV text (quoted delimiters and newlines allowed, BOM tolerated; comma, semicolon or tab as the header line
 * shows); throws an Error naming the line on malformed CSV.
 */
export function parseCsvTable(text: string): CsvTable {
  let out: { record: string[]; info: { lines: number } }[];
  try {
    out = parse(text, {
      delimiter: csvDelimiter(text),
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as typeof out;
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new Error(`malformed CSV${err.lines ? ` at line ${err.lines}` : ''}: ${err.message}`);
  }
  if (out.length === 0) return { header: [], rows: [] };
  return {
    header: out[0].record.map((h) => h.trim()),
    rows: out.slice(1).map((r) => ({ cells: r.record, line: r.info.lines })),
  };
}

/** Parse a .csv file of records (header row required); a row with the wrong column count is skipped. */
export function parseCsvRecords(text: string, map?: ColumnMap): RecordsResult {
  const res: RecordsResult = { records: [], skips: [], warnings: [] };
  let table: CsvTable;
  try {
    table = parseCsvTable(text);
  } catch (e) {
    res.fileError = (e as Error).message;
    return res;
  }
  const { header, rows } = table;
  res.columns = header.filter((h) => !isIndexColumn(h)).slice(0, 50);
  rows.forEach((row, i) => {
    const n = i + 1;
    if (row.cells.length !== header.length) {
      res.skips.push({
        record: n,
        reason: `record ${n}: ${row.cells.length} columns, header has ${header.length} (line ${row.line})`,
      });
      return;
    }
    const obj = Object.create(null) as Record<string, unknown>;
    header.forEach((h, j) => {
      obj[h] = row.cells[j];
    });
    fromObject(n, obj, res, map);
  });
  return res;
}
