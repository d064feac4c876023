// One input file read by its format: an article file (.txt, .md, .html: markup removed and recorded, page metadata as
// given fields) or a file of records (.json, .jsonl, .ndjson, .csv), decoded, into drafts; what cannot be read is
// skipped with a reason.
import * as path from 'node:path';
import type { RecordFields, RecordsResult, ColumnMap } from './types.js';
import type { Removal } from '../types.js';
import { blankFrontMatter, readFrontMatter, readHeaderLines, type FrontMatter } from './front-matter.js';
import { decodeBytes, declaredCharset } from './decode.js';
import { htmlNestingDepth, htmlToText, MAX_HTML_DEPTH } from './html.js';
import { parseCsvRecords, parseJsonl, parseJsonRecords } from './records.js';
import { readRegular } from './file-access.js';
import { stripMarkdown } from './markdown.js';
import type { Input } from './walk.js';
import type { Draft, DraftBase, FileResult, SkipFn } from './draft.js';

const ARTICLE_EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);
const RECORD_EXT = new Set(['.json', '.jsonl', '.ndjson', '.csv', '.tsv']);
/** Documents a word processor or a PDF printer wrote: their text is there, but only as the program's own format. */
const DOCUMENT_EXT = new Set(['.pdf', '.doc', '.docx', '.odt', '.rtf', '.pages', '.epub']);
const SAVE_AS = ' (save or export it as .txt, .md or .html to include it)';

/** `raw` with its front matter or header lines blanked (offsets kept), their fields given and the block recorded. */
function takeFrontMatter(raw: string, fm: FrontMatter | null, given: RecordFields, preRemoved: Removal[]): string {
  if (!fm) return raw;
  Object.assign(given, fm.fields);
  preRemoved.push({ kind: 'front-matter', text: fm.block.slice(0, 200), rawStart: 0 });
  return blankFrontMatter(raw, fm);
}

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
  } else if (ext === '.txt' || ext === '.text') {
    raw = takeFrontMatter(raw, readHeaderLines(raw), given, preRemoved);
  } else if (ext === '.md' || ext === '.markdown') {
    raw = takeFrontMatter(raw, readFrontMatter(raw), given, preRemoved);
    raw = stripMarkdown(raw, preRemoved);
  }
  return { ...base, raw, given, preRemoved, warnings: [...warnings] };
}

/** The drafts of a file of records (.json, .jsonl, .ndjson, .csv); bad records and files are skipped with a reason. */
export function recordDrafts(
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
    skip(
      ext
        ? `unsupported file type ${ext}${DOCUMENT_EXT.has(ext) ? SAVE_AS : ''}`
        : 'unsupported file type (no extension)',
    );
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

/** Read and decode the inputs, in input order. */
export function readAll(
  inputs: Input[],
  maxBytes: number,
  colMap: ColumnMap | undefined,
  onProgress?: (done: number, total: number) => void,
): FileResult[] {
  const results: FileResult[] = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    results[i] = readInput(inputs[i], maxBytes, colMap);
    onProgress?.(i + 1, inputs.length);
  }
  return results;
}
