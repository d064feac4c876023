// How much reuse a pair must carry before it can be called uncredited: the pair's reuse passages, each distinct text
// once, against STRONG_WORDS matched words and STRONG_EVIDENCE evidence. Read by the stock rule (a pair that shares
// nothing else), by the credit verdict (direction.ts) and by the report.
import type { Passage } from './types.js';

/** Reuse passages of a pair need this many matched words in all before the pair can be called uncredited. */
export const STRONG_WORDS = 20;
/**
 * ... and this much evidence in all (lib/overlap/evidence.ts: -log10 of the chance that unrelated articles share the
 * text), about three 7-word runs seen in no other article of a 1,000-article corpus. Chosen on the development data:
 * on 2,000 generated articles it keeps 910 of the 918 planted uncredited pairs found and no false one; on the AllSides
 * corpus the pairs under it were same-fact sentences around a court order and a bill (docs/notes/2026-12-evidence.md).
 */
export const STRONG_EVIDENCE = 10;

/** A pair's reuse passages, each distinct passage text once: one phrase repeated in both articles aligns once per occurrence, and it is evidence once. */
function distinctReuse<T extends Pick<Passage, 'kind' | 'text'>>(passages: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of passages) if (x.kind === 'reuse') out.push(x);
  if (out.length < 2) return out;
  const seen = new Set<string>();
  const distinct: T[] = [];
  for (const x of out) {
    const key = x.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(x);
  }
  return distinct;
}

/** Matched words of a pair's reuse passages, each distinct passage text counted once. */
export function reuseWords(passages: readonly Pick<Passage, 'kind' | 'matched' | 'text'>[]): number {
  return distinctReuse(passages).reduce((w, x) => w + x.matched, 0);
}

/** Evidence (lib/overlap/evidence.ts) of a pair's reuse passages, summed, each distinct passage text counted once. */
export function reuseEvidence(passages: readonly Pick<Passage, 'kind' | 'evidence' | 'text'>[]): number {
  return Math.round(distinctReuse(passages).reduce((e, x) => e + x.evidence, 0) * 100) / 100;
}

/** Whether two docs are known (from their records) to be about different events. */
export function differentEvents(a: object, b: object): boolean {
  const ea = (a as { event?: unknown }).event,
    eb = (b as { event?: unknown }).event;
  return typeof ea === 'string' && typeof eb === 'string' && ea !== '' && eb !== '' && ea !== eb;
}
