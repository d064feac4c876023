// What a reader checks on the reuse network of a corpus with many outlets, on plain data: no two circles overlap, no
// name touches another name or circle, names are short (full name in the hover), the title states how many outlets
// of how many are drawn, common-source lines are capped and said to be, and the same input gives the same bytes.
import { describe, expect, it } from 'vitest';
import { boxesOverlap, circleLayout, labelBox, ringOrder } from '../lib/figures/circle-layout.js';
import { NETWORK_LABEL_CHARS, reuseNetwork } from '../lib/figures/reuse-network.js';
import type { OverlapResult } from '../lib/overlap/overlap.js';

/** An invented outlet name, some of them long. */
const outletName = (i: number) =>
  i % 5 === 0 ? `The Evening Chronicle of Northern Provinces ${i}` : `Outlet ${String(i).padStart(2, '0')} News`;

/** A pair of articles of two outlets, as the network reads it. */
function pair(i: number, j: number, credit: string, evidence: number): OverlapResult['pairs'][number] {
  return {
    a: `d${i}`,
    b: `d${j}`,
    outlet_a: outletName(i),
    outlet_b: outletName(j),
    kind: 'cross-outlet',
    a_in_b: 0.2,
    b_in_a: 0.2,
    reuse_a_in_b: credit === 'none-needed' ? 0 : 0.2,
    reuse_b_in_a: credit === 'none-needed' ? 0 : 0.3,
    matched: { reuse: credit === 'none-needed' ? 0 : 60, 'common-source': 40, stock: 0 },
    direction: i % 3 === 0 ? 'unknown' : 'a→b',
    credit,
    evidence,
  } as unknown as OverlapResult['pairs'][number];
}

// 100 outlets, one article each (the long-named ones longer); 40 of them reuse from a neighbour, every outlet shares
// quotes with five others
const docs = Array.from({ length: 100 }, (_, i) => ({
  id: `d${i}`,
  outlet: outletName(i),
  date: null,
  words: i % 5 === 0 ? 1600 : 800,
}));
const pairs = [
  ...Array.from({ length: 40 }, (_, i) => pair(i, (i + 1) % 100, i % 4 === 0 ? 'uncredited' : 'credited', 5 + i)),
  ...Array.from({ length: 100 }, (_, i) =>
    [2, 3, 5, 10, 20].map((k) => pair(i, (i + k) % 100, 'none-needed', 0)),
  ).flat(),
];
const result = { docs, pairs, citations: [] } as unknown as OverlapResult;

const nodesOf = (f: ReturnType<typeof reuseNetwork>) => f.data.find((t) => t.mode === 'markers+text')!;

describe('the reuse network on 100 outlets', () => {
  const f = reuseNetwork(result);
  const n = nodesOf(f);
  const xs = n.x as number[],
    ys = n.y as number[],
    sizes = (n.marker as { size: number[] }).size;

  it('states how many outlets of how many it draws', () => {
    expect(xs.length).toBe(30);
    expect((f.layout.title as { text: string }).text).toMatch(/the 30 of 100 outlets with the most reused text/);
  });

  it('keeps every two circles apart: centres at least the sum of their radii away', () => {
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++)
        expect(Math.hypot(xs[i] - xs[j], ys[i] - ys[j])).toBeGreaterThan((sizes[i] + sizes[j]) / 2);
  });

  it('writes no name longer than the limit, and the full name in the hover', () => {
    const names = (n.text as string[]).map((t) => t.replace(/<\/?b>/g, ''));
    expect(Math.max(...names.map((s) => s.length))).toBeLessThanOrEqual(NETWORK_LABEL_CHARS);
    expect(names.some((s) => s.endsWith('…'))).toBe(true);
    expect((n.hovertext as string[]).some((h) => h.startsWith('The Evening Chronicle of Northern Provinces'))).toBe(
      true,
    );
  });

  it('lets no name touch another name or another circle', () => {
    const names = (n.text as string[]).map((t) => t.replace(/<\/?b>/g, ''));
    const pos = n.textposition as string[];
    const boxes = names.map((s, i) => labelBox(xs[i], ys[i], sizes[i] / 2, s, pos[i]));
    for (let i = 0; i < boxes.length; i++)
      for (let j = 0; j < boxes.length; j++) {
        if (i === j) continue;
        expect(boxesOverlap(boxes[i], boxes[j])).toBe(false);
        const r = sizes[j] / 2;
        expect(boxesOverlap(boxes[i], { x0: xs[j] - r, x1: xs[j] + r, y0: ys[j] - r, y1: ys[j] + r })).toBe(false);
      }
  });

  it('draws the plot at one pixel per unit, so the distances above are what the reader sees', () => {
    const { width, height, margin, xaxis, yaxis } = f.layout as {
      width: number;
      height: number;
      margin: { l: number; r: number; t: number; b: number };
      xaxis: { range: number[] };
      yaxis: { range: number[] };
    };
    expect(xaxis.range[1] - xaxis.range[0]).toBeCloseTo(width - margin.l - margin.r, 0);
    expect(yaxis.range[1] - yaxis.range[0]).toBeCloseTo(height - margin.t - margin.b, 0);
    for (let i = 0; i < xs.length; i++) {
      expect(xs[i]).toBeGreaterThan(xaxis.range[0]);
      expect(xs[i]).toBeLessThan(xaxis.range[1]);
    }
  });

  it('caps the faint common-source lines and says so', () => {
    const common = (f.layout.annotations as { arrowcolor?: string }[]).filter((a) => a.arrowcolor === '#8DA0B3');
    expect(common.length).toBeLessThanOrEqual(60);
    const note = (f.layout.annotations as { text?: string }[]).map((a) => a.text ?? '').join(' ');
    expect(note).toMatch(/Faint lines: the \d+ strongest of \d+ links/);
    expect(note).toMatch(/Not drawn: 70 outlets with less shared text/);
  });

  it('draws reuse on weak evidence paler than reuse on strong evidence', () => {
    const reuse = (f.layout.annotations as { arrowcolor?: string; opacity?: number }[]).filter(
      (a) => a.arrowcolor && a.arrowcolor !== '#8DA0B3',
    );
    expect(new Set(reuse.map((a) => a.opacity))).toEqual(new Set([0.55, 0.95]));
  });

  it('is the same bytes for the same input', () => {
    expect(JSON.stringify(reuseNetwork(result))).toBe(JSON.stringify(f));
  });
});

