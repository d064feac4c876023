// A quote one outlet took from another's interview and credits ("“…,” he told the Harbour Post") is reuse of that
// outlet's reporting, but not narration: notebook 02's pair to read first said "21 words of copied or rewritten
// narration" of a president's words from a broadcaster's interview. The pair's description and the reason it is
// read first now say the words are in quote marks. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { describePair } from '../lib/explore/pairs-to-read.js';
import { pairToReadFirst } from '../lib/overlap/reuse-rank.js';
import { fillerProse } from './helpers/prose.js';

const QUOTE =
  'We are going to rebuild every pier on this coast before the summer season opens , and the state will pay for ' +
  'the timber and the labour out of the emergency fund';

describe('reuse inside quote marks is told as quoted words, not narration', () => {
  const a = analyseCorpus(
    corpusFromRecords([
      {
        id: 'hp',
        outlet: 'Harbour Post',
        date: '2026-03-01',
        title: 'Governor vows to rebuild piers',
        text: `${fillerProse(1, 60)}\n\u201C${QUOTE} ,\u201D Governor Ada Moss said in an interview with the Harbour Post .\n${fillerProse(2, 60)}`,
      },
      {
        id: 'vh',
        outlet: 'Valley Herald',
        date: '2026-03-02',
        title: 'Moss promises piers by summer',
        text: `${fillerProse(3, 60)}\n\u201C${QUOTE} ,\u201D Moss told the Harbour Post .\n${fillerProse(4, 60)}`,
      },
    ]),
  );
  const titles = new Map(a.corpus.articles.map((x) => [x.id, x.title ?? '']));
  const pair = a.overlap.pairs.find((p) => p.kind === 'cross-outlet')!;

  it('the pair is reuse the taker credits', () => {
    expect(pair.credit).toBe('credited');
    expect(pair.passages.some((x) => x.kind === 'reuse' && x.quote !== 'narration')).toBe(true);
  });

  it('its description and why it is read first say the words are in quote marks, not narration', () => {
    const text = describePair(pair, titles);
    expect(text).toMatch(/reused words, all in quote marks that one outlet took from the other's interview or article/);
    expect(text).not.toMatch(/narration/);
    const why = pairToReadFirst([pair])!.why;
    expect(why).toMatch(/all in quote marks/);
    expect(why).not.toMatch(/narration/);
  });
});
