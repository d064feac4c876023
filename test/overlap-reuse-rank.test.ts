// The pair a reader should look at first is the one with the most evidence that one outlet took the other's text, not
// the one where a few shared words make a large share of a short article. Seen on real coverage: among three weak
// pairs, the notebook led with one sharing 8 words ("by Brotherhood supporters against Coptic Christian churches in",
// 2% of a short article) over one sharing 17 words of reuse at twice the evidence. Pairs written for these tests, with
// the fields an overlap result gives.
import { describe, expect, it } from 'vitest';
import { byReuseEvidence, pairToReadFirst, type RankedPair } from '../lib/overlap/reuse-rank.js';

const pair = (a: string, b: string, o: Partial<RankedPair>): RankedPair => ({
  a,
  b,
  credit: 'none-needed',
  evidence: 0,
  matched: { reuse: 0, 'common-source': 0, stock: 0 },
  rewritten_words: 0,
  reuse_a_in_b: 0,
  reuse_b_in_a: 0,
  a_in_b: 0,
  b_in_a: 0,
  ...o,
});

/** 8 words of reuse making 2% of a short article. */
const shortShare = pair('s1', 's2', {
  evidence: 4.3,
  matched: { reuse: 8, 'common-source': 0, stock: 0 },
  reuse_a_in_b: 0.022,
  a_in_b: 0.022,
});
/** 17 words of reuse in longer articles, with 33 words of a quote both carry. */
const moreEvidence = pair('m1', 'm2', {
  evidence: 9.2,
  matched: { reuse: 17, 'common-source': 33, stock: 0 },
  reuse_a_in_b: 0.013,
  a_in_b: 0.039,
});
/** Only a quote both carry, a larger share than either. */
const quoteOnly = pair('q1', 'q2', { matched: { reuse: 0, 'common-source': 60, stock: 0 }, a_in_b: 0.2 });

describe('the pair to read first', () => {
  it('leads with the pair whose reuse is least likely by chance, and says it is below the evidence of copying', () => {
    const first = pairToReadFirst([shortShare, quoteOnly, moreEvidence]);
    expect(first?.pair).toBe(moreEvidence);
    expect(first?.why).toContain('17 words of copied or rewritten narration, evidence 9.2');
    expect(first?.why).toContain('below what counts as evidence of copying (20 words and evidence 10)');
    expect(first?.why).toContain('most of what it shares (33 words) is text of a third party');
  });

  it('puts a pair with a credit verdict before any weaker one, and says so', () => {
    const copied = pair('c1', 'c2', {
      credit: 'uncredited',
      evidence: 24.3,
      matched: { reuse: 41, 'common-source': 0, stock: 0 },
      reuse_a_in_b: 0.01,
    });
    expect([shortShare, moreEvidence, copied].sort(byReuseEvidence)[0]).toBe(copied);
    expect(pairToReadFirst([shortShare, copied])?.why).toContain('enough for a credit verdict (uncredited)');
  });

  it('without reuse anywhere, shows the pair with the most shared text', () => {
    const other = pair('o1', 'o2', { matched: { reuse: 0, 'common-source': 0, stock: 9 }, a_in_b: 0.05 });
    expect(pairToReadFirst([other, quoteOnly])?.pair).toBe(quoteOnly);
    expect(pairToReadFirst([])).toBeUndefined();
  });
});
