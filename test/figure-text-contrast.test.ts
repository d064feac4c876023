// What a reader checks on a chart: every word can be read on white, and colour means the same strength in every
// corpus. Outlet colours (Okabe-Ito and Tableau) mark bars and swatches, not text; the tone heatmap's colour is on a
// fixed scale in AFINN points per word, centred on 0.
import { describe, expect, it } from 'vitest';
import { topTermsFigure } from '../lib/figures/terms.js';
import { toneFigure, TONE_COLOUR_RANGE } from '../lib/figures/framing.js';
import { entityOutletHeatmap } from '../lib/figures/entities.js';
import { PALETTE } from '../lib/figures/style.js';
import type { Figure } from '../lib/types.js';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
const full = (c: string) => (c.length === 4 ? '#' + [...c.slice(1)].map((x) => x + x).join('') : c);
/** Contrast of a text colour on white (WCAG: 4.5 for body text). */
const onWhite = (c: string) => 1.05 / (luminance(full(c)) + 0.05);

/** Every colour a figure gives to text: fonts of the layout, annotations, ticks, traces; and inline styled spans. */
function textColours(f: Figure): { where: string; colour: string }[] {
  const out: { where: string; colour: string }[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (/font$/i.test(k) && x && typeof x === 'object' && typeof (x as { color?: unknown }).color === 'string')
          out.push({ where: `${path}.${k}`, colour: (x as { color: string }).color });
        walk(x, `${path}.${k}`);
      }
    else if (typeof v === 'string')
      for (const m of v.matchAll(/<span style="color:\s*(#[0-9a-fA-F]{3,6})">([^<]*)<\/span>/g))
        // a coloured swatch glyph is a marker, not text
        if (m[2].trim() !== '■') out.push({ where: `${path} "${m[2]}"`, colour: m[1] });
  };
  walk(f.layout, 'layout');
  walk(f.data, 'data');
  return out;
}

describe('text on charts', () => {
  it('the top-terms panels name each outlet in a readable colour, whatever colour the outlet has', () => {
    // 14 outlets: every colour of the palette's first 14, Okabe-Ito yellow (#F0E442) and Tableau yellow among them
    const outlets = Array.from({ length: 14 }, (_, i) => `Outlet ${String.fromCharCode(65 + i)}`);
    const rows = outlets.flatMap((o) => [
      { outlet: o, term: 'egypt', count: 9 },
      { outlet: o, term: 'army', count: 4 },
    ]);
    const f = topTermsFigure(rows, { maxOutlets: 14 });
    const titles = (f.layout.annotations as { text: string }[]).map((a) => a.text);
    expect(titles.some((t) => t.includes('Outlet G'))).toBe(true); // the outlet that takes #F0E442
    expect(PALETTE.slice(0, 14)).toContain('#F0E442');
    for (const t of textColours(f)) expect(onWhite(t.colour), `${t.where} ${t.colour}`).toBeGreaterThanOrEqual(4.5);
    // the outlet's colour is still beside its name, as a swatch
    expect(titles.find((t) => t.includes('Outlet G'))).toContain('#F0E442');
  });

  it('the tone heatmap writes its numbers readably, on colour and on the grey of too-few-sentence cells', () => {
    const f = toneFigure([
      { outlet: 'A', entity: '(all)', mean: -0.04, sentences: 400 },
      { outlet: 'A', entity: 'Army', mean: -0.3, sentences: 3 },
    ]);
    for (const t of textColours(f)) expect(onWhite(t.colour), `${t.where} ${t.colour}`).toBeGreaterThanOrEqual(4.5);
  });
});

describe('tone heatmap colour', () => {
  const cells = (mean: number) => [
    { outlet: 'A', entity: '(all)', mean, sentences: 400 },
    { outlet: 'B', entity: '(all)', mean: mean / 2, sentences: 400 },
  ];
  const scale = (f: Figure) => f.data[0] as { zmin: number; zmax: number; zmid: number; z: (number | null)[][] };

  it('is centred on 0 with the same range in every corpus, so the plain tone of news is a pale cell', () => {
    const mild = scale(toneFigure(cells(-0.04)));
    const harsh = scale(toneFigure(cells(-0.3)));
    expect([mild.zmin, mild.zmid, mild.zmax]).toEqual([-TONE_COLOUR_RANGE, 0, TONE_COLOUR_RANGE]);
    expect([harsh.zmin, harsh.zmax]).toEqual([mild.zmin, mild.zmax]);
    // a mean of −0.04 points per word over 400 sentences takes a fifth of the colour, not all of it
    const share = Math.abs(mild.z[0][0]!) / mild.zmax;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.3);
  });

  it('says its unit and what grey means', () => {
    const f = toneFigure(cells(-0.04).concat([{ outlet: 'A', entity: 'Army', mean: -0.3, sentences: 3 }]));
    const title = (f.layout.title as { text: string }).text.replace(/<br>/g, ' ');
    expect(title).toContain('AFINN points per word');
    expect(title).toContain('not enough text');
    const bar = (f.data[0] as { colorbar: { title: { text: string }; ticktext: string[] } }).colorbar;
    expect(bar.title.text.replace(/<br>/g, ' ')).toContain('AFINN points per word');
    expect(bar.ticktext[0]).toBe(`−${TONE_COLOUR_RANGE} or less`);
  });
});

describe('entity heatmap colour', () => {
  // 11 outlets × 20 entities at 2–15 mentions per 1,000 words, and one short outlet at 33 for one actor
  const outlets = Array.from({ length: 11 }, (_, i) => `Outlet ${String.fromCharCode(65 + i)}`);
  const rows = outlets.flatMap((o, i) =>
    Array.from({ length: 20 }, (_, k) => ({
      outlet: o,
      entity: `e${k}`,
      name: `Actor ${k}`,
      mentions: i === 10 && k === 0 ? 33 : 2 + ((i * 7 + k * 3) % 14),
      share: 0.05,
    })),
  );
  const words = Object.fromEntries(outlets.map((o) => [o, 1000]));

  it('one cell far above the rest does not take the whole scale, and the colour bar says where the colour is full', () => {
    const f = entityOutletHeatmap(rows, { words });
    const t = f.data[0] as { zmax?: number; z: number[][]; colorbar: { title: { text: string } } };
    const cells = t.z.flat().sort((a, b) => a - b);
    const typical = cells[Math.floor(cells.length / 2)];
    const full = t.zmax ?? cells[cells.length - 1];
    expect(full).toBeLessThan(20); // not the 33 of the one outlier
    expect(typical / full).toBeGreaterThan(0.4); // a middle cell takes a fair share of the colour
    expect(t.colorbar.title.text).toContain(`darkest: ${full} or more`);
  });

  it('a small table keeps its largest cell as the darkest', () => {
    const few = rows.filter((r) => r.entity === 'e0' && r.outlet < 'Outlet D');
    const t = entityOutletHeatmap(few, { words }).data[0] as { zmax?: number; colorbar: { title: { text: string } } };
    expect(t.zmax).toBeUndefined();
    expect(t.colorbar.title.text).toBe('per 1,000 words');
  });
});
