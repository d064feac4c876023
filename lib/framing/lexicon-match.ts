// A lexicon term matched at a position of a doc's content tokens: the longest term whose words follow each other
// inside one sentence.
import type { Doc } from '../types.js';
import { isTermToken } from '../text/tokenize.js';
import type { Compiled } from './loaded-lexicon.js';

/** The longest lexicon term among `cands` starting at content token k (idx: the first n content token indices), or null. */
export function lexiconMatch(
  d: Doc,
  idx: ArrayLike<number>,
  n: number,
  k: number,
  cands: readonly Compiled[],
): { c: Compiled; len: number } | null {
  const first = d.tokens[idx[k]];
  let best: { c: Compiled; len: number } | null = null;
  for (const c of cands) {
    if (k + c.words.length > n) continue;
    let ok = true;
    for (let w = 0; w < c.words.length && ok; w++) {
      const t = d.tokens[idx[k + w]];
      ok =
        t.sentence === first.sentence &&
        c.words[w].test(t.norm) &&
        (w === 0 || adjacent(d, idx[k + w - 1], idx[k + w]));
    }
    if (ok && (!best || c.words.length > best.len)) best = { c, len: c.words.length };
  }
  return best;
}

/**
 * Two words of a phrase follow each other: nothing but a possessive 's between them ("illegal, alien" is two words
 * of a list, not the phrase "illegal alien").
 */
function adjacent(d: Doc, i: number, j: number): boolean {
  for (let x = i + 1; x < j; x++) if (d.tokens[x].norm !== "'s") return false;
  return true;
}

/** The content tokens of a doc (words and numbers), skipping the possessive 's, into `idx` (grown when short); their number. */
export function contentTokens(d: Doc, sc: { idx: Int32Array }): number {
  if (sc.idx.length < d.tokens.length) sc.idx = new Int32Array(Math.max(d.tokens.length, sc.idx.length * 2));
  let n = 0;
  for (let i = 0; i < d.tokens.length; i++) {
    const t = d.tokens[i];
    if (isTermToken(t) && t.norm !== "'s") sc.idx[n++] = i;
  }
  return n;
}
