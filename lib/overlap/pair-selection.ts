// Where pairs of articles are chosen: every candidate pair (candidates.ts) is aligned (align.ts), its passages made
// (passages.ts) and floored (kept-passages.ts), and graded (rewrite.ts); a pair is kept with a passage that counts or a
// grade above independent. Its passages are classified afterwards (kinds.ts), its verdict in pair-verdict.ts.
import type { Doc } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import type { candidatePairs } from './candidates.js';
import { alignPair, MIN_WORDS, type AlignScratch } from './align.js';
import { toPassages } from './passages.js';
import { topLevelQuotes, type QuoteSpan } from '../text/quotes.js';
import { outletKey } from './outlets.js';
import type { DirectionContext } from './direction.js';
import type { KindPair } from './kinds.js';
import { narrationScratch, narrationWording } from './narration.js';
import { EVIDENCE_MIN } from './evidence.js';
import { pairGrader, rarityOfHashes, rewriteScratch, type PairRewrite as GradedPair } from './rewrite.js';
import { keptPassages } from './kept-passages.js';
import { contextOf, type OutletFacts } from './pair-context.js';
import type { OverlapOptions } from './overlap-types.js';

/** The grade of every pair when overlap() runs without the graded score (`grade: false`). */
const UNGRADED: GradedPair = {
  grade: 'independent',
  rewriteScore: 0,
  runCoverage: 0,
  longCoverage: 0,
  midCoverage: 0,
  vocabularyCoverage: 0,
  sentenceCoverage: 0,
  alignedSentences: [],
};

/** A candidate pair kept: its passages (not yet classified), their word ranges, direction context and graded score. */
export type FoundPair = KindPair & { ctx: DirectionContext; graded: GradedPair; wording?: Uint8Array };

/**
 * Align every candidate pair and grade it. A pair is kept with exact passages that hold minWords matched words beyond
 * citation formulas AND evidence >= minEvidence (a floor of 5 words cost precision 0.970 at 10,000 generated articles:
 * shingle df alone does not see that a 5-word run of common words is chance), or when the graded score finds it
 * rewritten.
 */
export function alignCandidates(
  docs: readonly Doc[],
  index: FingerprintIndex,
  cand: ReturnType<typeof candidatePairs>,
  outlets: OutletFacts,
  opts: OverlapOptions,
  scratch: AlignScratch,
): { found: FoundPair[]; formulas: number } {
  const { citesOf } = outlets;
  const quotes = new Map<number, QuoteSpan[]>();
  const quotesOf = (i: number) => quotes.get(i) ?? quotes.set(i, topLevelQuotes(docs[i].quotes)).get(i)!;
  const narration = narrationScratch();
  const minWords = opts.minWords ?? MIN_WORDS;
  const minEvidence = opts.minEvidence ?? EVIDENCE_MIN;
  // word rarity from the index's word hashes when they are wordHash's (the default seed)
  const grade = pairGrader(
    docs,
    opts.rewrite,
    opts.seed === undefined ? () => rarityOfHashes(index.words, index.offsets) : undefined,
    index,
    rewriteScratch(),
  );
  const grading = opts.grade !== false;
  const counted = { formulas: 0 };
  const found: FoundPair[] = [];
  const alignOpts = { ...opts, minWords };
  const floor = { minWords, minEvidence };
  // the last candidate pair of each doc: its folded view is dropped after it (views are the grader's bulk of memory)
  const lastPair = new Int32Array(docs.length).fill(-1);
  cand.pairs.forEach((p, k) => (lastPair[p.a] = lastPair[p.b] = k));
  for (let k = 0; k < cand.pairs.length; k++) {
    const { a: ia, b: ib } = cand.pairs[k];
    const wps = alignPair(index, cand.boilerplate, ia, ib, alignOpts, scratch);
    const A = docs[ia],
      B = docs[ib];
    const all = wps.length ? toPassages(index, ia, ib, A, B, wps, quotesOf(ia), quotesOf(ib)) : [];
    const kept = keptPassages(index, ia, A, B, all, wps, citesOf, floor, counted);
    // graded only when the grade is output (a passage is kept) or may keep the pair (the cheap bound lets it through):
    // a pair whose passages were all dropped and that the bound finds independent would be dropped after grading
    const graded = !grading ? UNGRADED : kept.passages.length || grade.mayReuse(ia, ib) ? grade(ia, ib) : null;
    // the narration tests that read words (toPair), made now on the views while the grader holds them: for a pair
    // across outlets, and for any pair kept by its grade alone (no passage), whose narration is all it can show
    const wording =
      graded && graded.grade !== 'independent' && (!kept.passages.length || outletKey(A.outlet) !== outletKey(B.outlet))
        ? narrationWording(graded.alignedSentences, grade.view(ia), grade.view(ib), narration)
        : undefined;
    if (lastPair[ia] === k) grade.release(ia);
    if (lastPair[ib] === k) grade.release(ib);
    if (graded === null || (!kept.passages.length && graded.grade === 'independent')) continue;
    found.push({
      ia,
      ib,
      passages: kept.passages,
      words: kept.words,
      ctx: contextOf(index, A, B, ia, ib, kept.words, outlets),
      graded,
      wording,
    });
  }
  return { found, formulas: counted.formulas };
}
