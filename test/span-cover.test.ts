import { describe, expect, it } from 'vitest';
import { contains, covers, spanCover } from '../lib/util/span-cover.js';

/** A small deterministic generator (LCG), so the spans are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

describe('spanCover', () => {
  it('answers like a scan of every span, for nested, overlapping, empty and unsorted spans', () => {
    const r = rng(7);
    for (let round = 0; round < 40; round++) {
      const spans = Array.from({ length: Math.floor(r() * 12) }, () => {
        const start = Math.floor(r() * 60);
        return { start, end: start + Math.floor(r() * 15) };
      });
      const c = spanCover(spans);
      for (let pos = -2; pos < 80; pos++) {
        expect(covers(c, pos)).toBe(spans.some((m) => pos >= m.start && pos < m.end));
        for (const len of [0, 1, 3, 9])
          expect(contains(c, pos, pos + len)).toBe(spans.some((m) => pos >= m.start && pos + len <= m.end));
      }
    }
  });

  it('finds a short span inside a long one that starts before many short ones', () => {
    const c = spanCover([
      { start: 10, end: 11 },
      { start: 0, end: 100 },
      { start: 20, end: 21 },
    ]);
    expect(contains(c, 50, 60)).toBe(true);
    expect(contains(c, 95, 101)).toBe(false);
    expect(covers(c, 99)).toBe(true);
    expect(covers(c, 100)).toBe(false);
    expect(covers(spanCover([]), 0)).toBe(false);
  });
});
