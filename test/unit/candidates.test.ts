import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/overlap/fingerprints.js';
import { candidatePairs, defaultBoilerplateDf } from '../../lib/overlap/candidates.js';
import { doc, SHARED } from './fixtures.js';

const story = (i: number) =>
  `Report ${i}: a council vote on the budget number ${i} was delayed after member ${i} walked out of chamber ${i}.`;

describe('candidate pairs', () => {
  it('pairs the two docs that share a passage and not the unrelated one', () => {
    const docs = [
      doc('a', 'A', `Morning news. ${SHARED}.`),
      doc('b', 'B', `${SHARED}, officials said.`),
      doc('c', 'C', 'A football match ended in a draw on a rainy evening.'),
    ];
    const c = candidatePairs(buildIndex(docs));
    expect(c.pairs.map((p) => [p.a, p.b])).toEqual([[0, 1]]);
    expect(c.pairs[0].shared).toBeGreaterThanOrEqual(3);
  });

  it('treats a signature line in every unrelated article as boilerplate, not reuse', () => {
    const footer = 'Follow our live coverage on all the usual channels every single day of the week';
    const docs = Array.from({ length: 8 }, (_, i) => doc(`d${i}`, `O${i}`, `${story(i)}\n\n${footer}.`));
    const c = candidatePairs(buildIndex(docs), { boilerplateDf: 3 });
    expect(c.boilerplateCount).toBeGreaterThan(0);
    expect(c.pairs).toEqual([]);
  });

  it('grows the boilerplate threshold with the corpus', () => {
    expect(defaultBoilerplateDf(10)).toBe(3);
    expect(defaultBoilerplateDf(1000)).toBe(50);
  });
});
