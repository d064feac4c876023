// Pure: map offsets in Article.text back to the raw input (Provenance.rawBase says which raw text).

import type { Provenance } from '../types.js';
import { partitionPoint } from '../util/search.js';

/** The raw offset of text offset `o` (exact, except in a line whose NFC form changed length: its start). */
export function rawOffset(prov: { readonly offsets?: readonly number[] }, o: number): number {
  const m = prov.offsets;
  if (!m || m.length === 0) return o;
  if (o < m[0]) return m[1] - (m[0] - o);
  const lo = partitionPoint(m.length / 2, (i) => m[i * 2] > o) - 1; // the last pair starting at or before o
  return m[lo * 2 + 1] + (o - m[lo * 2]);
}

/**
 * The raw range that text range [start, end) came from (removed characters inside it included). When the map breaks
 * right at `end`, the raw text up to that break belongs to the span: a character the cleaning repaired from several
 * raw ones (mojibake), or characters removed between the span's last character and the next.
 */
export function rawSpan(prov: Pick<Provenance, 'offsets'>, start: number, end: number): [number, number] {
  if (end <= start) return [rawOffset(prov, start), rawOffset(prov, start)];
  const last = rawOffset(prov, end - 1) + 1;
  const m = prov.offsets;
  const at = m && m.length ? partitionPoint(m.length / 2, (i) => m[i * 2] >= end) : -1;
  const next = at >= 0 && at < m!.length / 2 && m![at * 2] === end ? m![at * 2 + 1] : last;
  return [rawOffset(prov, start), Math.max(last, next)];
}
