// A tone cell a journalist would not print as an outlet's tone: a one-article outlet's seven sentences about an actor,
// −0.18 ±0.14, clear of zero, drew red beside the outlets of several articles. One piece's tone is no outlet's: every
// cell of a one-article outlet is pale, says "one article", and the title says why. Invented outlets and actors.
import { describe, expect, it } from 'vitest';
import { toneFigure } from '../lib/figures/tone-heatmap.js';

const ROWS = [
  { outlet: 'Harbour Times', entity: '(all)', mean: -0.12, sentences: 40, margin: 0.05 },
  { outlet: 'Harbour Times', entity: 'Ivo Dorr', mean: -0.2, sentences: 12, margin: 0.08 },
  { outlet: 'Fenwick Star', entity: '(all)', mean: -0.15, sentences: 30, margin: 0.06 },
  { outlet: 'Fenwick Star', entity: 'Ivo Dorr', mean: -0.18, sentences: 7, margin: 0.14 },
  { outlet: 'Fenwick Star', entity: 'Lise Arno', mean: 0.3, sentences: 2, margin: 0.1 },
];
const ARTICLES = { 'Harbour Times': 4, 'Fenwick Star': 1 };

type Trace = { x: string[]; y: string[]; z: (number | null)[][]; text: string[][]; customdata?: string[][] };

describe('the tone of an outlet of one article', () => {
  const fig = toneFigure(ROWS, { articles: ARTICLES });
  const [coloured, rest] = fig.data as Trace[];
  const col = coloured.x.indexOf('Fenwick Star (one article)');
  const row = (e: string) => coloured.y.indexOf(e);

  it('is not coloured, even clear of zero: its cells are pale and say "one article"', () => {
    expect(col).toBeGreaterThan(-1);
    for (const e of ['(all)', 'Ivo Dorr']) {
      expect(coloured.z[row(e)][col]).toBeNull();
      expect(rest.z[row(e)][col]).not.toBeNull();
      expect(rest.text[row(e)][col]).toMatch(/one article/);
    }
    expect(rest.text[row('Ivo Dorr')][col]).toBe('-0.18 ±0.14<br>n=7<br>one article');
    expect(rest.customdata?.[row('Ivo Dorr')][col]).toMatch(/one piece's tone, not the outlet's/);
  });

  it('leaves a cell of too few sentences grey, and an outlet of several articles coloured', () => {
    expect(rest.z[row('Lise Arno')][col]).toBe(0);
    expect(rest.text[row('Lise Arno')][col]).not.toMatch(/one article/);
    const several = coloured.x.indexOf('Harbour Times');
    expect(coloured.z[row('Ivo Dorr')][several]).not.toBeNull();
  });

  it('says so in the title', () => {
    expect(JSON.stringify(fig.layout.title).replace(/<br>/g, ' ')).toMatch(
      /one article, the tone of one piece and not of the outlet/,
    );
  });
});
