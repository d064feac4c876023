import { describe, expect, it } from 'vitest';
import { buildIndex, matchForm } from '../../lib/overlap/fingerprints.js';
import { doc, SHARED } from './fixtures.js';

describe('fingerprints', () => {
  const docs = [
    doc('a', 'A', `Morning news. ${SHARED}.`),
    doc('b', 'B', `${SHARED}, officials said.`),
    doc('c', 'C', 'A football match ended in a draw on a rainy evening.'),
  ];
  const index = buildIndex(docs, { n: 5 });

  it('gives every doc its own range of word positions, one per word token', () => {
    expect(index.docs).toBe(3);
    for (let d = 0; d < docs.length; d++) expect(index.offsets[d + 1] - index.offsets[d]).toBe(docs[d].words);
  });

  it('marks shingles shared by two docs, and only those', () => {
    const sharedIds = new Set<number>();
    for (let g = 0; g < index.shingle.length; g++)
      if (index.shingle[g] >= 0 && index.df[index.shingle[g]] >= 2) sharedIds.add(index.shingle[g]);
    // the 24 shared words give 20 five-word shingles held by a and b; c shares none
    expect(sharedIds.size).toBe(20);
    for (const s of sharedIds) expect(index.df[s]).toBe(2);
    for (let g = index.offsets[2]; g < index.offsets[3]; g++) expect(index.shared[g]).toBe(0);
  });

  it('matches words across case, diacritics and an abbreviation period', () => {
    expect(matchForm('café')).toBe(matchForm('cafe'));
    expect(matchForm('dec.')).toBe(matchForm('dec'));
  });

  it('builds the same index twice', () => {
    const again = buildIndex(docs, { n: 5 });
    expect([...again.shingle]).toEqual([...index.shingle]);
  });
});
