// What the graded rewrite score reads and writes: a pair's grade and scores, the folded view of an article, word
// rarity, and the score's parameters with their defaults.
import type { Span } from '../types.js';

/** How a pair was made, judged from its shared text: copied verbatim, rewritten (edited, reordered), or not derived. */
export type RewriteGrade = 'near-copy' | 'rewritten' | 'independent';

/** The parameters of the graded score (chosen on the dev data with their rationale in docs/notes/reuse-eval.md). */
export interface RewriteOptions {
  /** words per short run (default 3) */
  run?: number;
  /** words per long run, the verbatim-copy evidence (default 8) */
  longRun?: number;
  /** words per medium run: a clause kept through light edits, what orders lightly edited above paraphrase (default 6) */
  midRun?: number;
  /** words per copied passage: runs this long are whole copied sentences, not edited ones (default 16) */
  copyRun?: number;
  /**
   * share of the derived side's rare vocabulary (distinct words, rarity-weighted) found in the other that independent
   * text on the same subject does not reach; above it a pair below `chance` gets a graded score under 0.1 (default 0.4)
   */
  vocabulary?: number;
  /** a sentence is aligned when this share of its rare-word weight is in one sentence of the other (default 0.5) */
  sentence?: number;
  /** coverage independent text on the same topic reaches by chance; below it a pair is 'independent' (default 0.15) */
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
  /** 1 when the piece's word is written in lower case (its first character): not a name (lib/overlap/narration.ts) */
  lower: Uint8Array;
  sentences: { start: number; end: number }[];
  /** k-gram keys sorted, with their start positions in the same order, by k; filled on first use */
  grams: Map<number, { keys: Uint32Array; pos: Int32Array }>;
  /** (form, sentence) of every rare word, sorted by form then sentence, distinct: which sentences hold a form */
  postForm: Int32Array;
  postSent: Int32Array;
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
  /**
   * graded score in [0, 1]. Independent pairs score under 0.1: 0, or up to 0.09 by the rare vocabulary they share beyond
   * what independent text on one subject shares (`vocabulary`). Rewritten and near-copy pairs score 0.1 and above, rising
   * with their coverage, the share of the derived side in medium runs (edited copy) and the share of its shared text in
   * long runs (verbatim copy): see copyScore
   */
  rewriteScore: number;
  /** rare-word weight of the derived side inside shared short runs */
  runCoverage: number;
  /** rare-word weight of the derived side inside shared long runs (verbatim copy) */
  longCoverage: number;
  /** rare-word weight of the derived side inside shared medium runs (`midRun` words: clauses kept through edits) */
  midCoverage: number;
  /** rarity-weighted share of the derived side's distinct rare words that the other side holds anywhere */
  vocabularyCoverage: number;
  /** rare-word weight of the derived side in aligned sentences, times their similarity */
  sentenceCoverage: number;
  /** aligned sentence pairs, in b's order, best first within ties */
  alignedSentences: AlignedSentence[];
}

/** Default parameters of the graded score. */
export const REWRITE_DEFAULTS: Required<RewriteOptions> = {
  run: 3,
  longRun: 8,
  midRun: 6,
  copyRun: 16,
  vocabulary: 0.4,
  sentence: 0.5,
  chance: 0.15,
  verbatim: 0.8,
  nearCopy: 0.25,
};
