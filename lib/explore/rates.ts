// Words per outlet: the denominator of every "per 1,000 words" rate in charts and tables (pure).
import type { Doc } from '../types.js';

/** Words per outlet (Doc.words: word and number tokens), summed over its articles (a plain object, outlet -> words). */
export function wordsPerOutlet(docs: readonly Pick<Doc, 'outlet' | 'words'>[]): Record<string, number> {
  const m: Record<string, number> = Object.create(null);
  for (const d of docs) m[d.outlet] = (m[d.outlet] ?? 0) + d.words;
  return m;
}

/** `count` per 1,000 of `words`, to 3 decimals (0 when there are no words). */
export function per1k(count: number, words: number): number {
  return words > 0 ? Math.round((1e6 * count) / words) / 1000 : 0;
}
