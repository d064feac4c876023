// reader21: the coverage heatmap of a Middle East 2012 cut named New York Times articles "New York Times - … ·
// 2012-09-13 · U.S. Envoy to Libya Is Kill…": the outlet's name was cut just after its " - " and kept the dash. A
// shortened name ends on a word, before the ellipsis.
import { describe, expect, it } from 'vitest';
import { coverageHeatmap } from '../lib/figures/overlap.js';
import { label } from '../lib/figures/style.js';
import type { OverlapResult } from '../lib/overlap/overlap.js';

describe('shortened names on chart axes', () => {
  const docs = [
    { id: 'n1', outlet: 'New York Times - News', date: '2012-09-13', words: 2000 },
    { id: 'n2', outlet: 'New York Times - News', date: '2012-09-14', words: 900 },
  ];
  const pairs = [
    {
      a: 'n1',
      b: 'n2',
      outlet_a: 'New York Times - News',
      outlet_b: 'New York Times - News',
      kind: 'same-outlet',
      a_in_b: 0.1,
      b_in_a: 0.2,
      reuse_a_in_b: 0.1,
      reuse_b_in_a: 0.2,
      matched: { reuse: 90, 'common-source': 0, stock: 0 },
      passages: [],
      direction: 'a→b',
      source: 'n1',
      credit: 'same-outlet',
    },
  ];
  const result = { docs, pairs, citations: [] } as unknown as OverlapResult;
  const titles = new Map([
    ['n1', 'U.S. Envoy to Libya Is Killed in Attack'],
    ['n2', 'Turmoil Over Film Spreads to U.S. Embassy in Yemen'],
  ]);

  it('the heatmap names an article "New York Times… · date · headline…", no dangling dash', () => {
    const y = (coverageHeatmap(result, { titles }).data[0] as { y: string[] }).y;
    expect(y).toContain('New York Times… · 2012-09-13 · U.S. Envoy to Libya Is Kill…');
    for (const name of y) expect(name).not.toMatch(/[-–—·,:]\s*…/);
  });

  it('a name with no separator before the cut is cut as before', () => {
    expect(label('Christian Science Monitor', 18)).toBe('Christian Science…');
    expect(label('Wall Street Journal - News', 18)).toBe('Wall Street Journ…');
    expect(label('Politico', 18)).toBe('Politico');
  });
});
