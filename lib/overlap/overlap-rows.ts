// overlap()'s result as table rows (pairs.csv, passages.csv, citations.csv) for CSV and DataFrames.
import type { Citation, Passage } from './types.js';
import type { OverlapPair, OverlapResult } from './overlap-types.js';

/** A row of pairRows (pairs.csv): one article pair, no passages. */
export type PairRow = {
  a: string;
  b: string;
  outlet_a: string;
  outlet_b: string;
  kind: OverlapPair['kind'];
  a_in_b: number;
  b_in_a: number;
  jaccard: number;
  reuse_a_in_b: number;
  reuse_b_in_a: number;
  reuse_words: number;
  common_source_words: number;
  stock_words: number;
  passages: number;
  direction: OverlapPair['direction'];
  source: string | null;
  because: string;
  direction_by: OverlapPair['direction_by'];
  credit: OverlapPair['credit'];
  credit_because: string;
  evidence: number;
  grade: OverlapPair['grade'];
  rewrite_score: number;
  aligned_sentences: number;
};

/** A row of passageRows (passages.csv): one shared passage, offsets into both articles' text. */
export type PassageRow = {
  a: string;
  b: string;
  /** 1-based number of the passage within its pair */
  passage: number;
  kind: OverlapPair['kind'];
  passage_kind: Passage['kind'];
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  words_a: number;
  words_b: number;
  matched: number;
  quoted_a: number;
  quoted_b: number;
  quote: Passage['quote'];
  kind_because: string;
  direction: Passage['direction'];
  because: string;
  direction_by: Passage['direction_by'];
  text: string;
  b_text: string;
  evidence: number;
};

/** A row of citationRows (citations.csv): one citation of an outlet, offsets into the citing article. */
export type CitationRow = {
  doc: string;
  cited: string;
  kind: Citation['kind'];
  text: string;
  start: number;
  end: number;
  article: string | null;
};

/** Pair table rows: one row per pair (no passages), for CSV and DataFrames. */
export function pairRows(result: OverlapResult): PairRow[] {
  return result.pairs.map((p) => ({
    a: p.a,
    b: p.b,
    outlet_a: p.outlet_a,
    outlet_b: p.outlet_b,
    kind: p.kind,
    a_in_b: p.a_in_b,
    b_in_a: p.b_in_a,
    jaccard: p.jaccard,
    reuse_a_in_b: p.reuse_a_in_b,
    reuse_b_in_a: p.reuse_b_in_a,
    reuse_words: p.matched.reuse,
    common_source_words: p.matched['common-source'],
    stock_words: p.matched.stock,
    passages: p.passages.length,
    direction: p.direction,
    source: p.source,
    because: p.because,
    direction_by: p.direction_by,
    credit: p.credit,
    credit_because: p.credit_because,
    evidence: p.evidence,
    grade: p.grade,
    rewrite_score: p.rewriteScore,
    aligned_sentences: p.alignedSentences.length,
  }));
}

/** Passage table rows: one row per shared passage with offsets in both articles. */
export function passageRows(result: OverlapResult): PassageRow[] {
  const rows: PassageRow[] = [];
  for (const p of result.pairs) {
    p.passages.forEach((x, i) =>
      rows.push({
        a: p.a,
        b: p.b,
        passage: i + 1,
        kind: p.kind,
        passage_kind: x.kind,
        a_start: x.a[0],
        a_end: x.a[1],
        b_start: x.b[0],
        b_end: x.b[1],
        words_a: x.words_a,
        words_b: x.words_b,
        matched: x.matched,
        quoted_a: x.quoted_a,
        quoted_b: x.quoted_b,
        quote: x.quote,
        kind_because: x.kind_because,
        direction: x.direction,
        because: x.because,
        direction_by: x.direction_by,
        text: x.text,
        b_text: x.b_text,
        evidence: x.evidence,
      }),
    );
  }
  return rows;
}

/** Citation table rows. */
export function citationRows(result: OverlapResult): CitationRow[] {
  return result.citations.map((c) => ({
    doc: c.doc,
    cited: c.cited,
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    article: c.article,
  }));
}
