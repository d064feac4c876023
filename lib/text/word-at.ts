// The word at a token index within one sentence: the lookup the sense and label readers make around a match.
import type { Doc } from '../types.js';

/** The normalised word token at `i` when it is in sentence `s`, else undefined (punctuation, numbers, other sentences). */
export function wordAt(d: Doc, i: number, s: number): string | undefined {
  const t = d.tokens[i];
  return t && t.sentence === s && t.kind === 'word' ? t.norm : undefined;
}
