// Sentence alignment: each sentence of one side aligned to the sentence of the other holding most of its rare-word
// weight, in any order (reordered and edited clauses), the sentence coverage it gives, and a cheap upper bound of it.
import type { RewriteView } from './rewrite-types.js';
import { rewriteScratch, type RewriteScratch, type SentenceGroups } from './rewrite-scratch.js';
import { copied, totalsOf } from './rewrite-view.js';

/** The sentence groups of a view (see SentenceGroups), built once per view and kept in the scratch. */
function sentenceGroups(sc: RewriteScratch, x: RewriteView): SentenceGroups {
  let r = sc.groupsOf.get(x);
  if (r) return r;
  const n = x.form.length;
  let maxForm = 0;
  for (let i = 0; i < n; i++) if (x.form[i] > maxForm) maxForm = x.form[i];
  if (sc.formStamp.length <= maxForm) sc.formStamp = new Int32Array((maxForm + 1) * 2);
  if (sc.groupForms.length < n + 1) {
    sc.groupForms = new Int32Array((n + 1) * 2);
    sc.groupWeights = new Float64Array((n + 1) * 2);
    sc.groupSent = new Int32Array((n + 1) * 2);
    sc.groupStart = new Int32Array((n + 1) * 2);
    sc.groupTotal = new Float64Array((n + 1) * 2);
  }
  const forms = sc.groupForms,
    weights = sc.groupWeights,
    sent = sc.groupSent,
    start = sc.groupStart,
    total = sc.groupTotal,
    formStamp = sc.formStamp;
  let m = 0,
    groups = 0;
  // runs of one sentence index, as alignSentences compared them; runs outside sentences (-1) are never aligned
  for (let i = 0; i < n;) {
    const s = x.sent[i];
    let j = i;
    if (++sc.stampNow === 0x7fffffff) formStamp.fill((sc.stampNow = 0));
    const stamp = ++sc.stampNow;
    const from = m;
    let t = 0;
    for (; j < n && x.sent[j] === s; j++) {
      // without a branch to mispredict (half the pieces are stopwords): every piece is written and kept (m moves on)
      // only when rare and new to the sentence; a weight times 0 adds +0, and a stopword leaves its form's stamp as it
      // was, so a later rare piece of that form is still new
      const f = x.form[j],
        w = x.weight[j],
        keep = +!(w <= 0) & +(formStamp[f] !== stamp);
      formStamp[f] += (stamp - formStamp[f]) * keep;
      forms[m] = f;
      weights[m] = w;
      m += keep;
      t += w * keep;
    }
    // two distinct rare forms at least (`seen >= 2`), inside a sentence
    if (s >= 0 && m - from >= 2) {
      sent[groups] = s;
      start[groups] = from;
      total[groups++] = t;
    } else m = from;
    i = j;
  }
  start[groups] = m;
  const pool = sc.poolOf.get(x);
  r = {
    sent: copied(pool, sent, groups),
    start: copied(pool, start, groups + 1),
    total: copied(pool, total, groups),
    forms: copied(pool, forms, m),
    weights: copied(pool, weights, m),
    maxForm,
  };
  sc.groupsOf.set(x, r);
  return r;
}

/**
 * Stamp the forms y holds, for one call of alignSentences or sentenceBound, and where each form's postings start in y
 * (a direct lookup instead of a binary search). Returns the stamp; a form of x is in y when firstStamp[form] equals it.
 */
function stampForms(sc: RewriteScratch, gx: SentenceGroups, y: RewriteView): number {
  let maxForm = gx.maxForm;
  if (y.postForm.length) maxForm = Math.max(maxForm, y.postForm[y.postForm.length - 1]);
  if (sc.firstStamp.length <= maxForm) {
    sc.firstStamp = new Int32Array((maxForm + 1) * 2);
    sc.firstPost = new Int32Array((maxForm + 1) * 2);
  }
  if (++sc.firstNow === 0x7fffffff) sc.firstStamp.fill((sc.firstNow = 0));
  const yStamp = ++sc.firstNow;
  const { firstStamp, firstPost } = sc;
  // backwards, every posting written: the last write of a form is its first posting (no branch on a new form)
  const post = y.postForm;
  for (let p = post.length - 1; p >= 0; p--) {
    firstStamp[post[p]] = yStamp;
    firstPost[post[p]] = p;
  }
  return yStamp;
}

