// What a reader checks on every chart of a report about many outlets, on plain data: the title fits the chart (wrapped,
// never cut off), the chart fits the report column, axis titles do not run over long names, a heatmap's empty cell is
// white, and the coverage heatmap shows pairs whole.
import { describe, expect, it } from 'vitest';
import { baseLayout, wrapTitle } from '../lib/figures/style.js';
import { toneFigure } from '../lib/figures/framing.js';
import { entityOutletHeatmap } from '../lib/figures/entities.js';
import { coverageHeatmap } from '../lib/figures/overlap.js';
import { figureTitle } from '../lib/report/export.js';
import type { OverlapResult } from '../lib/overlap/overlap.js';
import type { Figure } from '../lib/types.js';

/** The report's column is about 1,100 px wide: a wider chart scrolls sideways and its title runs off. */
const COLUMN_PX = 1100;

/** The title's lines as shown (an escaped "&lt;" is one character on screen). */
const titleLines = (f: Figure) =>
  (f.layout.title as { text: string }).text.split('<br>').map((l) => l.replace(/&[a-z#0-9]+;/g, 'x'));

describe('titles', () => {
  it('break at spaces into lines that fit the width, losing no word', () => {
    const t =
      'Tone of own-voice sentences, per outlet and toward each actor (AFINN; n = sentences; colour shrunk by n, grey: n < 5): the 12 of 103 outlets with the most own-voice sentences';
    const lines = wrapTitle(t, 700);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length * 8.6).toBeLessThanOrEqual(700 - 30);
    expect(lines.join(' ')).toBe(t);
    expect(wrapTitle('Short title', 700)).toEqual(['Short title']);
  });

  it('a wrapped title grows the top margin and the figure, so the plot keeps its size', () => {
    const long = baseLayout('word '.repeat(60).trim(), {
      width: 600,
      height: 400,
      margin: { l: 10, r: 10, t: 60, b: 10 },
    });
    const lines = (long.title as { text: string }).text.split('<br>').length;
    expect(lines).toBeGreaterThan(2);
    expect((long.margin as { t: number }).t).toBe(60 + 20 * (lines - 1));
    expect(long.height).toBe(400 + 20 * (lines - 1));
  });
});

describe('the tone heatmap of many outlets', () => {
  const outlets = Array.from({ length: 40 }, (_, i) => `An Outlet With A Long Name ${i}`);
  const rows = outlets.flatMap((o, k) => [
    { outlet: o, entity: '(all)', mean: 0.1, sentences: 100 + k },
    { outlet: o, entity: 'Some Actor', mean: -0.1, sentences: 20 },
  ]);
  const f = toneFigure(rows);

  it('fits the report column and says how many outlets of how many', () => {
    expect(f.layout.width as number).toBeLessThanOrEqual(COLUMN_PX);
    expect(figureTitle(f)).toContain('the 12 of 40 outlets');
    for (const l of titleLines(f)) expect(l.length * 8.6).toBeLessThanOrEqual((f.layout.width as number) - 30);
  });

  it('keeps columns wide enough for "mean / n" and leaves room above for the turned outlet names', () => {
    const cols = (f.data[0] as { x: string[] }).x.length;
    expect(((f.layout.width as number) - 300) / cols).toBeGreaterThanOrEqual(66);
    expect((f.layout.margin as { t: number }).t).toBeGreaterThanOrEqual(150);
  });
});

describe('the entity heatmap', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({
    outlet: `Outlet number ${i} with a long name`,
    entity: `e${i % 5}`,
    name: `Department of Something Rather Long ${i % 5}`,
    mentions: i % 3,
    share: 0.1,
  }));
  const f = entityOutletHeatmap(rows);

  it('has no axis titles to run over the long names, and the title says what rows and columns are', () => {
    expect((f.layout.xaxis as { title?: unknown }).title).toBeUndefined();
    expect((f.layout.yaxis as { title?: unknown }).title).toBeUndefined();
    expect(figureTitle(f)).toMatch(/outlet \(columns\).*whom \(rows\)/);
  });

  it('draws a never-named cell white', () => {
    const scale = (f.data[0] as { colorscale: [number, string][] }).colorscale;
    expect(scale[0]).toEqual([0, '#ffffff']);
  });

  it('shortens long names with an ellipsis, the full name in the hover', () => {
    const y = (f.data[0] as { y: string[] }).y;
    expect(Math.max(...y.map((s) => s.length))).toBeLessThanOrEqual(34);
    expect(JSON.stringify(f.data[0].text)).toContain('Department of Something Rather Long 0');
  });
});

describe('the coverage heatmap', () => {
  // 30 pairs of two articles each, the strongest first: 60 articles
  const docs = Array.from({ length: 60 }, (_, i) => ({ id: `art-${i}`, outlet: `O${i}`, date: null, words: 500 }));
  const pairs = Array.from({ length: 30 }, (_, k) => ({
    a: `art-${2 * k}`,
    b: `art-${2 * k + 1}`,
    outlet_a: `O${2 * k}`,
    outlet_b: `O${2 * k + 1}`,
    kind: 'cross-outlet',
    a_in_b: 0.5 - k / 100,
    b_in_a: 0.4,
    reuse_a_in_b: 0.3,
    reuse_b_in_a: 0.3 - k / 100,
    matched: { reuse: 50, 'common-source': 0, stock: 0 },
    passages: [],
    direction: 'unknown',
    source: null,
    credit: 'credited',
  }));
  const result = { docs, pairs, citations: [] } as unknown as OverlapResult;

  it('shows pairs whole: with an odd cap, the last pair is left out rather than cut in half', () => {
    const f = coverageHeatmap(result, { maxArticles: 41 });
    const y = (f.data[0] as { y: string[] }).y;
    expect(y).toHaveLength(40);
    expect(figureTitle(f)).toContain('the 40 of 60 articles in the pairs with the most reused text');
  });

  it('fits the report column with 40 articles, names upright when cells are narrow', () => {
    const f = coverageHeatmap(result);
    expect(f.layout.width as number).toBeLessThanOrEqual(COLUMN_PX);
    expect((f.layout.xaxis as { tickangle: number }).tickangle).toBe(-90);
  });
});
