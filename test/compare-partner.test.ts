// Notebook 04's comparison partner. Read on a real cut: the outlet that covered the most of the focus's stories was an
// outlet of one article (one essay), and the comparison set a newsroom's wording against one writer's piece. An outlet
// of several articles is preferred when the stories it shares with the focus hold enough text to compare wording on;
// when they do not (one short shared story), the comparison would fall back to all their articles and show topics,
// so the old choice stands. Invented outlets, towns and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { comparisonPartner } from '../lib/explore/compare-partner.js';
import { compareOutlets } from '../lib/explore/compare.js';
import { fillerProse, council } from './helpers/prose.js';

const EVENTS = ['budget', 'water', 'schools', 'roads', 'parks', 'transit'];
const date = (i: number) => `2026-0${i + 1}-10`;

/** The focus covers six stories; Metro Post three (one shared); Lone Gazette one long piece on the shared story. */
const records = (postWords: number) => [
  ...EVENTS.map((event, i) => ({
    id: `l${i}`,
    outlet: 'Daily Ledger',
    event,
    date: date(i),
    text: council(i, 'council') + '\n\n' + fillerProse(10 + i, 260),
  })),
  { id: 'p0', outlet: 'Metro Post', event: 'budget', date: date(0), text: fillerProse(40, postWords) },
  ...[1, 2].map((k) => ({
    id: `p${k}`,
    outlet: 'Metro Post',
    event: `harbour${k}`,
    date: date(k),
    text: fillerProse(40 + k, 120),
  })),
  { id: 'g0', outlet: 'Lone Gazette', event: 'budget', date: date(0), text: fillerProse(60, 900) },
];

describe('notebook 04’s comparison partner', () => {
  it('is an outlet of several articles when the stories it shares with the focus hold enough text', () => {
    const a = analyseCorpus(corpusFromRecords(records(260)));
    expect(comparisonPartner(a, 'Daily Ledger')).toBe('Metro Post');
    expect(compareOutlets(a, 'Daily Ledger', 'Metro Post').termScope.over).toBe('shared stories');
  });

  it('stays the outlet of the most shared text when the several-article outlet shares too little', () => {
    const a = analyseCorpus(corpusFromRecords(records(60)));
    expect(comparisonPartner(a, 'Daily Ledger')).toBe('Lone Gazette');
  });
});
