// Two outlets compared, as notebook 04 shows them: the entity table counts a news outlet only where it is news (as the
// entity charts do), and the sentence on what the terms were counted over does not call undated "stories" the same
// news. Invented outlets, people and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { compareOutlets } from '../lib/explore/compare.js';
import { compareScopeText } from '../lib/explore/compare-text.js';

const PLACES = ['Tucson', 'Fresno', 'El Paso', 'Yuma', 'Laredo', 'Salinas'];
const body = (i: number, word: string) =>
  `Mayor Elena Okonkwo-Vance of ${PLACES[i % 6]} met the Harlow ${word} on day ${i + 3} about reservoir ${i + 20}. ` +
  `The ${word} heard ${i + 4} speakers, and the ${word} said hearing ${i + 1} would resume after ${i + 2} weeks. ` +
  `Officials counted ${40 + 7 * i} letters at the ${PLACES[(i + 2) % 6]} office before the ${word} adjourned. ` +
  `Residents of ${PLACES[(i + 5) % 6]} asked the ${word} to publish minute ${i + 11} and the ${word} agreed. ` +
  `Engineers at plant ${i + 6} reported ${i + 12} leaks in pipe ${i + 30}, and crews fixed ${i + 2} of them by night ${i + 8}, ` +
  `while the ${word} promised ${i + 3} more inspections of dam ${i + 40} before winter.`;

describe('compareOutlets: entities and story scope', () => {
  it('leaves out a news outlet naming itself ("told CNN" in CNN), and keeps it where another outlet reports on it', () => {
    const records = [0, 1, 2].flatMap((i) => [
      {
        id: `c${i}`,
        outlet: 'CNN',
        event: `water ${i}`,
        date: `2026-0${i + 1}-10`,
        text: `${body(2 * i, 'council')} "We will not wait," Okonkwo-Vance told CNN on day ${i + 4}.`,
      },
      {
        id: `f${i}`,
        outlet: 'Fox News',
        event: `water ${i}`,
        date: `2026-0${i + 1}-11`,
        text: `${body(2 * i + 1, 'board')}${i === 0 ? ' Okonkwo-Vance attacked CNN over its coverage of the vote.' : ''}`,
      },
    ]);
    const a = analyseCorpus(corpusFromRecords(records));
    // the entity stage itself keeps every mention: CNN is named in all three CNN articles
    expect(a.entities.entities.find((e) => e.name === 'CNN')?.by_outlet['CNN']).toBe(3);
    const cnn = compareOutlets(a, 'CNN', 'Fox News').entities.find((e) => e.name === 'CNN');
    expect(cnn).toMatchObject({ mentions_a: 0, mentions_b: 1 });
  });

  it('says undated stories are grouped by shared names and may hold several events, and not when dated or given', () => {
    const records = [0, 1, 2, 3, 4, 5].flatMap((i) => [
      { id: `l${i}`, outlet: 'Daily Ledger', date: null, text: body(2 * i, 'regime') },
      { id: `p${i}`, outlet: 'Metro Post', date: null, text: body(2 * i + 1, 'government') },
    ]);
    const undated = compareOutlets(analyseCorpus(corpusFromRecords(records)), 'Daily Ledger', 'Metro Post');
    expect(undated.termScope.over).toBe('shared stories');
    expect(undated.termScope.undated).toBe(12);
    const text = compareScopeText(undated);
    expect(text).toContain('12 of these articles have no date');
    expect(text).toContain('one such story can hold several news events on one subject');
    expect(text).not.toContain('wording on the same news');
    expect((undated.figure.layout.title as { text: string }).text).toContain('(undated: grouped by shared names)');

    const dated = records.map((r) => ({ ...r, date: '2026-03-10' }));
    const sure = compareOutlets(analyseCorpus(corpusFromRecords(dated)), 'Daily Ledger', 'Metro Post');
    expect(sure.termScope.undated).toBe(0);
    expect(compareScopeText(sure)).toContain('wording on the same news');

    // a story the input names (its event column) is the user's grouping, dated or not
    const given = records.map((r) => ({ ...r, event: 'reservoir' }));
    expect(
      compareOutlets(analyseCorpus(corpusFromRecords(given)), 'Daily Ledger', 'Metro Post').termScope.undated,
    ).toBe(0);
  });
});
