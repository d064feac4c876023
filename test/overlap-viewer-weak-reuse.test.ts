// A newsroom formula two unrelated articles share ("spoke on condition of anonymity under ground rules set by the")
// is reuse by the counts, under the evidence floor, and the pair gets no credit verdict (`none-needed`); the passage
// viewer drew it in reuse's colour like copied narration. It now shows it as weak reuse, and says why. Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { passageViewFor } from '../lib/report/passages.js';
import { fillerProse } from './helpers/prose.js';

const FORMULA = 'The official spoke on the record only after the briefing room had been cleared';

describe('the passage viewer on reuse under the evidence floor', () => {
  const a = analyseCorpus(
    corpusFromRecords([
      {
        id: 'p1',
        outlet: 'Harbour Post',
        date: '2026-05-01',
        title: 'Dock strike ends',
        text: `${fillerProse(11, 80)}\n${FORMULA} .\n${fillerProse(12, 80)}`,
      },
      {
        id: 'v1',
        outlet: 'Valley Herald',
        date: '2026-05-03',
        title: 'Rail fares rise',
        text: `${fillerProse(13, 80)}\n${FORMULA} .\n${fillerProse(14, 80)}`,
      },
    ]),
  );
  const pair = a.overlap.pairs.find((p) => p.kind === 'cross-outlet')!;

  it('the fixture shares one short reuse passage and reaches no credit verdict', () => {
    expect(pair.passages.map((x) => x.kind)).toEqual(['reuse']);
    expect(pair.credit).toBe('none-needed');
  });

  it('shows the passage as weak reuse, with the floor it misses', () => {
    const html = passageViewFor(a.overlap, a.corpus.articles, 'p1', 'v1');
    expect(html).toMatch(/title="passage 1 \(weak reuse\);[^"]*under the evidence floor/);
    expect(html).not.toMatch(/title="passage 1 \(reuse\)/);
    expect(html).toContain('>weak reuse</span>');
  });
});
