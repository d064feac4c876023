// A tone cell a journalist would not publish: a one-article outlet's eight sentences about an actor, mean +0.05, drew
// a faint blue toward him while the piece was hostile. Each cell now carries the margin of its mean (95%): a cell
// whose margin holds 0 is pale, with its "± margin" written, not coloured as a tone. Invented outlets and actors.
import { describe, expect, it } from 'vitest';
import { toneRows, type SentenceTone } from '../lib/framing/tone.js';
import { toneFigure } from '../lib/figures/tone-heatmap.js';

const tone = (outlet: string, i: number, score: number): SentenceTone => ({
  doc: `${outlet}-1`,
  outlet,
  start: i * 10,
  end: i * 10 + 9,
  score,
  words: 9,
});

describe('the margin of a tone cell', () => {
  it('is 1.96 · sd / √n of the sentence scores, and 0 under two sentences', () => {
    const scores = [0.3, -0.2, 0.25, -0.15, 0.2, -0.1, 0.1, 0.0];
    const [all] = toneRows(
      scores.map((s, i) => tone('Harbour Times', i, s)),
      [],
    );
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    const sd = Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (scores.length - 1));
    expect(all.margin).toBeCloseTo((1.96 * sd) / Math.sqrt(scores.length), 3);
    expect(toneRows([tone('Fenwick Star', 0, 0.2)], [])[0].margin).toBe(0);
  });

  it('a mean within its margin of 0 is pale, not coloured; a clear one is coloured', () => {
    const fig = toneFigure([
      { outlet: 'Harbour Times', entity: '(all)', mean: -0.12, sentences: 40, margin: 0.05 },
      { outlet: 'Harbour Times', entity: 'Ivo Dorr', mean: 0.05, sentences: 8, margin: 0.11 },
    ]);
    const [coloured, rest] = fig.data as { z: (number | null)[][]; text: string[][] }[];
    expect(coloured.z[0][0]).not.toBeNull();
    expect(coloured.z[1][0]).toBeNull();
    expect(rest.z[1][0]).toBe(1);
    expect(rest.text[1][0]).toBe('0.05 ±0.11<br>n=8');
    expect(JSON.stringify(fig.layout.title).replace(/<br>/g, ' ')).toMatch(/pale: the margin holds 0, no clear tone/);
  });
});
