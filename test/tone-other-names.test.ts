// Tone: only the main actors' names left the tone masks, so another name's scored word ("Freedom" of a caucus that is
// no main actor: AFINN +2) still read as praise in the outlet's "(all)" row. Every name the entity stage found now
// leaves them. And a tone stand-out rested on cells whose sentences all come from one article of an outlet of several
// (the notebook filtered only outlets of one article): such a cell is one piece's tone, and is left out in lib.
// Invented outlets, people and bodies.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { toneStandouts } from '../lib/explore/tone-standouts.js';

describe('a name outside the main actors carries no tone', () => {
  it('leaves the outlet overall neutral when its plain sentences name the Freedom League', () => {
    const voice = (n: number) =>
      `Governor Ivo Brenn met the harbour board on day ${n}. Governor Brenn said the pier would stay shut until June. ` +
      `Brenn read the report on the pier, and Brenn signed it. The Freedom League met in Varna on day ${n}.`;
    const post = (n: number) =>
      `Brenn toured the ferry yard in Ruse on day ${n}, and the workers showed Brenn the old cranes. Brenn left at ` +
      `noon, and Brenn drove to the pier. The Freedom League named a new chair for its pier committee.`;
    const records = [0, 1, 2, 3].map((i) => ({
      id: `a${i}`,
      outlet: i % 2 ? 'Quayside Post' : 'Harbour Voice',
      date: '2026-03-01',
      text: (i % 2 ? post : voice)(i + 2),
    }));
    const a = analyseCorpus(corpusFromRecords(records), { framing: { maxEntities: 1 } });
    expect(a.entities.entities.some((e) => e.name === 'Freedom League')).toBe(true);
    const overall = a.framing.tone.filter((r) => r.entity === '(all)');
    expect(overall.length).toBe(2);
    for (const r of overall) expect(r.positive).toBe(0);
  });
});

describe('tone stand-outs', () => {
  const cell = (outlet: string, entity: string, mean: number, sentences: number, articles: number) => ({
    outlet,
    entity,
    mean,
    sentences,
    articles,
  });
  const scores = Array.from({ length: 200 }, (_, i) => ((i % 9) - 4) / 20);

  it('do not rest on a cell whose sentences all come from one article of an outlet of several', () => {
    const rows = [
      cell('Quayside Post', '(all)', 0, 120, 6),
      cell('Quayside Post', 'Ivo Brenn', -0.6, 12, 1), // one angry column among six articles
      cell('Harbour Voice', '(all)', 0, 120, 5),
      cell('Harbour Voice', 'Ivo Brenn', -0.6, 12, 4),
    ];
    const out = toneStandouts(rows, scores);
    expect(out.map((s) => s.outlet)).toEqual(['Harbour Voice']);
  });

  it('leave out every cell of an outlet of one article', () => {
    const rows = [cell('Pier Sheet', '(all)', 0, 60, 1), cell('Pier Sheet', 'Ivo Brenn', 0.7, 20, 1)];
    expect(toneStandouts(rows, scores)).toEqual([]);
  });
});
