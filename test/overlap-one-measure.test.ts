// One pair, one measure: notebook 02 described a near-copy as "1170 words of copied or rewritten narration" beside the
// pair table's "606 matched words of reuse" and the report's "takes 88% of its words": the aligned sentences copied
// word for word were counted again on top of the passages that hold them, and the shares named no count. Now the
// description counts each word once and names both shares, and the finding gives its share with the matched words.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { describePair } from '../lib/explore/pairs-to-read.js';
import { pairToReadFirst } from '../lib/overlap/reuse-rank.js';
import { reuseFindings } from '../lib/report/reuse-findings.js';
import { seededProse } from './helpers/prose.js';

const WORDS = (
  'harbour council ferry budget pier storm levy bridge dredging tender contract engineer tide quay warehouse ' +
  'crane freight schedule mayor inspector timber concrete barrier channel vessel cargo permit deadline review'
).split(' ');

describe('a near-copy is described with one count of its reused words', () => {
  const story = seededProse(WORDS, 7, 330, 15);
  const a = analyseCorpus(
    corpusFromRecords([
      { id: 'src', outlet: 'Coastline Wire', date: '2026-04-01', title: 'Council orders pier repairs', text: story },
      {
        id: 'cp',
        outlet: 'Bayside Ledger',
        date: '2026-04-02',
        title: 'Pier repairs ordered',
        text: `${story}\n${seededProse(WORDS, 99, 40, 10)}`,
      },
    ]),
  );
  const titles = new Map(a.corpus.articles.map((x) => [x.id, x.title ?? '']));
  const pair = a.overlap.pairs.find((p) => p.kind === 'cross-outlet')!;

  it('the fixture is a near-copy whose aligned sentences lie inside its reuse passages', () => {
    expect(pair.rewritten_verbatim).toBeGreaterThan(0);
    expect(pair.matched.reuse).toBeGreaterThan(300);
  });

  it('notebook 02 gives the matched words the pair table gives, and the reused share the report gives', () => {
    const text = describePair(pair, titles);
    const words = Number(/share (\d+) words of copied or rewritten narration/.exec(text)?.[1]);
    expect(words).toBe(pair.matched.reuse);
    expect(pairToReadFirst([pair])!.why).toContain(`${pair.matched.reuse} words`);
    const share = `${Math.round(pair.reuse_b_in_a * 100)}%`;
    expect(text).toContain(`${share} of the second's`);
    const outletOf = new Map(a.corpus.articles.map((x) => [x.id, x.outlet]));
    const finding = reuseFindings(a.overlap, [pair], outletOf, titles)[0].text;
    expect(finding).toContain(`takes ${share} of its words (${pair.matched.reuse} matched words)`);
  });
});
