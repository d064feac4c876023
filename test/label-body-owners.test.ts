// "Norland and its allies", "the Unity Party … Its supporters": the people of the state or body the pronoun stands
// for, named after it as "Norland's allies" is; a pronoun whose sentence and the one before name two such owners, or
// none, stays out. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Norland and its allies met in Varna on Monday. The allies who came were calm. The allies said little.\n' +
      'The Unity Party held a rally on Tuesday. Its supporters cheered the speech. The supporters who came were loud.',
  ],
  [
    'South Wire',
    'Officials said Norland and its allies would meet again. The supporters said the rally was calm.\n' +
      'The Unity Party spoke on Friday. Its supporters marched.\n' +
      'The Unity Party and Norland signed a deal on Friday. Its allies were not told, and their allies left.',
  ],
];

describe('a tie owned by "its" or "their"', () => {
  const docs = outletDocs('b', TEXTS);
  const norland = wordEntity(docs, 'norland', 'Norland', 'place', 'Norland');
  const unity = wordEntity(docs, 'unity', 'Unity Party', 'group', 'Unity Party');
  const groups = groupsOf(docs, [norland, unity]);
  const labelsOf = (name: string) => labelsOfTarget(groups, name);

  it('is the group of the state or body the pronoun stands for', () => {
    expect(labelsOf('Norland allies')).toEqual(['North Post: its allies', 'South Wire: its allies']);
    expect(labelsOf('Unity Party supporters')).toEqual(['North Post: Its supporters', 'South Wire: Its supporters']);
  });

  it('stays out when two owners are named', () => {
    expect(
      groups.some((m) => /^(?:its|their) allies$/i.test(m.label) && m.start > docs[1].text.indexOf('signed')),
    ).toBe(false);
  });
});
