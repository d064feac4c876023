// The one IO module of the corpus layer: walk a folder (or read one file), decode, split records,
// clean, guess, and assemble a Corpus. Every input ends up loaded or in `skipped` with a reason.
//
// Inputs: .txt .text .md .markdown .html .htm (one article each), .json .jsonl .ndjson .csv (records).
// Not inputs, and not reported: hidden files and folders (name starting with "."), and the manifest
// itself (corpus.csv / corpus.json at the root, or the `manifest` option). Everything else is an input:
// an unsupported extension is skipped with "unsupported file type .pdf".
// Walk: nested folders in sorted path order (code-unit order of the relative POSIX path); symlinks are
// followed only when their real path stays inside the corpus folder, and each real folder is visited once
// (no symlink loops). Nothing outside the root is read, manifest rows included. A manifest row naming an entry the
// walk already skipped (a link leaving the folder, a broken link, a FIFO) adds no second skip. HTML nested deeper
// than MAX_HTML_DEPTH is skipped (the parser is quadratic in depth). What counts as one input for
// `loaded + skipped = inputs` is spelled out in test/helpers/hostile-corpus.ts.
// Fields: manifest > record (JSON/CSV fields, HTML <meta>) > guessed from the text > missing. A missing
// title is the empty string, a missing date/url/language is null; a missing outlet is "unknown", with a warning
// per file naming the columns and the --map option. Ids: manifest > record > path relative to the corpus
// folder without extension ("business/001"; records without id: "<path>#<record number>"). The first article
// with an id wins; later ones are skipped naming the first. Metadata values are cleaned like text (bidi and
// control characters removed, recorded) and capped (lib/corpus/fields.ts).
// Text: records keep their text as given (cleanPlain: character normalisation and link cards only); plain-text files and
// scraped pages get debris removal (cleanText). Provenance.offsets maps every text offset back to the raw input.
// Special files (FIFO, socket, device) are never opened for reading: files are opened non-blocking and checked.
// Manifest `file` rows match article files;
// records inside .jsonl/.json/.csv files are matched by `id` rows.
// Offsets: Removal.rawStart indexes the decoded file text for .txt, the record's text field for records,
// and the text extracted from markup for .html/.md.

import { closeSync, constants as fsc, fstatSync, openSync, promises as fsp, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Article, Corpus, FieldSource, Provenance, Removal, Skip } from '../types.js';
import { cleanPlain, cleanText } from './clean.js';
import { parseColumnMap } from './columns.js';
import { cleanMeta } from './fields.js';
import { blankFrontMatter, readFrontMatter } from './front-matter.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { guessMetadata } from './guess.js';
import { htmlNestingDepth, htmlToText, MAX_HTML_DEPTH } from './html.js';
import { parseDate } from './lines.js';
import { MANIFEST_NAMES, parseManifest } from './manifest.js';
import { parseCsvRecords, parseJsonl, parseJsonRecords } from './records.js';
import type { CleanResult, ColumnMap, Evidence, Manifest, ManifestRow, RecordFields, RecordsResult } from './types.js';

/** Options for loadCorpus. */
export interface LoadOptions {
  /**
   * manifest path (default: corpus.csv or corpus.json inside the corpus folder); rows resolve against the corpus folder
   */
  manifest?: string;
  /** called after each input file with (files done, total files) */
  onProgress?: (done: number, total: number) => void;
  /** files larger than this are skipped (default 50 MB) */
  maxBytes?: number;
  /** which column holds which field: { outlet: 'media_name' } or "outlet=media_name,date=publish_date" */
  map?: ColumnMap | string;
}

/** Default size limit for one input file. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const RECORD_EXT = new Set(['.json', '.jsonl', '.ndjson', '.csv']);

type Field = 'outlet' | 'date' | 'title' | 'url' | 'language';

interface Input {
  /** relative POSIX path from the root */
  rel: string;
  abs: string;
}

interface Draft {
  file: string;
  record?: number;
  raw: string;
  /** fields given by the input itself (record fields, HTML meta): FieldSource 'record' */
  given: RecordFields;
  stem: string;
  encoding: string;
  encodingGuessed: boolean;
  preRemoved: Removal[];
  warnings: string[];
  /** the column names of a file of records (for the missing-outlet message) */
  columns?: string[];
}

