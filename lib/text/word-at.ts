// The word at a token index within one sentence: the lookup the sense and label readers make around a match.
import type { Doc } from '../types.js';

/** The normalised word token at `i` when it is in sentence `s`, else undefined (punctuation, numbers, other sentences). */
export function wordAt(d: Doc, i: number, s: number): string | undefined {
  const t = d.tokens[i];
  return t && t.sentence === s && t.kind === 'word' ? t.norm : undefined;
}

/**
 * Whether a word of `words` stands within `after` words after token `i` or `before` words before it, in `i`'s
 * sentence: the window the sense readers look in ("slam … shut", "the car they had hijacked").
 */
export function wordNear(d: Doc, i: number, words: ReadonlySet<string>, after: number, before = 0): boolean {
  const s = d.tokens[i].sentence;
  for (let k = 1; k <= Math.max(after, before); k++) {
    if (k <= after && words.has(wordAt(d, i + k, s) ?? '')) return true;
    if (k <= before && words.has(wordAt(d, i - k, s) ?? '')) return true;
  }
  return false;
}
