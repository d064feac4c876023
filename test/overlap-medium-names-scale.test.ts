// A text of thousands of named media behind described medium words ("Ab Cd , a state-run news agency , Ab Cd , …")
// is read in time proportional to its length: each name's reading looks only at the candidates near it. Before, every
// name read filtered the whole candidate list, so 160 KB of such text took 13 s and 800 KB several minutes; the
// test's time limit is the guard, as in test/hostile.test.ts (the quadratic reading: 13 s at 160 KB, some 25 times
// that at 800 KB; the linear one: 25 s quiet, up to 130 s on a busy machine). Fixture written for this test.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Valley Ledger'])).map((c) => [c.cited, c.text]);
};

describe('names behind described media, at scale', () => {
  it('reads 800 KB of described media without a cue and cites nothing', { timeout: 240_000 }, () => {
    expect(citesOf('Ab Cd Ef Gh , a state-run news agency , '.repeat(20_000))).toEqual([]);
  });

  it('still cites each described medium a cue names, however many there are', { timeout: 240_000 }, () => {
    const cites = citesOf('The clip was aired by the Spanish-language network Vistaro Uno . '.repeat(5_000));
    expect(cites.length).toBe(5_000);
    expect(new Set(cites.map((c) => c[0]))).toEqual(new Set(['Vistaro Uno']));
  });
});
