// The one IO module of the corpus layer: walk a folder (or read one file), decode, split records,
// clean, guess, and assemble a Corpus. Every input ends up loaded or in `skipped` with a reason.
//
// Inputs: .txt .text .md .markdown .html .htm (one article each), .json .jsonl .ndjson .csv .tsv (records).
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
//
// Where each step lives: file-access.ts (regular files, size limit, paths inside the folder), walk.ts (the folder),
// manifest-match.ts (the manifest found and matched), read-input.ts (one file by its format, into drafts; markdown.ts),
// build-article.ts (cleaning and fields), assemble.ts (ids, duplicates, input order), load-messages.ts (warnings and
// the error when nothing loads). This module walks them in order and keeps the public names.

import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import type { Corpus, Skip } from '../types.js';
import { parseColumnMap } from './columns.js';
import type { ColumnMap, ManifestRow } from './types.js';
import { errReason, MAX_FILE_BYTES } from './file-access.js';
import { walk, type Input } from './walk.js';
import { matchManifest, readManifest, type CorpusPlace } from './manifest-match.js';
import { readAll, recordDrafts } from './read-input.js';
import type { DraftBase, FileResult, SkipFn } from './draft.js';
import { assemble } from './assemble.js';
import { missingDateWarnings, missingOutletWarnings, nothingLoaded } from './load-messages.js';

export { MAX_FILE_BYTES } from './file-access.js';
export { stripMarkdown } from './markdown.js';
export { UNKNOWN_OUTLET } from './build-article.js';

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
