// A newsroom formula two unrelated articles share ("have been pushing for a vote on the") was read as reuse: its
// 7-word runs are in those two articles only, so the phrase count of stock.ts cannot see it, yet each of its
// three-word runs is written across the corpus. Seen on real coverage (articles years apart sharing "to bring it up for
// a vote", "at a time when the Obama administration"). Fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { FILLER_WORDS, seededProse } from './helpers/prose.js';

const prose = (seed: number, words: number): string => seededProse(FILLER_WORDS, seed, words, 11);
const doc = (id: string, outlet: string, date: string, text: string) =>
  analyse({ id, outlet, date, text, paragraphs: [] });

/** Articles of other outlets and days that write the formula's pieces, never five of its words in a row. */
const PIECES =
  'Growers have been pushing hard . Its backers had been pushing for months . Some are pushing for a levy . ' +
  'The council asked for a vote today . It set a vote on the plan . They spoke on the levy .';
const others = [1, 2, 3, 4].map((i) =>
  doc(`o${i}`, `Outlet ${i}`, `2024-0${i}-10`, `${prose(40 + i, 60)} ${PIECES} ${prose(50 + i, 50)}`),
);

const passagesOf = (shared: string, alsoShared = '') => {
  const a = doc(
    'a1',
    'Valley Herald',
    '2021-05-02',
    `${prose(1, 80)} Farmers have been pushing for a vote on the ${shared} . ${prose(2, 60)} ${alsoShared}`,
  );
  const b = doc(
    'b1',
    'Coast Tribune',
    '2024-11-20',
    `${prose(3, 70)} Residents have been pushing for a vote on the ${shared} . ${prose(4, 70)} ${alsoShared}`,
  );
  const r = overlap([a, b, ...others], { outlets: [] });
  const pair = r.pairs.find((p) => [p.a, p.b].sort().join() === 'a1,b1');
  return { pair, kinds: (pair?.passages ?? []).map((x) => [x.kind, x.text]) };
};

describe('a formula of common phrases', () => {
  it('is stock when every three-word run of it is written across the corpus', () => {
    const { pair, kinds } = passagesOf('levy');
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([k]) => k === 'stock')).toBe(true);
    expect(pair!.passages[0].kind_because).toMatch(/three-word runs/);
    expect(pair!.credit).toBe('none-needed');
  });
  it('stays reuse when it holds a run few articles write', () => {
    const { kinds } = passagesOf('1,742 spools of russet yarn');
    expect(kinds.some(([k]) => k === 'reuse')).toBe(true);
  });
});

// Two common phrases written side by side by chance hold one rarer run where they meet, or at an edge ("to the U.S.
// from Mexico when he was", "is up for reelection in 2016 and"): seen on real coverage between articles of different
// events.
describe('common phrases joined by chance', () => {
  it('are stock when the pair shares nothing else', () => {
    const { pair, kinds } = passagesOf('harbour');
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every(([k]) => k === 'stock')).toBe(true);
    expect(pair!.passages[0].kind_because).toMatch(/but one/);
  });
  it('stay reuse in a pair that shares a copied sentence too', () => {
    const { kinds } = passagesOf('harbour', 'Crews loaded 1,742 spools of russet yarn onto the barge .');
    expect(kinds.filter(([k]) => k === 'reuse').length).toBe(2);
  });
});
