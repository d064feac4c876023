// A corpus's pairs graded by doc index: word rarity and each doc's view built once, on first use, from a fingerprint
// index's word positions when given; a cheap bound (mayReuse) tells which pairs are sure to be independent; views are
// released after a doc's last pair, their arrays pooled for the next views.
import type { Doc } from '../types.js';
import { typedPool } from '../util/typedPool.js';
import {
  REWRITE_DEFAULTS,
  type PairRewrite,
  type RewriteOptions,
  type RewriteView,
  type WordRarity,
} from './rewrite-types.js';
import { wordRarity } from './word-rarity.js';
import { formTable, type FormTable, type WordPositions } from './form-table.js';
import { rewriteScratch, type RewriteScratch } from './rewrite-scratch.js';
import { recycleView, rewriteView } from './rewrite-view.js';
import { runCoverages, type RunCover } from './run-coverage.js';
import { sentenceBound } from './sentence-alignment.js';
import { coverageBound } from './vocabulary-coverage.js';
import { gradedPair } from './grade-pair.js';

/** A pair grader; `mayReuse(ia, ib)` is false only when the pair is sure to be graded 'independent' (cheap bound). */
export interface PairGrader {
  (ia: number, ib: number): PairRewrite;
  mayReuse(ia: number, ib: number): boolean;
  /** The folded view of doc i (built on first use), e.g. for a graded pair's narration (lib/overlap/narration.ts). */
  view(i: number): RewriteView;
  /** Drop doc i's view (built again if asked for later): call it after a doc's last pair to bound the memory held. */
  release(i: number): void;
}

/**
 * Grades pairs of a corpus by doc index; word rarity and each doc's view are computed once, on first use. `positions`:
 * a fingerprint index of the same docs (lib/overlap/fingerprints.ts), to build the views from its word positions.
 */
export function pairGrader(
  docs: readonly Pick<Doc, 'id' | 'tokens' | 'sentences' | 'text'>[],
  opts: RewriteOptions = {},
  rarityOf: () => WordRarity = () => wordRarity(docs),
  positions?: WordPositions,
  sc: RewriteScratch = rewriteScratch(),
): PairGrader {
  let rarity: WordRarity | null = null;
  let forms: FormTable | null = null;
  const views = new Map<number, RewriteView>();
  // released views' arrays back the next views (lib/util/typedPool.ts: fewer full collections at scale)
  const pool = typedPool();
  const view = (i: number): RewriteView => {
    rarity ??= rarityOf();
    // about one entry per distinct word of the corpus
    forms ??= formTable(rarity.hashes.length);
    const at = positions ? { pos: positions, doc: i } : undefined;
    return views.get(i) ?? views.set(i, rewriteView(docs[i], rarity, forms, at, pool, sc)).get(i)!;
  };
  const o = { ...REWRITE_DEFAULTS, ...opts };
  const chance = o.chance - 1e-9;
  // the run coverages of the last pair mayReuse let through: grading it next reuses them (one merge-join, not two)
  let last: { ia: number; ib: number; rc: [RunCover, RunCover] } | null = null;
  const grade = ((ia: number, ib: number) => {
    const known = last && last.ia === ia && last.ib === ib ? last.rc : undefined;
    last = null;
    return gradedPair(sc, view(ia), view(ib), opts, known);
  }) as PairGrader;
  grade.mayReuse = (ia, ib) => {
    const a = view(ia),
      b = view(ib);
    last = null;
    if (coverageBound(a, b, sc) < chance && coverageBound(b, a, sc) < chance) return false;
    // a side's coverage is max(run coverage, sentence coverage): the run coverage itself (one merge-join, as
    // comparePair computes it) and the sentence bound, without aligning sentences
    const [ra, rb] = runCoverages(sc, a, b, o.run, o.longRun, [o.midRun, o.copyRun]);
    last = { ia, ib, rc: [ra, rb] };
    return (
      Math.max(ra.short, sentenceBound(sc, a, b, o.sentence)) >= chance ||
      Math.max(rb.short, sentenceBound(sc, b, a, o.sentence)) >= chance
    );
  };
  grade.view = view;
  grade.release = (i) => {
    if (last && (last.ia === i || last.ib === i)) last = null;
    const v = views.get(i);
    if (!v) return;
    views.delete(i);
    recycleView(sc, v);
  };
  return grade;
}
