// Wire copy with the agency named on neither side: two outlets ran one agency's story on the same day (or one of them
// is undated), neither names the other or the agency, and a third outlet printed part of the same story. Seen on real
// coverage: two outlets graded "uncredited" for the same agency paragraphs, with a paragraph of them in a third
// outlet's article too. Nothing on the page says which came first, and the third outlet's copy points to a common
// source, so no copying between the two is claimed; without the third outlet, or with a date order, the pair stays
// uncredited. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, date: string | null, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });

// the agency's story: its background paragraph, which a third outlet ran too, and two more paragraphs
const BACKGROUND =
  'Under a timetable set by the harbour commission , the ferry company was supposed to hand over its entire fleet ' +
  'of older boats by Wednesday , and inspectors have found rust in the hulls of six of them since the spring .';
const STORY =
  'The deputy harbour master said on Tuesday that the company is drawing up a new schedule and will move further ' +
  'boats to the breakers soon . Crews at the southern slipway have already stripped two ferries of their engines , ' +
  'and union leaders warned that forty jobs at the yard would go before the summer timetable begins .';

const pairOf = (dates: [string | null, string | null], third: boolean) => {
  const docs = [
    doc('a1', 'Coast Daily', dates[0], `${fillerProse(1, 90)}\n${BACKGROUND}\n${STORY}\n${fillerProse(2, 70)}`),
    doc('b1', 'Valley Post', dates[1], `${fillerProse(3, 80)}\n${STORY}\n${BACKGROUND}\n${fillerProse(4, 60)}`),
    doc('c1', 'Hill Courier', '2025-02-05', `${fillerProse(5, 80)}\n${BACKGROUND}\n${fillerProse(6, 60)}`),
    doc('d1', 'Plains Herald', '2025-02-05', fillerProse(7, 120)),
  ];
  const r = overlap(third ? docs : docs.filter((d) => d.id !== 'c1'), { outlets: [] });
  return r.pairs.find((p) => [p.a, p.b].sort().join() === 'a1,b1')!;
};

describe('wire copy with the agency named on neither side', () => {
  it('is not uncredited when a third outlet prints part of it and the dates do not tell who came first', () => {
    for (const dates of [
      ['2025-02-05', '2025-02-05'],
      [null, '2025-02-05'],
    ] as [string | null, string | null][]) {
      const p = pairOf(dates, true);
      expect(p.passages.some((x) => x.kind === 'reuse')).toBe(true);
      expect(p.credit).toBe('none-needed');
      expect(p.credit_because).toMatch(/neither Coast Daily nor Valley Post is a news agency/);
      expect(p.credit_because).toMatch(/printed by three or more outlets/);
    }
  });

  it('stays uncredited without a third outlet printing it', () => {
    expect(pairOf(['2025-02-05', '2025-02-05'], false).credit).toBe('uncredited');
  });

  it('stays uncredited when one article is dated after the other', () => {
    expect(pairOf(['2025-02-05', '2025-02-06'], true).credit).toBe('uncredited');
  });
});
