// Words per outlet: the denominator of every "per 1,000 words" rate in charts and tables (pure).
import type { Doc } from '../types.js';

/** Word and number tokens per outlet, summed over its articles (a plain object, outlet -> words). */
export function wordsPerOutlet(docs: readonly Pick<Doc, 'outlet' | 'tokens'>[]): Record<string, number> {
  const m: Record<string, number> = Object.create(null);
  for (const d of docs) {
    let n = 0;
    for (const t of d.tokens) if (t.kind === 'word' || t.kind === 'number') n++;
    m[d.outlet] = (m[d.outlet] ?? 0) + n;
  }
  return m;
}

/** `count` per 1,000 of `words`, to 3 decimals (0 when there are no words). */
export function per1k(count: number, words: number): number {
  return words > 0 ? Math.round((1e6 * count) / words) / 1000 : 0;
}
