// Two outlets compared on a corpus of several events: each label one outlet uses for a group is one row, its uses
// summed over the events ("illegal immigrants" against "undocumented immigrants").
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { compareOutlets } from '../lib/explore/compare.js';

// each article its own words (shared text would be reuse, not the outlet's voice); only the label differs by outlet
const PLACES = ['Tucson', 'Fresno', 'El Paso', 'Yuma', 'Laredo', 'Salinas'];
const story = (i: number, label: string) =>
  `Lawmakers in ${PLACES[i]} met on day ${i + 3} of the session to weigh measure ${100 + i}. ` +
  `The ${label} who came to hearing ${i + 1} said they had waited ${i + 2} years. ` +
  `Officials counted ${40 + 7 * i} of the ${label} at the ${PLACES[(i + 2) % 6]} office, and the ${label} said ` +
  `clinic number ${i + 9} had closed. The immigrants in ${PLACES[(i + 4) % 6]} were not consulted, and the immigrants ` +
  `wrote ${i + 5} letters to the county.`;

const records = ['budget vote', 'border patrol hearing', 'farm workers bill'].flatMap((event, i) => [
  { id: `a${i}`, outlet: 'Daily Ledger', event, date: `2026-0${i + 1}-10`, text: story(2 * i, 'illegal immigrants') },
  {
    id: `b${i}`,
    outlet: 'Metro Post',
    event,
    date: `2026-0${i + 1}-11`,
    text: story(2 * i + 1, 'undocumented immigrants'),
  },
]);

describe('compareOutlets on many events', () => {
  it('pools each outlet-only label over the events into one row', () => {
    const a = analyseCorpus(corpusFromRecords(records));
    const cmp = compareOutlets(a, 'Daily Ledger', 'Metro Post');
    const rows = cmp.labels.filter((l) => /immigrants/i.test(l.label));
    const keys = rows.map((l) => `${l.outlet}|${l.label.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
    // each pooled row sums the per-event rows of its outlet and label (three events here)
    const perEvent = (outlet: string, re: RegExp) =>
      a.framing.labels.filter((l) => l.outlet === outlet && re.test(l.label));
    for (const [outlet, re] of [
      ['Daily Ledger', /^illegal immigrants$/i],
      ['Metro Post', /^undocumented immigrants$/i],
    ] as const) {
      expect(new Set(perEvent(outlet, re).map((l) => l.event)).size).toBe(3);
      const pooled = rows.filter((l) => l.outlet === outlet && re.test(l.label));
      expect(pooled).toHaveLength(1);
      expect(pooled[0].count).toBe(perEvent(outlet, re).reduce((n, l) => n + l.count, 0));
    }
  });
});

describe('compareOutlets says how many stories the two outlets share', () => {
  it('counts the events each outlet covered and those both covered', () => {
    // Metro Post covers a fourth story that Daily Ledger does not
    const more = [
      ...records,
      { id: 'b3', outlet: 'Metro Post', event: 'harbour dredging', date: '2026-05-11', text: story(5, 'dock workers') },
    ];
    const cmp = compareOutlets(analyseCorpus(corpusFromRecords(more)), 'Daily Ledger', 'Metro Post');
    expect(cmp.stories).toEqual({ a: 3, b: 4, both: 3 });
  });
});
