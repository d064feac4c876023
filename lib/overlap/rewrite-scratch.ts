// The graded score's scratch: growable arrays its hot loops reuse, and what it derives from each view (form sums,
// sentence groups, weight totals, the view's pool), made once per run of pairs and passed in.
import type { TypedPool } from '../util/typedPool.js';
import { grown } from './form-table.js';
import { REWRITE_DEFAULTS, type RewriteOptions, type RewriteView } from './rewrite-types.js';

/**
 * Growable scratch arrays of the graded score and the arrays it derives from each view, made once by the caller for a
 * run of pairs (a pairGrader: once per overlap() call) and passed in, so that the hot loops allocate little and no
 * state hides in the module. Views compared with one scratch are best built with it too: what is derived from a view
 * (form sums, sentence groups, weight totals, its pool) is kept here, keyed by the view, and derived again by a
 * scratch that does not hold it. Functions called without one make a fresh one.
 */
export interface RewriteScratch {
  /** rewriteView: the pieces of one view, copied out at their final length (pieceCap long) */
  pieceCap: number;
  sForm: Int32Array;
  sWeight: Float64Array;
  sStart: Int32Array;
  sEnd: Int32Array;
  sSent: Int32Array;
  sLower: Uint8Array;
  /** rareIndex: the rare pieces' forms and positions to sort */
  rareForms: Uint32Array;
  rarePositions: Int32Array;
  /** the radix sorts of gramsOf and rareIndex */
  radixTmp: { key: Uint32Array; val: Int32Array };
  /** sharedStarts: the shared k-gram starts of x and of y */
  hitA: Uint8Array;
  hitB: Uint8Array;
  /** sentenceGroups: a stamp per form (the sentence it was last kept in) */
  formStamp: Int32Array;
  stampNow: number;
  /** stampForms: the forms y holds (firstStamp equal to the call's stamp) and where their postings start in y */
  firstStamp: Int32Array;
  firstPost: Int32Array;
  firstNow: number;
  /** alignSentences: weight per sentence of y (all zero between calls) and the sentences met */
  acc: Float64Array;
  touched: Int32Array;
  /** sentenceGroups: the forms and weights of all groups, copied out at their length */
  groupForms: Int32Array;
  groupWeights: Float64Array;
  groupSent: Int32Array;
  groupStart: Int32Array;
  groupTotal: Float64Array;
  /** the last options merged with the defaults (the same options object on every pair of a grader) */
  lastOpts: RewriteOptions | null;
  lastMerged: Required<RewriteOptions>;
  /** per view: the pool its arrays came from, its form sums, sentence groups and weight totals */
  poolOf: WeakMap<RewriteView, TypedPool>;
  formSums: WeakMap<RewriteView, FormSums>;
  groupsOf: WeakMap<RewriteView, SentenceGroups>;
  weightTotals: WeakMap<RewriteView, { all: number; inSentences: number }>;
}

/** A fresh RewriteScratch (its arrays grow on demand). */
export function rewriteScratch(): RewriteScratch {
  return {
    pieceCap: 0,
    sForm: new Int32Array(0),
    sWeight: new Float64Array(0),
    sStart: new Int32Array(0),
    sEnd: new Int32Array(0),
    sSent: new Int32Array(0),
    sLower: new Uint8Array(0),
    rareForms: new Uint32Array(1024),
    rarePositions: new Int32Array(1024),
    radixTmp: { key: new Uint32Array(1024), val: new Int32Array(1024) },
    hitA: new Uint8Array(1024),
    hitB: new Uint8Array(1024),
    formStamp: new Int32Array(1024),
    stampNow: 0,
    firstStamp: new Int32Array(1024),
    firstPost: new Int32Array(1024),
    firstNow: 0,
    acc: new Float64Array(256),
    touched: new Int32Array(256),
    groupForms: new Int32Array(1024),
    groupWeights: new Float64Array(1024),
    groupSent: new Int32Array(1024),
    groupStart: new Int32Array(1024),
    groupTotal: new Float64Array(1024),
    lastOpts: null,
    lastMerged: REWRITE_DEFAULTS,
    poolOf: new WeakMap(),
    formSums: new WeakMap(),
    groupsOf: new WeakMap(),
    weightTotals: new WeakMap(),
  };
}

export function growPieces(sc: RewriteScratch, need: number): void {
  if (need <= sc.pieceCap) return;
  sc.pieceCap = Math.max(need, sc.pieceCap * 2, 1024);
  sc.sForm = grown(sc.sForm, sc.pieceCap);
  sc.sWeight = grown(sc.sWeight, sc.pieceCap);
  sc.sStart = grown(sc.sStart, sc.pieceCap);
  sc.sEnd = grown(sc.sEnd, sc.pieceCap);
  sc.sSent = grown(sc.sSent, sc.pieceCap);
  sc.sLower = grown(sc.sLower, sc.pieceCap);
}

/**
 * The sentences of a view as groups of their distinct rare forms, in first-occurrence order, each with the weight of
 * its first occurrence: what alignSentences reads of x (stopwords, repeats and words outside sentences dropped once
 * per view instead of once per pair). Group g is forms[start[g], start[g + 1]) of sentence sent[g], weighing total[g].
 */
export interface SentenceGroups {
  sent: Int32Array;
  start: Int32Array;
  total: Float64Array;
  forms: Int32Array;
  weights: Float64Array;
  /** largest form id of the view */
  maxForm: number;
}

/** A view's distinct rare forms, sorted, with their summed weight over all words and over words in sentences. */
export interface FormSums {
  forms: Int32Array;
  all: Float64Array;
  inSent: Float64Array;
  /** the weight of one occurrence of the form (its largest, when pieces of one stem differ in rarity) */
  one: Float64Array;
}
