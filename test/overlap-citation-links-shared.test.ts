// A citation ("told the Harbour Post") is linked to an article of the cited outlet only when that article shares text
// with the citing one, or the input gives both the same event; otherwise it is not linked. Before, it fell back to
// the outlet's first article by id dated no later: another story in nearly every case, and on a corpus without dates
// always. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { fillerProse } from './helpers/prose.js';

const SHARED =
  'The harbour council voted on Monday to close the Harbourton ferry for the winter after two years of losses , and ' +
  'the operator said the last crossing would run on the first day of December';
const TOLD = 'The mayor told the Harbour Post that the town would seek a new operator .';

type Rec = { id: string; outlet: string; date?: string; event?: string; text: string };
const linksOf = (records: Rec[]) => {
  return analyseCorpus(corpusFromRecords(records))
    .overlap.citations.filter((c) => c.cited === 'Harbour Post' && c.kind === 'outlet')
    .map((c) => c.article);
};
const rec = (id: string, outlet: string, text: string, more: Partial<Rec> = {}): Rec => ({ id, outlet, text, ...more });

describe('a citation is linked to an article of the cited outlet only on shared text or the same event', () => {
  const unrelated = [
    rec('hp1', 'Harbour Post', fillerProse(11, 120)),
    rec('hp2', 'Harbour Post', fillerProse(12, 120)),
  ];
  it('not linked when no article of the cited outlet shares text, dated or not', () => {
    expect(linksOf([...unrelated, rec('vh1', 'Valley Herald', `${TOLD}\n${fillerProse(13, 100)}`)])).toEqual([null]);
    const dated = unrelated.map((r, i) => ({ ...r, date: `2026-03-0${i + 1}` }));
    expect(
      linksOf([...dated, rec('vh1', 'Valley Herald', `${TOLD}\n${fillerProse(13, 100)}`, { date: '2026-03-05' })]),
    ).toEqual([null]);
  });

  it('linked to the article that shares text with the citing one', () => {
    const sharing = rec('hp3', 'Harbour Post', `${fillerProse(14, 60)}\n${SHARED} .\n${fillerProse(15, 60)}`);
    const citing = rec('vh1', 'Valley Herald', `${SHARED} .\n${TOLD}\n${fillerProse(13, 100)}`);
    expect(linksOf([...unrelated, sharing, citing])).toEqual(['hp3']);
  });

  it('linked to the article of the same given event when none shares text', () => {
    const ev = unrelated.map((r, i) => ({ ...r, event: i ? 'ferry' : 'flood' }));
    expect(
      linksOf([...ev, rec('vh1', 'Valley Herald', `${TOLD}\n${fillerProse(13, 100)}`, { event: 'ferry' })]),
    ).toEqual(['hp2']);
  });
});
