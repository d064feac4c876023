// The pair a notebook reads closely: copied narration before a larger pair that only carries the same quote, and a
// pair that shares only a third party's words is never told as one outlet taking from the other.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { describePair, pairCountsText, pairsToRead, reusedWords } from '../lib/explore/pairs-to-read.js';
import { pairToReadFirst } from '../lib/overlap/reuse-rank.js';

const QUOTE =
  'We will rebuild every flooded school in the valley before the winter term begins, and no family will pay for the ' +
  'repairs out of its own pocket, because the storm was nobody’s fault and the recovery is everybody’s duty';
const COPIED =
  'Engineers from the Calloway dam authority spent eleven nights pumping silt out of the Brenning culverts while ' +
  'volunteers stacked sandbags along the orchard road, and the county opened a shelter in the old tannery on Pell Street';

const records = [
  {
    id: 'q1',
    outlet: 'Harbor Daily',
    date: '2026-03-02',
    title: 'Governor promises to rebuild flooded schools',
    text: `The governor spoke at the fire station on Monday. “${QUOTE},” Governor Ada Moss said.`,
  },
  {
    id: 'q2',
    outlet: 'Metro Post',
    date: '2026-03-02',
    title: 'Moss pledges school repairs at no cost to families',
    text: `Speaking to reporters, Ada Moss made a pledge. “${QUOTE},” she said.`,
  },
  {
    id: 'c1',
    outlet: 'Valley Herald',
    date: '2026-03-01',
    title: 'Crews work through the night as the river falls',
    text:
      `${COPIED}. The river fell by a metre overnight, according to gauges read at dawn. ` +
      'Farmers along the eastern bank counted their losses as the water drained from the lower fields. ' +
      'Schools stayed closed for a third day, and the bus depot remained under half a metre of mud. ' +
      'Insurance assessors are expected to arrive on Thursday, the county clerk wrote in a notice to residents. ' +
      'Two bridges on the northern route reopened to light traffic in the afternoon.',
  },
  {
    id: 'c2',
    outlet: 'River Times',
    date: '2026-03-02',
    title: 'A town digs out after the flood',
    text:
      `${COPIED}. Shopkeepers on the high street swept water from their floors and set stock out to dry. ` +
      'The town hall held an evening meeting where residents asked about compensation and about the ' +
      'drainage plan, and several people said they had never seen the river so high in fifty years of living ' +
      'beside it. The library lent its hall to a clothing drive, and the bakery gave bread away until noon. ' +
      'Church groups organised rotas for the elderly, and the post office reopened on Wednesday morning with a ' +
      'reduced service. Anglers reported dead fish in the backwaters, and the council warned children to keep out ' +
      'of the flood water until it had been tested by the regional laboratory.',
  },
];

describe('pairsToRead and describePair', () => {
  const a = analyseCorpus(corpusFromRecords(records));
  const titles = new Map(a.corpus.articles.map((x) => [x.id, x.title]));
  const quotePair = a.overlap.pairs.find((p) => [p.a, p.b].sort().join() === 'q1,q2');
  const copyPair = a.overlap.pairs.find((p) => [p.a, p.b].sort().join() === 'c1,c2');

  it('the corpus has a larger quote-only pair and a smaller copied pair', () => {
    expect(quotePair && copyPair).toBeTruthy();
    expect(reusedWords(quotePair!)).toBe(0);
    expect(reusedWords(copyPair!)).toBeGreaterThan(20);
    expect(Math.max(quotePair!.a_in_b, quotePair!.b_in_a)).toBeGreaterThan(
      Math.max(copyPair!.a_in_b, copyPair!.b_in_a),
    );
  });

  it('reads the copied pair first, not the pair with the most shared quote', () => {
    const read = pairsToRead(a.overlap);
    expect([read.cross?.a, read.cross?.b].sort()).toEqual(['c1', 'c2']);
    expect(read.crossPairs).toBe(2);
    expect(read.crossWithReuse).toBe(1);
    expect(read.same).toBeUndefined();
  });

  it('tells a quote-only pair as a shared third-party text, by headline, with no outlet taking from the other', () => {
    const text = describePair(quotePair!, titles);
    expect(text).not.toMatch(/took from|likely source/);
    expect(text).toMatch(/Neither took it from the other/);
    expect(text).toContain('“Governor promises to rebuild flooded schools” (Harbor Daily)');
    expect(text).not.toMatch(/\bQ[12]\b/); // no article id, and none capitalised into another one
  });

  it('tells a copied pair with who likely took from whom and the credit', () => {
    const text = describePair(copyPair!, titles);
    expect(text).toMatch(/words of copied or rewritten narration/);
    expect(text).toContain('“A town digs out after the flood” (River Times) likely took from “Crews work through');
    expect(text).toMatch(/credit: (uncredited|none-needed|credited) \(/);
  });
});

describe('pairsToRead picks the pair notebook 02 reads first', () => {
  // A short article whose few reused words are a large share of it, and a pair with more reused narration whose
  // passages are less likely by chance: the report's first pair must be the second, as in notebook 02.
  const pair = (a: string, b: string, words: number, share: number, evidence: number) =>
    ({
      a,
      b,
      outlet_a: `${a} outlet`,
      outlet_b: `${b} outlet`,
      credit: 'none-needed',
      evidence,
      matched: { reuse: words },
      rewritten_words: 0,
      reuse_a_in_b: share,
      reuse_b_in_a: share / 2,
      a_in_b: share,
      b_in_a: share / 2,
    }) as unknown as Parameters<typeof pairsToRead>[0]['pairs'][number];
  const shortHighShare = pair('s1', 's2', 8, 0.2, 3.1);
  const moreEvidence = pair('e1', 'e2', 17, 0.05, 9.2);

  it('ranks by evidence of reuse, not by the reused share of a short article', () => {
    const picked = pairsToRead({ pairs: [shortHighShare, moreEvidence] });
    expect(picked.cross?.a).toBe('e1');
    expect(pairToReadFirst([shortHighShare, moreEvidence])?.pair.a).toBe(picked.cross?.a);
  });
});

describe("notebook 02's count of pairs", () => {
  it('does not call like narration under the evidence of copying copied', () => {
    const text = pairCountsText({ crossPairs: 6, crossWithReuse: 6, crossCopying: 0, samePairs: 1, sameWithReuse: 0 });
    expect(text).not.toMatch(/copied or rewritten narration/);
    expect(text).toMatch(
      /^6 pairs of articles share text across outlets, 6 of them with like narration \(0 with enough/,
    );
    expect(text).toMatch(/1 pair inside one outlet, 0 of them with reused narration\./);
    expect(text).toMatch(/No outlet is shown to take narration from another/);
  });

  it('counts the pairs whose reuse has a credit verdict as copying shown', () => {
    const a = analyseCorpus(corpusFromRecords(records));
    const read = pairsToRead(a.overlap);
    expect(read.crossCopying).toBe(1);
    const text = pairCountsText(read);
    expect(text).toMatch(
      /^2 pairs of articles share text across outlets, 1 of them with like narration \(1 with enough/,
    );
    expect(text).not.toMatch(/No outlet is shown/);
    expect(pairCountsText({ ...read, crossPairs: 1 })).toMatch(/^1 pair of articles shares text/);
  });
});
