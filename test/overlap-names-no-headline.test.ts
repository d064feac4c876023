// Sentences for readers never name an article by its id (a file path or an opaque key a reader cannot look up): an
// article without headline is named by its date, else as "the first / second <outlet> article". Held for the
// self-reuse finding ("30% of a3 is also in a1" before) and notebook 02's pair described and its heading. Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { overlapFindings, type OverlapLike } from '../lib/report/findings.js';
import { describePair, pairArticleNames } from '../lib/explore/pairs-to-read.js';
import { fillerProse } from './helpers/prose.js';

type Pair = OverlapLike['pairs'][number];
const IDS = /\bk7x2\b|\bm9q4\b|\br3v8\b|\bt5w1\b/;

const selfPair = (a: string, b: string): Pair => ({
  a,
  b,
  outlet_a: 'Harbour Post',
  outlet_b: 'Harbour Post',
  kind: 'same-outlet',
  a_in_b: 0.3,
  b_in_a: 0.3,
  reuse_a_in_b: 0.3,
  reuse_b_in_a: 0.3,
  direction: 'a→b',
  source: a,
  because: 'dated earlier',
  direction_by: 'dates',
  credit: 'same-outlet',
  evidence: 40,
  passages: [{ kind: 'reuse', matched: 60, text: 'the harbour council voted to close the ferry' }],
});

const selfFinding = (docs: OverlapLike['docs']) =>
  overlapFindings({ docs, pairs: [selfPair(docs[0].id, docs[1].id)], citations: [] }, { titles: new Map() })
    .map((f) => f.text)
    .find((t) => t.includes('reuses its own text'))!;

describe('an article without headline is named by date or order, never by id', () => {
  it('in the self-reuse finding: by date, else first and second', () => {
    const dated = selfFinding([
      { id: 'k7x2', outlet: 'Harbour Post', date: '2026-03-01', words: 400 },
      { id: 'm9q4', outlet: 'Harbour Post', date: '2026-03-02', words: 400 },
    ]);
    expect(dated).toContain(
      '30% of the Harbour Post article of 2026-03-02 is also in the Harbour Post article of 2026-03-01',
    );
    expect(dated).not.toMatch(IDS);
    const undated = selfFinding([
      { id: 'r3v8', outlet: 'Harbour Post', date: null, words: 400 },
      { id: 't5w1', outlet: 'Harbour Post', date: null, words: 400 },
    ]);
    expect(undated).toContain('of the second Harbour Post article is also in the first Harbour Post article');
    expect(undated).not.toMatch(IDS);
  });

  const SHARED =
    'The harbour council voted on Monday to close the Harbourton ferry for the winter after two years of losses , ' +
    'and the operator said the last crossing would run on the first day of December';
  const OTHER =
    'Divers from the Pellmouth lifeboat station recovered a sunken trawler near the northern breakwater on Tuesday , ' +
    'and the harbourmaster said the channel would stay closed to fishing boats until the salvage was finished';
  const rec = (id: string, outlet: string, date: string | undefined, n: number, shared = SHARED) => ({
    id,
    outlet,
    ...(date ? { date } : {}),
    text: `${shared} .\n${fillerProse(n, 80)}`,
  });

  it("in notebook 02's pair described and its heading", () => {
    const a = analyseCorpus(
      corpusFromRecords([
        rec('k7x2', 'Harbour Post', '2026-03-01', 1),
        rec('m9q4', 'Valley Herald', '2026-03-02', 2),
        rec('r3v8', 'Harbour Post', undefined, 3, OTHER),
        rec('t5w1', 'Harbour Post', undefined, 4, OTHER),
      ]),
    );
    const titles = new Map(a.corpus.articles.map((x) => [x.id, x.title ?? '']));
    const dates = new Map(a.corpus.articles.map((x) => [x.id, x.date]));
    const pair = (x: string, y: string) =>
      a.overlap.pairs.find((p) => [p.a, p.b].sort().join() === [x, y].sort().join())!;
    const cross = describePair(pair('k7x2', 'm9q4'), titles, dates);
    expect(cross).toMatch(/the Harbour Post article of 2026-03-01/);
    expect(cross).toMatch(/the Valley Herald article of 2026-03-02/);
    expect(cross).not.toMatch(IDS);
    const same = pairArticleNames(pair('r3v8', 't5w1'), titles, dates);
    expect(same).toEqual(['the first Harbour Post article', 'the second Harbour Post article']);
    expect(describePair(pair('r3v8', 't5w1'), titles, dates)).not.toMatch(IDS);
  });
});
