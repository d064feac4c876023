import { describe, expect, it } from 'vitest';
import {
  termChartFigure,
  voiceSharesFigure,
  sourcesFigure,
  toneFigure,
  labelTableHtml,
} from '../lib/figures/framing.js';
import { figureTitle } from '../lib/report/export.js';

const rows = Array.from({ length: 300 }, (_, i) => ({
  term: 'term' + i,
  z: (i % 7) - 3 + i / 1000,
  count: i % 3,
  count_rest: i % 5,
  n: 500,
  n_rest: 900,
}));

describe('framing figures', () => {
  it('term chart: labelled terms are few and their boxes do not overlap; the highlighted term is labelled', () => {
    const fig = termChartFigure(rows, '<b>Outlet</b>', { labels: 10, highlight: ['term5'] });
    const ann = fig.layout.annotations as { text: string; x: number; y: number }[];
    expect(ann.length).toBeGreaterThan(5);
    expect(ann.length).toBeLessThanOrEqual(21);
    expect(ann[0].text).toBe('term5');
    // points are spread (no two terms at the same position)
    const d = fig.data[0] as { x: number[]; y: number[] };
    expect(new Set(d.x.map((x, i) => x + ',' + d.y[i])).size).toBe(rows.length);
    // input-derived text is escaped
    expect(JSON.stringify(fig.layout)).not.toContain('<b>Outlet</b>');
    expect(JSON.stringify(fig.layout)).toContain('&lt;b&gt;Outlet&lt;/b&gt;');
  });

  it('the voice chart of many articles has one bar per outlet, shares weighted by words', () => {
    // 40 articles of two outlets: A's long articles are all own narration, its one short article all quotes
    const rows = Array.from({ length: 40 }, (_, i) => ({
      doc: 'd' + i,
      own: i === 0 ? 0 : i % 2 ? 0.5 : 1,
      quoted: i === 0 ? 1 : i % 2 ? 0.5 : 0,
      reported: 0,
      reused: 0,
      words: i === 0 ? 100 : 900,
    }));
    const outletOf = Object.fromEntries(rows.map((r, i) => [r.doc, i % 2 ? 'B <i>' : 'A']));
    const v = voiceSharesFigure(rows, outletOf);
    const own = v.data[0] as { y: string[]; x: number[] };
    expect(own.y).toEqual(['A (20 articles)', 'B &lt;i&gt; (20 articles)']);
    expect(own.x[0]).toBeCloseTo((19 * 900) / (19 * 900 + 100), 6); // not the plain mean of shares (0.95)
    expect(own.x[1]).toBeCloseTo(0.5, 6);
    expect(String(figureTitle(v))).toContain('each outlet');
    // few articles, or by: 'article', keep a bar per article
    expect((voiceSharesFigure(rows, outletOf, { by: 'article' }).data[0] as { y: string[] }).y).toHaveLength(40);
    expect((voiceSharesFigure(rows.slice(0, 5), outletOf).data[0] as { y: string[] }).y).toHaveLength(5);
  });

  it('voice, sources and tone charts carry every outlet, escaped', () => {
    const v = voiceSharesFigure([{ doc: 'a', own: 0.5, quoted: 0.25, reported: 0.25, reused: 0 }], { a: 'A<script>' });
    expect(v.data).toHaveLength(4);
    expect(JSON.stringify(v.data)).not.toContain('<script>');
    const s = sourcesFigure([
      { outlet: 'X & Y', kind: 'media', name: 'POLITICO', count: 2 },
      { outlet: 'Z', kind: 'named', name: 'Al-Awadi', count: 1 },
    ]);
    expect((s.data[0] as { y: string[] }).y).toEqual(['X &amp; Y (n=2)', 'Z (n=1)']); // shares say how many statements
    // shares of each outlet's statements by default, counts on request
    expect(s.data.map((t) => [(t as { name: string }).name, (t as { x: number[] }).x[0]])).toEqual([
      ['named people', 0],
      ['anonymous sources', 0],
      ['institutions', 0],
      ['other media', 1],
      ['documents', 0],
      ['other', 0],
      ['not resolved (he, the president)', 0],
    ]);
    const counts = sourcesFigure([{ outlet: 'Z', kind: 'named', name: 'Al-Awadi', count: 3 }], { scale: 'count' });
    expect((counts.data[0] as { x: number[] }).x).toEqual([3]);
    const t = toneFigure([
      { outlet: 'A', entity: '(all)', mean: -0.1, sentences: 36 },
      { outlet: 'A', entity: 'HTS', mean: -0.2, sentences: 2 },
    ]);
    expect((t.data[0] as { z: (number | null)[][] }).z).toEqual([[-0.09], [null]]); // shrunk by n; n = 2 is greyed instead
    expect((t.data[1] as { z: (number | null)[][] }).z).toEqual([[null], [0]]);
    // the grey layer writes only its own cells' text, so a coloured cell's text is not drawn twice
    expect((t.data[1] as { text: string[][] }).text).toEqual([[''], ['-0.20<br>n=2']]);
  });

  it('a corpus of a hundred outlets: voice, sources and tone charts draw the largest outlets and say so', () => {
    // outlet k has k + 1 articles of 100 words, k + 1 statements and 10·(k + 1) own-voice sentences
    const names = Array.from({ length: 100 }, (_, k) => `Outlet ${String(k).padStart(3, '0')}`);
    const voice = names.flatMap((o, k) =>
      Array.from({ length: k + 1 }, (_, j) => ({
        doc: `${o}/${j}`,
        own: 1,
        quoted: 0,
        reported: 0,
        reused: 0,
        words: 100,
      })),
    );
    const outletOf = Object.fromEntries(voice.map((r) => [r.doc, r.doc.split('/')[0]]));
    const v = voiceSharesFigure(voice, outletOf);
    const bars = (v.data[0] as { y: string[] }).y;
    expect(bars).toHaveLength(30);
    expect(bars[0]).toBe('Outlet 070 (71 articles)'); // the 30 with the most words, in name order
    expect(figureTitle(v)).toContain('the 30 of 100 outlets with the most words');
    const s = sourcesFigure(names.map((o, k) => ({ outlet: o, kind: 'named', name: 'A. Person', count: k + 1 })));
    expect((s.data[0] as { y: string[] }).y).toHaveLength(30);
    expect((s.data[0] as { y: string[] }).y[29]).toBe('Outlet 099 (n=100)');
    expect(figureTitle(s)).toContain('the 30 of 100 outlets with the most statements');
    const tone = names.flatMap((o, k) => [
      { outlet: o, entity: '(all)', mean: 0.1, sentences: 10 * (k + 1) },
      { outlet: o, entity: k < 50 ? 'Small Actor' : 'Big Actor', mean: 0.2, sentences: 5 },
    ]);
    const t = toneFigure(tone);
    const cols = (t.data[0] as { x: string[] }).x;
    expect(cols).toEqual(names.slice(88)); // 12 columns, the outlets with the most scored sentences
    expect((t.data[0] as { y: string[] }).y).toEqual(['(all)', 'Big Actor']); // actors of the shown outlets only
    expect(t.layout.width as number).toBeLessThan(3000);
    expect(figureTitle(t)).toContain('the 12 of 100 outlets');
    // a small corpus keeps every outlet and a plain title
    expect(figureTitle(toneFigure(tone.slice(0, 6)))).not.toContain(' of 3 outlets');
  });

  it('label table: one row per actor, one column per outlet, text escaped', () => {
    const html = labelTableHtml([
      { entity: 'rulers', outlet: 'A', label: '<i>new</i> administration', kind: 'phrase', count: 2, own: 1 },
      { entity: 'rulers', outlet: 'B', label: 'de facto authorities', kind: 'phrase', count: 1, own: 1 },
    ]);
    expect(html).toContain('&lt;i&gt;new&lt;/i&gt; administration');
    expect(html).not.toContain('<i>new</i>');
    expect(html.match(/<th[ >]/g)!.length).toBe(4); // header: actor + 2 outlets; one row header
    expect(html).toContain('(2; own 1)');
  });
});
