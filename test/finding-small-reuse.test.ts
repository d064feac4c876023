// A pair with reuse below the findings' share (a credited 11 words of one outlet's reporting in another's article:
// 1% of it) was in no finding, and the closing sentence said "No outlet reuses another outlet's text: what they share
// is common-source or stock text" while the reuse network drew the pair's arrow. The sentence now names the small
// reuse, and its outlets are not said to reuse nothing. Invented outlets.
import { describe, expect, it } from 'vitest';
import { overlapFindings, type OverlapLike } from '../lib/report/findings.js';

type Pair = OverlapLike['pairs'][number];

const docs = [
  { id: 'p1', outlet: 'Capitol Dispatch', date: '2016-09-01', words: 1377 },
  { id: 'g1', outlet: 'Harbour Guardian', date: '2016-09-01', words: 1101 },
  { id: 'r1', outlet: 'Ridge Review', date: '2016-08-25', words: 914 },
  { id: 'f1', outlet: 'Fenwick News', date: '2016-08-25', words: 490 },
];
const small: Pair = {
  a: 'p1',
  b: 'g1',
  outlet_a: 'Capitol Dispatch',
  outlet_b: 'Harbour Guardian',
  kind: 'cross-outlet',
  a_in_b: 0.0094,
  b_in_a: 0.01,
  reuse_a_in_b: 0.0094,
  reuse_b_in_a: 0.01,
  direction: 'a→b',
  source: 'p1',
  because: 'the Harbour Guardian article credits Capitol Dispatch beside the passage',
  direction_by: 'credit',
  credit: 'credited',
  evidence: 5.9,
  passages: [{ kind: 'reuse', matched: 11 }],
};
const common: Pair = {
  ...small,
  a: 'r1',
  b: 'f1',
  outlet_a: 'Ridge Review',
  outlet_b: 'Fenwick News',
  a_in_b: 0.19,
  b_in_a: 0.36,
  reuse_a_in_b: 0,
  reuse_b_in_a: 0,
  direction: 'unknown',
  source: '',
  credit: 'none-needed',
  passages: [{ kind: 'common-source', matched: 176 }],
};

describe('reuse below the findings’ share', () => {
  const texts = overlapFindings({ docs, pairs: [small, common], citations: [] }).map((f) => f.text);

  it('is named, not denied', () => {
    expect(texts).not.toContain(
      "No outlet reuses another outlet's text: what they share is common-source or stock text.",
    );
    expect(texts).toContain(
      'No outlet reuses 2% or more of an article from another outlet: what they share is common-source or stock text, besides one small reuse: Harbour Guardian takes 1% of its article from Capitol Dispatch (credited).',
    );
  });

  it('never says no text is shared beside a pair that shares a short run under the share', () => {
    const weak: Pair = { ...small, credit: 'none-needed', direction: 'unknown', source: '' };
    const only = overlapFindings({ docs, pairs: [weak], citations: [] }).map((f) => f.text);
    expect(only.join(' ')).toContain('run of like narration too short or too common to show copying');
    expect(only).not.toContain('No text is shared across outlets: every outlet wrote its own copy.');
  });

  it('words an undated small reuse without a direction', () => {
    const undated: Pair = { ...small, credit: 'uncredited', direction: 'unknown', source: '' };
    const only = overlapFindings({ docs, pairs: [undated, common], citations: [] }).map((f) => f.text);
    expect(only.join(' ')).toContain(
      'Capitol Dispatch and Harbour Guardian share 1% of an article (which came first is unknown; not credited)',
    );
  });

  it('with no reuse at all, the sentence stays as it was', () => {
    const only = overlapFindings({ docs, pairs: [common], citations: [] }).map((f) => f.text);
    expect(only).toContain("No outlet reuses another outlet's text: what they share is common-source or stock text.");
  });
});
