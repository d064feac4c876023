// The folded view of an article for graded comparison (its word pieces, weights, sentences and rare-word postings),
// what is derived from one view (form sums, weight totals), and giving a view's arrays back to its pool.
import type { Doc } from '../types.js';
import { radixSort } from './fingerprints.js';
import { float64s, giveBack, int32s, uint8s, type TypedPool } from '../util/typedPool.js';
import { entryByHash, foldedToken, type FormTable, type WordPositions } from './form-table.js';
import type { RewriteView, WordRarity } from './rewrite-types.js';
import { growPieces, rewriteScratch, type FormSums, type RewriteScratch } from './rewrite-scratch.js';

/** 1 when the character at i is its own lower case (narration's test of a name: `c === c.toLowerCase()`), else 0. */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 0 : 1;
  const ch = text[i];
  return ch === ch.toLowerCase() ? 1 : 0;
}

/**
 * The folded view of an article for graded comparison. With `at` (the doc's index in a fingerprint index of the same
 * docs) the word tokens are read from the index's positions and their entries found by its word hashes. `pool`: where
 * its arrays come from (a pairGrader's); `sc`: the scratch it is built in and its derived arrays kept in.
 */
export function rewriteView(
  doc: Pick<Doc, 'id' | 'tokens' | 'sentences' | 'text'>,
  rarity: WordRarity,
  forms: FormTable,
  at?: { pos: WordPositions; doc: number },
  pool?: TypedPool,
  sc: RewriteScratch = rewriteScratch(),
): RewriteView {
  const toks = doc.tokens;
  // one pass over the word tokens, each token's pieces written into scratch arrays (copied out at their length)
  const from = at ? at.pos.offsets[at.doc] : 0,
    to = at ? at.pos.offsets[at.doc + 1] : toks.length;
  let n = 0,
    rare = 0;
  let { sForm, sWeight, sStart, sEnd, sSent, sLower } = sc;
  for (let g = from; g < to; g++) {
    const t = at ? toks[at.pos.tokens[g]] : toks[g];
    if (!at && t.kind !== 'word' && t.kind !== 'number') continue;
    const e = at ? entryByHash(at.pos.words[g], t.norm, rarity, forms) : foldedToken(t.norm, rarity, forms);
    const pieces = forms.count[e],
      p0 = forms.first[e];
    if (n + pieces > sc.pieceCap) {
      growPieces(sc, n + pieces);
      ({ sForm, sWeight, sStart, sEnd, sSent, sLower } = sc);
    }
    const s = t.sentence,
      lower = lowerAt(doc.text, t.start);
    if (pieces === 1) {
      const w = forms.pieceWeight[p0];
      sForm[n] = forms.pieceForm[p0];
      sWeight[n] = w;
      sStart[n] = t.start;
      sEnd[n] = t.end;
      sLower[n] = lower;
      sSent[n++] = s;
      if (w > 0) rare++;
      continue;
    }
    for (let k = p0; k < p0 + pieces; k++, n++) {
      const w = forms.pieceWeight[k];
      sForm[n] = forms.pieceForm[k];
      sWeight[n] = w;
      sStart[n] = t.start + forms.pieceOff[k];
      sEnd[n] = Math.min(t.end, t.start + forms.pieceOff[k] + forms.pieceLen[k]);
      sSent[n] = s;
      sLower[n] = lower;
      if (w > 0) rare++;
    }
  }
  const form = copied(pool, sc.sForm, n),
    weight = copied(pool, sc.sWeight, n),
    start = copied(pool, sc.sStart, n),
    end = copied(pool, sc.sEnd, n),
    sent = copied(pool, sc.sSent, n),
    lower = copied(pool, sc.sLower, n);
  const { postForm, postSent, sums } = rareIndex(sc, form, weight, sent, rare, pool);
  const v: RewriteView = {
    doc: doc.id,
    form,
    weight,
    start,
    end,
    sent,
    lower,
    sentences: doc.sentences,
    grams: new Map(),
    postForm,
    postSent,
  };
  if (pool) sc.poolOf.set(v, pool);
  sc.formSums.set(v, sums);
  return v;
}

/**
 * A view's rare pieces ordered by form, then position (one stable radix sort of their forms, taken in position order):
 * from it the postings, the distinct (form, sentence) of pieces inside sentences (sentence indexes rise with position),
 * and the form sums, each summed in position order. `rare`: the pieces of positive weight.
 */
