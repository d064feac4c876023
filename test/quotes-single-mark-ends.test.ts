// Where a quote opened by a single mark ends (lib/text/single-quotes.ts): at a curly double closing mark the source
// typed for it ("'The plan failed , ” he said"), and before the credit that ends its line when the closing mark was
// dropped ("'WE STAY , the mayor wrote in capitals ."). Invented fixtures.
import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../lib/text/quotes.js';
import { paragraphsOf } from '../lib/text/paragraphs.js';

const quoted = (t: string) =>
  scanQuotes(t, paragraphsOf(t))
    .filter((q) => q.depth === 0)
    .map((q) => t.slice(q.start, q.end).trim());

describe('a single-quoted quote', () => {
  it('closes at a curly double mark typed for its closing mark', () => {
    expect(quoted("Vell said : 'Orlov 's words were a plain threat , ” he said . `` It will fail . ''")).toEqual([
      "'Orlov 's words were a plain threat , ”",
      "`` It will fail . ''",
    ]);
  });

  it('left open ends before the credit closing its line', () => {
    const t =
      "Brandt posted :\n'WE WILL STAY WHERE WE ARE , AND ONLY LEAVE TO WIN , the mayor wrote in capitals .\nThe port is calm .";
    expect(quoted(t)).toEqual(["'WE WILL STAY WHERE WE ARE , AND ONLY LEAVE TO WIN"]);
  });

  it('left open keeps a clause of its own to the line end (guard)', () => {
    expect(quoted("Brandt posted : 'We stay , and so do the others .")).toEqual(["'We stay , and so do the others ."]);
  });
});
