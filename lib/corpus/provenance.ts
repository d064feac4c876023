// Pure: map offsets in Article.text back to the raw input (Provenance.rawBase says which raw text).

import type { Provenance } from '../types.js';
import { partitionPoint } from '../util/search.js';

/** The raw offset of text offset `o` (exact, except in a line whose NFC form changed length: its start). */
export function rawOffset(prov: Pick<Provenance, 'offsets'>, o: number): number {
  const m = prov.offsets;
  if (!m || m.length === 0) return o;
  if (o < m[0]) return m[1] - (m[0] - o);
  const lo = partitionPoint(m.length / 2, (i) => m[i * 2] > o) - 1; // the last pair starting at or before o
  return m[lo * 2 + 1] + (o - m[lo * 2]);
}

/** The raw range that text range [start, end) came from (removed characters inside it included). */
export function rawSpan(prov: Pick<Provenance, 'offsets'>, start: number, end: number): [number, number] {
  if (end <= start) return [rawOffset(prov, start), rawOffset(prov, start)];
  return [rawOffset(prov, start), rawOffset(prov, end - 1) + 1];
}
