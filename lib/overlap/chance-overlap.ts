// Chance overlap: a short run two unrelated articles share because the corpus compared so much text. A passage's
// evidence (evidence.ts) is -log10 of the chance that one unrelated article holds its text; an article of L words
// offers about L such runs to each article it is compared with, so among all the pairs the candidate search compared
// one run of evidence e is expected by chance once log10(sum of the pairs' shorter lengths) reaches e. On AllSides
// (2,384 articles) that is about 7.1, what a run of eleven words seen in these two articles only scores: "in the 1960s
// as part of a", "Boehner to allow a vote before the". A pair across outlets whose reuse reaches no verdict (under the
// evidence floor of reuse-strength.ts, no credit beside it) and whose runs together (several runs in one pair are less
// likely by chance than one) carry less evidence than that floor shares them by chance: they are stock, not reuse. The
// floor is capped at STRONG_EVIDENCE; in a small folder (few pairs, evidence taken on PRIOR_DOCS) it stays low and
// nothing is chance.
import { docWords, type FingerprintIndex } from './fingerprints.js';
import { reuseEvidence, STRONG_EVIDENCE } from './reuse-strength.js';
import { setKind } from './kind-pair.js';
import type { Passage } from './types.js';

/**
 * The evidence under which one shared run is expected by chance among the compared pairs (as doc indices): log10 of
 * the sum of each pair's shorter article length, in words, capped at STRONG_EVIDENCE; 0 when nothing was compared.
 */
export function chanceFloor(
  index: Pick<FingerprintIndex, 'offsets'>,
  pairs: readonly { a: number; b: number }[],
): number {
  let words = 0;
  for (const p of pairs) words += Math.min(docWords(index, p.a), docWords(index, p.b));
  if (words <= 1) return 0;
  return Math.min(STRONG_EVIDENCE, Math.round(Math.log10(words) * 100) / 100);
}

/** Why a passage is chance overlap (`evidence`: the pair's reuse evidence). */
export function chanceBecause(evidence: number, floor: number): string {
  return `chance overlap: the pair's shared runs carry evidence ${evidence}, under ${floor}, at which one such run is expected by chance among the text the corpus compared, and reach no verdict`;
}

/**
 * Mark as stock (chance overlap) the reuse passages of a pair whose reuse evidence, all its reuse passages together
 * (reuseEvidence), is under `floor` whose reason is `narration` (no credit,
 * quote or source beside them), in place. Returns the passages changed with their former kind and reason, to undo.
 */
export function markChance(
  passages: readonly Passage[],
  floor: number,
  narration: string,
): { x: Passage; because: string }[] {
  const changed: { x: Passage; because: string }[] = [];
  // several runs in one pair are less likely by chance than one: their evidence adds up
  const total = reuseEvidence(passages);
  if (total >= floor) return changed;
  for (const x of passages) {
    if (x.kind !== 'reuse' || x.kind_because !== narration) continue;
    changed.push({ x, because: x.kind_because });
    setKind(x, 'stock', chanceBecause(total, floor));
  }
  return changed;
}
