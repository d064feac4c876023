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
  const fields: RecordFields = {};
  for (const field of RECORD_FIELDS) {
    if (field === 'text' || field === 'id') continue; // a file's id is its path (README)
    const key = aliasesFor(field).find((a) => values.has(a));
    if (key) fields[field] = values.get(key);
  }
  const block = text.slice(0, start + lines.slice(0, end + 1).join('\n').length);
  return { fields, block };
}

/** `text` with its front matter blanked to spaces (newlines kept), so every later offset is unchanged. */
export function blankFrontMatter(text: string, fm: FrontMatter): string {
  return fm.block.replace(/[^\n]/g, ' ') + text.slice(fm.block.length);
}
