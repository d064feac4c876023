// The outlet network stays readable with many outlets: only the outlets with the most reuse are drawn (and the chart
// says so), common-source edges are faint and under the reuse arrows, and the three edge kinds have distinct colours.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { EDGE_COLOR, reuseNetwork } from '../lib/figures/overlap.js';

/** A sentence of made-up words that no other article shares (word i of article k). */
function filler(k: number, n: number): string {
  const syll = ['ta', 'ro', 'mi', 'ke', 'lu', 'sa', 'no', 'vi', 'de', 'pa'];
  const words = Array.from({ length: n }, (_, i) => syll[(k * 7 + i) % 10] + syll[(k + i * 3) % 10] + syll[i % 10]);
  return words.join(' ') + '.';
}

const stories = [
  'The port authority approved a new ferry timetable after weeks of talks with the island councils about fuel costs, winter storms and the shelter plan for stranded passengers on the northern coast.',
  'Farmers in the valley said the drought had cut the wheat harvest by a third, and the agriculture ministry promised emergency loans, cheaper seed and new wells before the spring planting season.',
];

// 16 outlets; two pairs reuse a story (the second outlet of a pair copies it a day later), the rest share nothing
const docs = Array.from({ length: 16 }, (_, i) => {
  const story = i < 4 ? stories[i >> 1] : '';
  const text = `${filler(i, 12)} ${story} ${filler(i + 100, 14)}`;
  return analyse({
    id: `d${i}`,
    outlet: `Outlet ${String(i).padStart(2, '0')}`,
    date: `2024-03-0${1 + (i % 2)}`,
    text,
    paragraphs: [],
  });
});
const r = overlap(docs, { outlets: [] });

describe('reuse network with many outlets', () => {
  it('draws only the outlets linked to another, and says how many of how many and why the rest are missing', () => {
    const f = reuseNetwork(r, { maxOutlets: 6 });
    const nodes = f.data.find((t) => t.mode === 'markers+text')!;
    const names = (nodes.text as string[]).map((t) => t.replace(/<\/?b>/g, ''));
    // the four outlets that reuse first, then outlets linked by common-source text only, up to the cap
    expect(names.length).toBe(6);
    for (const o of ['Outlet 00', 'Outlet 01', 'Outlet 02', 'Outlet 03']) expect(names).toContain(o);
    const title = (f.layout.title as { text: string }).text;
    expect(title).toContain('6 of 16 outlets');
    const notes = (f.layout.annotations as { text: string }[]).map((a) => a.text).join(' ');
    expect(notes).toMatch(/Not drawn: .*\d+ outlets? (with less shared text|that shares? no text with another)/);
  });

  it('caps the reusing outlets at maxOutlets, keeping those with the most reused words', () => {
    const f = reuseNetwork(r, { maxOutlets: 2 });
    expect((f.data.find((t) => t.mode === 'markers+text')!.x as number[]).length).toBe(2);
    expect((f.layout.title as { text: string }).text).toMatch(/2 of 16 outlets/);
  });

  it('colours the three edge kinds distinctly, common-source faint and drawn first', () => {
    expect(new Set(Object.values(EDGE_COLOR)).size).toBe(3);
    const f = reuseNetwork(r);
    const arrows = (f.layout.annotations as { arrowcolor?: string; opacity?: number }[]).filter((a) => a.arrowcolor);
    expect(arrows.length).toBeGreaterThanOrEqual(2);
    expect(arrows.every((a) => a.arrowcolor !== EDGE_COLOR.common)).toBe(true); // only reuse between the pairs
    const legend = f.data.filter((t) => t.mode === 'lines').map((t) => (t.line as { color: string }).color);
    expect(legend).toEqual([EDGE_COLOR.credited, EDGE_COLOR.uncredited, EDGE_COLOR.common]);
  });
});
