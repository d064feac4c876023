// Known outlet names in a text, found exactly where one alternation regex of all names finds them, but without running
// that regex at every character: case-insensitive and Unicode, the regex of ~100 names costs ~40 ns a character, 1.4 s
// over the 37 M characters of 10,000 generated articles. A table of the names' first three characters rules out almost
// every position in a few ns; the regex, sticky, runs only where a name may start. (A case-sensitive regex is fast
// already, V8 skips ahead on its literal characters, and runs as it is.)
//
// Why the matches are the same: a global regex scan tries each start from lastIndex upward (code point by code point)
// and returns the first start where the pattern matches. Trying, in ascending order, a superset of the starts where it
// can match, with the same pattern made sticky, finds the same first start and the same match there; scanning on from
// the match's end repeats the global scan. The table only rules out a start when it cannot match: the character before
// is an ASCII letter or digit (the pattern's lookbehind), or the start's first characters are ASCII and begin no name.
// Any non-ASCII character (case folding, Unicode white space) lets the regex decide.
import { escapeRegExp } from '../util/regex.js';

/** Longest name looked for: longer ones never go into the regex (a 15 KB outlet name would abort it). */
export const MAX_NAME = 120;

/** A matcher of a list of names: the global regex (case-sensitive), or the sticky one and its start table. */
export interface NameMatcher {
  global: RegExp | null;
  sticky: RegExp;
  /** 1 at the ASCII prefixes (length 1, 2, 3; lower-cased, white space folded to a space) a name begins with */
  p1: Uint8Array;
  p2: Uint8Array;
  p3: Uint8Array;
}

/**
 * The matcher of names as `(?<![\p{L}\p{N}])(?:name1|name2|...)(?![\p{L}\p{N}])` with `flags` ('u' or 'iu'): names in
 * the order given (the first that matches at a start wins), white space in a name matching any run of white space.
 */
export function nameMatcher(names: readonly string[], flags: 'u' | 'iu'): NameMatcher | null {
  if (!names.length) return null;
  const source = `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`;
  if (flags === 'u') {
    const none = new Uint8Array(0);
    return { global: new RegExp(source, 'gu'), sticky: new RegExp(source, 'uy'), p1: none, p2: none, p3: none };
  }
  const m = {
    global: null,
    sticky: new RegExp(source, flags + 'y'),
    p1: new Uint8Array(128),
    p2: new Uint8Array(1 << 14),
    p3: new Uint8Array(1 << 21),
  };
  for (const name of names) markPrefix(name, flags, m);
  return m;
}

/** The [start, end) of every match, in text order, as the global form of the matcher's regex finds them. */
export function matchNames(m: NameMatcher, text: string): [number, number][] {
  const out: [number, number][] = [];
  if (m.global) {
    m.global.lastIndex = 0;
    for (let x = m.global.exec(text); x; x = m.global.exec(text)) out.push([x.index, x.index + x[0].length]);
    return out;
  }
  const re = m.sticky;
  for (let p = nextStart(m, text, 0); p < text.length; p = nextStart(m, text, p + 1)) {
    re.lastIndex = p;
    const x = re.exec(text);
    if (!x) continue;
    out.push([p, p + x[0].length]);
    p += x[0].length - 1;
  }
  return out;
}

/**
 * The first position from p on where a name may start (text.length when none): the character before is no ASCII
 * letter or digit, and the first characters (up to three) are non-ASCII or begin a name.
 */
function nextStart(m: NameMatcher, text: string, p: number): number {
  const { p1, p2, p3 } = m;
  const n = text.length;
  let before = p > 0 ? text.charCodeAt(p - 1) : -1;
  for (; p < n; p++) {
    const b = before;
    const c = text.charCodeAt(p);
    before = c;
    if ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)) continue;
    const c0 = fold(c);
    // a global scan in Unicode mode never starts inside a surrogate pair
    if (c0 < 0) {
      if (c >= 0xdc00 && c <= 0xdfff && b >= 0xd800 && b <= 0xdbff) continue;
      return p;
    }
    if (p1[c0]) return p;
    const c1 = p + 1 < n ? fold(text.charCodeAt(p + 1)) : 0;
    if (c1 < 0 || p2[c0 | (c1 << 7)]) return p;
    const c2 = p + 2 < n ? fold(text.charCodeAt(p + 2)) : 0;
    if (c2 < 0 || p3[c0 | (c1 << 7) | (c2 << 14)]) return p;
  }
  return n;
}

/**
 * Mark the prefix a name begins with: its first three characters while they are ASCII, ending after the first white
 * space (which matches a run of any length). A non-ASCII first character marks the ASCII characters the regex matches
 * to it (case folding: the Kelvin sign is a k); a non-ASCII character later cuts the prefix before it.
 */
function markPrefix(name: string, flags: string, m: { p1: Uint8Array; p2: Uint8Array; p3: Uint8Array }): void {
  const first = name.codePointAt(0)!;
  if (first >= 128 && !/\s/u.test(name[0])) {
    const re = new RegExp(`^${escapeRe(String.fromCodePoint(first))}`, flags);
    for (let c = 0; c < 128; c++) if (re.test(String.fromCharCode(c))) m.p1[fold(c)] = 1;
    return;
  }
  let key = 0,
    len = 0;
  for (; len < 3 && len < name.length; len++) {
    const space = /\s/u.test(name[len]);
    if (!space && name.charCodeAt(len) >= 128) break;
    key |= (space ? 32 : fold(name.charCodeAt(len))) << (7 * len);
    if (space) {
      len++;
      break;
    }
  }
  (len === 1 ? m.p1 : len === 2 ? m.p2 : m.p3)[key] = 1;
}

/** An ASCII character lower-cased, ASCII white space as a space; -1 for any other character. */
function fold(c: number): number {
  if (c >= 128) return -1;
  if (c >= 65 && c <= 90) return c + 32;
  return c === 9 || c === 10 || c === 11 || c === 12 || c === 13 ? 32 : c;
}

/** A name as a regex: special characters escaped, white space as any run of white space. */
function escapeRe(s: string): string {
  return escapeRegExp(s).replace(/\s+/g, '\\s+');
}
