// The corpus manifest: corpus.csv or corpus.json in the corpus folder. Its values win over anything
// guessed or read from records; an empty cell leaves that field to the records or to guessing.
//
// Columns: file and/or id (one of the two columns is required, and every row needs one of them),
// outlet, date (YYYY-MM-DD or any date parseDate understands), title, url, language; `notes` is
// accepted and ignored (for human remarks); other columns are ignored with a warning.
// Rows are numbered from 1 for the first data row (the header is not a row); messages also give the line.
// A malformed manifest throws an Error naming the row ("corpus.csv row 4 (line 5): ...").

import * as path from 'node:path';
import { parseDate } from './lines.js';
import { parseCsvTable } from './records.js';
import type { Manifest, ManifestRow } from './types.js';

const COLUMNS = ['file', 'id', 'outlet', 'date', 'title', 'url', 'language', 'event'] as const;
const IGNORED = new Set(['notes', 'note', 'comment', 'comments']);

/** The manifest file names looked for in a corpus folder, in order. */
export const MANIFEST_NAMES = ['corpus.csv', 'corpus.json'];

function buildRows(name: string, objs: { obj: Record<string, unknown>; line?: number }[], columns: string[]): Manifest {
  const warnings: string[] = [];
  const cols = columns.map((c) => c.trim().toLowerCase());
  if (!cols.includes('file') && !cols.includes('id'))
    throw new Error(`${name}: needs a "file" or "id" column (found: ${cols.join(', ') || 'none'})`);
  const unknown = cols.filter((c) => c && !(COLUMNS as readonly string[]).includes(c) && !IGNORED.has(c));
  if (unknown.length) warnings.push(`${name}: ignoring unknown column(s) ${unknown.join(', ')}`);
  const rows: ManifestRow[] = [];
  const byFile = new Map<string, number>();
  const byId = new Map<string, number>();
  objs.forEach(({ obj, line }, i) => {
    const n = i + 1;
    const where = `${name} row ${n}${line ? ` (line ${line})` : ''}`;
    const lower = Object.create(null) as Record<string, unknown>; // a "__proto__" column is data
    for (const [k, v] of Object.entries(obj)) lower[k.trim().toLowerCase()] = v;
    const r: ManifestRow = { row: n };
    for (const c of COLUMNS) {
      const v = lower[c];
      if (v == null || v === '') continue;
      if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${where}: "${c}" must be text`);
      const s = String(v).trim();
      if (s) r[c] = s;
    }
    if (!r.file && !r.id) throw new Error(`${where}: needs a file or an id`);
    if (r.date) {
      const d = parseDate(r.date);
      if (!d) throw new Error(`${where}: date "${r.date.slice(0, 40)}" is not a date (use YYYY-MM-DD)`);
      r.date = d;
    }
    if (r.file) {
      const key = path.posix.normalize(r.file.replace(/\\/g, '/'));
      const prev = byFile.get(key);
      if (prev) throw new Error(`${where}: file "${r.file.slice(0, 200)}" is already listed in row ${prev}`);
      byFile.set(key, n);
    }
    if (r.id) {
      const prev = byId.get(r.id);
      if (prev) throw new Error(`${where}: id "${r.id.slice(0, 200)}" is already listed in row ${prev}`);
      byId.set(r.id, n);
    }
    rows.push(r);
  });
  return { name, rows, warnings };
}

/** Parse manifest text (CSV, or JSON when `name` ends in .json); throws an Error naming the row when malformed. */
export function parseManifest(text: string, name: string): Manifest {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (name.toLowerCase().endsWith('.json')) {
    let v: unknown;
    try {
      v = JSON.parse(body);
    } catch (e) {
      throw new Error(`${name}: malformed JSON: ${(e as Error).message}`);
    }
    const list = Array.isArray(v)
      ? v
      : v && typeof v === 'object'
        ? ((v as Record<string, unknown>).articles ?? (v as Record<string, unknown>).rows)
        : null;
    if (!Array.isArray(list)) throw new Error(`${name}: expected an array of rows (or { "articles": [...] })`);
    const cols = new Set<string>();
    const objs = list.map((o, i) => {
      if (!o || typeof o !== 'object' || Array.isArray(o)) throw new Error(`${name} row ${i + 1}: not an object`);
      Object.keys(o).forEach((k) => cols.add(k));
      return { obj: o as Record<string, unknown> };
    });
    if (objs.length === 0) return { name, rows: [], warnings: [`${name}: no rows`] };
    return buildRows(name, objs, [...cols]);
  }
  let table;
  try {
    table = parseCsvTable(body);
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message}`);
  }
  const { header, rows } = table;
  if (header.length === 0) throw new Error(`${name}: empty manifest (no header row)`);
  const objs = rows.map(({ cells, line }, i) => {
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim())) {
      throw new Error(
        `${name} row ${i + 1} (line ${line}): ${cells.length} cells but the header has ${header.length} columns`,
      );
    }
    const obj = Object.create(null) as Record<string, unknown>;
    header.forEach((h, j) => {
      obj[h] = cells[j] ?? '';
    });
    return { obj, line };
  });
  return buildRows(name, objs, header);
}
