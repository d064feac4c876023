// reader21: "Politico reuses its own text: 2% of “Citizenship and immigration services chief resigns” is also in …"
// over one shared phrase ("according to a person familiar with the situation"), and a video caption's "Rough cut (no
// reporter narration)" read as an update of a story. An outlet's self-reuse needs the evidence a copying claim between
// outlets needs; a background paragraph carried into a follow-up stays a finding.
import { describe, expect, it } from 'vitest';
import { overlapFindings, type OverlapLike } from '../lib/report/findings.js';

type Pair = OverlapLike['pairs'][number];

const docs = [
  { id: 'p1', outlet: 'Capitol Desk', date: '2019-05-18', words: 520 },
  { id: 'p2', outlet: 'Capitol Desk', date: '2019-05-24', words: 410 },
  { id: 'u1', outlet: 'Daily Ledger', date: '2017-09-01', words: 900 },
  { id: 'u2', outlet: 'Daily Ledger', date: '2017-09-03', words: 700 },
];

const same = (a: string, b: string, outlet: string, over: Partial<Pair>): Pair => ({
  a,
  b,
  outlet_a: outlet,
  outlet_b: outlet,
  kind: 'same-outlet',
  a_in_b: 0.02,
  b_in_a: 0.02,
  reuse_a_in_b: 0.02,
  reuse_b_in_a: 0.02,
  direction: 'b→a',
  source: b,
  because: `${b} is dated earlier`,
  direction_by: 'dates',
  credit: 'same-outlet',
  passages: [],
  ...over,
});

const titles = new Map([
  ['p1', 'Immigration activists stew over role on immigration plan'],
  ['p2', 'Citizenship and immigration services chief resigns'],
  ['u1', 'What is the program and why might it end?'],
  ['u2', 'Reports: the program to end, Congress given six months to act'],
]);

const selfFindings = (pairs: Pair[]) =>
  overlapFindings({ docs, pairs, citations: [] }, { titles })
    .map((f) => f.text)
    .filter((t) => t.includes('reuses its own text'));

describe('self-reuse findings need evidence of reuse', () => {
  // one stock phrase of 8 words shared by two stories of one outlet (evidence 4.32 as on AllSides)
  const phrase = same('p2', 'p1', 'Capitol Desk', {
    reuse_a_in_b: 0.02,
    reuse_b_in_a: 0.015,
    evidence: 4.32,
    passages: [{ kind: 'reuse', matched: 8, text: 'according to a person familiar with the situation' }],
  });
  // a background paragraph of 60 words carried into the next day's story (evidence 32)
  const background = same('u2', 'u1', 'Daily Ledger', {
    reuse_a_in_b: 0.22,
    reuse_b_in_a: 0.17,
    evidence: 31.99,
    passages: [
      { kind: 'reuse', matched: 60, text: 'The program was created through a memorandum …' },
      { kind: 'reuse', matched: 21, text: 'The program was created in 2012 …' },
    ],
  });

  it('a phrase two stories share is no self-reuse finding', () => {
    expect(selfFindings([phrase])).toEqual([]);
  });

  it('many words of weak evidence (short common clauses) are none either', () => {
    const clauses = same('p2', 'p1', 'Capitol Desk', {
      evidence: 8.58,
      passages: [
        { kind: 'reuse', matched: 11, text: 'brought to the country illegally as children' },
        { kind: 'reuse', matched: 10, text: 'the 11 million people now living illegally in the country' },
      ],
    });
    expect(selfFindings([clauses])).toEqual([]);
  });

  it('a background paragraph reused in a follow-up is still reported, alone', () => {
    expect(selfFindings([phrase, background])).toEqual([
      'Daily Ledger reuses its own text: 22% of “Reports: the program to end, Congress given six months to act” is also in “What is the program and why might it end?”, which reads as the earlier version.',
    ]);
  });
});

// reader21: "New York Times - News reuses its own text across 4 of its articles (6 pairs, updates or versions of its
// stories)" joined a Yemen embassy story of September and a Syria story of December: text carried between stories is
// no version of either, and the finding says so when the events are known.
describe('self-reuse between articles of different stories', () => {
  const docs4 = [
    { id: 'n1', outlet: 'Metro Signal', date: '2012-09-14', words: 900 },
    { id: 'n2', outlet: 'Metro Signal', date: '2012-12-03', words: 750 },
    { id: 'n3', outlet: 'Metro Signal', date: '2012-12-05', words: 1000 },
  ];
  const pairOf = (a: string, b: string, share: number) =>
    same(a, b, 'Metro Signal', {
      reuse_a_in_b: share,
      reuse_b_in_a: share,
      direction: 'a→b',
      source: a,
      because: `${a} is dated earlier`,
      evidence: 43.19,
      passages: [{ kind: 'reuse', matched: 90 }],
    });
  const pairs = [pairOf('n1', 'n2', 0.12), pairOf('n1', 'n3', 0.09), pairOf('n2', 'n3', 0.1)];
  const names = new Map([
    ['n1', 'Turmoil over a film spreads to an embassy'],
    ['n2', 'Chemical weapons moved, allies take note'],
    ['n3', 'A congregation applauds a vote at the UN'],
  ]);
  const run = (eventOf?: Record<string, string>, ps = pairs) =>
    overlapFindings({ docs: docs4, pairs: ps, citations: [] }, { titles: names, eventOf })
      .map((f) => f.text)
      .filter((t) => t.includes('reuses its own text'));

  it('says the pairs join different stories, not versions of one', () => {
    expect(run({ n1: 'embassy', n2: 'syria', n3: 'un-vote' })).toEqual([
      'Metro Signal reuses its own text across 3 of its articles (3 pairs, each between articles on different stories); the most: 12% of “Chemical weapons moved, allies take note” is also in “Turmoil over a film spreads to an embassy”, an earlier article on another story.',
    ]);
    expect(run({ n1: 'embassy', n2: 'syria', n3: 'syria' })[0]).toContain(
      '(3 pairs, 2 of them between articles on different stories)',
    );
  });

  it('one pair on two stories is not read as a version', () => {
    expect(run({ n1: 'embassy', n2: 'syria' }, [pairs[0]])).toEqual([
      'Metro Signal reuses its own text: 12% of “Chemical weapons moved, allies take note” is also in “Turmoil over a film spreads to an embassy”, an earlier article on another story.',
    ]);
  });

  it('updates of one story, or no events known, read as before', () => {
    expect(run({ n1: 'x', n2: 'x', n3: 'x' })[0]).toContain('(3 pairs, updates or versions of its stories)');
    expect(run(undefined, [pairs[0]])[0]).toContain(', which reads as the earlier version.');
  });
});