describe('the ring layout', () => {
  it('grows the ring until long names at the top stop touching', () => {
    const nodes = Array.from({ length: 24 }, (_, i) => ({ label: 'A rather long outlet name ' + i, r: 12 }));
    const l = circleLayout(nodes);
    for (let i = 0; i < l.nodes.length; i++)
      for (let j = i + 1; j < l.nodes.length; j++) expect(boxesOverlap(l.nodes[i].box, l.nodes[j].box)).toBe(false);
  });

  it('puts linked nodes side by side', () => {
    const w = (a: string, b: string) => (a + b === 'ac' || a + b === 'ca' ? 5 : 0);
    const order = ringOrder(['a', 'b', 'c', 'd'], w, (x) => (x === 'a' ? 9 : 1));
    expect(order.slice(0, 2)).toEqual(['a', 'c']);
  });
});

describe('a small corpus where outlets share only quotes and wire text', () => {
  // twelve outlets with one article each; the two heaviest sharers are linked most, so the ring sets them side by side
  const docs = Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, outlet: outletName(i), date: null, words: 800 }));
  const pairs = [
    { ...pair(0, 1, 'none-needed', 0), matched: { reuse: 0, 'common-source': 600, stock: 0 } },
    ...Array.from({ length: 10 }, (_, i) => pair(i + 1, i + 2, 'none-needed', 0)),
  ] as OverlapResult['pairs'];
  const f = reuseNetwork({ docs, pairs, citations: [] } as unknown as OverlapResult);
  const n = nodesOf(f);
  const xs = n.x as number[],
    ys = n.y as number[],
    sizes = (n.marker as { size: number[] }).size;
  const names = (n.hovertext as string[]).map((h) => h.split(':')[0]);

  it('says in the title that no outlet reuses another, not "who reuses whom"', () => {
    const title = (f.layout.title as { text: string }).text;
    expect(title).toMatch(/^No outlet reuses another’s text/);
    expect(title).not.toMatch(/reuses whom/);
    const note = (f.layout.annotations as { text?: string }[]).map((a) => a.text ?? '').join(' ');
    expect(note).toMatch(/Line: the two outlets’ articles share quotes/);
    expect(note).not.toMatch(/Arrow: from source/);
  });

  it('leaves a line a reader can see between linked outlets that sit side by side', () => {
    const i = names.indexOf(outletName(0)),
      j = names.indexOf(outletName(1));
    const free = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]) - (sizes[i] + sizes[j]) / 2;
    expect(free).toBeGreaterThanOrEqual(50);
  });
});

describe('the co-mention network', () => {
  it('keeps circles and names of 20 entities apart, long names shortened', async () => {
    const { coMentionNetwork } = await import('../lib/figures/entities.js');
    const names = Array.from({ length: 20 }, (_, i) =>
      i % 4 ? `Person ${i}` : `Department of Long Affairs Number ${i}`,
    );
    const freq = names.map((name, i) => ({ outlet: 'O', entity: `e${i}`, name, mentions: 100 - i, share: 0.05 }));
    const pairs = names
      .slice(1)
      .map((_, i) => ({ a: 'e0', b: `e${i + 1}`, name_a: names[0], name_b: names[i + 1], sentences: 3 }));
    const f = coMentionNetwork(pairs, freq, { k: 20 });
    const n = f.data.find((t) => t.mode === 'markers+text')!;
    const xs = n.x as number[],
      ys = n.y as number[],
      sizes = (n.marker as { size: number[] }).size,
      text = n.text as string[],
      pos = n.textposition as string[];
    expect(Math.max(...text.map((s) => s.length))).toBeLessThanOrEqual(26);
    const boxes = text.map((s, i) => labelBox(xs[i], ys[i], sizes[i] / 2, s, pos[i]));
    for (let i = 0; i < xs.length; i++)
      for (let j = i + 1; j < xs.length; j++) {
        expect(Math.hypot(xs[i] - xs[j], ys[i] - ys[j])).toBeGreaterThan((sizes[i] + sizes[j]) / 2);
        expect(boxesOverlap(boxes[i], boxes[j])).toBe(false);
      }
  });
});
