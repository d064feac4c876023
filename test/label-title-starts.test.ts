// Where a title before a name starts when the words before it run on without a comma: a place after a sentence's
// opening preposition, an outlet's name opened by a capitalised "The" inside a sentence (a lost sentence break), a
// sentence adverb or a web page's call opening a line, and a verb in "-s" between its subject and a lower-case title.
// None of them is part of the title. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityLabelMentions } from '../lib/framing/labels.js';
import { outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Talks went on in the capital. From Varnholm Secretary of State Ivo Brenn warned that time was short. ' +
      'The deal is near, according to The Daily Lantern Secretary of State Ivo Brenn said on Monday.\n' +
      'Hopefully President Ivo Brenn will sign it. Watch President Ivo Brenn speak tonight.\n' +
      'Critics scoffed, but Kettle envisions former president Ivo Brenn speaking out. ' +
      'Officials met Foreign Minister Ivo Brenn and Deputy Secretary of State Ivo Brenn again.',
  ],
];

describe('a title after words that run on into it', () => {
  const docs = outletDocs('ts', TEXTS);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');
  const titles = entityLabelMentions(docs, [brenn], ['president', 'secretary', 'minister', 'foreign', 'deputy'])
    .filter((m) => m.kind === 'title')
    .map((m) => m.label);

  it('leaves out a place, an outlet, an adverb, a reader’s call and a verb before it', () => {
    expect(titles).toEqual([
      'Secretary of State',
      'Secretary of State',
      'Foreign Minister',
      'Deputy Secretary of State',
    ]);
  });
});