/** The rare weight of sentence group g's forms that the stamped y holds anywhere (in the group's order). */
function heldWeight(firstStamp: Int32Array, gx: SentenceGroups, g: number, yStamp: number): number {
  let shared = 0;
  // a weight times 0 adds +0, which leaves the sum as it was: the same sum as adding the held weights only
  for (let q = gx.start[g]; q < gx.start[g + 1]; q++) shared += gx.weights[q] * +(firstStamp[gx.forms[q]] === yStamp);
  return shared;
}

/** Each sentence of x aligned to the sentence of y holding most of its rare-word weight (any order), if >= minSim. */
export function alignSentences(
  x: RewriteView,
  y: RewriteView,
  minSim: number,
  sc: RewriteScratch = rewriteScratch(),
): { sx: number; sy: number; similarity: number; weight: number }[] {
  if (sc.acc.length < y.sentences.length) sc.acc = new Float64Array(y.sentences.length * 2);
  const acc = sc.acc; // all zero between calls: each sentence's touched entries are reset after it
  const out: { sx: number; sy: number; similarity: number; weight: number }[] = [];
  // sentences of y met by one sentence of x (each once: its acc turns non-zero)
  if (sc.touched.length < y.sentences.length) sc.touched = new Int32Array(y.sentences.length * 2);
  const touched = sc.touched;
  const gx = sentenceGroups(sc, x);
  const yStamp = stampForms(sc, gx, y);
  const { firstStamp, firstPost } = sc;
  for (let g = 0; g < gx.sent.length; g++) {
    const total = gx.total[g];
    // the best sentence holds at most the group's forms that y holds at all (summed in the same order, so the float sum
    // is no smaller): under minSim of the weight, no sentence of y can align and its postings need not be read
    if (heldWeight(firstStamp, gx, g, yStamp) / total < minSim) continue;
    let nt = 0;
    for (let q = gx.start[g]; q < gx.start[g + 1]; q++) {
      const f = gx.forms[q];
      if (firstStamp[f] !== yStamp) continue;
      for (let p = firstPost[f]; p < y.postForm.length && y.postForm[p] === f; p++) {
        const t = y.postSent[p];
        if (acc[t] === 0) touched[nt++] = t;
        acc[t] += gx.weights[q];
      }
    }
    let best = -1;
    for (let i = 0; i < nt; i++) {
      const t = touched[i];
      if (best < 0 || acc[t] > acc[best] || (acc[t] === acc[best] && t < best)) best = t;
    }
    if (best >= 0 && acc[best] / total >= minSim)
      out.push({ sx: gx.sent[g], sy: best, similarity: acc[best] / total, weight: total });
    for (let i = 0; i < nt; i++) acc[touched[i]] = 0;
  }
  return out;
}

/**
 * An upper bound of x's sentence coverage by y (alignSentences, sentenceCoverage): a sentence of x can align only when
 * the rare weight of its forms that y holds anywhere reaches `minSim` of its weight, and then counts at most that held
 * weight (its best sentence of y holds a subset of those forms). No postings are read.
 */
export function sentenceBound(sc: RewriteScratch, x: RewriteView, y: RewriteView, minSim: number): number {
  const all = totalsOf(sc, x).inSentences;
  if (all <= 0) return 0;
  const gx = sentenceGroups(sc, x);
  const yStamp = stampForms(sc, gx, y);
  let got = 0;
  for (let g = 0; g < gx.sent.length; g++) {
    const shared = heldWeight(sc.firstStamp, gx, g, yStamp);
    if (shared / gx.total[g] >= minSim) got += shared;
  }
  return Math.min(1, got / all);
}

/** Sentence coverage of x by y: aligned sentences' weight times similarity over all of x's rare-word weight. */
export function sentenceCoverage(
  sc: RewriteScratch,
  x: RewriteView,
  aligned: readonly { similarity: number; weight: number }[],
): number {
  const all = totalsOf(sc, x).inSentences;
  let got = 0;
  for (const a of aligned) got += a.weight * a.similarity;
  return all > 0 ? Math.min(1, got / all) : 0;
}
