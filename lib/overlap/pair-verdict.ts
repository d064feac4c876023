// Where a pair's direction, credit and grade are decided: each kept and classified pair becomes an OverlapPair, its
// direction from its passages (direction.ts), its credit from its reuse passages and rewritten narration (creditOf,
// narration.ts, agency-copy.ts), its grade from its own words (own-grade.ts).
import type { Doc } from '../types.js';
import { docWords, type FingerprintIndex } from './fingerprints.js';
import { outletKey } from './outlets.js';
import { creditOf, pairDirection, pairEvidence, passageDirection, type DirectionContext } from './direction.js';
import { differentEvents, reuseEvidence, type KindPair } from './kinds.js';
import { NARRATION_BECAUSE, setKind } from './kind-pair.js';
import { markChance } from './chance-overlap.js';
import { ownGrade } from './own-grade.js';
import { rewrittenNarration } from './narration.js';
import { byString } from '../util/compare.js';
import { round } from '../util/round.js';
import { REWRITE_DEFAULTS, type PairRewrite as GradedPair } from './rewrite.js';
import { jaccard, jaccardScratch } from './jaccard.js';
import { coverShare } from './pair-context.js';
import type { FoundPair } from './pair-selection.js';
import type { OverlapPair } from './overlap-types.js';

/**
 * What the align loop learnt of a pair graded rewritten or near-copy, across outlets or with no passage (its narration
 * wording, on the graded views) and the docs' word counts; undefined for other pairs, which have no rewritten narration.
 */
function narrationFacts(f: { ia: number; ib: number; wording?: Uint8Array }, index: FingerprintIndex) {
  return f.wording ? { wording: f.wording, words: [docWords(index, f.ia), docWords(index, f.ib)] as const } : undefined;
}

/**
 * Classified pairs as OverlapPairs, most overlapping first (ties by ids). `chanceEvidence` is the corpus's chance floor
 * (chance-overlap.ts): a pair across outlets whose reuse reaches no verdict reads its narration runs under it as chance.
 */
export function pairsOf(
  found: readonly FoundPair[],
  docs: readonly Doc[],
  index: FingerprintIndex,
  ev: Readonly<Record<string, string>> | undefined,
  stamps: Int32Array,
  chance = REWRITE_DEFAULTS.chance,
  chanceEvidence = 0,
): OverlapPair[] {
  const js = jaccardScratch(index, stamps);
  const eventOf = (d: Doc) => (ev && Object.hasOwn(ev, d.id) ? { event: ev[d.id] } : d);
  const pairs: OverlapPair[] = [];
  for (const f of found) {
    const p = toPair(
      f,
      f.ctx,
      index,
      jaccard(index, f.ia, f.ib, js),
      differentEvents(eventOf(docs[f.ia]), eventOf(docs[f.ib])),
      docs,
      chanceEvidence,
    );
    if (showsEvidence(p, f.graded.sentenceCoverage, chance)) pairs.push(p);
  }
  pairs.sort(
    (p, q) => Math.max(q.a_in_b, q.b_in_a) - Math.max(p.a_in_b, p.b_in_a) || byString(p.a, q.a) || byString(p.b, q.b),
  );
  return pairs;
}

/**
 * Whether a pair has evidence to show: a shared passage, aligned sentences that are rewritten narration, or aligned
 * sentences that cover `chance` of the derived side (a paraphrase that rebuilt every clause: its sentences alone align
 * more than independent text does). A pair the graded score puts over chance by short runs alone (the names, titles and
 * dates of one story) with none of its aligned sentences a rewrite took nothing from the other: it is not output, as an
 * independent pair without passages is not.
 */
export function showsEvidence(
  p: Pick<OverlapPair, 'passages' | 'rewritten_words'>,
  sentenceCoverage: number,
  chance: number,
): boolean {
  return p.passages.length > 0 || p.rewritten_words > 0 || sentenceCoverage >= chance;
}

/** One aligned and classified pair as an OverlapPair: direction from its passages, credit from its reuse passages. */
function toPair(
  f: KindPair & { graded: GradedPair; wording?: Uint8Array },
  ctx: DirectionContext,
  index: FingerprintIndex,
  jac: number,
  different: boolean,
  docs: readonly Doc[],
  chanceEvidence: number,
): OverlapPair {
  const { a: A, b: B } = ctx;
  const { passages } = f;
  const fallback = pairEvidence(ctx);
  for (const p of passages) Object.assign(p, passageDirection(p, ctx, fallback));
  const kind = outletKey(A.outlet) === outletKey(B.outlet) ? 'same-outlet' : 'cross-outlet';
  // a pair graded rewritten or near-copy: its aligned narration sentences are reuse evidence too
  // (the align loop made its wording for exactly these pairs: graded rewritten or near-copy, and cross-outlet or
  // without a passage; within one outlet it is the pair's only evidence, credit is not asked)
  const known = narrationFacts(f, index);
  const rewritten = known
    ? rewrittenNarration(f.graded.alignedSentences, docs[f.ia], docs[f.ib], passages, known)
    : undefined;
  const decide = () => {
    const reuse = passages.filter((p) => p.kind === 'reuse');
    const d = pairDirection(reuse.length ? reuse : passages, ctx);
    return { dir: d, verdict: creditOf(kind, passages, d.direction, ctx, different, rewritten) };
  };
  let { dir, verdict } = decide();
  // a pair whose reuse reaches no verdict: its short runs under the corpus's chance floor are chance overlap
  if (verdict.under_floor && kind === 'cross-outlet') {
    const changed = markChance(passages, chanceEvidence, NARRATION_BECAUSE);
    const again = changed.length ? decide() : null;
    if (again?.verdict.credit === 'none-needed') ({ dir, verdict } = again);
    else for (const c of changed) setKind(c.x, 'reuse', c.because);
  }
  const own = ownGrade(kind, f.graded, passages, rewritten?.words ?? 0);
  const reuseWords = f.words.filter((_, k) => passages[k].kind === 'reuse');
  const matched = { reuse: 0, 'common-source': 0, stock: 0 };
  for (const p of passages) matched[p.kind] += p.matched;
  return {
    a: A.id,
    b: B.id,
    outlet_a: A.outlet,
    outlet_b: B.outlet,
    kind,
    a_in_b: ctx.a_in_b,
    b_in_a: ctx.b_in_a,
    reuse_a_in_b: coverShare(
      index,
      f.ia,
      reuseWords.map((p) => [p.a0, p.a1]),
    ),
    reuse_b_in_a: coverShare(
      index,
      f.ib,
      reuseWords.map((p) => [p.b0, p.b1]),
    ),
    matched,
    jaccard: round(jac, 4),
    direction: dir.direction,
    source: dir.direction === 'a→b' ? A.id : dir.direction === 'b→a' ? B.id : null,
    because: dir.because,
    direction_by: dir.direction_by,
    credit: verdict.credit,
    credit_because: verdict.because,
    reuse_by: verdict.reuse_by,
    rewritten_words: rewritten?.words ?? 0,
    rewritten_sentences: rewritten?.sentences ?? 0,
    rewritten_verbatim: rewritten?.verbatim ?? 0,
    evidence: reuseEvidence(passages),
    passages,
    grade: own.grade,
    rewriteScore: own.rewriteScore,
    alignedSentences: f.graded.alignedSentences,
  };
}
