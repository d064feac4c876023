// Silence about an actor is news only in the stories an outlet covered: expected mentions by event.
import { describe, expect, it } from 'vitest';
import { expectedMentions } from '../../lib/entities/expected.js';
import { entityFindings } from '../../lib/report/findings.js';

// Two events: a 2018 story in which A and B name "trump" 10 times per 1,000 words, and a 2012 story that C alone wrote
// (and D, which wrote 1,000 words on the 2018 story without naming him).
const docs = [
  { id: 'a1', outlet: 'A', words: 1000 },
  { id: 'b1', outlet: 'B', words: 1000 },
  { id: 'd1', outlet: 'D', words: 1000 },
  { id: 'c1', outlet: 'C', words: 5000 },
];
const trump = (n: number) => Array.from({ length: n }, () => ({ entity: 'trump' }));
const mentions = [trump(10), trump(10), [], []];
const events = { a1: '2018', b1: '2018', d1: '2018', c1: '2012' };

describe('expected mentions by event', () => {
  it('expects mentions only where the other outlets of the same event name the entity', () => {
    const ex = expectedMentions(docs, mentions, ['trump'], events).get('trump')!;
    expect(ex.get('D')).toBeCloseTo(10, 6); // 1,000 words at the others' 20 per 2,000 words
    expect(ex.get('A')).toBeCloseTo(5, 6); // B's rate: 10 per 1,000 (with D's silent 1,000 words)
    expect(ex.has('C')).toBe(false); // alone in its event: nothing to expect
    // an article outside every event stands alone
    expect(expectedMentions(docs, mentions, ['trump'], {}).get('trump')!.size).toBe(0);
  });

  it('the silence finding names the outlet that covered the story, not the one writing on another story', () => {
    const e = {
      id: 'trump',
      name: 'Donald Trump',
      type: 'person',
      aliases: ['Trump'],
      mentions: trump(20),
      by_outlet: { A: 10, B: 10 },
    };
    const outlets = ['A', 'B', 'C', 'D'];
    const words = { A: 1000, B: 1000, C: 5000, D: 1000 };
    // by words alone C (the longest) looks silent
    const plain = entityFindings([e], outlets, { words }).find((f) => f.text.includes('never name'))!.text;
    expect(plain).toMatch(/^C never names Donald Trump/);
    const expected = expectedMentions(docs, mentions, ['trump'], events);
    const t = entityFindings([e], outlets, { words, expected }).find((f) => f.text.includes('never name'))!.text;
    expect(t).toMatch(/^D never names Donald Trump/);
    expect(t).toContain('in the same stories');
  });
});

describe('names spelled several ways', () => {
  it('counts a spelling once whatever spaces a tokeniser put inside it ("U.S ." is "U.S.")', () => {
    const e = {
      id: 'united-states',
      name: 'United States',
      type: 'place',
      aliases: ['U.S.', 'United States', 'America', 'U.S .', 'u.s.'],
      mentions: trump(30),
      by_outlet: { A: 30 },
    };
    const t = entityFindings([e], ['A']).find((f) => f.text.includes('spellings'))!.text;
    expect(t).toContain('United States appears under 3 spellings of 2 names: “U.S.”, “United States” and “America”');
  });
});
