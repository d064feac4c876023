// A pair's reasons are sentences for readers: they name each article by its outlet (two outlets), or within one
// outlet by its headline or date, never by its id (a file path like "004_kurdistan24" or an opaque key). The same
// holds for the reuse finding and the passage viewer of an article that has no headline. Fixtures written for these
// tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { passageViewFor } from '../lib/report/passages.js';
import { reuseFindings } from '../lib/report/reuse-findings.js';
import { pairNames } from '../lib/overlap/article-names.js';
import { fillerProse } from './helpers/prose.js';

const SHARED =
  'The harbour council voted on Monday to close the Harbourton ferry for the winter after two years of losses , and ' +
  'the operator said the last crossing would run on the first day of December';

const record = (id: string, outlet: string, date: string, title: string, text: string) => ({
  id,
  outlet,
  date,
  title,
  text,
});
const IDS = /004_harbour|007_valley|x9f3k|q7t2m/;

describe("a pair's reasons name articles as a reader knows them", () => {
  it('by outlet across outlets: the one crediting the other, and the earlier one', () => {
    const a = analyseCorpus(
      corpusFromRecords([
        record('004_harbour', 'Harbour Post', '2026-03-01', 'Ferry to close', `${SHARED} .\n${fillerProse(1, 80)}`),
        record(
          '007_valley',
          'Valley Herald',
          '2026-03-01',
          'Council ends ferry',
          `${fillerProse(2, 60)}\n${SHARED} , the Harbour Post reported .\n${fillerProse(3, 60)}`,
        ),
      ]),
    );
    const p = a.overlap.pairs.find((x) => x.kind === 'cross-outlet')!;
    expect(p.because).toMatch(/^the Valley Herald article credits Harbour Post beside the passage/);
    expect(p.because).not.toMatch(IDS);
  });

  it('by headline within one outlet, and by date when there are no headlines', () => {
    const texts = [`${SHARED} .\n${fillerProse(1, 80)}`, `${fillerProse(2, 40)}\n${SHARED} .\n${fillerProse(1, 80)}`];
    const withTitles = analyseCorpus(
      corpusFromRecords([
        record('x9f3k', 'Harbour Post', '2026-03-01', 'Ferry to close', texts[0]),
        record('q7t2m', 'Harbour Post', '2026-03-02', 'Ferry closes: what next', texts[1]),
      ]),
    );
    const p = withTitles.overlap.pairs[0];
    expect(p.because).toMatch(/“Ferry to close”/);
    expect(p.because).not.toMatch(IDS);
    const docs = [
      analyse({ id: 'x9f3k', outlet: 'Harbour Post', date: '2026-03-01', text: texts[0], paragraphs: [] }),
      analyse({ id: 'q7t2m', outlet: 'Harbour Post', date: '2026-03-02', text: texts[1], paragraphs: [] }),
    ];
    const q = overlap(docs, { outlets: [] }).pairs[0];
    expect(q.because).toMatch(/the Harbour Post article of 2026-03-01/);
    expect(q.because).not.toMatch(IDS);
  });

  it('the reuse finding and the passage viewer name an article without a headline by outlet and date', () => {
    const docs = [
      analyse({
        id: 'x9f3k',
        outlet: 'Harbour Post',
        date: '2026-03-01',
        text: `${SHARED} .\n${fillerProse(1, 80)}`,
        paragraphs: [],
      }),
      analyse({
        id: 'q7t2m',
        outlet: 'Valley Herald',
        date: '2026-03-01',
        text: `${fillerProse(2, 40)}\n${SHARED} .\n${fillerProse(3, 80)}`,
        paragraphs: [],
      }),
    ];
    const r = overlap(docs, { outlets: [] });
    const cross = r.pairs.filter((p) => p.kind === 'cross-outlet');
    const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
    const texts = reuseFindings(r, cross, outletOf).map((f) => f.text);
    expect(texts.join(' ')).toMatch(/Harbour Post \(2026-03-01\) and Valley Herald \(2026-03-01\)/);
    expect(texts.join(' ')).not.toMatch(IDS);
    const html = passageViewFor(r, docs, 'x9f3k', 'q7t2m');
    const sum = /<p class="pl-sum">(.*?)<\/p>/.exec(html)![1];
    expect(sum).toMatch(/the Harbour Post article of 2026-03-01/);
    expect(sum).not.toMatch(IDS);
  });

  it('writes an outlet called "The X" once, and falls back to order within one outlet and day', () => {
    expect(pairNames({ outlet: 'The Hill' }, { outlet: 'Harbour Post' })).toEqual([
      'the Hill article',
      'the Harbour Post article',
    ]);
    const day = { outlet: 'Harbour Post', date: '2026-03-01' };
    expect(pairNames(day, day)).toEqual(['the first Harbour Post article', 'the second Harbour Post article']);
  });
});
