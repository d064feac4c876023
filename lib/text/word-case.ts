// How a corpus writes each word: in lower case, or capitalised where no sentence or line opens. A word capitalised
// only where a sentence opens ("Despite", "Meanwhile", a player's "CLOSE") is an ordinary word, not part of a name.
import type { Doc } from '../types.js';
import { normIds, type NormIds } from './term-ids.js';
import { opensSentence } from './sentence-open.js';

export { opensSentence };

/** Whether the corpus uses a word (its norm) as an ordinary word: lower case at least ten times as often as capitalised inside a sentence. */
export type OrdinaryWord = (norm: string) => boolean;

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;

/**
 * Counts, per norm, of lower-case uses and of title-case uses inside a sentence (a word in capitals is no evidence:
 * "MUST WATCH"), over the docs (norm numbers from `ids` when given, aligned with the docs). One pass over the tokens, on the first
 * question.
 */
export function ordinaryWords(docs: readonly Doc[], ids?: NormIds): OrdinaryWord {
  let counts: { lower: Int32Array; inner: Int32Array; index: Map<string, number> } | undefined;
  return (norm) => {
    const { lower, inner, index } = (counts ??= caseCounts(docs, ids ?? normIds(docs)));
    const i = index.get(norm);
    return i !== undefined && lower[i] > 0 && lower[i] >= 10 * inner[i];
  };
}

/** The counts behind ordinaryWords, made on the first question (plain loops: this runs over every token). */
function caseCounts(docs: readonly Doc[], n: NormIds) {
  const lower = new Int32Array(n.norms.length);
  const inner = new Int32Array(n.norms.length);
  for (let k = 0; k < docs.length; k++) {
    const d = docs[k];
    const v = n.of[k];
    const toks = d.tokens;
    const text = d.text;
    for (let i = 0; i < toks.length; i++) {
      const c = text.charCodeAt(toks[i].start);
      if (c >= 97 && c <= 122) lower[v[i]]++;
      else if (isUpper(c) && isLower(text.charCodeAt(toks[i].start + 1)) && !opensSentence(d, i)) inner[v[i]]++;
    }
  }
  const index = new Map<string, number>();
  for (let i = 0; i < n.norms.length; i++) if (lower[i]) index.set(n.norms[i], i);
  return { lower, inner, index };
}
