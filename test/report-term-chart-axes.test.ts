// The top-terms chart draws one panel per outlet, each on its own scale, but only the bottom row said what its numbers
// were ("per 1,000 words"): the PNG and SVG exports showed the upper panels' ticks without a unit. Every panel now
// carries its axis title. Invented outlets and terms.
import { describe, expect, it } from 'vitest';
import { topTermsFigure } from '../lib/figures/terms.js';

const rows = (n: number) =>
  Array.from({ length: n }, (_, o) =>
    ['levy', 'mill', 'roads'].map((term, t) => ({ outlet: `Outlet ${o}`, term, count: 10 - t })),
  ).flat();

const xTitles = (n: number, words: boolean) => {
  const layout = topTermsFigure(rows(n), {
    words: words ? Object.fromEntries(Array.from({ length: n }, (_, o) => [`Outlet ${o}`, 2000])) : undefined,
  }).layout as Record<string, { title?: { text?: string } }>;
  return Object.keys(layout)
    .filter((k) => /^xaxis\d*$/.test(k))
    .map((k) => layout[k].title?.text);
};

describe('the top-terms chart’s axis titles', () => {
  it('says "per 1,000 words" under every panel, the first included', () => {
    for (const n of [1, 4, 5, 7, 12]) expect(xTitles(n, true)).toEqual(Array(n).fill('per 1,000 words'));
  });

  it('says "count" when no word totals are given', () => {
    expect(xTitles(5, false)).toEqual(Array(5).fill('count'));
  });
});