interface FileResult {
  drafts: Draft[];
  skips: Skip[];
}

/**
 * Open for reading without blocking on a FIFO; returns the bytes, or a skip reason for anything but a regular file.
 * Synchronous calls: a corpus is thousands of small files, and the promise file API cost more CPU per file (a thread
 * hand-off per open, stat, read and close) than reading it.
 */
function readRegular(abs: string, maxBytes: number): Buffer | string {
  let fd: number | undefined;
  try {
    fd = openSync(abs, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
    const st = fstatSync(fd);
    if (!st.isFile()) return 'not a regular file (FIFO, socket or device)';
    if (st.size > maxBytes) {
      return `file too large (${(st.size / 1048576).toFixed(1)} MB; limit ${(maxBytes / 1048576).toFixed(0)} MB)`;
    }
    return readFileSync(fd);
  } catch (e) {
    return errReason(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

function inside(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

function errReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'unreadable: permission denied';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EISDIR') return 'is a folder';
  return `unreadable: ${code ?? (e as Error).message}`;
}

/** Walk the folder: sorted inputs, plus skips for symlinks leaving the root. */
async function walk(
  root: string,
  realRoot: string,
  exclude: Set<string>,
): Promise<{ inputs: Input[]; skips: Skip[]; warnings: string[] }> {
  const inputs: Input[] = [];
  const skips: Skip[] = [];
  const warnings: string[] = [];
  const visited = new Set<string>([realRoot]);
  async function visit(dir: string): Promise<void> {
    let entries;
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skips.push({ file: toPosix(path.relative(root, dir)) || '.', reason: `folder ${errReason(e)}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (ent.name.startsWith('.')) continue;
      const abs = path.join(dir, ent.name);
      const rel = toPosix(path.relative(root, abs));
      if (exclude.has(abs)) continue;
      let isDir = ent.isDirectory();
      let isFile = ent.isFile();
      if (ent.isSymbolicLink()) {
        let real: string;
        try {
          real = await fsp.realpath(abs);
        } catch {
          skips.push({ file: rel, reason: 'broken symlink' });
          continue;
        }
        if (!inside(realRoot, real)) {
          skips.push({ file: rel, reason: 'symlink points outside the corpus folder' });
          continue;
        }
        const st = await fsp.stat(real);
        isDir = st.isDirectory();
        isFile = st.isFile();
      }
      if (isDir) {
        const real = await fsp.realpath(abs);
        if (visited.has(real)) {
          warnings.push(`${rel}: folder already visited (symlink loop or duplicate link), not walked again`);
          continue;
        }
        visited.add(real);
        await visit(abs);
      } else if (isFile) inputs.push({ rel, abs });
      else skips.push({ file: rel, reason: 'not a regular file' });
    }
  }
  await visit(root);
  return { inputs, skips, warnings };
}

function readManifestFile(p: string, name: string): Manifest {
  const bytes = readRegular(p, MAX_FILE_BYTES);
  if (typeof bytes === 'string') throw new Error(`${name}: ${bytes}`);
  const d = decodeBytes(bytes);
  if ('reason' in d) throw new Error(`${name}: ${d.reason}`);
  return parseManifest(d.text, name);
}

/** The manifests present in the corpus folder (regular files, or symlinks to files inside it). A folder with a
 *  manifest's name is walked like any folder; a special file or a link leaving the corpus is skipped with a reason. */
async function findManifests(root: string, realRoot: string, exclude: Set<string>, skipped: Skip[]): Promise<string[]> {
  const found: string[] = [];
  for (const n of MANIFEST_NAMES) {
    const p = path.join(root, n);
    let lst;
    try {
      lst = await fsp.lstat(p);
    } catch {
      continue;
    }
    let st = lst;
    if (lst.isSymbolicLink()) {
      let real: string;
      try {
        real = await fsp.realpath(p);
      } catch {
        exclude.add(p);
        skipped.push({ file: n, reason: 'broken symlink' });
        continue;
      }
      exclude.add(p);
      if (!inside(realRoot, real)) {
        skipped.push({ file: n, reason: 'symlink points outside the corpus folder' });
        continue;
      }
      st = await fsp.stat(real);
    }
    if (st.isDirectory()) continue;
    exclude.add(p);
    if (st.isFile()) found.push(p);
    else skipped.push({ file: n, reason: 'not a regular file (FIFO, socket or device)' });
  }
  return found;
}

/**
 * Markdown, lightly: heading markers, image-only lines, link syntax and emphasis markers are stripped (the
 * 'extracted-text' of a .md file).
 */
export function stripMarkdown(text: string, removed: Removal[]): string {
  let pos = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let l = line;
    const img = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/.exec(l);
    if (img) {
      removed.push({ kind: 'caption', text: l.trim().slice(0, 200), rawStart: pos });
      l = '';
    } else {
      l = l.replace(/^(\s{0,3})#{1,6}\s+/, '$1').replace(/\s+#+\s*$/, '');
      l = l.replace(/!\[([^\]]*)\]\([^)]*\)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
      l = l.replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2');
    }
    out.push(l);
    pos += line.length + 1;
  }
  return out.join('\n');
}

type SkipFn = (reason: string, record?: number) => void;

/** What every draft of one file shares. */
type DraftBase = Pick<Draft, 'file' | 'stem' | 'encoding' | 'encodingGuessed'>;

/** The draft of an article file (.txt, .md, .html): markup removed and recorded, page metadata as given fields. */
function articleDraft(text: string, warnings: string[], ext: string, base: DraftBase, skip: SkipFn): Draft | null {
  const preRemoved: Removal[] = [];
  const given: RecordFields = {};
  let raw = text;
  if (ext === '.html' || ext === '.htm') {
    const depth = htmlNestingDepth(text);
    if (depth > MAX_HTML_DEPTH) {
      skip(`HTML nested too deeply (${depth} levels; limit ${MAX_HTML_DEPTH})`);
      return null;
    }
    const h = htmlToText(text);
    raw = h.text;
    preRemoved.push({ kind: 'html-markup', text: `${h.tagCount} tags`, count: h.tagCount });
    for (const [tag, n] of Object.entries(h.skippedElements))
      preRemoved.push({ kind: 'html-element', text: `<${tag}>`, count: n });
    if (h.title) given.title = h.title;
    if (h.siteName) given.outlet = h.siteName;
    if (h.published) given.date = h.published;
    if (h.url) given.url = h.url;
    if (h.language) given.language = h.language;
    if (!raw.trim()) {
      skip('no article text in HTML');
      return null;
    }
  } else if (ext === '.md' || ext === '.markdown') {
    const fm = readFrontMatter(raw);
    if (fm) {
      Object.assign(given, fm.fields);
      preRemoved.push({ kind: 'front-matter', text: fm.block.slice(0, 200), rawStart: 0 });
      raw = blankFrontMatter(raw, fm);
    }
    raw = stripMarkdown(raw, preRemoved);
  }
  return { ...base, raw, given, preRemoved, warnings: [...warnings] };
}

/** The drafts of a file of records (.json, .jsonl, .ndjson, .csv); bad records and files are skipped with a reason. */
function recordDrafts(
  text: string,
  warnings: string[],
  ext: string,
  base: DraftBase,
  skip: SkipFn,
  map?: ColumnMap,
): Draft[] {
  let rr: RecordsResult;
  if (ext === '.jsonl' || ext === '.ndjson') rr = parseJsonl(text, map);
  else if (ext === '.json') rr = parseJsonRecords(text, map);
  else rr = parseCsvRecords(text, map);
  const columns = rr.columns;
  if (rr.fileError) {
    skip(rr.fileError);
    return [];
  }
  if (rr.single) {
    // one article object in a .json file: an article file, not a file of records
    for (const s of rr.skips) skip(s.reason.replace(/^record 1: /, ''));
    return rr.records.map((r) => {
      return { ...base, raw: r.fields.text ?? '', given: r.fields, preRemoved: [], warnings: [...warnings], columns };
    });
  }
  for (const s of rr.skips) skip(s.reason, s.record);
  const drafts = rr.records.map((r) => {
    const all = [...warnings, ...rr.warnings];
    return {
      ...base,
      record: r.record,
      raw: r.fields.text ?? '',
      given: r.fields,
      preRemoved: [],
      warnings: all,
      columns,
    };
  });
  if (rr.records.length === 0 && rr.skips.length === 0) skip('no records');
  return drafts;
}

function readInput(inp: Input, maxBytes: number, map?: ColumnMap): FileResult {
  const res: FileResult = { drafts: [], skips: [] };
  const skip: SkipFn = (reason, record) =>
    res.skips.push(record ? { file: inp.rel, record, reason } : { file: inp.rel, reason });
  const ext = path.extname(inp.rel).toLowerCase();
  const stem = inp.rel.slice(0, inp.rel.length - path.extname(inp.rel).length);
  if (!ARTICLE_EXT.has(ext) && !RECORD_EXT.has(ext)) {
    skip(ext ? `unsupported file type ${ext}` : 'unsupported file type (no extension)');
    return res;
  }
  const bytes = readRegular(inp.abs, maxBytes);
  if (typeof bytes === 'string') {
    skip(bytes);
    return res;
  }
  // a saved page says its own charset; other files are decoded by their bytes alone
  const d = decodeBytes(bytes, ext === '.html' || ext === '.htm' ? declaredCharset(bytes) : undefined);
  if ('reason' in d) {
    skip(d.reason);
    return res;
  }
  if (!/[^\s\u200B-\u200F\u2060\uFEFF]/.test(d.text)) {
    skip('empty file (whitespace only)');
    return res;
  }
  const base: DraftBase = { file: inp.rel, stem, encoding: d.encoding, encodingGuessed: d.encodingGuessed };
  if (ARTICLE_EXT.has(ext)) {
    const dr = articleDraft(d.text, d.warnings, ext, base, skip);
    if (dr) res.drafts.push(dr);
  } else res.drafts = recordDrafts(d.text, d.warnings, ext, base, skip, map); // no spread: any number of records
  return res;
}

/** The outlet of an article whose input names none. */
export const UNKNOWN_OUTLET = 'unknown';

/** One warning per file of records with articles lacking an outlet, and one for all single-article files. */
function missingOutletWarnings(noOutlet: Map<string, { n: number; columns?: string[] }>): string[] {
  const out: string[] = [];
  const plain: string[] = [];
  for (const [file, e] of noOutlet) {
    if (!e.columns) {
      plain.push(file);
      continue;
    }
    const cols = e.columns.map((c) => c.slice(0, 40)).join(', ');
    out.push(
      `${file}: ${e.n} article(s) have no outlet and are loaded as "${UNKNOWN_OUTLET}". Say which column holds it: ` +
        `--map outlet=<column> (columns: ${cols || 'none'}), or add an outlet column to corpus.csv`,
    );
  }
  if (plain.length) {
    const first = plain.slice(0, 3).join(', ') + (plain.length > 3 ? `, ... (${plain.length} files)` : '');
    out.push(
      `${first}: no outlet found, loaded as "${UNKNOWN_OUTLET}". Give one per file in corpus.csv (columns file,outlet), ` +
        'or one folder per outlet with a corpus.csv naming it',
    );
  }
  return out;
}

/** A field's value by precedence (manifest > record > guessed), with where it came from recorded in `fields`. */
function fieldPicker(fields: Provenance['fields'], warn: string[]) {
  return (
    f: Field,
    m: string | undefined,
    rec: string | undefined,
    gu: string | undefined | null,
  ): string | undefined => {
    const v = m !== undefined ? m : rec !== undefined ? rec : (gu ?? undefined);
    fields[f] = m !== undefined ? 'manifest' : rec !== undefined ? 'record' : v !== undefined ? 'guessed' : 'missing';
    if (v === undefined) return undefined;
    const c = cleanMeta(v, f, warn);
    if (!c) fields[f] = 'missing';
    return c || undefined;
  };
}

/** Warnings about the outlet: missing, guessed from weak evidence, or contradicted by the text. */
function outletWarnings(outlet: string, source: FieldSource | undefined, evidence: readonly Evidence[]): string[] {
  const warn: string[] = [];
  if (source === 'missing') warn.push(`no outlet: loaded as "${UNKNOWN_OUTLET}"`);
  const outletEvidence = evidence.filter((e) => e.field === 'outlet' && e.value === outlet);
  if (source === 'guessed' && outletEvidence.every((e) => e.strength === 'weak')) {
    warn.push(`outlet "${outlet}" guessed from weak evidence (photo credit)`);
  }
  const strong = evidence.find((e) => e.field === 'outlet' && e.strength === 'strong');
  if (source !== 'guessed' && strong && strong.value.toLowerCase() !== outlet.toLowerCase()) {
    warn.push(`outlet is "${outlet}" (${source}) but the text says "${strong.value}" (${strong.rule})`);
  }
  return warn;
}

/** The date a record or page gives, parsed; a warning when it is not understood. */
function givenDate(dr: Draft, warn: string[]): string | undefined {
  if (!dr.given.date) return undefined;
  const p = parseDate(dr.given.date);
  if (!p) warn.push(`date "${dr.given.date.slice(0, 80)}" not understood; ignored`);
  return p ?? undefined;
}

/** Clean a draft's text: records keep it as given (characters and link cards only), files and pages lose their debris. */
function cleanDraft(dr: Draft, knownTitle: string | null): { cleaned: CleanResult; isRecord: boolean } {
  // Records keep their text as given. HTML: the first line is removed as a title only when it repeats the
  // page title. Plain files are whole page dumps.
  const isRecord = dr.record !== undefined || /\.json$/i.test(dr.file);
  const keepFirstLine = /\.html?$/i.test(dr.file) && !!dr.given.title;
  const cleaned = isRecord ? cleanPlain(dr.raw) : cleanText(dr.raw, { title: knownTitle, keepFirstLine });
  return { cleaned, isRecord };
}

/** Clean a draft's text and settle its fields; a Skip when no text is left. */
function buildArticle(
  dr: Draft,
  id: string,
  idSource: FieldSource,
  row: ManifestRow | undefined,
  idWarn: string[],
): Article | Skip {
  const warn = [...dr.warnings, ...idWarn];
  const recordDate = givenDate(dr, warn);
  const { cleaned, isRecord } = cleanDraft(dr, row?.title ?? dr.given.title ?? null);
  if (!cleaned.text) {
    const kinds = [...new Set(cleaned.removed.map((x) => x.kind))].join(', ');
    return {
      file: dr.file,
      ...(dr.record ? { record: dr.record } : {}),
      reason: `no text left after cleaning${kinds ? ` (removed: ${kinds})` : ''}`,
    };
  }
  const g = guessMetadata(dr.raw, cleaned);
  const fields = { id: idSource } as Provenance['fields'];
  const pick = fieldPicker(fields, warn);
  const outlet = pick('outlet', row?.outlet, dr.given.outlet, g.outlet) ?? UNKNOWN_OUTLET;
  const date = pick('date', row?.date, recordDate, g.date) ?? null;
  const title = pick('title', row?.title, dr.given.title, g.title) ?? '';
  const url = pick('url', row?.url, dr.given.url, null) ?? null;
  const language = pick('language', row?.language, dr.given.language, null) ?? null;
  const event = row?.event ?? dr.given.event;
  const ev = event !== undefined ? cleanMeta(event, 'event', warn) : '';
  if (ev) fields.event = row?.event !== undefined ? 'manifest' : 'record';
  warn.push(...outletWarnings(outlet, fields.outlet, g.evidence), ...cleaned.warnings);
  const rawBase = isRecord ? 'record-text' : /\.(html?|md|markdown)$/i.test(dr.file) ? 'extracted-text' : 'file';
  return {
    id,
    outlet,
    date,
    title,
    url,
    language,
    ...(ev ? { event: ev } : {}),
    text: cleaned.text,
    paragraphs: cleaned.paragraphs,
    provenance: {
      file: dr.file,
      ...(dr.record ? { record: dr.record } : {}),
      encoding: dr.encoding,
      encodingGuessed: dr.encodingGuessed,
      fields,
      removed: [...dr.preRemoved, ...cleaned.removed],
      warnings: warn,
      rawBase,
      offsets: cleaned.offsets,
    },
  };
}

/** Read and decode the inputs, in input order. */
function readAll(
  inputs: Input[],
  maxBytes: number,
  colMap: ColumnMap | undefined,
  onProgress?: LoadOptions['onProgress'],
): FileResult[] {
  const results: FileResult[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    results[i] = readInput(inputs[i], maxBytes, colMap);
    onProgress?.(i + 1, inputs.length);
  }
  return results;
}

/** Settle ids (first one wins, later ones skipped naming it) and build the articles, in input order. */
function assemble(
  results: FileResult[],
  byFile: Map<string, ManifestRow>,
  byId: Map<string, ManifestRow>,
  skipped: Skip[],
) {
  const articles: Article[] = [];
  const firstSeen = new Map<string, string>();
  const usedIdRows = new Set<ManifestRow>();
  const noOutlet = new Map<string, { n: number; columns?: string[] }>();
  const dates: DateTally = new Map();
  for (const r of results) {
    for (const x of r.skips) skipped.push(x); // no spread: a file may have any number of bad records
    for (const dr of r.drafts) {
      const where = dr.record ? `${dr.file} record ${dr.record}` : dr.file;
      const fileRow = dr.record === undefined ? byFile.get(dr.file) : undefined;
      const idWarn: string[] = [];
      let id: string;
      let idSource: FieldSource;
      if (fileRow?.id) {
        id = cleanMeta(fileRow.id, 'id', idWarn);
        idSource = 'manifest';
      } else if (dr.given.id) {
        id = cleanMeta(dr.given.id, 'id', idWarn);
        idSource = 'record';
      } else {
        id = cleanMeta(dr.record ? `${dr.stem}#${dr.record}` : dr.stem, 'id', idWarn);
        idSource = 'filename';
      }
      const row = fileRow ?? byId.get(id);
      if (row) usedIdRows.add(row);
      const prev = firstSeen.get(id);
      if (prev) {
        skipped.push({
          file: dr.file,
          ...(dr.record ? { record: dr.record } : {}),
          reason: `duplicate id "${id}" (already loaded from ${prev})`,
        });
        continue;
      }
      const a = buildArticle(dr, id, idSource, row, idWarn);
      if ('reason' in a) {
        skipped.push(a);
        continue;
      }
      firstSeen.set(id, where);
      articles.push(a);
      if (a.outlet === UNKNOWN_OUTLET && a.provenance.fields.outlet === 'missing') {
        const e = noOutlet.get(dr.file) ?? { n: 0, columns: dr.columns };
        e.n++;
        noOutlet.set(dr.file, e);
      }
      if (dr.columns) tallyDates(dates, dr, a);
    }
  }
  return { articles, usedIdRows, noOutlet, dates };
}

/** Per file of records: how many articles, how many of them dated, and its columns. */
type DateTally = Map<string, { n: number; dated: number; columns: string[] }>;

function tallyDates(dates: DateTally, dr: Draft, a: Article): void {
  const e = dates.get(dr.file) ?? { n: 0, dated: 0, columns: dr.columns ?? [] };
  e.n++;
  if (a.date) e.dated++;
  dates.set(dr.file, e);
}

/**
 * One warning per file of records none of whose articles got a date: its date column has a name presslens does not
 * know ("when", "Day"), and without dates the report cannot order the articles nor tell which came first.
 */
function missingDateWarnings(dates: DateTally): string[] {
  const out: string[] = [];
  for (const [file, e] of dates) {
    if (e.dated > 0) continue;
    const cols = e.columns.map((c) => c.slice(0, 40)).join(', ');
    out.push(
      `${file}: none of its ${e.n} article(s) has a date. Say which column holds it: --map date=<column> ` +
        `(columns: ${cols || 'none'}), or add a date column to corpus.csv`,
    );
  }
  return out;
}

/** The error when no article loads: the first few skips and their reasons. */
function nothingLoaded(corpusPath: string, skipped: Skip[]): Error {
  const first = skipped
    .slice(0, 3)
    .map((s) => `${s.file}${s.record ? ` record ${s.record}` : ''}: ${s.reason}`)
    .join('; ');
  return new Error(
    `no articles loaded from ${corpusPath}: ${skipped.length} inputs skipped${first ? ` (${first}${skipped.length > 3 ? '; ...' : ''})` : ''}`,
  );
}

/**
 * Where the corpus is: the folder walked (or the folder of the one file), its real path, and whether it is one file.
 */
interface CorpusPlace {
  root: string;
  realRoot: string;
  single: boolean;
  /** paths the walk leaves out (the manifests) */
  exclude: Set<string>;
  skipped: Skip[];
  warnings: string[];
}

/** The manifest: the `manifest` option, or corpus.csv / corpus.json in the corpus folder (warning when both are). */
async function readManifest(at: CorpusPlace, manifestPath: string | undefined): Promise<Manifest | null> {
  let manifest: Manifest | null = null;
  if (manifestPath) {
    const mp = path.resolve(manifestPath);
    manifest = readManifestFile(mp, path.basename(mp));
    at.exclude.add(mp);
  } else if (!at.single) {
    const found = await findManifests(at.root, at.realRoot, at.exclude, at.skipped);
    if (found.length) manifest = readManifestFile(found[0], path.basename(found[0]));
    if (found.length > 1)
      at.warnings.push(
        `both ${MANIFEST_NAMES.join(' and ')} present: using ${path.basename(found[0])}, ignoring the other`,
      );
  }
  if (manifest) at.warnings.push(...manifest.warnings);
  return manifest;
}

/** A file a manifest row names that the walk did not list (e.g. a hidden file): an input, or a skip saying why not. */
async function namedInput(at: CorpusPlace, row: ManifestRow, rel: string, abs: string): Promise<Input | null> {
  if (at.single) {
    at.warnings.push(`manifest row ${row.row}: file ${row.file} is not the loaded file`);
    return null;
  }
  try {
    const real = await fsp.realpath(abs);
    if (!inside(at.realRoot, real)) {
      at.skipped.push({ file: rel, reason: `manifest row ${row.row}: path outside the corpus folder` });
      return null;
    }
    const s2 = await fsp.stat(real);
    if (!s2.isFile()) {
      at.skipped.push({ file: rel, reason: `manifest row ${row.row}: not a file` });
      return null;
    }
    return { rel, abs };
  } catch (e) {
    at.skipped.push({ file: rel, reason: `manifest row ${row.row}: ${errReason(e)}` });
    return null;
  }
}

/**
 * Match the manifest's rows to the inputs (by file, or by id for records); files it names beyond the walk are added.
 */
async function matchManifest(
  at: CorpusPlace,
  manifest: Manifest,
  inputs: Input[],
): Promise<{ byFile: Map<string, ManifestRow>; byId: Map<string, ManifestRow> }> {
  const byFile = new Map<string, ManifestRow>();
  const byId = new Map<string, ManifestRow>();
  const known = new Set(inputs.map((i) => i.rel));
  // entries the walk already listed as skipped (links leaving the folder, broken links, FIFOs): one input, one skip
  const walkSkipped = new Set(at.skipped.map((s) => s.file));
  for (const row of manifest.rows) {
    if (row.id && !row.file) {
      byId.set(row.id, row);
      continue;
    }
    const file = row.file!;
    const abs = path.resolve(at.root, file);
    const rel = toPosix(path.relative(at.root, abs));
    if (!inside(at.root, abs)) {
      at.skipped.push({ file, reason: `manifest row ${row.row}: path outside the corpus folder` });
      continue;
    }
    if (row.id) byId.set(row.id, row);
    const dup = byFile.get(rel);
    if (dup)
      throw new Error(
        `${manifest.name} row ${row.row}: file "${rel.slice(0, 200)}" is already listed in row ${dup.row}`,
      );
    byFile.set(rel, row);
    if (known.has(rel) || walkSkipped.has(rel)) continue;
    const inp = await namedInput(at, row, rel, abs);
    if (!inp) continue;
    inputs.push(inp); // explicitly named (e.g. a hidden file)
    known.add(rel);
  }
  inputs.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  return { byFile, byId };
}

/**
 * Load a folder of articles or one file of records into a Corpus; throws only when nothing loads or the manifest is
 * malformed.
 */
export async function loadCorpus(corpusPath: string, opts: LoadOptions = {}): Promise<Corpus> {
  const maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
  const colMap = typeof opts.map === 'string' ? parseColumnMap(opts.map) : opts.map;
  const given = path.resolve(corpusPath);
  let st;
  try {
    st = await fsp.stat(given);
  } catch (e) {
    throw new Error(`cannot open corpus ${corpusPath}: ${errReason(e)}`);
  }
  const single = !st.isDirectory();
  const root = single ? path.dirname(given) : given;
  const at: CorpusPlace = {
    root,
    realRoot: await fsp.realpath(root),
    single,
    exclude: new Set<string>(),
    skipped: [],
    warnings: [],
  };
  const { warnings, skipped } = at;
  const manifest = await readManifest(at, opts.manifest);
  let inputs: Input[];
  if (single) inputs = [{ rel: path.basename(given), abs: given }];
  else {
    const w = await walk(root, at.realRoot, at.exclude);
    inputs = w.inputs;
    for (const x of w.skips) skipped.push(x);
    for (const x of w.warnings) warnings.push(x);
  }
  const rows = manifest
    ? await matchManifest(at, manifest, inputs)
    : { byFile: new Map<string, ManifestRow>(), byId: new Map<string, ManifestRow>() };
  const results = readAll(inputs, maxBytes, colMap, opts.onProgress);
  const { articles, usedIdRows, noOutlet, dates } = assemble(results, rows.byFile, rows.byId, skipped);
  warnings.push(...missingOutletWarnings(noOutlet), ...missingDateWarnings(dates));
  for (const row of rows.byId.values()) {
    if (!usedIdRows.has(row) && !row.file) warnings.push(`manifest row ${row.row}: id "${row.id}" matches no article`);
  }
  if (articles.length === 0) throw nothingLoaded(corpusPath, skipped);
  return { root: corpusPath, articles, skipped, ...(warnings.length ? { warnings } : {}) };
}

/** Options of corpusFromRecords: a name for the records (in provenance and skips), and a column map. */
export interface RecordsOptions {
  /** what the records are called in provenance, skips and warnings (default "records") */
  name?: string;
  /** the user's column names, as for loadCorpus: "text=body,outlet=site" or a ColumnMap */
  map?: ColumnMap | string;
}

/**
 * A corpus from records already in memory (articles a script scraped, a DataFrame's rows as objects): each record is
 * read exactly as a record of a .json file is, with the same field names, cleaning, ids, provenance and skips, so
 * results match loading the same records from a file. Dates may be Date objects. Throws, naming the first skips, when
 * no record has usable text.
 */
export function corpusFromRecords(records: readonly object[], opts: RecordsOptions = {}): Corpus {
  const name = opts.name ?? 'records';
  const colMap = typeof opts.map === 'string' ? parseColumnMap(opts.map) : opts.map;
  let json: string;
  try {
    json = JSON.stringify(records); // the file format's own reading, so a script and a file give the same corpus
  } catch (e) {
    throw new Error(`records must be plain objects of strings and numbers: ${(e as Error).message}`);
  }
  const res: FileResult = { drafts: [], skips: [] };
  const skip: SkipFn = (reason, record) =>
    res.skips.push(record ? { file: name, record, reason } : { file: name, reason });
  const base: DraftBase = { file: name, stem: name, encoding: 'utf-8', encodingGuessed: false };
  res.drafts = recordDrafts(Array.isArray(records) ? json : '[]', [], '.json', base, skip, colMap);
  const skipped: Skip[] = [];
  const { articles, noOutlet, dates } = assemble([res], new Map(), new Map(), skipped);
  const warnings = [...missingOutletWarnings(noOutlet), ...missingDateWarnings(dates)];
  if (articles.length === 0) throw nothingLoaded(name, skipped);
  return { root: name, articles, skipped, ...(warnings.length ? { warnings } : {}) };
}
