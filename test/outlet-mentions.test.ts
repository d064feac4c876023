// News outlets in the charts of who each outlet covers: an outlet naming itself ("told CNN" in CNN) and a credit of a
// source ("according to Reuters", "( AP ) —", "The Associated Press contributed to this report") are not coverage of
// that outlet; an outlet named as the subject of news ("Donald Trump attacked CNN") is.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { entitiesSection } from '../lib/report/sections/entities.js';
import { framingSection } from '../lib/report/sections/framing.js';
import type { Figure } from '../lib/types.js';

const cnn = (i: number) =>
  `( CNN ) -- Hamas fighters fired ${i + 20} rockets at Sderot on day ${i + 1}, and Israel struck ${i + 3} targets in Gaza. ` +
  `Hamas spokesman Osama Hamdan told CNN that Hamas would fight on. A CNN team saw ${i + 4} homes destroyed in Gaza. ` +
  `Israeli spokesman Mark Regev told CNN that Hamas had broken the truce ${i + 2} times.`;
const times = (i: number) =>
  `GAZA CITY , Gaza Strip ( AP ) — Israel and Hamas held a truce on day ${i + 1} as ${i + 5} trucks entered Gaza. ` +
  `Hamas leaders met in Cairo, according to Reuters. Egypt pressed Hamas to extend the truce by ${i + 6} days, Reuters reports. ` +
  `Mark Regev said Israel would wait. The Associated Press contributed to this report.`;
const fox = (i: number) =>
  `Donald Trump attacked CNN on day ${i + 1}, calling CNN a disgrace for its Gaza coverage. ` +
  `Donald Trump said CNN had lied about Hamas ${i + 2} times, and Donald Trump demanded that CNN apologise to Israel. ` +
  `CNN answered Donald Trump within ${i + 3} hours, standing by its story about Gaza.`;

const records = [0, 1, 2].flatMap((i) => [
  { id: `c${i}`, outlet: 'CNN (Web News)', date: `2014-08-0${i + 1}`, title: `Gaza day ${i + 1}`, text: cnn(i) },
  { id: `w${i}`, outlet: 'Washington Times', date: `2014-08-0${i + 1}`, title: `Truce day ${i + 1}`, text: times(i) },
  { id: `f${i}`, outlet: 'Fox News', date: `2014-08-0${i + 1}`, title: `Trump and CNN ${i + 1}`, text: fox(i) },
]);

/** Row label -> column label -> value of a heatmap figure's first trace. */
function cells(fig: Figure): Map<string, Map<string, number>> {
  const t = fig.data[0] as { x: string[]; y: string[]; z: (number | null)[][] };
  const plain = (s: string) => s.replace(/<[^>]*>/g, '');
  return new Map(t.y.map((y, i) => [plain(y), new Map(t.x.map((x, j) => [plain(x), t.z[i][j] ?? 0]))]));
}

describe('news outlets as actors', () => {
  const analysis = analyseCorpus(corpusFromRecords(records));

  it('the entity heatmap counts CNN where Fox News covers it, not where CNN names itself, and no agency credit', () => {
    const section = entitiesSection(analysis);
    const heat = section.figures.find((f) => /talks about whom/.test(JSON.stringify(f.layout)))!;
    const rows = cells(heat);
    expect(rows.get('CNN')?.get('Fox News')).toBeGreaterThan(0);
    expect(rows.get('CNN')?.get('CNN (Web News)') ?? 0).toBe(0);
    expect([...rows.keys()].filter((k) => /Reuters|Associated Press|^AP$/.test(k))).toEqual([]);
    expect(rows.get('Hamas')?.get('CNN (Web News)')).toBeGreaterThan(0); // other actors unchanged
    // the entity table still lists every mention
    const table = section.tables.find((t) => t.name === 'entities')!.rows as { entity: string; mentions: number }[];
    expect(table.find((r) => r.entity === 'CNN')?.mentions).toBeGreaterThan(12);
  });

  it('the tone heatmap has no CNN cell in CNN: "…, he told CNN" is not tone toward CNN', () => {
    const fig = framingSection(analysis).figures.find(
      (f) => /^tone/.test(f.name ?? '') || /Tone of own-voice/.test(JSON.stringify(f.layout)),
    )!;
    const text = JSON.stringify(fig.data);
    expect(text).toContain('Hamas');
    const rows = fig.data.flatMap((t) => {
      const tr = t as { x?: string[]; y?: string[]; z?: (number | null)[][] };
      return (tr.y ?? []).flatMap((y, i) =>
        (tr.x ?? []).flatMap((x, j) =>
          tr.z?.[i]?.[j] != null ? [`${y.replace(/<[^>]*>/g, '')} @ ${x.replace(/<[^>]*>/g, '')}`] : [],
        ),
      );
    });
    expect(rows.filter((r) => /^CNN @ CNN/.test(r))).toEqual([]);
    expect(rows.some((r) => /^CNN @ Fox News/.test(r))).toBe(true);
  });
});
