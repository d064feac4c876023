// Two outlets compared on a corpus of many stories: the terms each uses more are counted on the stories both covered,
// so a story only one of them covered does not show up as its "wording".
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { compareOutlets } from '../lib/explore/compare.js';
import { PLACES, council } from './helpers/prose.js';

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
