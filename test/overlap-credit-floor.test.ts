// The credit verdict asks the evidence floor of credited pairs too. Seen on real coverage: two articles of one story
// shared a 7-15 word phrase (an apposition, a stock description, a fact in the same words) and one of them named the
// other outlet somewhere else in its text, so the pair read "credited": a finding that one outlet took text from the
// other and said so, on no real reuse. Under the floor such a pair needs no credit (its reason still says the other
// outlet is named); a credit beside the short passage ("…, the Lakeside Times reported") still makes it credited, and
// reuse over the floor with a credit anywhere stays credited. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

// ten words of narration the later article shares with the earlier one
const SHORT = 'the ferry company quietly sold its two oldest boats to a scrapyard';
// a paragraph of narration, well over the floor
const LONG =
  'Crews at the southern slipway have already stripped two ferries of their engines , and union leaders warned ' +
  'that forty jobs at the yard would go before the summer timetable begins , while the deputy harbour master ' +
  'promised a new schedule for the island crossings by the end of the month .';
const ELSEWHERE = 'The harbour plans were first made public in the spring , the Lakeside Times reported .';

const pairOf = (shared: string, later: string) => {
  const docs = [
    doc('a1', 'Lakeside Times', '2025-03-01', `${fillerProse(1, 90)}\n\nIn March ${shared} .\n\n${fillerProse(2, 70)}`),
    doc('b1', 'Harbour Gazette', '2025-03-02', `${fillerProse(3, 80)}\n\n${later}\n\n${fillerProse(4, 60)}`),
    doc('c1', 'Plains Herald', '2025-03-02', fillerProse(7, 120)),
  ];
  return overlap(docs, { outlets: [] }).pairs.find((p) => [p.a, p.b].sort().join() === 'a1,b1');
};

describe('credit under the evidence floor', () => {
  it('a short shared phrase with the other outlet named elsewhere needs no credit, and says it is named', () => {
    const p = pairOf(SHORT, `Last week ${SHORT} .\n\n${fillerProse(5, 60)}\n\n${ELSEWHERE}`)!;
    expect(p.passages.some((x) => x.kind === 'reuse')).toBe(true);
    expect(p.credit).toBe('none-needed');
    expect(p.credit_because).toMatch(/too few/);
    expect(p.credit_because).toMatch(/names the other outlet/);
  });

  it('a short shared phrase credited beside it stays credited', () => {
    const p = pairOf(SHORT, `Last week ${SHORT} , the Lakeside Times reported .`)!;
    expect(p.credit).toBe('credited');
    expect(p.credit_because).toMatch(/beside it/);
  });

  it('reuse over the floor with the other outlet named elsewhere stays credited', () => {
    const p = pairOf(LONG, `${LONG}\n\n${fillerProse(5, 60)}\n\n${ELSEWHERE}`)!;
    expect(p.credit).toBe('credited');
  });
});
