// A tone cell of one piece in an outlet of several: all of an outlet's sentences about an actor came from one profile
// of him, and the cell was drawn in full colour beside the outlet's other cells, read as the outlet's tone toward the
// actor. Such a cell is pale and says "one article", as the cells of an outlet of one article do. Invented outlets,
// actors and scores.
import { describe, expect, it } from 'vitest';
import { toneRows, type SentenceTone, type ToneTarget } from '../lib/framing/tone.js';
import { toneFigure } from '../lib/figures/tone-heatmap.js';
import type { Doc } from '../lib/types.js';

/** A doc of `n` one-sentence lines, each 10 characters, tokens left out (tone reads sentences only here). */
function doc(id: string, outlet: string, n: number): Doc {
  const sentences = Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 9 }));
  return { id, outlet, text: 'x'.repeat(n * 10), tokens: [], sentences } as unknown as Doc;
}

const tone = (d: string, outlet: string, i: number, score: number): SentenceTone => ({
  doc: d,
  outlet,
  start: i * 10,
  end: i * 10 + 9,
  score,
  words: 9,
});

/** Eight clearly negative sentences about the actor in doc `about`, plus neutral ones in the outlet's other doc. */
function rows(aboutDocs: readonly string[]) {
  const docs = [doc('harbour-1', 'Harbour Times', 10), doc('harbour-2', 'Harbour Times', 10)];
  const tones: SentenceTone[] = [];
  const mentions: ToneTarget['mentions'] = [];
  for (let i = 0; i < 8; i++) {
    const d = aboutDocs[i % aboutDocs.length];
    tones.push(tone(d, 'Harbour Times', i, -0.2 - (i % 3) * 0.01));
    mentions.push({ doc: d, start: i * 10, end: i * 10 + 4 } as ToneTarget['mentions'][number]);
  }
  return toneRows(tones, docs, [{ id: 'ivo-dorr', name: 'Ivo Dorr', mentions }]);
}

const cell = (fig: ReturnType<typeof toneFigure>) => {
  const [coloured, rest] = fig.data as { z: (number | null)[][]; text: string[][] }[];
  return { colour: coloured.z[1][0], text: rest.text[1][0] };
};

describe('a tone cell whose sentences come from one article', () => {
  it('counts the articles behind each row', () => {
    expect(rows(['harbour-1']).find((r) => r.entity === 'Ivo Dorr')?.articles).toBe(1);
    expect(rows(['harbour-1', 'harbour-2']).find((r) => r.entity === 'Ivo Dorr')?.articles).toBe(2);
  });

  it('is pale and says "one article" in an outlet of several articles', () => {
    const fig = toneFigure(rows(['harbour-1']), { articles: { 'Harbour Times': 2 } });
    expect(cell(fig).colour).toBeNull();
    expect(cell(fig).text).toMatch(/one article/);
  });

  it('keeps its colour when the sentences come from two articles', () => {
    const fig = toneFigure(rows(['harbour-1', 'harbour-2']), { articles: { 'Harbour Times': 2 } });
    expect(cell(fig).colour).not.toBeNull();
    expect(cell(fig).text).not.toMatch(/one article/);
  });
});
