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

const FIRST = [
  'Harbour Council leader Mara Vale won a vote on Tuesday to close the Eastside Ferry Terminal by the end of March .',
  'The Coastal Works Board will pay for a new pier at Gull Point , the council said .',
  'Vale told councillors the Eastside Ferry Terminal had lost money for nine straight years .',
  'Opposition councillor Ben Okafor called the plan a betrayal of Eastside families .',
  'About 40 protesters gathered outside the Harbour Council chamber before the vote .',
  'The Gull Point pier is expected to open in the autumn of next year .',
  'Ferry users will be offered a free shuttle bus while the work goes on .',
].join(' ');

// the same story from its own angle: the names and titles recur, no sentence is the first one's rewritten
const OWN_ANGLE = [
  'Commuters in Eastside face longer journeys after Harbour Council leader Mara Vale won her ferry vote on Tuesday .',
  'Nurses who cross the bay each morning fear missed shifts at the general hospital .',
  'Opposition councillor Ben Okafor called the closure cruel to shift workers .',
  'A petition against the closure has gathered twelve thousand names since January .',
  'The last ferry is due to sail from the Eastside Ferry Terminal on a Sunday evening .',
  'Shop owners near the quay say trade will fall by half .',
  'The Coastal Works Board declined to comment .',
].join(' ');

// the first article retold sentence by sentence in other words
const RETOLD = [
  'Commuters in Eastside face longer journeys after Harbour Council leader Mara Vale won her ferry vote on Tuesday .',
  'Under her plan the Eastside Ferry Terminal shuts at the end of March and services move to Gull Point .',
  'Money for the move comes from the Coastal Works Board , officials confirmed .',
  'Opposition councillor Ben Okafor called the closure cruel to Eastside families .',
  'Dozens of protesters waited outside the Harbour Council chamber to hear the result .',
  'Vale said losses at the old terminal over nine years could no longer be carried .',
  'A free replacement shuttle bus will run until the new pier opens next autumn .',
].join(' ');

const run = (second: string) => {
  const records = [
    {
      id: 'hp',
      outlet: 'Harbour Post',
      date: '2026-03-01',
      title: 'Council votes to shut ferry terminal',
      text: FIRST,
    },
    {
      id: 'vh',
      outlet: 'Valley Herald',
      date: '2026-03-01',
      title: 'Eastside commuters lose their ferry',
      text: second,
    },
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
