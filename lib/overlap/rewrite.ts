// Graded reuse of one article pair that survives edits: short runs anchored by rare words, and sentence alignment that
// tolerates reordered clauses. Words are folded first: compounds split ("father-of-four" = "father of four"), number
// words to digits ("four" = "4"), digit separators dropped ("1,905" = "1905"), Porter stems ("reported" = "reports").
// Pure: plain data in and out. Cost per pair: O(|A| + |B|) with hashing, plus the shared sentences' postings.
import type { Doc, Span } from '../types.js';
import { matchForm, wordHash } from './fingerprints.js';
import { isStopword } from '../text/stopwords.js';
import { stem } from '../text/stem.js';

/** How a pair was made, judged from its shared text: copied nearly verbatim, rewritten (edited, reordered), or not derived. */
export type RewriteGrade = 'near-copy' | 'rewritten' | 'independent';

/** The parameters of the graded score (chosen on the dev data with their rationale in docs/notes/reuse-eval.md). */
export interface RewriteOptions {
  /** words per short run (default 3) */
  run?: number;
  /** words per long run, the verbatim-copy evidence (default 8) */
  longRun?: number;
  /** a sentence is aligned when this share of its rare-word weight is in one sentence of the other text (default 0.5) */
  sentence?: number;
  /** coverage that independent text on the same topic reaches by chance; below it a pair is 'independent' (default 0.15) */
  chance?: number;
  /** share of the short-run coverage inside long runs at or above which a pair is a 'near-copy' (default 0.8) */
  verbatim?: number;
  /** and long-run coverage a near-copy needs at least (default 0.25) */
  nearCopy?: number;
}

/** Corpus document frequency of words, keyed by fingerprints' wordHash of the matching form. */
export interface WordRarity {
  /** docs in the corpus */
  docs: number;
  /** sorted distinct word hashes */
  hashes: Uint32Array;
  /** df[i]: docs holding hashes[i] */
  df: Int32Array;
}

/** An article as folded word pieces: what the graded score compares. */
export interface RewriteView {
  doc: string;
  /** interned folded form of each piece */
  form: Int32Array;
  /** rarity weight of each piece: ln((N + 1) / (df + 0.5)), 0 for stopwords */
  weight: Float64Array;
  /** character span of each piece in the article text */
  start: Int32Array;
  end: Int32Array;
  /** sentence index of each piece; sentence spans are doc.sentences */
  sent: Int32Array;
  sentences: { start: number; end: number }[];
}

/** Two sentences aligned as a rewrite of each other, with the share of b's rare-word weight found in a. */
export interface AlignedSentence {
  a: Span;
  b: Span;
  similarity: number;
}

/** The graded comparison of a pair. Coverages are of the more-covered side (the likely derived one). */
export interface PairRewrite {
  grade: RewriteGrade;
  /** graded score in [0, 1]: 0 when independent, from 0.1, above it rising with coverage and with its verbatim share */
  rewriteScore: number;
  /** rare-word weight of the derived side inside shared short runs */
  runCoverage: number;
  /** rare-word weight of the derived side inside shared long runs (verbatim copy) */
  longCoverage: number;
  /** rare-word weight of the derived side in aligned sentences, times their similarity */
  sentenceCoverage: number;
  /** aligned sentence pairs, in b's order, best first within ties */
  alignedSentences: AlignedSentence[];
}

/** Default parameters of the graded score. */
export const REWRITE_DEFAULTS: Required<RewriteOptions> = { run: 3, longRun: 8, sentence: 0.5, chance: 0.15, verbatim: 0.8, nearCopy: 0.25 };

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', thirteen: '13', fourteen: '14', fifteen: '15', sixteen: '16', seventeen: '17', eighteen: '18',
  nineteen: '19', twenty: '20', thirty: '30', forty: '40', fifty: '50', sixty: '60', seventy: '70', eighty: '80', ninety: '90',
  hundred: '100', thousand: '1000', million: 'million', billion: 'billion', first: '1st', second: '2nd', third: '3rd',
};

/** Folded matching pieces of one normalised token: [piece, offset of the piece inside the token] pairs. */
export function foldToken(norm: string): [string, number][] {
  const m = matchForm(norm);
  const out: [string, number][] = [];
  const re = /[^-\u2010\u2011]+/g;
  for (let x = re.exec(m); x; x = re.exec(m)) {
    let p = x[0];
    if (/^[$£€¥]?\d[\d,.]*/.test(p)) p = p.replace(/^[$£€¥]/, '').replace(/(\d),(?=\d{3})/g, '$1');
    else p = NUMBER_WORDS[p] ?? p;
    out.push([p, x.index]);
  }
  return out;
}

