// A pair graded rewritten must carry evidence a reader can see. Two outlets writing one council story in their own
// words share its names and titles in short runs, which put the graded score just over chance with no passage and no
// sentence rewritten from the other: such a pair took nothing and is not output (it was listed as "rewritten" with
// nothing to show). A retelling that follows the other sentence by sentence is output, and the passage viewer sets its
// aligned sentences side by side, named by headline rather than id. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { passageViewFor } from '../lib/report/passages.js';
import { fillerProse } from './helpers/prose.js';
import { ferryRecords, OWN_ANGLE, RETOLD } from './helpers/ferry-story.js';

const run = (second: string) => {
  const records = [
    ...ferryRecords(second),
    ...[0, 1, 2, 3, 4, 5].map((i) => ({
      id: `f${i}`,
      outlet: `Other ${i}`,
      date: '2026-02-01',
      title: `Other ${i}`,
      text: fillerProse(10 + i, 200),
    })),
  ];
  const articles = corpusFromRecords(records).articles;
  const docs = analyseAll(articles);
  const result = overlap(docs);
  return { result, docs: docs.map((d, i) => ({ ...d, title: articles[i].title })) };
};

describe('a pair graded rewritten carries evidence a reader can see', () => {
  it('one story told from two angles, sharing names and titles only, is no pair', () => {
    const { result } = run(OWN_ANGLE);
    expect(result.stats.candidates).toBe(1);
    expect(result.pairs).toEqual([]);
  });

  it('a sentence-by-sentence retelling is a rewritten pair whose aligned sentences the viewer sets side by side', () => {
    const { result, docs } = run(RETOLD);
    const pair = result.pairs.find((p) => p.a === 'hp' && p.b === 'vh');
    expect(pair?.grade).toBe('rewritten');
    expect(pair?.passages).toEqual([]);
    const html = passageViewFor(result, docs, 'hp', 'vh');
    expect(html).toContain('share no passage word for word');
    expect(html).toContain('Aligned sentences');
    // a sentence of each side in one row of the table, under the articles' headlines
    const row = html.split('<tr>').find((r) => r.includes('Coastal Works Board') && r.includes('officials confirmed'));
    expect(row).toBeDefined();
    expect(html).toContain('<th>“Council votes to shut ferry terminal” (Harbour Post)</th>');
    expect(html).not.toMatch(/<th>hp<\/th>/);
  });
});
