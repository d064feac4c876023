// Types the text modules share with the analyses above them: how tokens become terms, and term counts.

/** Term counts of a corpus: per doc, with document frequencies. */
export interface TermCounts {
  /** doc ids in corpus order */
  docs: string[];
  /** outlet of each doc, aligned with `docs` */
  outlets: string[];
  /** per doc: term -> count (terms in first-seen order) */
  byDoc: Map<string, number>[];
  /** per doc: number of terms counted */
  totals: number[];
  /** term -> number of docs containing it */
  df: Map<string, number>;
}

/** How tokens become terms. */
export interface TermOptions {
  /** smallest and largest n-gram length (default [1, 1]) */
  ngrams?: [number, number];
  /** drop stopwords and negations (unigrams), n-grams that start with a stopword or end with either (default true) */
  stopwords?: boolean;
  /** Porter-stem each word (default false) */
  stem?: boolean;
  /** keep number tokens as terms (default false) */
  numbers?: boolean;
  /** per token of the doc, 0 = leave out (site furniture); a left-out token breaks n-grams like punctuation */
  keep?: Uint8Array;
  /**
   * names counted as one term where a doc writes them as names ("white house", "department of justice", "kate's law";
   * namePhrases), and pairs of words written only together ("bona fide")
   */
  phrases?: ReadonlySet<string>;
}