/** Document frequency of every word's matching form (and of each part of a hyphenated compound) over a corpus. */
export function wordRarity(docs: readonly Pick<Doc, 'tokens'>[]): WordRarity {
  const seen = new Map<number, number>(), df = new Map<number, number>();
  docs.forEach((d, i) => {
    for (const t of d.tokens) {
      if (t.kind !== 'word' && t.kind !== 'number') continue;
      for (const [p] of foldToken(t.norm)) {
        const h = wordHash(p);
        if (seen.get(h) === i) continue;
        seen.set(h, i);
        df.set(h, (df.get(h) ?? 0) + 1);
      }
    }
  });
  const hashes = Uint32Array.from(df.keys()).sort();
  return { docs: docs.length, hashes, df: Int32Array.from(hashes, (h) => df.get(h)!) };
}

/** Corpus df of a folded piece (0 when unseen). */
export function dfOf(r: WordRarity, piece: string): number {
  const h = wordHash(piece);
  let lo = 0, hi = r.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r.hashes[mid] < h) lo = mid + 1;
    else if (r.hashes[mid] > h) hi = mid - 1;
    else return r.df[mid];
  }
  return 0;
}

/** Interning of folded, stemmed forms to small integers, shared by the views compared with each other. */
export interface FormTable {
  ids: Map<string, number>;
  stems: Map<string, string>;
}

/** A fresh form table. */
export function formTable(): FormTable {
  return { ids: new Map(), stems: new Map() };
}

/** The folded view of an article for graded comparison. */
export function rewriteView(doc: Pick<Doc, 'id' | 'tokens' | 'sentences'>, rarity: WordRarity, forms: FormTable): RewriteView {
  const form: number[] = [], weight: number[] = [], start: number[] = [], end: number[] = [], sent: number[] = [];
  const N = rarity.docs;
  for (const t of doc.tokens) {
    if (t.kind !== 'word' && t.kind !== 'number') continue;
    const parts = foldToken(t.norm);
    for (let k = 0; k < parts.length; k++) {
      const [p, off] = parts[k];
      let s = forms.stems.get(p);
      if (s === undefined) forms.stems.set(p, (s = stem(p)));
      let id = forms.ids.get(s);
      if (id === undefined) forms.ids.set(s, (id = forms.ids.size));
      form.push(id);
      weight.push(isStopword(p) ? 0 : Math.log((N + 1) / (dfOf(rarity, p) + 0.5)));
      const s0 = parts.length === 1 ? t.start : t.start + off;
      start.push(s0);
      end.push(parts.length === 1 ? t.end : Math.min(t.end, s0 + p.length));
      sent.push(t.sentence);
    }
  }
  return {
    doc: doc.id, form: Int32Array.from(form), weight: Float64Array.from(weight), start: Int32Array.from(start),
    end: Int32Array.from(end), sent: Int32Array.from(sent), sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
  };
}

/** Hash of the k forms starting at i (the caller checks i + k <= length). */
function gramKey(f: Int32Array, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < k; j++) h = Math.imul(h ^ f[i + j], 0x01000193) + j;
  return h >>> 0;
}

/** Rare-word weight of `x` inside k-word runs it shares with `y`; a run counts only when anchored by a rare word. */
export function runCoverage(x: RewriteView, y: RewriteView, k: number): number {
  const grams = new Set<number>();
  for (let i = 0; i + k <= y.form.length; i++) grams.add(gramKey(y.form, i, k));
  const covered = new Uint8Array(x.form.length);
  for (let i = 0; i + k <= x.form.length; i++) {
    let anchor = false;
    for (let j = i; j < i + k; j++) if (x.weight[j] > 0) anchor = true;
    if (!anchor || !grams.has(gramKey(x.form, i, k))) continue;
    covered.fill(1, i, i + k);
  }
  let got = 0, all = 0;
  for (let i = 0; i < x.form.length; i++) {
    all += x.weight[i];
    if (covered[i]) got += x.weight[i];
  }
  return all > 0 ? got / all : 0;
}

