// Rewritten narration of a graded pair: the aligned sentence pairs (lib/overlap/rewrite.ts) that are the outlets' own
// narration, not a quote or a passage already told to be common-source or stock text. A pair graded rewritten whose
// evidence is such narration took the other outlet's wording, edited: it needs credit like copied text does.
import type { Doc, Span } from '../types.js';
import { QUOTED } from './passages.js';
import { quotedShare, topLevelQuotes } from '../text/quotes.js';
import { firstTokenAt, isTermToken } from '../text/tokenize.js';
import type { RewriteView } from './rewrite.js';
import type { Passage } from './types.js';

/**
 * A sentence pair is narration taken from the other text when it shares at least this many distinct content words
 * that are not names (not capitalised), and at least half of the shorter side's: same-event articles written
 * independently share names (people, places, bodies), and sentences aligned on names alone are not evidence of reuse.
 */
export const NARRATION_WORDS = 4;
/** Rewritten narration needs this many aligned sentence pairs: one sentence can meet another by a formula and chance. */
export const NARRATION_SENTENCES = 2;
/**
 * A rewritten sentence keeps most of its source's rare-word weight (similarity) and some of its word order (a shared run
 * of RUN_WORDS folded words). Two outlets reporting one fact in their own words share the facts' words, rarely both.
 * On 1,000 generated articles 91% of planted rewritten sentences reach 0.7 and 94% a 4-word run; on the AllSides
 * corpus, of the sentence pairs that made same-fact articles look rewritten, none of the 22 pairs kept two such.
 */
export const REWRITE_SIMILARITY = 0.7;
export const RUN_WORDS = 4;

/** Aligned narration of a pair: its sentence pairs and the words of the shorter side of each, summed. */
export interface RewrittenNarration {
  /** aligned sentence pairs that are narration (not quoted, not common-source or stock text) */
  sentences: number;
  /** words of those sentences, the shorter side of each pair */
  words: number;
  /** those words over the words of the shorter article: how much of it the rewrite is (0 without narration) */
  share: number;
  /**
   * of `words`, those of sentence pairs that lie in reuse passages on both sides: copied word for word, not edited. A
   * pair whose aligned narration is mostly these is a copy, whatever its grade.
   */
  verbatim: number;
}

/**
 * What the caller of rewrittenNarration knows of a pair, so that the texts need not be walked again:
 * narrationWording of its aligned sentences (on the graded views) and the word and number tokens of each doc.
 */
export interface NarrationFacts {
  wording: Uint8Array;
  words: readonly [number, number];
}

const NONE: RewrittenNarration = { sentences: 0, words: 0, share: 0, verbatim: 0 };

/** Word and number tokens of doc inside [start, end). */
function wordsIn(d: Pick<Doc, 'tokens'>, start: number, end: number): number {
  let n = 0;
  for (let i = firstTokenAt(d.tokens, start); i < d.tokens.length && d.tokens[i].end <= end; i++)
    if (isTermToken(d.tokens[i])) n++;
  return n;
}

/** Share of [s, e) covered by the given character ranges (which may overlap each other). */
function coveredShare(ranges: readonly [number, number][], s: number, e: number): number {
  if (e <= s) return 0;
  let best = 0;
  for (const [x, y] of ranges) best += Math.max(0, Math.min(e, y) - Math.max(s, x));
  return Math.min(1, best / (e - s));
}

/**
 * The rewritten narration among a pair's aligned sentences: a sentence pair counts when neither side is mostly inside
 * quote marks (QUOTED), neither side lies mostly in a common-source or stock passage of the pair, and the two share
 * wording beyond names (NARRATION_WORDS), and the pair is a rewrite, not the same fact retold (REWRITE_SIMILARITY and a
 * shared run of RUN_WORDS words: `known.wording`, from narrationWording); fewer than NARRATION_SENTENCES such pairs
 * count as none.
 */
