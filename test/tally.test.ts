import { describe, expect, it } from 'vitest';
import { Tally } from '../lib/util/tally.js';
import { isFigure, NUMBER_START } from '../lib/text/ngrams.js';

describe('Tally', () => {
  it('counts keys as Map increments do, in order of first sight', () => {
    const words = 'the cat saw the dog and the cat ran constructor __proto__ the'.split(' ');
    const naive = new Map<string, number>();
    const t = new Tally();
    for (const w of words) {
      naive.set(w, (naive.get(w) ?? 0) + 1);
      t.add(w);
    }
    expect([...t.into(new Map())]).toEqual([...naive]);
    expect(t.into(new Map()).get('the')).toBe(4);
  });

  it('grows past its first buffer and adds weighted counts', () => {
    const t = new Tally();
    for (let i = 0; i < 1000; i++) t.add(`w${i % 700}`, 2);
    const m = t.into(new Map());
    expect(m.size).toBe(700);
    expect(m.get('w0')).toBe(4);
    expect(m.get('w699')).toBe(2);
    expect([...m.keys()][699]).toBe('w699');
  });
});

describe('isFigure', () => {
  it('answers as the figure pattern does', () => {
    for (const w of ['', '$', '£', '5', '$5', '€12', '¥3', '£x', 'x5', '5th', '٣', '$$5', '1.5', '-5', '¢5'])
      expect(isFigure(w), w).toBe(NUMBER_START.test(w));
  });
});
