// The workspace's one rule for an outlet of one article: wherever the notebooks rank or list outlets (notebook 01's
// own-term lines, notebook 03's rates by outlet, notebook 04's loaded-language line), the outlets of two articles or
// more come first and an outlet of one article comes after them, named "X (one article)", with a sentence that says
// why. A one-article column full of loaded words led notebook 04's line before. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { outletTermRows } from '../lib/text/counts.js';
import { entityFrequencyByOutlet } from '../lib/entities/frequency.js';
import { wordsPerOutlet } from '../lib/explore/rates.js';
import { articlesPerOutlet } from '../lib/explore/one-article.js';
import { entityRateRows, loadedSummaryText, ownTermText } from '../lib/explore/outlet-lines.js';

const TOWNS = ['Varna', 'Ruse', 'Pleven', 'Sliven', 'Vratsa', 'Shumen'];
const report = (i: number, verb: string) =>
  `Mayor Lena Brandt ${verb} the dam plan in ${TOWNS[i % 6]} on day ${i + 2}, and ${i + 30} engineers listened. ` +
  `Mayor Lena Brandt said repairs would take ${i + 4} weeks; the council ${verb} the budget of ${i + 7} million. ` +
  `Residents of ${TOWNS[(i + 1) % 6]} asked for ${i + 3} pumps at meeting ${i + 40}.`;
// one column: loaded words in every sentence, and the mayor named on every line
const column =
  'Lena Brandt slammed the disastrous dam plan. Lena Brandt blasted the chaotic council and its utterly shameful budget. ' +
  'Lena Brandt lambasted the regime at city hall, a fiasco of a plan. Lena Brandt called it a catastrophe.';

const records = [
  { id: 'l1', outlet: 'Daily Ledger', date: '2026-03-01', text: report(0, 'slammed') },
  { id: 'l2', outlet: 'Daily Ledger', date: '2026-03-02', text: report(1, 'discussed') },
  { id: 'p1', outlet: 'Metro Post', date: '2026-03-01', text: report(2, 'discussed') },
  { id: 'p2', outlet: 'Metro Post', date: '2026-03-02', text: report(3, 'reviewed') },
  { id: 'g1', outlet: 'Harbour Gazette', date: '2026-03-02', text: column },
];

describe('an outlet of one article in the notebooks’ outlet lists', () => {
  const a = analyseCorpus(corpusFromRecords(records));
  const words = wordsPerOutlet(a.docs);
  const articles = articlesPerOutlet(a.corpus.articles);

  it('comes after the outlets of several articles in the loaded-language line, marked, though its rate is highest', () => {
    const own: Record<string, number> = {};
    for (const v of a.framing.voice) {
      const o = a.docs.find((d) => d.id === v.doc)!.outlet;
      own[o] = (own[o] ?? 0) + v.own * v.words;
    }
    const text = loadedSummaryText(a.framing.loaded, own, articles);
    const at = (s: string) => text.indexOf(s);
    expect(at('**Harbour Gazette (one article)**')).toBeGreaterThan(at('**Daily Ledger**'));
    expect(at('**Daily Ledger**')).toBeGreaterThan(0);
    expect(text).toContain("Harbour Gazette has one article: listed last, its words are that piece's");
    // its rate is the highest of all: the order is the rule, not the numbers
    const rate = (o: string) => Number(new RegExp(`\\*\\*${o}[^*]*\\*\\* ([0-9.]+)`).exec(text)![1]);
    expect(rate('Harbour Gazette \\(one article\\)')).toBeGreaterThan(rate('Daily Ledger'));
  });

  it('comes last in notebook 01’s own-term lines and in notebook 03’s rates by outlet, marked or after the others', () => {
    const text = ownTermText(outletTermRows(a.counts, 12), words, articles);
    const lines = text.split('\n').filter((l) => l.startsWith('- **'));
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/^- \*\*Harbour Gazette \(one article\)\*\*/);
    const rows = entityRateRows(entityFrequencyByOutlet(a.entities), words, articles);
    const firstOne = rows.findIndex((r) => r.outlet === 'Harbour Gazette');
    expect(firstOne).toBeGreaterThan(0);
    expect(rows.slice(firstOne).every((r) => r.outlet === 'Harbour Gazette')).toBe(true);
    // the column names the mayor at the highest rate, and still comes after the others
    const brandt = rows.filter((r) => r.name === 'Lena Brandt');
    expect(brandt[brandt.length - 1].outlet).toBe('Harbour Gazette');
    expect(brandt[brandt.length - 1].per_1k_words).toBeGreaterThan(brandt[0].per_1k_words);
  });
});