export function rewrittenNarration(
  aligned: readonly { a: Span; b: Span; similarity: number }[],
  A: Pick<Doc, 'tokens' | 'quotes' | 'text'>,
  B: Pick<Doc, 'tokens' | 'quotes' | 'text'>,
  passages: readonly Pick<Passage, 'a' | 'b' | 'kind'>[],
  known: NarrationFacts,
): RewrittenNarration {
  // only pairs at REWRITE_SIMILARITY can count: with fewer than NARRATION_SENTENCES of them the answer is none, and the
  // texts need not be read
  let similar = 0;
  for (const x of aligned) if (x.similarity >= REWRITE_SIMILARITY) similar++;
  if (similar < NARRATION_SENTENCES) return NONE;
  const qa = topLevelQuotes(A.quotes),
    qb = topLevelQuotes(B.quotes);
  const other = passages.filter((p) => p.kind !== 'reuse'),
    reuse = passages.filter((p) => p.kind === 'reuse');
  const oa = other.map((p) => p.a),
    ob = other.map((p) => p.b);
  const ra = reuse.map((p) => p.a),
    rb = reuse.map((p) => p.b);
  let sentences = 0,
    words = 0,
    verbatim = 0;
  // a sentence aligned twice counts once
  const seenA = new Set<number>(),
    seenB = new Set<number>();
  for (let k = 0; k < aligned.length; k++) {
    const { a, b, similarity } = aligned[k];
    if (similarity < REWRITE_SIMILARITY || seenA.has(a.start) || seenB.has(b.start)) continue;
    if (quotedShare(qa, a.start, a.end) >= QUOTED || quotedShare(qb, b.start, b.end) >= QUOTED) continue;
    if (coveredShare(oa, a.start, a.end) >= QUOTED || coveredShare(ob, b.start, b.end) >= QUOTED) continue;
    if (known.wording[k] !== 1) continue;
    seenA.add(a.start);
    seenB.add(b.start);
    sentences++;
    const w = Math.min(wordsIn(A, a.start, a.end), wordsIn(B, b.start, b.end));
    words += w;
    if (coveredShare(ra, a.start, a.end) >= QUOTED && coveredShare(rb, b.start, b.end) >= QUOTED) verbatim += w;
  }
  if (sentences < NARRATION_SENTENCES) return NONE;
  const shorter = Math.min(known.words[0], known.words[1]);
  return { sentences, words, share: Math.round((words / Math.max(1, shorter)) * 1000) / 1000, verbatim };
}

/**
 * For each aligned sentence pair at REWRITE_SIMILARITY, 1 when its sentences share wording beyond names
 * (NARRATION_WORDS) and a run of RUN_WORDS folded words: the tests of rewrittenNarration that read words, made on the
 * graded views of the pair's docs (x of the `a` side, y of `b`) while the grader holds them. A view's form ids are the
 * same folded, stemmed words (one id per stem), its zero weights the stopwords and `lower` the names' test, so the
 * answer is the same without folding the sentences' tokens to strings again. All zero under NARRATION_SENTENCES
 * similar pairs (rewrittenNarration does not read it then).
 */
export function narrationWording(
  aligned: readonly { a: Span; b: Span; similarity: number }[],
  x: RewriteView,
  y: RewriteView,
  sc: NarrationScratch = narrationScratch(),
): Uint8Array {
  const out = new Uint8Array(aligned.length);
  let similar = 0;
  for (const s of aligned) if (s.similarity >= REWRITE_SIMILARITY) similar++;
  if (similar < NARRATION_SENTENCES) return out;
  for (let k = 0; k < aligned.length; k++) {
    const { a, b, similarity } = aligned[k];
    if (similarity < REWRITE_SIMILARITY) continue;
    const [x0, x1] = piecesOfSentence(x, a.start),
      [y0, y1] = piecesOfSentence(y, b.start);
    if (sharesForms(sc, x, x0, x1, y, y0, y1) && hasRun(sc, x.form, x0, x1, y.form, y0, y1, RUN_WORDS)) out[k] = 1;
  }
  return out;
}

