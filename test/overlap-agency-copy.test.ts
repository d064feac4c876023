// Wire copy credited to a news agency by one side only: two outlets ran one agency's story on the same news cycle,
// and the later one names the agency ("according to Reuters") while the earlier one kept the credit in a byline the
// text lacks. Seen on real coverage: an outlet "takes 14% of its words from" another's article of the day before and
// "never names" it, when both printed the same agency paragraphs. Their common source is the agency, so the pair is
// not uncredited; the same reuse with no agency named, or days apart, still is.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { OutletEntry } from '../lib/overlap/outlets.js';
import type { Doc } from '../lib/types.js';
import { fillerProse } from './helpers/prose.js';

const prose = fillerProse;
const doc = (id: string, outlet: string, date: string, text: string): Doc =>
  analyse({ id, outlet, date, text, paragraphs: [] });
const OUTLETS: OutletEntry[] = [{ name: 'Northwire', aliases: ['Northwire'], agency: true }];

// the agency's paragraphs both outlets ran, word for word
const wire =
  'Under a timetable set by the harbour commission , the ferry company was supposed to hand over its entire fleet ' +
  'of older boats by Wednesday . The deputy harbour master said on Tuesday that the company is drawing up a new ' +
  'schedule and will move further boats to the breakers soon .';

const pair = (credit: string, dates: [string, string]) => {
  const A = doc('a1', 'Coast Daily', dates[0], `${prose(1, 90)}\n${wire}\n${prose(2, 70)}`);
  const B = doc('b1', 'Valley Post', dates[1], `${prose(3, 80)}\n${wire}\n${prose(4, 60)}${credit}`);
  return overlap([A, B], { outlets: OUTLETS }).pairs[0];
};

describe('wire copy credited to an agency by the reusing side only', () => {
  it('is not uncredited between the two outlets, and says which agency is the likely source', () => {
    const p = pair(
      '\nThe mayor said on Thursday he is confident the harbour will meet its deadline , according to Northwire .',
      ['2025-02-05', '2025-02-06'],
    );
    expect(p.passages.some((x) => x.kind === 'reuse')).toBe(true);
    expect(p.credit).toBe('none-needed');
    expect(p.credit_because).toMatch(/Valley Post names Northwire, a news agency outside the pair/);
  });

  it('stays uncredited when no agency is named', () => {
    const p = pair('\nThe mayor said on Thursday he is confident the harbour will meet its deadline .', [
      '2025-02-05',
      '2025-02-06',
    ]);
    expect(p.credit).toBe('uncredited');
  });

  it('stays uncredited when the articles are days apart (not one news cycle)', () => {
    const p = pair(
      '\nThe mayor said on Thursday he is confident the harbour will meet its deadline , according to Northwire .',
      ['2025-02-01', '2025-02-09'],
    );
    expect(p.credit).toBe('uncredited');
  });
});
