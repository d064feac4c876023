// What overlap() takes and gives: its options, one pair of articles as output (OverlapPair), and the whole result.
import type { FingerprintOptions } from './fingerprints.js';
import type { CandidateOptions } from './candidates.js';
import type { AlignOptions } from './align.js';
import type { OutletEntry } from './outlets.js';
import type { CreditVerdict } from './direction.js';
import type { AlignedSentence, RewriteGrade, RewriteOptions } from './rewrite.js';
import type { Citation, Credit, DirectionBasis, Passage, PassageKind } from './types.js';

/** Options of overlap(): shingling, candidates, alignment, and the outlet alias table. */
export interface OverlapOptions extends FingerprintOptions, CandidateOptions, AlignOptions {
  /** parameters of the graded rewrite score (lib/overlap/rewrite.ts) */
  rewrite?: RewriteOptions;
  /**
   * false: skip the graded rewrite score (every pair 'independent', score 0, no aligned sentences; pairs without an
   * exact passage are dropped). For measuring the grader's cost (bench/overlap-cpu.ts); default true.
   */
  grade?: boolean;
  /** a passage counts when its evidence (lib/overlap/evidence.ts) is at least this (default EVIDENCE_MIN, 3.5) */
  minEvidence?: number;
  /** outlet names and aliases for citations (default: data/outlets.json) */
  outlets?: readonly OutletEntry[];
  /** the event of each article id (records' `event`, or lib/events clusters); a doc's own `event` field also counts */
  events?: Readonly<Record<string, string>>;
  /** each article's headline by id: the pairs' reasons (`because`) name an article by it within one outlet, never by id */
  titles?: Readonly<Record<string, string>>;
}

/**
 * One pair of articles that share at least one passage, or that the graded score finds rewritten with aligned sentences
 * to show (rewritten narration, or sentences covering its chance share: lib/overlap/pair-verdict.ts `showsEvidence`).
 * a is the earlier of the two in corpus order.
 */
export interface OverlapPair {
  a: string;
  b: string;
  outlet_a: string;
  outlet_b: string;
  /** reuse inside one outlet (republishing, updates) or across outlets */
  kind: 'same-outlet' | 'cross-outlet';
  /** share of a's words inside passages shared with b */
  a_in_b: number;
  /** share of b's words inside passages shared with a */
  b_in_a: number;
  /** the same shares counting reuse passages only (not common-source or stock text) */
  reuse_a_in_b: number;
  reuse_b_in_a: number;
  /** matched words of the pair's passages by kind */
  matched: Record<PassageKind, number>;
  /** Jaccard of the two shingle sets, for reference */
  jaccard: number;
  /** likely direction of reuse: 'a→b' means b took from a */
  direction: 'a→b' | 'b→a' | 'unknown';
  /** id of the likely source article, or null */
  source: string | null;
  /** the evidence that decided the direction, in words */
  because: string;
  /** what kind of evidence decided the direction (DirectionBasis, lib/overlap/types.ts): the data behind `because` */
  direction_by: DirectionBasis;
  /**
   * 'same-outlet' inside one outlet; across outlets 'credited' or 'uncredited' when the reuse passages alone are strong
   * evidence of copying (kinds.ts), else 'none-needed' (common-source or stock text only, or too little reuse)
   */
  credit: Credit;
  /** why the pair has its credit */
  credit_because: string;
  /** what the credit weighed: exact reuse passages, rewritten narration (aligned sentences), or nothing */
  reuse_by: CreditVerdict['reuse_by'];
  /**
   * rewritten narration of a pair graded rewritten or near-copy, across outlets or with no passage: its words and
   * aligned sentences (0 without)
   */
  rewritten_words: number;
  rewritten_sentences: number;
  /** of rewritten_words, those in sentence pairs copied word for word (inside reuse passages on both sides) */
  rewritten_verbatim: number;
  /** sum of the reuse passages' evidence (each distinct passage text once): -log10 of the chance that unrelated articles
   * share all of this text. An uncredited pair has at least STRONG_EVIDENCE (10; 20 across different events) */
  evidence: number;
  passages: Passage[];
  /**
   * graded reuse that survives edits: near-copy, rewritten (edited, reordered) or independent (lib/overlap/rewrite.ts);
   * a cross-outlet pair whose shared text is a third party's (quotes, posts, wire credit, stock) and holds no rewritten
   * narration is independent (lib/overlap/own-grade.ts)
   */
  grade: RewriteGrade;
  /** graded score in [0, 1]: 0 independent, rising with coverage by short runs or aligned sentences and its verbatim share */
  rewriteScore: number;
  /** sentence pairs aligned as rewrites of each other, the evidence of the grade */
  alignedSentences: AlignedSentence[];
}

/** Everything overlap() finds. */
export interface OverlapResult {
  docs: { id: string; outlet: string; date: string | null; words: number }[];
  /** pairs with shared passages, most overlapping first */
  pairs: OverlapPair[];
  /** citations of outlets, in corpus and text order */
  citations: Citation[];
  /** what was treated as boilerplate: the df threshold and the most widespread boilerplate phrases */
  boilerplate: { df: number; shingles: number; examples: { text: string; docs: number }[] };
  stats: {
    docs: number;
    words: number;
    shingles: number;
    candidates: number;
    pairs: number;
    /** matches dropped because, without the citation formulas inside them ("X told Y that"), fewer than minWords words were left */
    formulas: number;
    /** align includes kinds: the time spent telling reuse, common-source and stock apart */
    ms: { index: number; candidates: number; align: number; kinds: number; link: number; total: number };
  };
}
