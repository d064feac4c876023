// A general noun whose clause's verb makes the group's own head ("people who squatted in the tower without leases":
// squatters) names that group, though the group's own clauses never take the verb; a verb that makes no head of the
// group ("people voting without leases") still names no one. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';
import { namesVerb } from '../lib/framing/label-clauses.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The squatters who moved in without leases refused to leave on Monday. Officials counted the squatters on every ' +
      'floor. The people who squatted in the tower without leases were told to go. People voting without leases were ' +
      'fined.',
  ],
  [
    'South Wire',
    'The squatters who came late said little, and the squatters left. Many squatters living in the tower without ' +
      'leases met the mayor. The people who came to watch said little.',
  ],
];

describe('a clause whose verb makes the group’s head', () => {
  const docs = outletDocs('q', TEXTS);
  const labels = labelsOfTarget(groupsOf(docs, []), 'squatters');

  it('names the group', () => {
    expect(labels).toContain('North Post: people who squatted in the tower without leases');
    expect(namesVerb('immigrant', 'migrat')).toBe(true);
    expect(namesVerb('tenant', 'vot')).toBe(false);
  });

  it('leaves a verb that makes no head of the group', () => {
    expect(labels.some((l) => /voting/.test(l))).toBe(false);
  });
});
