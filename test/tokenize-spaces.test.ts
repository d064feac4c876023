// The tokenizer skips white space by character code (ASCII) and leaves other characters to the regex: every Unicode
// space separates words as `\s` does. A lone ASCII mark is punctuation or a symbol as `\p{P}` says. Invented texts.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../lib/text/tokenize.js';
import { normalizeTerm } from '../lib/text/normalize.js';

const words = (s: string) => tokenize(s).map((t) => [s.slice(t.start, t.end), t.kind]);

describe('white space between tokens', () => {
  it('splits at every Unicode space and keeps other marks as tokens', () => {
    const spaces = '\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
    for (const sp of spaces) {
      expect(words(`Brann${sp}said${sp}${sp} no`)).toEqual([
        ['Brann', 'word'],
        ['said', 'word'],
        ['no', 'word'],
      ]);
    }
    // a zero-width space and a soft hyphen are no white space: they stay tokens of their own
    expect(tokenize('Brann\u200bsaid').length).toBe(3);
    expect(tokenize('Brann\u00adsaid').length).toBe(3);
  });

  it('gives the same offsets after leading, trailing and mixed spaces', () => {
    const text = ' \u00a0 Vote\t \u3000delayed \r\n';
    expect(tokenize(text).map((t) => [t.start, t.end, t.norm])).toEqual([
      [3, 7, 'vote'],
      [10, 17, 'delayed'],
    ]);
    expect(tokenize(text, 4, 14).map((t) => [t.start, t.end])).toEqual([
      [4, 7],
      [10, 14],
    ]);
  });
});

describe('a lone ASCII mark', () => {
  it('is punctuation when \\p{P} says so, else a symbol', () => {
    for (let c = 33; c < 127; c++) {
      const ch = String.fromCharCode(c);
      if (/[\p{L}\p{N}$]/u.test(ch)) continue;
      const t = tokenize(`a ${ch} b`).find((x) => x.start === 2)!;
      expect([ch, t.end, t.norm, t.kind]).toEqual([ch, 3, normalizeTerm(ch), /^\p{P}$/u.test(ch) ? 'punct' : 'symbol']);
    }
  });

  it('a mark beyond ASCII is read as before', () => {
    expect(words('a « b » c — d ± e')).toEqual([
      ['a', 'word'],
      ['«', 'punct'],
      ['b', 'word'],
      ['»', 'punct'],
      ['c', 'word'],
      ['—', 'punct'],
      ['d', 'word'],
      ['±', 'symbol'],
      ['e', 'word'],
    ]);
  });
});
