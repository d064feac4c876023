// Vocabulary coverage: the rarity-weighted share of one side's distinct rare words the other holds anywhere (what a
// paraphrase keeps), and the upper bound of a side's coverage that decides cheaply which pairs need grading.
import type { RewriteView } from './rewrite-types.js';
import { rewriteScratch, type FormSums, type RewriteScratch } from './rewrite-scratch.js';
import { rareIndex, totalsOf } from './rewrite-view.js';

/** The form sums of a view (see FormSums), from its rare-word index; kept in the scratch. */
function formSumsOf(sc: RewriteScratch, v: RewriteView): FormSums {
  const r = sc.formSums.get(v);
  if (r) return r;
  let rare = 0;
  for (let i = 0; i < v.weight.length; i++) if (v.weight[i] > 0) rare++;
  const { sums } = rareIndex(sc, v.form, v.weight, v.sent, rare, sc.poolOf.get(v));
  sc.formSums.set(v, sums);
  return sums;
}

/**
 * An upper bound of x's coverage by y: the share of x's rare-word weight whose form y holds at all. Run coverage and
 * sentence coverage both count only such words, so below `chance` (less a rounding margin) the side is independent.
 */
export function coverageBound(x: RewriteView, y: RewriteView, sc: RewriteScratch = rewriteScratch()): number {
  const fx = formSumsOf(sc, x),
    fy = formSumsOf(sc, y).forms,
    t = totalsOf(sc, x);
  let all = 0,
    inSent = 0;
  // a merge of the sorted distinct forms, stepping without branches (see vocabularyCoverage)
  const forms = fx.forms;
  for (let a = 0, b = 0; a < forms.length && b < fy.length;) {
    const u = forms[a],
      v = fy[b],
      held = +(u === v);
    all += fx.all[a] * held;
    inSent += fx.inSent[a] * held;
    a += +(u <= v);
    b += +(u >= v);
  }
  return Math.max(t.all > 0 ? all / t.all : 0, t.inSentences > 0 ? inSent / t.inSentences : 0);
}

/**
 * Rare-vocabulary coverage of x by y: the rarity-weighted share of x's distinct rare words (folded forms) that y holds
 * anywhere, each word counted once however often x repeats it. Order and runs do not matter: what a paraphrase keeps.
 */
export function vocabularyCoverage(x: RewriteView, y: RewriteView, sc: RewriteScratch = rewriteScratch()): number {
  const fx = formSumsOf(sc, x),
    fy = formSumsOf(sc, y).forms;
  const forms = fx.forms,
    one = fx.one;
  let all = 0,
    got = 0,
    a = 0;
  // a merge of the two sorted distinct form lists that steps without branches (most forms are not shared, and a
  // mispredicted branch a step cost more than the step): a weight times 0 adds +0, which leaves a sum as it was, so
  // both sums add the same weights in the same order as testing each form
  for (let b = 0; a < forms.length && b < fy.length;) {
    const u = forms[a],
      v = fy[b],
      w = one[a],
      step = +(u <= v);
    all += w * step;
    got += w * +(u === v);
    a += step;
    b += +(u >= v);
  }
  for (; a < forms.length; a++) all += one[a];
  return all > 0 ? got / all : 0;
}
