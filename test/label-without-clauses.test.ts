// A general noun of people whose clause's manner is "without" and a noun ("people who moved in without leases",
// "people living in the tower without legal leases") is a label of the group whose own heads the corpus writes with a
// clause of that noun ("tenants who moved in without leases") more often than any other group's ("guests who came
// without leases", once), when the group's clauses take the verb too; it is keyed and compared by the phrase from
// "without", however the clause runs. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { labelVariant } from '../lib/framing/label-contrast.js';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The tenants who moved in without leases refused to leave on Monday. Officials counted the tenants on every floor. ' +
      'The people who moved in without leases were told to go. Officials met people living in the tower without ' +
      'legal leases. People voting without leases were fined, and people who came without tickets left. The guests ' +
      'who came without leases were calm, and the guests said little.',
  ],
  [
    'South Wire',
    'The tenants who came late said little, and the tenants left. Many tenants living in the tower without leases met ' +
      'the mayor. The people who have moved in without leases asked for water, the tenants said.',
  ],
];

describe('a general noun named by a clause "without" a noun', () => {
  const docs = outletDocs('w', TEXTS);
  const ms = groupsOf(docs, []);
  const labels = labelsOfTarget(ms, 'tenants');

  it('is a label of the group whose own clauses take the noun', () => {
    expect(labels).toContain('North Post: people who moved in without leases');
    expect(labels).toContain('North Post: people living in the tower without legal leases');
    expect(labels).toContain('South Wire: people who have moved in without leases');
  });

  it('is keyed and compared by the phrase from "without"', () => {
    const people = ms.filter((m) => /^people/i.test(m.label));
    expect([...new Set(people.map((m) => m.key))].sort()).toEqual([
      'people … without leases',
      'people … without legal leases',
    ]);
    expect(labelVariant('people who moved in without leases')).toBe('without leases');
    expect(labelVariant('people who are not here without leases')).toBe('not without leases');
  });

  it('leaves a verb the group’s clauses never take, and a noun they never take', () => {
    expect(ms.some((m) => /voting|tickets/i.test(m.label))).toBe(false);
  });
});
