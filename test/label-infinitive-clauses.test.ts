// A general noun of people named by an infinitive after it ("a way for more people to move in unlawfully") is a label
// of the group the clause's manner names, as a relative clause is ("people who moved in unlawfully"); an infinitive's
// "without" phrase is a hope or a purpose ("people to live without fear"), no description of the people. Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unlawful tenants filled the tower on Monday. The unlawful tenants who moved in unlawfully refused to leave. ' +
      'Officials counted unlawful tenants on every floor. Many unlawful tenants said they would stay. ' +
      'The people who moved in unlawfully were told to go. Officials met people living in the tower unlawfully. ' +
      'People voting unlawfully were fined. The rule is a way for more people to move in unlawfully. The deal lets ' +
      'people to live without fear, he said.',
  ],
  [
    'South Wire',
    'The tenants who moved in unlawfully said little, and the tenants left. Some unlawful tenants who came late were counted. ' +
      'The people who have moved in unlawfully asked for water. Many tenants living in the tower unlawfully met the mayor, and the tenants cheered. ' +
      'The unlawful tenants said the people hired unlawfully were gone. Tenants who lived without fear cheered, and ' +
      'the tenants who lived without fear stayed.',
  ],
];

describe('an infinitive after a general noun', () => {
  const docs = outletDocs('inf', TEXTS);
  const labels = labelsOfTarget(groupsOf(docs, []), 'tenants');

  it('names the group its manner names', () => {
    expect(labels).toContain('North Post: people to move in unlawfully');
  });

  it('names no one by its "without" phrase', () => {
    expect(labels.some((l) => /fear/.test(l))).toBe(false);
  });
});
