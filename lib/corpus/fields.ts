// Pure: metadata values (id, outlet, title, url, ...) made safe and bounded, with what was changed recorded.
// Bidi and control characters are removed from metadata as they are from text; each field is capped, so one
// 15 KB outlet name or a 200 KB id costs bounded work in every later stage (labels, regexes, hover texts).
// A capped id keeps a hash suffix of the whole id, so two long ids that share a prefix stay distinct.

import { createHash } from 'node:crypto';
import { repairMojibake } from './mojibake.js';

/** Longest kept value of a metadata field, in characters. */
export const MAX_FIELD = {
  id: 200,
  outlet: 200,
  title: 1000,
  url: 2000,
  language: 35,
  date: 80,
  event: 200,
} as const;

/** A metadata field name. */
export type MetaField = keyof typeof MAX_FIELD;

// C0/C1 controls (tab, line breaks included: metadata is one line), bidi controls, zero-width characters,
// BOM, lone surrogates and U+FFFD.
const UNSAFE = new RegExp(
  '[\\u0000-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFFD]' +
    '|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  'g',
);

/** A short stable hash of a string (hex). */
export function shortHash(s: string, n = 8): string {
  return createHash('sha1').update(s).digest('hex').slice(0, n);
}

/** Cut a string to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clipText(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max;
  const c = s.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return s.slice(0, end);
}

/** Clean one metadata value: unsafe characters removed, whitespace collapsed, length capped; notes what changed. */
export function cleanMeta(value: string, field: MetaField, warnings: string[]): string {
  let v = value;
  let removed = 0;
  if (v.length > MAX_FIELD[field] * 4) v = v.slice(0, MAX_FIELD[field] * 4); // bound the work below
  // a headline or outlet name decoded with the wrong encoding upstream ("Ã¢â‚¬Ëœ"); ids stay exactly as given
  const fix = field === 'title' || field === 'outlet' ? repairMojibake(v) : null;
  if (fix) {
    v = fix.text;
    warnings.push(`${field}: repaired ${fix.repaired} character(s) garbled by a wrong decoding (“${fix.sample}”)`);
  }
  v = v
    .replace(UNSAFE, (c) => {
      removed++;
      const k = c.charCodeAt(0);
      return k < 0x20 || (k >= 0x7f && k <= 0x9f) ? ' ' : '';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (removed) warnings.push(`${field}: removed ${removed} control/bidi character(s)`);
  if (value.length > MAX_FIELD[field]) {
    warnings.push(`${field}: ${value.length} characters, cut to ${MAX_FIELD[field]}`);
    v = clipText(v, field === 'id' ? MAX_FIELD.id - 9 : MAX_FIELD[field]);
    if (field === 'id') v = `${v}~${shortHash(value)}`;
  } else if (v.length > MAX_FIELD[field]) v = clipText(v, MAX_FIELD[field]);
  return v;
}
