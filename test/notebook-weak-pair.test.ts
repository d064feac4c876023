// Notebook 02's pair to read first, on a corpus where no pair across outlets shows copying: it said "share 10 words of
// copied or rewritten narration … X likely took from Y" and only then that this was below the evidence of copying. A
// pair whose like narration is too little for a credit verdict is now described as such, with no direction. Invented
// outlets and headlines.
import { describe, expect, it } from 'vitest';
import type { OverlapPair } from '../lib/overlap/overlap.js';
import { describePair } from '../lib/explore/pairs-to-read.js';

const pair = (credit: OverlapPair['credit'], because: string, words: number, evidence: number): OverlapPair =>
  ({
    a: 'n1',
    b: 't1',
    outlet_a: 'Harbour Post',
    outlet_b: 'Valley Courier',
    kind: 'cross-outlet',
    a_in_b: 0.01,
    b_in_a: 0.01,
    reuse_a_in_b: 0.01,
    reuse_b_in_a: 0.01,
    direction: 'b→a',
    source: 't1',
    because: 'the Valley Courier article is dated earlier',
    direction_by: 'dates',
    credit,
    credit_because: because,
    evidence,
    matched: { reuse: words },
    passages: [{ kind: 'reuse', matched: words, text: 'the mayor won just 27 percent of the river vote' }],
  }) as unknown as OverlapPair;

const titles = new Map([
  ['n1', 'Mayor courts river towns'],
  ['t1', 'The river vote slips away'],
]);

describe('the pair to read first when no pair shows copying', () => {
  it('says its few words of like narration show no taking, and gives no direction', () => {
    const text = describePair(pair('none-needed', 'the reuse passages hold 10 matched words, too few', 10, 5), titles);
    expect(text).toContain('share 10 words of like narration, too few or too common to show that one took them');
    expect(text).not.toMatch(/took from|copied or rewritten/);
  });

  it('still names who likely took from whom when the evidence gives a credit verdict', () => {
    const text = describePair(pair('uncredited', 'no credit found', 80, 40), titles);
    expect(text).toMatch(/likely took from/);
  });
});
