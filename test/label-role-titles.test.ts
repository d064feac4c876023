// A role named after a body and set before a person's name is the person's title: "Unity nominee Ada Marsh",
// "Unity strategist Ben Holt" are how outlets name Marsh and Holt, neither a label of the Unity Party nor a group of
// its people; nor is "the Unity nominee", one person named back. Unity's strategists and past nominees named as a
// group ("Unity strategists said …") stay a group of their own. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityLabelMentions } from '../lib/framing/labels.js';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unity nominee Ada Marsh said the vote was close. Unity strategist Ben Holt agreed. Unity strategists said turnout was high. The strategists who ran the count were calm. The Unity nominee’s staff spoke last. Unity nominees who ran before said they lost. The nominees who lost were calm.',
  ],
  [
    'South Wire',
    'Unity nominee Ada Marsh rallied in Lorvik on Monday. Unity strategists said the count was late. The strategists who spoke were calm. Unity strategist Ben Holt said little. Her staff thanked the presumptive Unity nominee. Unity nominees who ran before said they lost. The nominees who lost were calm.',
  ],
];

describe('a role before a person’s name', () => {
  const docs = outletDocs('u', TEXTS);
  const unity = wordEntity(docs, 'unity', 'Unity Party', 'group', 'Unity');
  const marsh = wordEntity(docs, 'marsh', 'Ada Marsh', 'person', 'Ada Marsh');
  const groups = groupsOf(docs, [unity, marsh], { titles: ['president'] });

  it('is no group of the body’s people', () => {
    const labels = groups.filter((m) => m.targetName === 'Unity Party strategists').map((m) => m.label);
    expect(labels).toEqual(['Unity strategists', 'Unity strategists']);
    // "the Unity nominee", one person named back; "Unity nominees of past years" are a group
    expect(groups.filter((m) => /Unity nominee/.test(m.label)).map((m) => m.label)).toEqual([
      'Unity nominees',
      'Unity nominees',
    ]);
  });

  it('is the person’s title', () => {
    const titles = entityLabelMentions(docs, [marsh], ['president'])
      .filter((m) => m.target === 'marsh' && m.kind === 'title')
      .map((m) => m.label);
    expect(titles).toEqual(['Unity nominee', 'Unity nominee']);
  });
});