export function rareIndex(
  sc: RewriteScratch,
  form: Int32Array,
  weight: Float64Array,
  sent: Int32Array,
  rare: number,
  pool: TypedPool | undefined,
): { postForm: Int32Array; postSent: Int32Array; sums: FormSums } {
  const { forms: byForm, positions } = rareScratch(sc, rare);
  for (let i = 0, k = 0; i < form.length; i++)
    if (weight[i] > 0) {
      byForm[k] = form[i];
      positions[k++] = i;
    }
  // stable: positions stay in order within a form
  radixSort(byForm, positions, sc.radixTmp);
  let distinct = 0,
    posts = 0;
  for (let k = 0, lastF = -1, lastS = -1; k < rare; k++) {
    const f = byForm[k],
      s = sent[positions[k]];
    if (f !== lastF) {
      distinct++;
      lastF = f;
      lastS = -1;
    }
    if (s >= 0 && s !== lastS) {
      posts++;
      lastS = s;
    }
  }
  // every element of postForm, postSent and forms is written below (the sums accumulate from zero)
  const postForm = int32s(pool, posts, false),
    postSent = int32s(pool, posts, false);
  const sums = {
    forms: int32s(pool, distinct, false),
    all: float64s(pool, distinct),
    inSent: float64s(pool, distinct),
    one: float64s(pool, distinct),
  };
  for (let k = 0, d = -1, p = 0, lastS = -1; k < rare; k++) {
    const f = byForm[k],
      i = positions[k],
      w = weight[i],
      s = sent[i];
    if (d < 0 || sums.forms[d] !== f) {
      sums.forms[++d] = f;
      lastS = -1;
    }
    sums.all[d] += w;
    if (s >= 0) sums.inSent[d] += w;
    sums.one[d] = Math.max(sums.one[d], w);
    if (s >= 0 && s !== lastS) {
      postForm[p] = f;
      postSent[p++] = lastS = s;
    }
  }
  return { postForm, postSent, sums };
}

/** The first n values of a scratch array, copied into an array of length n (from the pool when given). */
export function copied<T extends Int32Array | Float64Array | Uint8Array>(
  pool: TypedPool | undefined,
  src: T,
  n: number,
): T {
  const out = (
    src instanceof Float64Array
      ? float64s(pool, n, false)
      : src instanceof Uint8Array
        ? uint8s(pool, n, false)
        : int32s(pool, n, false)
  ) as T;
  out.set(src.subarray(0, n));
  return out;
}

/** Scratch of rareIndex, n long: the rare pieces' forms and positions to sort; radixTmp grown to match. */
function rareScratch(sc: RewriteScratch, n: number): { forms: Uint32Array; positions: Int32Array } {
  if (sc.rareForms.length < n) {
    sc.rareForms = new Uint32Array(n * 2);
    sc.rarePositions = new Int32Array(n * 2);
  }
  if (sc.radixTmp.key.length < n) sc.radixTmp = { key: new Uint32Array(n * 2), val: new Int32Array(n * 2) };
  return { forms: sc.rareForms.subarray(0, n), positions: sc.rarePositions.subarray(0, n) };
}

/**
 * Give a view's arrays, and those computed from it, back to its pool (views of a pairGrader, after their last pair).
 * The view must not be used afterwards.
 */
export function recycleView(sc: RewriteScratch, v: RewriteView): void {
  const pool = sc.poolOf.get(v);
  if (!pool) return;
  sc.poolOf.delete(v);
  giveBack(pool, v.form, v.weight, v.start, v.end, v.sent, v.lower, v.postForm, v.postSent);
  for (const g of v.grams.values()) giveBack(pool, g.keys, g.pos);
  v.grams.clear();
  const fs = sc.formSums.get(v);
  if (fs) giveBack(pool, fs.forms, fs.all, fs.inSent, fs.one);
  sc.formSums.delete(v);
  const gs = sc.groupsOf.get(v);
  if (gs) giveBack(pool, gs.sent, gs.start, gs.total, gs.forms, gs.weights);
  sc.groupsOf.delete(v);
  sc.weightTotals.delete(v);
}

/** Sum of a view's rare-word weight, in word order (kept per view: `all` in runCoverage/sentenceCoverage). */
export function totalsOf(sc: RewriteScratch, v: RewriteView): { all: number; inSentences: number } {
  let t = sc.weightTotals.get(v);
  if (t) return t;
  let all = 0,
    inSentences = 0;
  for (let i = 0; i < v.weight.length; i++) all += v.weight[i];
  for (let i = 0; i < v.weight.length; i++) if (v.sent[i] >= 0) inSentences += v.weight[i];
  sc.weightTotals.set(v, (t = { all, inSentences }));
  return t;
}
