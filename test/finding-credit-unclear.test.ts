// reader21: USA TODAY and Townhall (3 September 2017) "share reused text … but which came first is unclear: same date,
// no credit beside the passage …", while Townhall's article says "via USA Today" further down. The pair is credited;
// the finding now says who names whom, as a reader checking the pair would want to know.
import { describe, expect, it } from 'vitest';
import { overlapFindings, type OverlapLike } from '../lib/report/findings.js';

type Pair = OverlapLike['pairs'][number];

const docs = [
  { id: 'u1', outlet: 'Daily Ledger', date: '2017-09-03', words: 980 },
  { id: 't1', outlet: 'Town Crier', date: '2017-09-03', words: 640 },
];
const pair = (credit: Pair['credit']): Pair => ({
  a: 'u1',
  b: 't1',
  outlet_a: 'Daily Ledger',
  outlet_b: 'Town Crier',
  kind: 'cross-outlet',
  a_in_b: 0.03,
  b_in_a: 0.05,
  reuse_a_in_b: 0.02,
  reuse_b_in_a: 0.03,
  direction: 'unknown',
  source: '',
  because: 'same date (2017-09-03), no credit beside the passage, and containment is not lopsided (0.03 vs 0.05)',
  direction_by: 'none',
  credit,
  evidence: 10.8,
  passages: [
    { kind: 'reuse', matched: 8 },
    { kind: 'reuse', matched: 12 },
  ],
});
const cite = { doc: 't1', cited: 'Daily Ledger', kind: 'outlet' as const, text: 'via Daily Ledger' };
const titles = new Map([
  ['u1', 'Reports: program to end, Congress given six months'],
  ['t1', 'Reports say the program is over'],
]);

describe('a credited pair whose order is unclear', () => {
  it('says which article names the other', () => {
    const [f] = overlapFindings({ docs, pairs: [pair('credited')], citations: [cite] }, { titles });
    expect(f.text).toBe(
      'Daily Ledger (“Reports: program to end, Congress given six months”) and Town Crier (“Reports say the program is over”) share reused text — 2% of the first, 3% of the second — but which came first is unclear: same date (2017-09-03), no credit beside the passage, and containment is not lopsided (0.03 vs 0.05); Town Crier names Daily Ledger in its article (“via Daily Ledger”).',
    );
  });

  it('an uncredited pair still says neither names the other', () => {
    const [f] = overlapFindings({ docs, pairs: [pair('uncredited')], citations: [] }, { titles });
    expect(f.text).toMatch(/; neither names the other \(evidence 10\.8\), and both may have it from a source outside/);
  });
});
