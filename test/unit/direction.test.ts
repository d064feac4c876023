import { describe, expect, it } from 'vitest';
import {
  creditNear,
  creditOf,
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
    expect(d.direction_by).toBe('dates');
    expect(d.because).toMatch(/dated earlier/);
  });

  it('reads lopsided containment across outlets as weak evidence that the contained side is a cut-down copy', () => {
    // a wire story run by another outlet the same day, trimmed: the short version lies inside the long one
    const d = pairEvidence(ctx({ a_in_b: 0.9, b_in_a: 0.4 }));
    expect(d.direction).toBe('b→a');
    expect(d.because).toMatch(/weak evidence.*the Alpha article reads as the Beta article cut down/);
    expect(d.direction_by).toBe('containment');
    expect(pairEvidence(ctx({ a_in_b: 0.4, b_in_a: 0.9 })).direction).toBe('a→b');
    expect(pairEvidence(ctx())).toMatchObject({ direction: 'unknown', direction_by: 'none' });
  });
  it('reads text shared with a news agency as taken from the agency when dates and credit cannot decide', () => {
    // a newspaper ran the agency's story the same day; containment is not lopsided
    const d = pairEvidence(ctx({ agencyB: true, a_in_b: 0.5, b_in_a: 0.6 }));
    expect(d.direction).toBe('b→a');
    expect(d.because).toMatch(/Beta is a news agency/);
    expect(d.direction_by).toBe('agency');
    // two agencies leave it to containment
    expect(pairEvidence(ctx({ agencyA: true, agencyB: true })).direction).toBe('unknown');
    // one day apart is a time zone or a late edition: the agency still came first; two days apart, the dates decide
    const late = (date: string) => pairEvidence(ctx({ agencyB: true, a: { id: 'a', outlet: 'Alpha', date } }));
    expect(late('2024-01-01').direction).toBe('b→a');
    expect(late('2024-01-01').because).toMatch(/one day apart.*Beta is a news agency/);
    expect(late('2024-01-01').direction_by).toBe('agency');
    expect(late('2023-12-31')).toMatchObject({ direction: 'a→b', direction_by: 'dates' });
  });
  it('reads it within one outlet as the longer version updating the shorter', () => {
    const same = { b: { id: 'b', outlet: 'Alpha', date: '2024-01-02' } };
    const d = pairEvidence(ctx({ ...same, a_in_b: 0.9, b_in_a: 0.4 }));
    expect(d.direction).toBe('a→b');
    expect(d.because).toMatch(/the second Alpha article reads as the first Alpha article extended or updated/);
    expect(d.direction_by).toBe('extended');
  });

  it('lets a credit in the passage paragraph decide, and ignores one paragraphs away', () => {
    const near = ctx({ citesB: [cite('b', 'Alpha', 110, 120)] });
    expect(passageDirection({ a: [10, 60], b: [130, 180] }, near)).toMatchObject({
      direction: 'a→b',
      direction_by: 'credit',
    });
    expect(creditNear(near.citesB, 'Alpha', near.parasB, 10, 60)).toBeNull();
  });

  it('will not follow a credit that contradicts the dates', () => {
    const c = ctx({ b: { id: 'b', outlet: 'Beta', date: '2023-12-31' }, citesB: [cite('b', 'Alpha', 110, 120)] });
    expect(passageDirection({ a: [10, 60], b: [130, 180] }, c)).toMatchObject({
      direction: 'unknown',
      direction_by: 'conflict',
    });
  });

  it('follows a credit dated one day before the credited article (a print date, a time zone)', () => {
    const c = ctx({ b: { id: 'b', outlet: 'Beta', date: '2024-01-01' }, citesB: [cite('b', 'Alpha', 110, 120)] });
    expect(passageDirection({ a: [10, 60], b: [130, 180] }, c)).toMatchObject({
      direction: 'a→b',
      direction_by: 'credit',
    });
  });

  it('is unknown when passages point both ways', () => {
    const d = pairDirection(
      [
        { direction: 'a→b', direction_by: 'dates', because: 'x', words_a: 10 },
        { direction: 'b→a', direction_by: 'credit', because: 'y', words_a: 12 },
      ],
      ctx(),
    );
    expect(d).toMatchObject({ direction: 'unknown', direction_by: 'conflict' });
  });

  it("gives a pair the strongest basis of its agreeing passages, and an undecided pair its first passage's", () => {
    // one passage credited beside it, the others following the pair's weak containment: the credit decides the pair
    const d = pairDirection(
      [
        { direction: 'a→b', direction_by: 'containment', because: 'weak', words_a: 30 },
        { direction: 'a→b', direction_by: 'credit', because: 'credited', words_a: 8 },
        { direction: 'unknown', direction_by: 'none', because: 'nothing', words_a: 5 },
      ],
      ctx(),
    );
    expect(d).toMatchObject({ direction: 'a→b', direction_by: 'credit', because: 'weak; credited' });
    const undecided = pairDirection(
      [
        { direction: 'unknown', direction_by: 'conflict', because: 'credit against the dates', words_a: 9 },
        { direction: 'unknown', direction_by: 'none', because: 'nothing', words_a: 5 },
      ],
      ctx(),
    );
    expect(undecided).toMatchObject({ direction: 'unknown', direction_by: 'conflict' });
    // no passage at all: the pair evidence, with its basis
    expect(pairDirection([], ctx({ a_in_b: 0.9, b_in_a: 0.4 })).direction_by).toBe('containment');
  });
});

