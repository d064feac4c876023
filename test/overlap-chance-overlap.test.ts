// A short run two outlets share by chance ("in the 1960s as part of a") in a pair whose reuse reaches no verdict is
// chance overlap once the corpus compared enough text that one such run is expected by chance (chance-overlap.ts):
// it is stock, not "copied or rewritten narration". The same run between two short articles, or beside real copy,
// stays reuse. Fixtures written for this test: filler prose around invented council sentences.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { chanceFloor } from '../lib/overlap/chance-overlap.js';
import { buildIndex } from '../lib/overlap/fingerprints.js';
import { wideFillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, text: string) =>
  analyse({ id, outlet, date: '2026-04-02', text, paragraphs: [] });

const RUN = 'the harbour board met on Tuesday in';
const COPY =
  'Dredging crews working for the Tallmere port authority found an unexploded naval mine under the north quay , ' +
  'and the coast guard closed the channel to all traffic until divers from Kestrel Point could remove it safely .';

const pairOf = (words: number, shared: string) => {
  const a = `${wideFillerProse(11, words)} Then ${RUN} the evening . ${shared} ${wideFillerProse(12, words)}`;
  const b = `${wideFillerProse(21, words)} Later ${RUN} a hurry . ${shared} ${wideFillerProse(22, words)}`;
  const r = overlap([doc('a', 'Valley Ledger', a), doc('b', 'Harbour Gazette', b)]);
  return r.pairs.find((p) => p.a === 'a' || p.b === 'a');
};
const runOf = (p: ReturnType<typeof pairOf>) => p?.passages.find((x) => x.text.includes('met on Tuesday'));

describe('chance overlap', () => {
  it('reads a short run under the chance floor, in a pair with no verdict, as chance overlap', () => {
    const p = pairOf(4500, '');
    expect(runOf(p)?.kind).toBe('stock');
    expect(runOf(p)?.kind_because).toMatch(/^chance overlap/);
    expect(p?.credit).toBe('none-needed');
    expect(p?.credit_because).toBe('only common-source or stock text is shared');
    expect(p?.matched.reuse).toBe(0);
  });
  it('keeps the run as reuse between two short articles (guard: little text compared)', () => {
    const p = pairOf(150, '');
    expect(runOf(p)?.kind).toBe('reuse');
  });
  it('keeps the run as reuse beside copy that carries a verdict (guard)', () => {
    const p = pairOf(4500, COPY);
    expect(p?.credit).toBe('uncredited');
    expect(runOf(p)?.kind).toBe('reuse');
  });
  it('sets the floor by the text compared: the shorter article of each pair', () => {
    const docs = [wideFillerProse(1, 1000), wideFillerProse(2, 100), wideFillerProse(3, 10)].map((t, i) =>
      doc(`d${i}`, 'X', t),
    );
    const index = buildIndex(docs, {}, []);
    const pairs = [
      { a: 0, b: 1 },
      { a: 0, b: 2 },
      { a: 1, b: 2 },
    ];
    const words = [0, 1, 2].map((i) => index.offsets[i + 1] - index.offsets[i]);
    const floor = chanceFloor(index, pairs);
    expect(floor).toBeCloseTo(Math.log10(words[1] + 2 * words[2]), 2);
    expect(chanceFloor(index, [])).toBe(0);
  });
});
