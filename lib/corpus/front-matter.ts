// Pure: the front matter of a Markdown file (Jekyll, Hugo, Obsidian, Zotero and clipper exports): a `---` first line,
// `key: value` lines, and a closing `---` (or `...`) line.
//
// Why: users keep articles as notes with their metadata on top. Left in the text, "title:", "source:" and "tags:"
// lines were analysed as the article's words and the metadata they hold was lost (outlet "unknown", no title).
// Keys are read with the record column names (lib/corpus/columns.ts): `source`, `publisher` or `site` give the
// outlet, `published` or `date` the date, `link` or `url` the url. Only scalar values are taken (quoted or bare);
// lists, nested keys and block scalars are skipped. The block is blanked to spaces of the same length, so the
// offsets of the body still point at the user's file.
// Why not a YAML library: a YAML parser refuses the whole block for one line it cannot read, and clipper exports
// write unquoted titles with colons and stray quotes ("title: Trump: 'no deal'"); read line by line, every readable
// key is kept. Only flat `key: value` lines are wanted here, never YAML's structures.

import { aliasesFor, columnKey, RECORD_FIELDS } from './columns.js';
import type { RecordFields } from './types.js';

/** The front matter block found at the top of a file. */
export interface FrontMatter {
  /** article fields named by its keys (never `text` or `id`) */
  fields: RecordFields;
  /** the block verbatim, both fence lines included */
  block: string;
}

/** At most this many lines are read as front matter: a stray `---` further down is a rule, not a fence. */
const MAX_LINES = 60;
const OPEN = /^---[ \t]*\r?$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*\r?$/;
const KEY_VALUE = /^([A-Za-z_][\w -]{0,40}?)\s*:\s*(.*?)\s*\r?$/;

/** A scalar value without its quotes; undefined for lists, maps, block scalars and empty values. */
function scalarValue(v: string): string | undefined {
  if (!v || /^[[{|>&*!]/.test(v)) return undefined;
  const q = /^(["'])(.*)\1$/.exec(v);
  if (!q) return v.replace(/\s+#.*$/, '') || undefined;
  const inner = q[1] === '"' ? q[2].replace(/\\(["\\])/g, '$1') : q[2].replace(/''/g, "'");
  return inner.trim() || undefined;
}

/** Read the front matter at the very start of `text` (after a BOM at most); null when there is none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = text.slice(start).split('\n');
  if (!OPEN.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (end < 0 || end > MAX_LINES) return null;
  const values = new Map<string, string>();
  for (const line of lines.slice(1, end)) {
    const kv = KEY_VALUE.exec(line);
    if (!kv || /^\s/.test(line)) continue;
    const v = scalarValue(kv[2]);
    const key = columnKey(kv[1]);
    if (v !== undefined && !values.has(key)) values.set(key, v);
  }
  const block = text.slice(0, start + lines.slice(0, end + 1).join('\n').length);
  return { fields: fieldsOf(values), block };
}

/** The article fields named by a block's keys (never `text` or `id`: a file's id is its path, README). */
function fieldsOf(values: ReadonlyMap<string, string>): RecordFields {
  const fields: RecordFields = {};
  for (const field of RECORD_FIELDS) {
    if (field === 'text' || field === 'id') continue;
    const key = aliasesFor(field).find((a) => values.has(a));
    if (key) fields[field] = values.get(key);
  }
  return fields;
}

/** A header line's key: one to three words ("Title", "Date Published", "Source"), then a colon and a value. */
const HEADER_LINE = /^([A-Za-z][A-Za-z_-]*(?: [A-Za-z][A-Za-z_-]*){0,2})[ \t]*:[ \t]*(\S.*?)[ \t]*\r?$/;
/** A blank line ends the header block. */
const BLANK = /^[ \t]*\r?$/;

/**
 * The header lines at the top of a plain-text file ("Title: …", "Source: …", "Date: …", then a blank line), the shape
 * newsroom exports and hand-kept files take without Markdown's `---` fences. A block counts only when every line up to
 * the blank line is `key: value` and at least two keys name article fields: an article opening "WASHINGTON: The
 * president …" or an interview's "Q:" and "A:" lines are text. Null when there is none.
 */
export function readHeaderLines(text: string): FrontMatter | null {
  const start = text.startsWith('\uFEFF') ? 1 : 0;
  const lines = text.slice(start).split('\n');
  const end = lines.findIndex((l) => BLANK.test(l));
  if (end < 2 || end > MAX_LINES) return null;
  const values = new Map<string, string>();
  for (const line of lines.slice(0, end)) {
    const kv = HEADER_LINE.exec(line);
    if (!kv) return null;
    const key = columnKey(kv[1]);
    if (!values.has(key)) values.set(key, kv[2]);
  }
  const fields = fieldsOf(values);
  if (Object.keys(fields).length < 2) return null;
  return { fields, block: text.slice(0, start + lines.slice(0, end).join('\n').length) };
}

/** `text` with its front matter blanked to spaces (newlines kept), so every later offset is unchanged. */
export function blankFrontMatter(text: string, fm: FrontMatter): string {
  return fm.block.replace(/[^\n]/g, ' ') + text.slice(fm.block.length);
}