/** The pieces [from, to) of a view in its sentence starting at `start` (a piece holds its token's sentence index). */
function piecesOfSentence(v: RewriteView, start: number): [number, number] {
  let lo = 0,
    hi = v.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v.sentences[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const s = lo;
  // first piece starting at or after the sentence's start, then back over any piece of the sentence before it
  let p = 0,
    q = v.start.length;
  while (p < q) {
    const mid = (p + q) >> 1;
    if (v.start[mid] < start) p = mid + 1;
    else q = mid;
  }
  while (p > 0 && v.sent[p - 1] === s) p--;
  let e = p;
  while (e < v.sent.length && v.sent[e] === s) e++;
  return [p, e];
}

/**
 * Growable scratch of narrationWording's tests, made once by the caller for a run of pairs (the align loop) and passed
 * in, so the hot loops allocate nothing and no state hides in the module: form stamps of sharesForms (the x side's and
 * the y side's plain forms of one call) and the two rows of hasRun.
 */
export interface NarrationScratch {
  markX: Int32Array;
  markY: Int32Array;
  markNow: number;
  runPrev: Int32Array;
  runCur: Int32Array;
}

/** A fresh NarrationScratch (its arrays grow on demand). */
export function narrationScratch(): NarrationScratch {
  return {
    markX: new Int32Array(1024),
    markY: new Int32Array(1024),
    markNow: 0,
    runPrev: new Int32Array(64),
    runCur: new Int32Array(64),
  };
}

/** sharesWording on views: distinct plain forms (rare weight, lower case) of both sides, NARRATION_WORDS shared. */
function sharesForms(
  sc: NarrationScratch,
  x: RewriteView,
  x0: number,
  x1: number,
  y: RewriteView,
  y0: number,
  y1: number,
): boolean {
  let top = 0;
  for (let i = x0; i < x1; i++) top = Math.max(top, x.form[i]);
  for (let i = y0; i < y1; i++) top = Math.max(top, y.form[i]);
  if (top >= sc.markX.length) {
    sc.markX = new Int32Array((top + 1) * 2);
    sc.markY = new Int32Array((top + 1) * 2);
    sc.markNow = 0;
  }
  if (++sc.markNow === 0x7fffffff) {
    sc.markX.fill(0);
    sc.markY.fill(0);
    sc.markNow = 1;
  }
  const { markX, markY, markNow: stamp } = sc;
  let nx = 0,
    ny = 0,
    both = 0;
  for (let i = x0; i < x1; i++)
    if (x.weight[i] > 0 && x.lower[i] && markX[x.form[i]] !== stamp) {
      markX[x.form[i]] = stamp;
      nx++;
    }
  for (let i = y0; i < y1; i++)
    if (y.weight[i] > 0 && y.lower[i] && markY[y.form[i]] !== stamp) {
      markY[y.form[i]] = stamp;
      ny++;
      if (markX[y.form[i]] === stamp) both++;
    }
  return both >= NARRATION_WORDS && 2 * both >= Math.min(nx, ny);
}

/** Whether two piece ranges share a run of `min` forms (longestRun's dynamic programming, stopped once it is found). */
function hasRun(
  sc: NarrationScratch,
  fx: Int32Array,
  x0: number,
  x1: number,
  fy: Int32Array,
  y0: number,
  y1: number,
  min: number,
): boolean {
  const ny = y1 - y0;
  if (sc.runPrev.length <= ny) {
    sc.runPrev = new Int32Array((ny + 1) * 2);
    sc.runCur = new Int32Array((ny + 1) * 2);
  }
  let prev = sc.runPrev.fill(0, 0, ny + 1),
    cur = sc.runCur.fill(0, 0, ny + 1);
  for (let i = x0; i < x1; i++) {
    const f = fx[i];
    for (let j = 1; j <= ny; j++) {
      cur[j] = f === fy[y0 + j - 1] ? prev[j - 1] + 1 : 0;
      if (cur[j] >= min) return true;
    }
    [prev, cur] = [cur, prev];
  }
  return false;
}

/**
 * How a credit verdict or finding names aligned narration: "45 words of rewritten narration in 2 aligned sentences",
 * or, when at least half of its words are sentences copied word for word (`verbatim`), "202 words of narration in 8
 * aligned sentences, 197 of them copied word for word": a block of copied paragraphs aligns sentence by sentence too,
 * and calling it rewritten would understate it.
 */
export function narrationWhat(r: Pick<RewrittenNarration, 'words' | 'sentences' | 'verbatim'>): string {
  const sentences = `${r.sentences} aligned sentence${r.sentences === 1 ? '' : 's'}`;
  return mostlyVerbatim(r)
    ? `${r.words} words of narration in ${sentences}, ${r.verbatim} of them copied word for word`
    : `${r.words} words of rewritten narration in ${sentences}`;
}

/** Whether at least half of the aligned narration's words were copied word for word. */
export function mostlyVerbatim(r: Pick<RewrittenNarration, 'words' | 'verbatim'>): boolean {
  return r.words > 0 && r.verbatim * 2 >= r.words;
}