/** Each sentence of x aligned to the sentence of y holding most of its rare-word weight (order-free), when >= minSim. */
export function alignSentences(x: RewriteView, y: RewriteView, minSim: number): { sx: number; sy: number; similarity: number; weight: number }[] {
  // y's sentences by form, each listed once per sentence
  const post = new Map<number, number[]>();
  for (let i = 0; i < y.form.length; i++) {
    if (y.weight[i] <= 0 || y.sent[i] < 0) continue;
    const list = post.get(y.form[i]) ?? post.set(y.form[i], []).get(y.form[i])!;
    if (list[list.length - 1] !== y.sent[i]) list.push(y.sent[i]);
  }
  const acc = new Float64Array(y.sentences.length);
  const out: { sx: number; sy: number; similarity: number; weight: number }[] = [];
  let i = 0;
  while (i < x.form.length) {
    const s = x.sent[i];
    let j = i, total = 0;
    const seen = new Set<number>(), touched: number[] = [];
    for (; j < x.form.length && x.sent[j] === s; j++) {
      if (x.weight[j] <= 0 || seen.has(x.form[j])) continue;
      seen.add(x.form[j]);
      total += x.weight[j];
      for (const t of post.get(x.form[j]) ?? []) {
        if (acc[t] === 0) touched.push(t);
        acc[t] += x.weight[j];
      }
    }
    let best = -1;
    for (const t of touched) if (best < 0 || acc[t] > acc[best] || (acc[t] === acc[best] && t < best)) best = t;
    if (best >= 0 && s >= 0 && seen.size >= 2 && acc[best] / total >= minSim) out.push({ sx: s, sy: best, similarity: acc[best] / total, weight: total });
    for (const t of touched) acc[t] = 0;
    i = j;
  }
  return out;
}

/** Rare-word weight of x's distinct forms that also occur anywhere in y (order-free word-type containment). */
export function wordCoverage(x: RewriteView, y: RewriteView): number {
  const inY = new Set<number>();
  for (let i = 0; i < y.form.length; i++) if (y.weight[i] > 0) inY.add(y.form[i]);
  const seen = new Set<number>();
  let got = 0, all = 0;
  for (let i = 0; i < x.form.length; i++) {
    if (x.weight[i] <= 0 || seen.has(x.form[i])) continue;
    seen.add(x.form[i]);
    all += x.weight[i];
    if (inY.has(x.form[i])) got += x.weight[i];
  }
  return all > 0 ? got / all : 0;
}

/** Sentence coverage of x by y: aligned sentences' weight times similarity over all of x's rare-word weight. */
function sentenceCoverage(x: RewriteView, aligned: readonly { similarity: number; weight: number }[]): number {
  let all = 0;
  for (let i = 0; i < x.weight.length; i++) if (x.sent[i] >= 0) all += x.weight[i];
  let got = 0;
  for (const a of aligned) got += a.weight * a.similarity;
  return all > 0 ? Math.min(1, got / all) : 0;
}

/**
 * Grade a pair of folded views; the side more covered by the other is taken as the derived one.
 * coverage = max(short-run coverage, sentence coverage); verbatim = long-run / short-run coverage.
 * Below `chance` coverage the pair is 'independent' and rewriteScore = 0 (no evidence: independent pairs tie); above it
 * rewriteScore = 0.1 + 0.45 * ((coverage - chance) / (1 - chance) + verbatim), so more and more verbatim reuse ranks higher.
 */
export function comparePair(a: RewriteView, b: RewriteView, opts: RewriteOptions = {}): PairRewrite {
  const o = { ...REWRITE_DEFAULTS, ...opts };
  const side = (x: RewriteView, y: RewriteView) => {
    const aligned = alignSentences(x, y, o.sentence);
    const run = runCoverage(x, y, o.run), sc = sentenceCoverage(x, aligned), long = runCoverage(x, y, o.longRun);
    const cov = Math.max(run, sc), verbatim = run > 0 ? Math.min(1, long / run) : 0;
    const score = cov < o.chance ? 0 : 0.1 + 0.45 * ((cov - o.chance) / (1 - o.chance) + verbatim);
    return { x, y, aligned, run, long, sc, cov, verbatim, score };
  };
  const ba = side(b, a), ab = side(a, b);
  const d = ba.score >= ab.score ? ba : ab;
  const grade: RewriteGrade = d.cov < o.chance ? 'independent' : d.verbatim >= o.verbatim && d.long >= o.nearCopy ? 'near-copy' : 'rewritten';
  const alignedSentences = d.aligned.map((s) => {
    const sx = d.x.sentences[s.sx], sy = d.y.sentences[s.sy];
    const spanX: Span = { doc: d.x.doc, start: sx.start, end: sx.end }, spanY: Span = { doc: d.y.doc, start: sy.start, end: sy.end };
    return d.x === a ? { a: spanX, b: spanY, similarity: round(s.similarity) } : { a: spanY, b: spanX, similarity: round(s.similarity) };
  });
  return {
    grade, rewriteScore: round(d.score), runCoverage: round(d.run), longCoverage: round(d.long),
    sentenceCoverage: round(d.sc), alignedSentences,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
