// Step 1 of cleaning: character normalisation of one line with its offset map back to the raw text. Zero-width,
// bidi and control characters, BOM, lone surrogates and U+FFFD are removed, NBSP becomes a space, the line is NFC
// and (unless told not to) trimmed; mojibake is repaired first (lib/corpus/mojibake.ts). Each removal is counted in
// a per-line Counter (lib/corpus/clean-log.ts). Offset maps are flat pairs [textOffset, rawOffset]
// (lib/corpus/provenance.ts).

import { repairMojibake } from './mojibake.js';
import { bump, type Counter } from './clean-log.js';

// Characters removed or replaced by step 1, and their kinds.
const SPECIAL =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u00A0\u00AD\u061C\u200B-\u200F\u202A-\u202F\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD\uD800-\uDFFF]/;

function charKind(c: number): string | null {
  if (c === 0xa0 || c === 0x202f) return 'nbsp';
  if (c === 0xfeff) return 'bom';
  if (c === 0x200b || c === 0x200c || c === 0x200d || (c >= 0x2060 && c <= 0x2064) || c === 0xad) return 'zero-width';
  if (c === 0x200e || c === 0x200f || c === 0x61c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
    return 'bidi-control';
  if (c === 0xfffd) return 'replacement-char';
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return c === 9 ? null : 'control';
  return null;
}

/** Drop the first `n` characters of a line's normalised text from its offset map. */
export function cutSegs(segs: number[], n: number): number[] {
  if (n === 0) return segs;
  const out: number[] = [];
  for (let k = 0; k < segs.length; k += 2) {
    const nextO = k + 2 < segs.length ? segs[k + 2] : Infinity;
    if (nextO <= n) continue;
    if (segs[k] <= n) out.push(0, segs[k + 1] + (n - segs[k]));
    else out.push(segs[k] - n, segs[k + 1]);
  }
  return out;
}

/** A line's offset map composed with a repair's: `segs` map text → repaired line, `src` repaired line → raw line. */
function composeSegs(segs: readonly number[], textLength: number, src: readonly number[], rawStart: number): number[] {
  const out: number[] = [];
  let prev = -2;
  for (let k = 0; k < segs.length; k += 2) {
    const end = k + 2 < segs.length ? segs[k + 2] : textLength + 1;
    for (let o = segs[k]; o < end; o++) {
      const r = rawStart + src[Math.min(segs[k + 1] + (o - segs[k]), src.length - 1)];
      if (r !== prev + 1 || o === segs[k]) out.push(o, r);
      prev = r;
    }
  }
  return out;
}

/**
 * Step 1 on one line; `local` collects per-kind counts to merge only if the line is kept. Mojibake is repaired first
 * (lib/corpus/mojibake.ts), and the offset map goes through the repair back to the raw line.
 */
export function normalizeLine(
  raw: string,
  rawStart: number,
  local: Counter,
  trim = true,
): { text: string; segs: number[] } {
  const fix = repairMojibake(raw);
  if (!fix) return normalizeChars(raw, rawStart, local, trim);
  bump(local, 'mojibake', rawStart + fix.first, fix.sample, fix.repaired);
  const inner: Counter = new Map();
  const n = normalizeChars(fix.text, 0, inner, trim);
  for (const [kind, v] of inner) bump(local, kind, rawStart + fix.src[v.rawStart], v.sample, v.count);
  return { text: n.text, segs: composeSegs(n.segs, n.text.length, fix.src, rawStart) };
}

/** Character normalisation of one line (controls, bidi marks, nbsp, NFC), with its map back to raw offsets. */
function normalizeChars(raw: string, rawStart: number, local: Counter, trim = true): { text: string; segs: number[] } {
  let s = raw;
  let segs = [0, rawStart];
  if (SPECIAL.test(s)) {
    const parts: string[] = [];
    let len = 0;
    let from = 0;
    segs = [];
    const cut = (i: number, keep: string) => {
      if (segs.length === 0 || from > 0) segs.push(len, rawStart + from);
      parts.push(s.slice(from, i) + keep);
      len += i - from + keep.length;
      from = i + 1;
    };
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x7f && c >= 0x20) continue;
      let kind: string | null;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          i++;
          continue;
        }
        kind = 'control';
      } else if (c >= 0xd800 && c <= 0xdfff) kind = 'control';
      else kind = charKind(c);
      if (!kind) continue;
      cut(i, kind === 'nbsp' ? ' ' : '');
      bump(local, kind, rawStart + i, s[i]);
    }
    if (segs.length === 0 || from > 0) segs.push(len, rawStart + from);
    parts.push(s.slice(from));
    s = parts.join('');
  }
  if (/[^\x00-\x7f]/.test(s)) {
    const n = s.normalize('NFC');
    if (n.length !== s.length) segs = [0, segs[1]]; // composed characters: the line maps by its start only
    s = n;
  }
  if (!trim) return { text: s, segs };
  const lead = s.length - s.trimStart().length;
  const t = s.trim();
  if (t.length !== s.length && s.trimEnd().length !== s.length)
    bump(local, 'whitespace', rawStart + s.trimEnd().length, '');
  return { text: t, segs: cutSegs(segs, lead) };
}
