import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../lib/overlap/fingerprints.js';
import { candidatePairs } from '../../lib/overlap/candidates.js';
import { alignPair, MIN_WORDS } from '../../lib/overlap/align.js';
import type { Doc } from '../../lib/types.js';
import { doc, SHARED } from './fixtures.js';

/** The text of words [w0, w1) of a doc in the index. */
function wordsText(d: Doc, index: ReturnType<typeof buildIndex>, di: number, w0: number, w1: number): string {
  const t0 = index.tokens[index.offsets[di] + w0],
    t1 = index.tokens[index.offsets[di] + w1 - 1];
  return d.text.slice(d.tokens[t0].start, d.tokens[t1].end);
}

function align(a: Doc, b: Doc, opts = {}) {
  const index = buildIndex([a, b]);
  return { index, found: alignPair(index, candidatePairs(index).boilerplate, 0, 1, opts) };
}

describe('align', () => {
  it('finds a copied passage exactly, at its place in each text', () => {
    const a = doc('a', 'A', `Morning news. ${SHARED}. More later.`),
      b = doc('b', 'B', `In brief: ${SHARED}, officials said.`);
    const { index, found } = align(a, b);
    expect(found).toHaveLength(1);
    expect(wordsText(a, index, 0, found[0].a0, found[0].a1)).toBe(SHARED);
    expect(wordsText(b, index, 1, found[0].b0, found[0].b1)).toBe(SHARED);
    expect(found[0].matched).toBe(24);
  });

  it('bridges one changed word in a lightly edited copy', () => {
    const edited = SHARED.replace('northern', 'southern');
    const { found } = align(doc('a', 'A', SHARED + '.'), doc('b', 'B', edited + '.'));
    expect(found).toHaveLength(1);
    expect(found[0].a1 - found[0].a0).toBe(24);
    expect(found[0].matched).toBe(23);
  });

  it('does not report a run shorter than minWords', () => {
    const six = 'the northern pier will close for';
    const { found } = align(
      doc('a', 'A', `Officials said ${six} a week.`),
      doc('b', 'B', `Nobody knew ${six} good reasons.`),
    );
    expect(six.split(' ').length).toBeLessThan(MIN_WORDS);
    expect(found).toEqual([]);
  });

  it('finds nothing between unrelated texts', () => {
    const { found } = align(
      doc('a', 'A', SHARED + '.'),
      doc('b', 'B', 'A football match ended in a draw on a rainy evening in the capital.'),
    );
    expect(found).toEqual([]);
  });
});
