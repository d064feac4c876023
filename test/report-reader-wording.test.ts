// What a journalist reading the report of a cut no pass had read would not publish as written, in the charts and
// findings: "the 4 of 11 outlets share only quotes" (the reuse network's title), "3664 words" beside "1,000" elsewhere,
// and a tone column of one outlet's single article coloured among outlets' columns unmarked. Invented outlets.
import { describe, expect, it } from 'vitest';
import { reuseNetwork } from '../lib/figures/reuse-network.js';
import { toneFigure } from '../lib/figures/tone-heatmap.js';
import { toneStandoutText, type ToneStandout } from '../lib/explore/tone-standouts.js';
import { corpusFindings } from '../lib/report/findings.js';
import { termFindings } from '../lib/report/term-findings.js';
import type { OverlapResult } from '../lib/overlap/overlap.js';
import { article } from './report-helpers.js';

const name = (i: number) => `Outlet ${i}`;
function quotePair(i: number, j: number): OverlapResult['pairs'][number] {
  return {
    ...{ a: `d${i}`, b: `d${j}`, outlet_a: name(i), outlet_b: name(j), kind: 'cross-outlet' },
    ...{ a_in_b: 0.1, b_in_a: 0.1, reuse_a_in_b: 0, reuse_b_in_a: 0, direction: 'a→b', credit: 'none-needed' },
    ...{ matched: { reuse: 0, 'common-source': 40, stock: 0 }, evidence: 0 },
  } as unknown as OverlapResult['pairs'][number];
}

describe('titles and numbers as a reader reads them', () => {
  it('says "4 of the 11 outlets share only quotes" when some outlets share nothing', () => {
    const docs = Array.from({ length: 11 }, (_, i) => ({ id: `d${i}`, outlet: name(i), date: null, words: 600 }));
    const f = reuseNetwork({
      docs,
      pairs: [quotePair(0, 1), quotePair(2, 3)],
      citations: [],
    } as unknown as OverlapResult);
    const title = (f.layout.title as { text: string }).text;
    // the title wraps with <br> where the chart is narrow
    expect(title.replace(/<br>/g, ' ')).toBe(
      'No outlet reuses another’s text: 4 of the 11 outlets share only quotes, wire or stock text',
    );
  });

  it('says no text is shared when no outlet shares any, not "0 of the 11 outlets share only quotes"', () => {
    const docs = Array.from({ length: 11 }, (_, i) => ({ id: `d${i}`, outlet: name(i), date: null, words: 600 }));
    const f = reuseNetwork({ docs, pairs: [], citations: [] } as unknown as OverlapResult);
    const title = (f.layout.title as { text: string }).text.replace(/<br>/g, ' ');
    expect(title).toBe('No text is shared across outlets: every outlet wrote its own copy');
  });

  it('writes an article’s word count with a thousands separator', () => {
    const long = Array.from({ length: 400 }, (_, i) => `The council met on day ${i} about the levy.`).join(' ');
    const found = corpusFindings(
      [
        article('a1', 'Gazette', '2024-03-01', 'Levy vote', long),
        article('b1', 'Ledger', '2024-03-02', 'Levy passes', 'The council passed the levy on Tuesday evening.'),
      ],
      [],
    ).map((x) => x.text);
    expect(found.find((t) => t.startsWith('Longest article'))).toMatch(/\(Gazette, \d,\d{3} words\)/);
  });

  it('draws the tone of an outlet of one article last, named so', () => {
    const cell = (outlet: string, sentences: number) => ({ outlet, entity: '(all)', mean: -0.1, sentences });
    const f = toneFigure([cell('Alpha Post', 40), cell('Beta Wire', 12), cell('Gamma Daily', 30)], {
      articles: { 'Alpha Post': 4, 'Beta Wire': 1, 'Gamma Daily': 3 },
    });
    expect(f.data[0].x).toEqual(['Alpha Post', 'Gamma Daily', 'Beta Wire (one article)']);
  });

  it('writes a tone that rounds to zero as 0.00, not −0.00', () => {
    const s = { outlet: 'Alpha Post', entity: 'Ada Moss', mean: -0.14, sentences: 12 } as ToneStandout;
    const text = toneStandoutText([{ ...s, restMean: -0.004, restSentences: 369, z: -3.6 }]);
    expect(text).toContain('mean −0.14 against 0.00 AFINN points per word');
  });

  it('writes a headline’s own quotes as single quotes inside the finding’s', () => {
    const found = corpusFindings(
      [
        article('a1', 'Gazette', '2024-03-01', '“Not on our street”: the levy fight', 'The levy vote. '.repeat(40)),
        article('b1', 'Ledger', '2024-03-02', 'Levy "passes"', 'The council passed the levy.'),
      ],
      [],
    ).map((x) => x.text);
    const longest = found.find((t) => t.startsWith('Longest article'))!;
    expect(longest).toContain('“‘Not on our street’: the levy fight” (Gazette');
    expect(longest).toContain('“Levy ‘passes’” (Ledger');
  });

  it('picks "the outlets with the most text" by their words, not by their top terms’ counts', () => {
    // nine outlets, each ranking a word of its own; Outlet 9 writes the most words but repeats its words least
    const rows = Array.from({ length: 9 }, (_, i) => [
      { outlet: name(i), term: 'levy', count: 10 },
      { outlet: name(i), term: `word${i}x`, count: i === 8 ? 2 : 6 },
    ]).flat();
    const words = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [name(i), i === 8 ? 9000 : 1000 + i]));
    const text = termFindings(rows, { words })
      .map((f) => f.text)
      .join(' ');
    expect(text).toContain('(among the 8 outlets with the most text)');
    expect(text).toContain('Outlet 8: “word8x”');
    expect(text).not.toContain('Outlet 0: “word0x”');
  });
});
