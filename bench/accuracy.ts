// Scoring found passages and citations against the planted truth of a generated corpus.
import type { PlantedCitation, PlantedReuse } from './generate.js';

/** A found passage: two spans in two different articles (either order). */
export interface FoundPassage {
  a: { doc: string; start: number; end: number };
  b: { doc: string; start: number; end: number };
}

/** Reuse accuracy: recall over planted copies, precision over all found passages. */
export interface ReuseScore {
  /** planted copies found / planted copies */
  recall: number;
  /** found passages that lie (>= 50% on both sides) in a planted copy or paraphrase / found passages */
  precision: number;
  /** planted paraphrases found (by the same 50% rule) / planted paraphrases — reported, not a target */
  paraphraseRecall: number;
  planted: number;
  paraphrases: number;
  found: number;
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
export function scoreReuse(planted: readonly PlantedReuse[], found: readonly FoundPassage[]): ReuseScore {
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
  let copies = 0, copiesFound = 0, paras = 0, parasFound = 0;
  const misses: PlantedReuse[] = [];
  for (const p of planted) {
    const k = p.source < p.target ? p.source + '\0' + p.target : p.target + '\0' + p.source;
    const ls = p.sourceSpan[1] - p.sourceSpan[0];
    const lt = p.targetSpan[1] - p.targetSpan[0];
    const hit = (byPair.get(k) ?? []).some((f) => {
      const [s, t] = sides(f, p);
      return overlap(s.start, s.end, p.sourceSpan[0], p.sourceSpan[1]) >= 0.5 * ls && overlap(t.start, t.end, p.targetSpan[0], p.targetSpan[1]) >= 0.5 * lt;
    });
    if (p.kind === 'copy') {
      copies++;
      if (hit) copiesFound++;
      else if (misses.length < 10) misses.push(p);
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
        return overlap(s.start, s.end, p.sourceSpan[0], p.sourceSpan[1]) >= 0.5 * (s.end - s.start) && overlap(t.start, t.end, p.targetSpan[0], p.targetSpan[1]) >= 0.5 * (t.end - t.start);
      });
      if (ok) correct++;
      else if (falsePositives.length < 10) falsePositives.push(f);
    }
  }
  return {
    recall: copies ? copiesFound / copies : 1,
    precision: found.length ? correct / found.length : 1,
    paraphraseRecall: paras ? parasFound / paras : 1,
    planted: copies,
    paraphrases: paras,
    found: found.length,
    misses,
    falsePositives,
  };
}

/** A found citation: the citing article and the cited outlet's name (as found in the text). */
export interface FoundCitation {
  doc: string;
  outlet: string;
  start?: number;
  end?: number;
}

/** Citation recall: planted citations whose (doc, cited outlet) pair was found, case-insensitively; with precision by the same pair rule. */
export function scoreCitations(planted: readonly PlantedCitation[], found: readonly FoundCitation[]): { recall: number; precision: number; planted: number; found: number } {
  const key = (doc: string, outlet: string) => doc + '\0' + outlet.toLowerCase();
  const got = new Set(found.map((f) => key(f.doc, f.outlet)));
  const want = new Set(planted.map((p) => key(p.doc, p.outlet)));
  let hit = 0;
  for (const p of planted) if (got.has(key(p.doc, p.outlet))) hit++;
  let right = 0;
  for (const f of found) if (want.has(key(f.doc, f.outlet))) right++;
  return { recall: planted.length ? hit / planted.length : 1, precision: found.length ? right / found.length : 1, planted: planted.length, found: found.length };
}
