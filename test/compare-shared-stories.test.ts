// Two outlets compared on a corpus of many stories: the terms each uses more are counted on the stories both covered,
// so a story only one of them covered does not show up as its "wording".
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { compareOutlets } from '../lib/explore/compare.js';

const PLACES = ['Tucson', 'Fresno', 'El Paso', 'Yuma', 'Laredo', 'Salinas', 'Merced', 'Visalia'];
// each article its own sentences (shared text would be reuse, not the outlet's voice); `word` is how the outlet names
// the ruling council, the one difference of wording between the two outlets on the stories both covered
const council = (i: number, word: string) =>
  `Members of the ${word} in ${PLACES[i % 8]} met on day ${i + 3} to weigh measure ${100 + i}. ` +
  `The ${word} heard ${i + 4} speakers, and the ${word} said hearing ${i + 1} would resume after ${i + 2} weeks. ` +
  `Officials counted ${40 + 7 * i} letters at the ${PLACES[(i + 2) % 8]} office before the ${word} adjourned. ` +
  `Residents of ${PLACES[(i + 5) % 8]} asked the ${word} to publish minute ${i + 11} and the ${word} agreed.`;
// a story only the Ledger covered, in words of its own
const storm = (i: number) =>
  `A hurricane struck ${PLACES[i % 8]} on day ${i + 2}, and the hurricane flooded ${i + 30} streets. ` +
  `Crews said the hurricane surge reached ${i + 3} feet; shelters opened for hurricane evacuees in ${PLACES[(i + 3) % 8]}. ` +
  `Forecasters expect another hurricane within ${i + 4} days, and the hurricane season runs to November.`;

const records = [
  ...['budget', 'water', 'schools', 'roads', 'parks', 'housing'].flatMap((event, i) => [
    { id: `a${i}`, outlet: 'Daily Ledger', event, date: `2026-0${i + 1}-10`, text: council(2 * i, 'regime') },
    { id: `b${i}`, outlet: 'Metro Post', event, date: `2026-0${i + 1}-11`, text: council(2 * i + 1, 'government') },
  ]),
  ...[0, 1, 2, 3].map((i) => ({
    id: `s${i}`,
    outlet: 'Daily Ledger',
    event: `storm ${i}`,
    date: `2027-0${i + 1}-02`,
    text: storm(i),
  })),
];

describe('compareOutlets on the stories both covered', () => {
  it("counts terms on the shared stories: the Ledger's own story is not its wording", () => {
    const cmp = compareOutlets(analyseCorpus(corpusFromRecords(records)), 'Daily Ledger', 'Metro Post');
    expect(cmp.stories).toEqual({ a: 10, b: 6, both: 6 });
    expect(cmp.termScope).toEqual({ over: 'shared stories', articles: { a: 6, b: 6 }, undated: 0 });
    const ofLedger = cmp.terms.filter((t) => t.z > 0).map((t) => t.term);
    const ofPost = cmp.terms.filter((t) => t.z < 0).map((t) => t.term);
    expect(ofLedger[0]).toBe('regime');
    expect(ofLedger).not.toContain('hurricane');
    expect(ofPost).toContain('government');
    expect((cmp.figure.layout.title as { text: string }).text).toContain('on the 6 stories both covered');
  });

  it('falls back to all articles, and says so, when the outlets share no story', () => {
    const alone = records.map((r) => (r.outlet === 'Metro Post' ? { ...r, event: `post ${r.id}` } : r));
    const cmp = compareOutlets(analyseCorpus(corpusFromRecords(alone)), 'Daily Ledger', 'Metro Post');
    expect(cmp.stories.both).toBe(0);
    expect(cmp.termScope).toEqual({ over: 'all articles', articles: { a: 10, b: 6 }, undated: 0 });
  });
});
