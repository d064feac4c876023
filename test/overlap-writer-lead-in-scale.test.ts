// A text repeating a known outlet's writer lead-in ("the BBC ’ s Ben Ann notes , " 16,000 times, 448 KB) or a name
// behind a described medium without a comma after it ("Ab Cd Ef Gh , a state-run news agency " 4,000 times) is read
// in time proportional to its length; both once took tens of seconds. The time limit is the guard, as in
// test/overlap-medium-names-scale.test.ts; the small input says what the big one must give. Fixtures written for this
// test.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Valley Ledger'])).map((c) => [c.cited, c.text]);
};

describe('writer lead-ins and described media, at scale', () => {
  it('cites each writer lead-in of a known outlet, once or 16,000 times', { timeout: 60_000 }, () => {
    const unit = 'the BBC ’ s Ben Ann notes , ';
    expect(citesOf(unit)).toEqual([['BBC', 'BBC ’ s Ben Ann notes']]);
    const big = citesOf(unit.repeat(16_000));
    expect(big.length).toBe(16_000);
    expect(new Set(big.map((c) => c.join('|')))).toEqual(new Set(['BBC|BBC ’ s Ben Ann notes']));
  });

  it('reads 152 KB of described media without a cue and cites nothing', { timeout: 60_000 }, () => {
    const unit = 'Ab Cd Ef Gh , a state-run news agency ';
    expect(citesOf(unit)).toEqual([]);
    expect(citesOf(unit.repeat(4_000))).toEqual([]);
  });
});
