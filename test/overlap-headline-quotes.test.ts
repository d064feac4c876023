// A headline that opens on a quote was wrapped in a second pair of double quotes in the passage viewer and the pair
// sentences ("““Not here”: how …”"), two quotes opening at once. One helper names an article by headline for the
// overlap sentences and the findings alike. Fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { pairNames, quotedHeadline } from '../lib/overlap/article-names.js';
import { articleName } from '../lib/report/finding-words.js';

describe('a headline named in quotes', () => {
  it('writes its own double quotes as single ones', () => {
    expect(quotedHeadline('“Not here”: how the harbour town turned the ferry away')).toBe(
      '“‘Not here’: how the harbour town turned the ferry away”',
    );
    expect(quotedHeadline('Mayor calls the toll "unfair" ')).toBe('“Mayor calls the toll ‘unfair’”');
  });
  it('names two articles of one outlet the same way in pairs and findings', () => {
    const a = { outlet: 'Harbour Gazette', title: '“We will rebuild”, mayor says' };
    const b = { outlet: 'Harbour Gazette', title: 'Ferry service resumes' };
    expect(pairNames(a, b)).toEqual(['“‘We will rebuild’, mayor says”', '“Ferry service resumes”']);
    expect(articleName('x', new Map([['x', a.title]]))).toBe(pairNames(a, b)[0]);
  });
  it('still cuts a long headline', () => {
    const long = 'The harbour ' + 'ferry '.repeat(20) + 'returns';
    expect(quotedHeadline(long).length).toBe(72);
    expect(quotedHeadline(long).endsWith('…”')).toBe(true);
  });
});
