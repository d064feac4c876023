// A role set before a name whose first word is a month's ("Unity lawyer August Varga", "Unity aide June Holt") is the
// person's title, as before any other name; a month with a number or a day after it is a date ("Unity lawyers
// March 3 filed"), and the phrase stays the group's. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { entityLabelMentions } from '../lib/framing/labels.js';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unity lawyer August Varga argued the case. The lawyers who spoke were calm. Unity lawyers said the ruling was wrong. Unity lawyers in March filed a brief.',
  ],
  [
    'South Wire',
    'The court heard Unity lawyer August Varga on Monday. The lawyers who lost were calm. Unity lawyers said little.',
  ],
];

describe('a role before a name opening on a month’s word', () => {
  const docs = outletDocs('m', TEXTS);
  const unity = wordEntity(docs, 'unity', 'Unity Party', 'group', 'Unity');
  const varga = wordEntity(docs, 'varga', 'August Varga', 'person', 'August Varga');

  it('is no group of the body’s people', () => {
    const groups = groupsOf(docs, [unity, varga]);
    const labels = groups.filter((m) => m.targetName === 'Unity Party lawyers').map((m) => m.label);
    expect(labels).toEqual(['Unity lawyers', 'Unity lawyers', 'Unity lawyers']);
  });

  it('is the person’s title', () => {
    const titles = entityLabelMentions(docs, [varga], ['president'])
      .filter((m) => m.target === 'varga' && m.kind === 'title')
      .map((m) => m.label);
    expect(titles).toEqual(['Unity lawyer', 'Unity lawyer']);
  });
});

describe('a month’s word the name was read without', () => {
  const docs = outletDocs('n', [
    [
      'North Post',
      'The court heard Unity lawyer August Varga on Monday. In August Varga spoke again. Later the Unity lawyer , August Varga , asked for time.',
    ],
  ]);
  // the entity reader took "August" for a date: the mention is the surname alone
  const varga = wordEntity(docs, 'varga', 'Varga', 'person', 'Varga');

  it('is the first name the title stands before', () => {
    const labels = entityLabelMentions(docs, [varga], ['president'])
      .filter((m) => m.target === 'varga' && m.kind !== 'name')
      .map((m) => `${m.kind}: ${m.label}`);
    expect(labels).toContain('title: Unity lawyer');
    expect(labels.some((l) => /August|In/.test(l))).toBe(false);
  });
});