describe('credit needs strong evidence, not only many words', () => {
  const reuse = (matched: number, evidence: number, text = `shared run ${matched} ${evidence}`) => ({
    kind: 'reuse' as const,
    matched,
    evidence,
    text,
  });
  it('calls 25 words of rare shared text uncredited and says how strong the evidence is', () => {
    const v = creditOf('cross-outlet', [reuse(25, 12.4)], 'a→b', ctx());
    expect(v.credit).toBe('uncredited');
    expect(v.because).toMatch(/evidence 12\.4/);
  });
  it('accuses nobody for as many words of text that other articles carry too (weak evidence)', () => {
    const v = creditOf('cross-outlet', [reuse(15, 4.1), reuse(12, 3.6)], 'a→b', ctx());
    expect(v.credit).toBe('none-needed');
    expect(v.because).toMatch(/evidence 7\.7, too weak \(< 10\)/);
  });
  it('counts a phrase repeated in both articles once, for words and for evidence', () => {
    const v = creditOf('cross-outlet', [reuse(11, 6, 'the same run'), reuse(11, 6, 'The same  run')], 'a→b', ctx());
    expect(v.credit).toBe('none-needed');
  });
  it('asks twice the evidence of articles about different events', () => {
    expect(creditOf('cross-outlet', [reuse(45, 15)], 'a→b', ctx(), false).credit).toBe('uncredited');
    expect(creditOf('cross-outlet', [reuse(45, 15)], 'a→b', ctx(), true).credit).toBe('none-needed');
  });
  it('lets rewritten narration without exact runs accuse only when it is much of the shorter article', () => {
    // two long articles retelling one list of facts from a bill: two sentences of 40 words, 6% of the shorter one
    const retold = creditOf('cross-outlet', [reuse(8, 4.8)], 'a→b', ctx(), false, {
      sentences: 2,
      words: 40,
      share: 0.06,
      verbatim: 0,
    });
    expect(retold.credit).toBe('none-needed');
    expect(retold.because).toMatch(/6% of the shorter article/);
    // a short article that is a rewrite of another: the same words are 40% of it
    const rewrite = creditOf('cross-outlet', [], 'a→b', ctx(), false, {
      sentences: 2,
      words: 40,
      share: 0.4,
      verbatim: 0,
    });
    expect(rewrite.credit).toBe('uncredited');
    expect(rewrite.reuse_by).toBe('rewritten-narration');
    expect(rewrite.because).toMatch(/^40 words of rewritten narration in 2 aligned sentences/);
  });
  it('says copied, not rewritten, when the aligned sentences were mostly copied word for word', () => {
    // a blog printing three paragraphs of another outlet's story: every aligned sentence lies in the copied passages
    const v = creditOf('cross-outlet', [reuse(190, 60)], 'a→b', ctx(), false, {
      sentences: 8,
      words: 202,
      share: 0.3,
      verbatim: 190,
    });
    expect(v.credit).toBe('uncredited');
    expect(v.because).toMatch(/^202 words of narration in 8 aligned sentences, 190 of them copied word for word/);
    expect(v.because).not.toMatch(/rewritten/);
  });
});
