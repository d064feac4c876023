// Scoring found passages and citations against the planted truth of a generated corpus.
import type { PlantedCitation, PlantedConfounder, PlantedReuse } from './generate.js';

/** A found passage: two spans in two different articles (either order). */
export interface FoundPassage {
  a: { doc: string; start: number; end: number };
  b: { doc: string; start: number; end: number };
}

/** A found article pair with its graded score, when the overlap result grades pairs (lib/overlap/rewrite.ts). */
export interface FoundPair {
  a: string;
  b: string;
  grade?: string;
  credit?: string;
}

/**
 * Reuse accuracy. Found passages are the REUSE passages (common-source and stock passages are not claims of reuse).
 * Precision counts every found passage outside planted reuse as a false positive, so the planted confounders
 * (third-party quotes, official texts, stock and event phrases) are negatives.
 */
export interface ReuseScore {
  /** planted copies found / planted copies */
  recall: number;
  /** found passages that lie (>= 50% on both sides) in a planted copy, rewrite or paraphrase / found passages */
  precision: number;
  /** planted rewrites found: covered >= 50% on both sides by the union of the pair's found passages, or the pair graded near-copy or rewritten */
  rewriteRecall: number;
  /** planted paraphrases found (by the same 50% rule) / planted paraphrases — reported, not a target */
  paraphraseRecall: number;
  planted: number;
  rewrites: number;
  paraphrases: number;
  found: number;
  /** planted confounder instances, and found reuse passages lying >= 50% inside one on either side (false positives) */
  confounders: number;
  confounderHits: number;
  /** found pairs called uncredited with no planted reuse between them (false accusations), when pairs are given */
  falseAccusations: number;
  uncreditedPairs: number;
  /** a few misses and false positives, for reading */
  misses: PlantedReuse[];
  falsePositives: FoundPassage[];
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Score found passages. A planted passage counts as found when some found passage between the same two articles
 * covers at least half of it on both sides; a found passage is correct when at least half of it, on both sides,
 * lies inside a planted passage between that pair.
 */
export function scoreReuse(
  planted: readonly PlantedReuse[],
  found: readonly FoundPassage[],
  confounders: readonly PlantedConfounder[] = [],
  pairs: readonly FoundPair[] = [],
): ReuseScore {
  const byPair = new Map<string, FoundPassage[]>();
  for (const f of found) {
    const k = f.a.doc < f.b.doc ? f.a.doc + '\0' + f.b.doc : f.b.doc + '\0' + f.a.doc;
    let l = byPair.get(k);
    if (!l) byPair.set(k, (l = []));
    l.push(f);
  }
  const plantedByPair = new Map<string, PlantedReuse[]>();
  for (const p of planted) {
    const k = p.source < p.target ? p.source + '\0' + p.target : p.target + '\0' + p.source;
    let l = plantedByPair.get(k);
    if (!l) plantedByPair.set(k, (l = []));
    l.push(p);
  }
  // orient a found passage to (source side, target side) of a planted one
  const sides = (f: FoundPassage, p: PlantedReuse) => (f.a.doc === p.source ? [f.a, f.b] : [f.b, f.a]);
  let copies = 0,
    copiesFound = 0,
    paras = 0,
    parasFound = 0,
    rewrites = 0,
    rewritesFound = 0;
  const pairKey = (x: string, y: string) => (x < y ? x + '\0' + y : y + '\0' + x);
  const graded = new Set(
    pairs.filter((p) => p.grade === 'near-copy' || p.grade === 'rewritten').map((p) => pairKey(p.a, p.b)),
  );
  const misses: PlantedReuse[] = [];
  for (const p of planted) {
    const k = p.source < p.target ? p.source + '\0' + p.target : p.target + '\0' + p.source;
    const ls = p.sourceSpan[1] - p.sourceSpan[0];
    const lt = p.targetSpan[1] - p.targetSpan[0];
    const hit = (byPair.get(k) ?? []).some((f) => {
      const [s, t] = sides(f, p);
      return (
        overlap(s.start, s.end, p.sourceSpan[0], p.sourceSpan[1]) >= 0.5 * ls &&
        overlap(t.start, t.end, p.targetSpan[0], p.targetSpan[1]) >= 0.5 * lt
      );
    });
    if (p.kind === 'copy') {
      copies++;
      if (hit) copiesFound++;
      else if (misses.length < 10) misses.push(p);
    } else if (p.kind === 'rewrite') {
      rewrites++;
      const fs = byPair.get(k) ?? [];
      const cover = (side: 0 | 1) =>
        unionOverlap(
          fs.map((f) => sides(f, p)[side]),
          side ? p.targetSpan : p.sourceSpan,
        );
      if (graded.has(k) || (cover(0) >= 0.5 * ls && cover(1) >= 0.5 * lt)) rewritesFound++;
    } else {
      paras++;
      if (hit) parasFound++;
    }
  }
  let correct = 0;
  const falsePositives: FoundPassage[] = [];
  for (const [k, fs] of byPair) {
    const ps = plantedByPair.get(k) ?? [];
    for (const f of fs) {
      const ok = ps.some((p) => {
        const [s, t] = sides(f, p);
        return (
          overlap(s.start, s.end, p.sourceSpan[0], p.sourceSpan[1]) >= 0.5 * (s.end - s.start) &&
          overlap(t.start, t.end, p.targetSpan[0], p.targetSpan[1]) >= 0.5 * (t.end - t.start)
        );
      });
      if (ok) correct++;
      else if (falsePositives.length < 10) falsePositives.push(f);
    }
  }
  const confOf = new Map<string, PlantedConfounder[]>();
  for (const c of confounders) (confOf.get(c.doc) ?? confOf.set(c.doc, []).get(c.doc)!).push(c);
  const inConf = (x: FoundPassage['a']) =>
    (confOf.get(x.doc) ?? []).some((c) => overlap(x.start, x.end, c.span[0], c.span[1]) >= 0.5 * (x.end - x.start));
  const confounderHits = found.filter((f) => inConf(f.a) || inConf(f.b)).length;
  const uncredited = pairs.filter((p) => p.credit === 'uncredited');
  const falseAccusations = uncredited.filter((p) => !plantedByPair.has(pairKey(p.a, p.b))).length;
  return {
    recall: copies ? copiesFound / copies : 1,
    precision: found.length ? correct / found.length : 1,
    rewriteRecall: rewrites ? rewritesFound / rewrites : 1,
    paraphraseRecall: paras ? parasFound / paras : 1,
    planted: copies,
    rewrites,
    paraphrases: paras,
    found: found.length,
    confounders: confounders.length,
    confounderHits,
    falseAccusations,
    uncreditedPairs: uncredited.length,
    misses,
    falsePositives,
  };
}

/** Length of [span) covered by the union of the given ranges. */
function unionOverlap(xs: readonly { start: number; end: number }[], [s, e]: readonly [number, number]): number {
  const r = xs
    .map((x) => [Math.max(s, x.start), Math.min(e, x.end)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0]);
  let total = 0,
    cur = s;
  for (const [a, b] of r) {
    if (b <= cur) continue;
    total += b - Math.max(a, cur);
    cur = b;
  }
  return total;
}

/** A found citation: the citing article and the cited outlet's name (as found in the text). */
export interface FoundCitation {
  doc: string;
  outlet: string;
  start?: number;
  end?: number;
}

/** Citation recall: planted citations whose (doc, cited outlet) pair was found, case-insensitively; with precision by the same pair rule. */
export function scoreCitations(
  planted: readonly PlantedCitation[],
  found: readonly FoundCitation[],
): { recall: number; precision: number; planted: number; found: number } {
  const key = (doc: string, outlet: string) => doc + '\0' + outlet.toLowerCase();
  const got = new Set(found.map((f) => key(f.doc, f.outlet)));
  const want = new Set(planted.map((p) => key(p.doc, p.outlet)));
  let hit = 0;
  for (const p of planted) if (got.has(key(p.doc, p.outlet))) hit++;
  let right = 0;
  for (const f of found) if (want.has(key(f.doc, f.outlet))) right++;
  return {
    recall: planted.length ? hit / planted.length : 1,
    precision: found.length ? right / found.length : 1,
    planted: planted.length,
    found: found.length,
  };
}
