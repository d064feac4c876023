import { describe, expect, it } from 'vitest';
import {
  creditNear,
  pairDirection,
  pairEvidence,
  passageDirection,
  type DirectionContext,
} from '../../lib/overlap/direction.js';
import type { Citation } from '../../lib/overlap/types.js';

const cite = (doc: string, cited: string, start: number, end: number): Citation =>
  ({ doc, cited, kind: 'outlet', text: `told ${cited}`, start, end, name: { start, end }, article: null }) as Citation;

function ctx(o: Partial<DirectionContext> = {}): DirectionContext {
  return {
    a: { id: 'a', outlet: 'Alpha', date: '2024-01-02' },
    b: { id: 'b', outlet: 'Beta', date: '2024-01-02' },
    a_in_b: 0.3,
    b_in_a: 0.3,
    citesA: [],
    citesB: [],
    parasA: [
      { start: 0, end: 100 },
      { start: 102, end: 200 },
    ],
    parasB: [
      { start: 0, end: 100 },
      { start: 102, end: 200 },
    ],
    ...o,
  };
}

describe('direction', () => {
  it('takes the earlier date when the dates differ', () => {
    const d = pairEvidence(ctx({ a: { id: 'a', outlet: 'Alpha', date: '2024-01-01' } }));
    expect(d.direction).toBe('a→b');
    expect(d.because).toMatch(/dated earlier/);
  });

  it('reads lopsided containment as weak evidence on the same date', () => {
    expect(pairEvidence(ctx({ a_in_b: 0.9, b_in_a: 0.4 })).direction).toBe('a→b');
    expect(pairEvidence(ctx({ a_in_b: 0.4, b_in_a: 0.9 })).direction).toBe('b→a');
    expect(pairEvidence(ctx()).direction).toBe('unknown');
  });

  it('lets a credit in the passage paragraph decide, and ignores one paragraphs away', () => {
    const near = ctx({ citesB: [cite('b', 'Alpha', 110, 120)] });
    expect(passageDirection({ a: [10, 60], b: [130, 180] }, near).direction).toBe('a→b');
    expect(creditNear(near.citesB, 'Alpha', near.parasB, 10, 60)).toBeNull();
  });

  it('will not follow a credit that contradicts the dates', () => {
    const c = ctx({ b: { id: 'b', outlet: 'Beta', date: '2023-12-31' }, citesB: [cite('b', 'Alpha', 110, 120)] });
    expect(passageDirection({ a: [10, 60], b: [130, 180] }, c).direction).toBe('unknown');
  });

  it('is unknown when passages point both ways', () => {
    const d = pairDirection(
      [
        { direction: 'a→b', because: 'x', words_a: 10 },
        { direction: 'b→a', because: 'y', words_a: 12 },
      ],
      ctx(),
    );
    expect(d.direction).toBe('unknown');
  });
});
