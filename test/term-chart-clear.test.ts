// The distinctive-terms chart says what can be trusted: its colour means the same z on every chart (not stretched to
// the chart's largest |z|, which drew z 1 — one use against none elsewhere — in deep blue), and its title says how many
// terms are clear of chance (|z| above 1.96), or that none is. Invented terms.
import { describe, expect, it } from 'vitest';
import { termChartFigure } from '../lib/figures/framing.js';
import { TERM_Z_FULL } from '../lib/figures/term-chart.js';

const point = (term: string, z: number) => ({ term, z, count: 2, count_rest: 1, n: 1000, n_rest: 9000 });
const weak = Array.from({ length: 40 }, (_, i) => point(`word${i}`, -1.2 + (i % 9) * 0.3)); // |z| ≤ 1.2
const title = (rows: ReturnType<typeof point>[]) =>
  (termChartFigure(rows, 'Daily Ledger').layout.title as { text: string }).text;

describe('term chart: what a reader can trust', () => {
  it('colours z on one fixed scale, so small differences stay pale', () => {
    const marker = (termChartFigure(weak, 'Daily Ledger').data[0] as { marker: { cmin: number; cmax: number } }).marker;
    expect([marker.cmin, marker.cmax]).toEqual([-TERM_Z_FULL, TERM_Z_FULL]);
    expect(TERM_Z_FULL).toBeGreaterThan(1.96);
  });

  it('says in the title that no term is clear of chance, or how many are on each side', () => {
    expect(title(weak)).toContain('no term clear of chance (|z| above 1.96): the colours show small differences');
    const some = [...weak, point('regime', 2.7), point('council', 2.1), point('government', -2.4)];
    expect(title(some)).toContain(
      'clear of chance (|z| above 1.96): 2 terms more in Daily Ledger, 1 term more in the others',
    );
    // the note is a line of its own, under the chart's name
    expect(title(some).split('<br>').pop()).toMatch(/^clear of chance/);
  });
});
