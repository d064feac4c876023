import { describe, expect, it } from 'vitest';
import { analyse } from '../../lib/text/analyse.js';
import { articleWords } from '../../lib/text/words.js';
import { quotedShare, topLevelQuotes } from '../../lib/text/quotes.js';
import { firstEndingAfter, firstStartingAt, partitionPoint, rangeAt, startingIn } from '../../lib/util/search.js';
import { round } from '../../lib/util/round.js';
import { coveredLength } from '../../lib/util/spans.js';
import { doc } from './fixtures.js';

describe('Doc: what analyses share', () => {
  it('counts words the same way from a Doc and from an Article', () => {
    const text = "Syria's envoy — and U.S. officials — met 3 times.\n\n“We agree,” he said.";
    const d = doc('w', 'W', text);
    expect(d.words).toBe(articleWords({ text, paragraphs: [] }));
    // Syria envoy and U.S. officials met 3 times We agree he said: 12 (not "'s", dashes or quote marks)
    expect(d.words).toBe(12);
  });

  it('keeps the paragraphs and finds quotes, nested ones one level down', () => {
    const text = 'He said: “They told us ‘never again’ today.”\n\nA second paragraph.';
    const d = analyse({ id: 'q', outlet: 'Q', date: null, text, paragraphs: [] });
    expect(d.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'He said: “They told us ‘never again’ today.”',
      'A second paragraph.',
    ]);
    expect(d.quotes.map((q) => [text.slice(q.start, q.end), q.depth])).toEqual([
      ['“They told us ‘never again’ today.”', 0],
      ['‘never again’', 1],
    ]);
    const top = topLevelQuotes(d.quotes);
    expect(quotedShare(top, top[0].start, top[0].end)).toBe(1);
    expect(quotedShare(top, d.paragraphs[1].start, d.paragraphs[1].end)).toBe(0);
  });

  it('runs an unclosed quote to the end of its paragraph only', () => {
    const text = 'She said "we stay\n\nNext paragraph "here" ends.';
    const d = doc('u', 'U', text);
    expect(d.quotes.map((q) => text.slice(q.start, q.end))).toEqual(['"we stay', '"here"']);
  });
});

describe('util', () => {
  const ranges = [
    { start: 0, end: 5 },
    { start: 10, end: 15 },
    { start: 20, end: 25 },
  ];
  it('binary-searches sorted ranges', () => {
    expect(rangeAt(ranges, 12)).toBe(1);
    expect(rangeAt(ranges, 7)).toBe(-1);
    expect(rangeAt(ranges, 25)).toBe(-1);
    expect(firstEndingAfter(ranges, 5)).toBe(1);
    expect(firstStartingAt(ranges, 11)).toBe(2);
    expect(partitionPoint(100, (i) => i * i >= 50)).toBe(8);
    expect(startingIn(ranges, 5, 20)).toEqual([ranges[1]]);
    expect(startingIn(ranges, 0, 21)).toEqual(ranges);
    expect(startingIn(ranges, 20, 10)).toEqual([]);
  });

  it('rounds and measures covered length', () => {
    expect(round(0.123456, 4)).toBe(0.1235);
    expect(round(2.5, 0)).toBe(3);
    expect(
      coveredLength([
        [0, 10],
        [5, 15],
        [20, 22],
      ]),
    ).toBe(17);
  });
});
