// The word view of event finding keeps an article's heaviest content words with ties at the cut broken by word, so
// the vector does not depend on the order the counts were made in; the cut is found by a numeric select.
import { describe, expect, it } from 'vitest';
import { wordView } from '../lib/events/words.js';
import { kthSmallest } from '../lib/events/vectors.js';

describe('event word vectors', () => {
  it('keeps the heaviest words, ties at the cut by word, whatever the order of the counts', () => {
    const a = new Map([
      ['zebra', 1],
      ['shelter', 3],
      ['apple', 1],
      ['mango', 1],
    ]);
    const b = new Map([...a].reverse());
    const other = new Map([['parents', 1]]);
    const opts = { headlineWeight: 2, idfFloor: 3, topTerms: 2 };
    const va = wordView([{ terms: a }, { terms: other }], opts).vec(0);
    const vb = wordView([{ terms: b }, { terms: other }], opts).vec(0);
    expect([...va.keys()]).toEqual(['shelter', 'apple']);
    expect([...vb.keys()]).toEqual(['shelter', 'apple']);
    const norm = [...va.values()].reduce((s, x) => s + x * x, 0);
    expect(norm).toBeCloseTo(1, 12);
  });

  it('counts headline words extra, and a headline word the body lacks', () => {
    const view = wordView([{ terms: new Map([['border', 1]]), titleTerms: ['border', 'wall'] }, { terms: new Map() }], {
      headlineWeight: 2,
      idfFloor: 3,
      topTerms: 60,
    });
    const v = view.vec(0);
    expect([...v.keys()]).toEqual(['border', 'wall']);
    expect(v.get('border')!).toBeGreaterThan(v.get('wall')!); // 1 + 2 counts against 2
  });

  it('selects the k-th smallest value as a sort would', () => {
    const xs = [3, 1, 2, 2, 5, 2, 0, 9, 2];
    for (let k = 0; k < xs.length; k++)
      expect(kthSmallest(Float64Array.from(xs), k)).toBe(Float64Array.from(xs).sort()[k]);
  });
});
