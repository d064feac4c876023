// Tone in words: a cell is said to stand out only when it differs from the rest of its outlet's own-voice sentences
// by more than chance, and every number carries its unit and its sample sizes.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { standoutBar, toneStandouts, toneStandoutText, type ToneStandout } from '../lib/explore/tone-standouts.js';

// sentence scores of a corpus: spread about 0.15, like news text
const scores = Array.from({ length: 400 }, (_, i) => ((i % 7) - 3) * 0.07);

describe('toneStandouts', () => {
  it('compares a cell with the rest of its outlet, not with the outlet including it', () => {
    const rows = [
      { outlet: 'Harbor Daily', entity: '(all)', mean: -0.05, sentences: 100 },
      { outlet: 'Harbor Daily', entity: 'Ada Moss', mean: -0.25, sentences: 20 },
    ];
    const [s] = toneStandouts(rows, scores);
    expect(s.restSentences).toBe(80);
    expect(s.restMean).toBeCloseTo(0, 4); // (-5 + 5) / 80
    expect(s.z).toBeLessThan(-1.96);
    const text = toneStandoutText([s]);
    expect(text).toMatch(/^Tone that stands out/);
    expect(text).toContain(
      'Ada Moss in Harbor Daily: mean −0.25 against 0.00 AFINN points per word (20 and 80 sentences',
    );
  });

  it('calls a small gap on few sentences a hint, not the most negative tone', () => {
    const rows = [
      { outlet: 'Metro Post', entity: '(all)', mean: -0.06, sentences: 82 },
      { outlet: 'Metro Post', entity: 'Council', mean: -0.11, sentences: 12 },
      { outlet: 'Metro Post', entity: 'Mayor', mean: 0.02, sentences: 3 }, // too few sentences to compare
    ];
    const st = toneStandouts(rows, scores);
    expect(st.map((s) => s.entity)).toEqual(['Council']);
    expect(Math.abs(st[0].z)).toBeLessThan(1.96);
    const text = toneStandoutText(st);
    expect(text).toMatch(/^No actor's tone in an outlet stands out/);
    expect(text).not.toMatch(/most negative/);
  });

  it('raises the bar with the number of cells read at once, so chance does not make a finding', () => {
    expect(standoutBar(1)).toBe(1.96);
    expect(standoutBar(20)).toBeCloseTo(3.02, 1);
    // 20 cells, the largest at z = 2.5: one cell in 20 passes 1.96 by chance alone
    const cells: ToneStandout[] = Array.from({ length: 20 }, (_, i) => ({
      outlet: 'Harbor Daily',
      entity: `Actor ${i}`,
      mean: -0.1,
      sentences: 10,
      restMean: 0,
      restSentences: 90,
      z: i === 0 ? -2.5 : -0.5,
    }));
    const text = toneStandoutText(cells);
    expect(text).toMatch(/^No actor's tone in an outlet stands out/);
    expect(text).toContain('the bar for 20 cells read at once');
    expect(toneStandoutText([{ ...cells[0], z: -3.2 }, ...cells.slice(1)])).toMatch(/^Tone that stands out/);
  });

  it('reads the tone rows and sentence scores of a real analysis', () => {
    const text = (i: number) =>
      `The council met on day ${i}. The mayor praised the wonderful new park and its excellent paths. ` +
      `Residents said the bridge repairs were a terrible, awful failure. The library opened late on Monday ${i}.`;
    const a = analyseCorpus(
      corpusFromRecords(
        [0, 1, 2, 3].map((i) => ({ id: `d${i}`, outlet: i % 2 ? 'Metro Post' : 'Harbor Daily', text: text(i) })),
      ),
    );
    expect(a.framing.detail.sentences.length).toBeGreaterThan(0);
    const st = toneStandouts(
      a.framing.tone,
      a.framing.detail.sentences.map((s) => s.score),
    );
    for (const s of st)
      expect(s.sentences + s.restSentences).toBe(
        a.framing.tone.find((r) => r.outlet === s.outlet && r.entity === '(all)')!.sentences,
      );
    expect(typeof toneStandoutText(st)).toBe('string');
  });
});
