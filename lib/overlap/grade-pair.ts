// One pair graded: run coverage, sentence alignment and vocabulary coverage of each side combined into the pair's
// grade (near-copy, rewritten, independent) and score, the more-covered side taken as the derived one.
import { round } from '../util/round.js';
import type { Span } from '../types.js';
import {
  REWRITE_DEFAULTS,
  type PairRewrite,
  type RewriteGrade,
  type RewriteOptions,
  type RewriteView,
} from './rewrite-types.js';
import { rewriteScratch, type RewriteScratch } from './rewrite-scratch.js';
import { runCoverages, type RunCover } from './run-coverage.js';
import { alignSentences, sentenceCoverage } from './sentence-alignment.js';
import { vocabularyCoverage } from './vocabulary-coverage.js';
import { copyScore, vocabularyFloor } from './rewrite-score.js';

/**
 * Grade a pair of folded views; the side more covered by the other is taken as the derived one.
 * coverage = max(short-run coverage, sentence coverage); verbatim = long-run / short-run coverage.
 * Below `chance` coverage the pair is 'independent'; its score is the vocabulary floor (`vocabularyFloor`), under 0.1.
 * Above it the pair is rewritten or a near-copy and scores `copyScore` (0.1 to 1): how much was taken, edited copy
 * keeps clauses (medium runs), verbatim copy keeps whole sentences (long runs), paraphrase keeps words and short runs.
 */
export function comparePair(
  a: RewriteView,
  b: RewriteView,
  opts: RewriteOptions = {},
  scratch: RewriteScratch = rewriteScratch(),
): PairRewrite {
  return gradedPair(scratch, a, b, opts);
}

/** comparePair, with the pair's run coverages when the caller has them already (a pairGrader's mayReuse). */
export function gradedPair(
  scratch: RewriteScratch,
  a: RewriteView,
  b: RewriteView,
  opts: RewriteOptions,
  known?: [RunCover, RunCover],
): PairRewrite {
  const o = opts === scratch.lastOpts ? scratch.lastMerged : mergeOpts(scratch, opts);
  const [rcA, rcB] = known ?? runCoverages(scratch, a, b, o.run, o.longRun, [o.midRun, o.copyRun]);
  const side = (x: RewriteView, y: RewriteView, rc: RunCover) => {
    const aligned = alignSentences(x, y, o.sentence, scratch);
    const sc = sentenceCoverage(scratch, x, aligned);
    const run = rc.short,
      long = rc.long,
      mid = rc.chains[0];
    const cov = Math.max(run, sc),
      verbatim = run > 0 ? Math.min(1, long / run) : 0;
    const vocab = cov < o.chance ? vocabularyCoverage(x, y, scratch) : 1;
    const score =
      cov < o.chance
        ? vocabularyFloor(vocab, o.vocabulary)
        : copyScore(cov, o.chance, { run, mid, long, copy: rc.chains[1] });
    return { x, y, aligned, run, long, mid, sc, cov, verbatim, vocab, score };
  };
  const ba = side(b, a, rcB),
    ab = side(a, b, rcA);
  const d = ba.score >= ab.score ? ba : ab;
  const grade: RewriteGrade =
    d.cov < o.chance ? 'independent' : d.verbatim >= o.verbatim && d.long >= o.nearCopy ? 'near-copy' : 'rewritten';
  const alignedSentences = d.aligned.map((s) => {
    const sx = d.x.sentences[s.sx],
      sy = d.y.sentences[s.sy];
    const spanX: Span = { doc: d.x.doc, start: sx.start, end: sx.end },
      spanY: Span = { doc: d.y.doc, start: sy.start, end: sy.end };
    return d.x === a
      ? { a: spanX, b: spanY, similarity: round(s.similarity, 4) }
      : { a: spanY, b: spanX, similarity: round(s.similarity, 4) };
  });
  return {
    grade,
    rewriteScore: round(d.score, 4),
    runCoverage: round(d.run, 4),
    longCoverage: round(d.long, 4),
    midCoverage: round(d.mid, 4),
    vocabularyCoverage: round(d.vocab, 4),
    sentenceCoverage: round(d.sc, 4),
    alignedSentences,
  };
}

function mergeOpts(sc: RewriteScratch, opts: RewriteOptions): Required<RewriteOptions> {
  sc.lastMerged = { ...REWRITE_DEFAULTS, ...opts };
  sc.lastOpts = opts;
  return sc.lastMerged;
}
