// The report's list of main actors showed an entity's spellings as the tokeniser left them ("U.S ." beside "U.S.",
// "( Donald ) Trump"), while the spellings finding above it counted them as one: the list now shows the spellings a
// reader tells apart, as the finding does. Invented outlets and wording, written in pre-tokenised copy.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { entitiesSection } from '../lib/report/sections/entities.js';

const text = (i: number) =>
  `The U.S . envoy met officials in Varna on day ${i + 2} . ` +
  `The U.S. delegation said talks with the U.S . Treasury would resume , and U.S . aid of ${i + 5} million was promised . ` +
  `The United States will send ${i + 3} engineers to Varna , the U.S. embassy said .`;

describe('spellings in the list of main actors', () => {
  const recs = [0, 1, 2, 3].map((i) => ({
    id: `a${i}`,
    outlet: i % 2 ? 'Coast Daily' : 'Evening Star',
    date: '2026-03-01',
    text: text(i),
  }));
  const html = entitiesSection(analyseCorpus(corpusFromRecords(recs))).html ?? '';
  const item = html.split('<li').find((li) => li.includes('<b>United States</b>')) ?? '';

  it('lists each spelling once, as a reader writes it', () => {
    expect(item).toContain('“U.S.”');
    expect(item).toContain('“United States”');
    expect(item).not.toContain('“U.S .”');
  });
});
