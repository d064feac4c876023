// A general noun of people named by the clause after it ("people who moved in unlawfully", "people living in the
// tower unlawfully") is a label of the group the clause's manner names: the corpus writes "unlawful" before "tenants"
// and writes the tenants' own clauses with the same verbs. A clause whose verb the group's own clauses never take
// ("people voting unlawfully") stays no one's, and the label's variant is its manner, however the clause runs.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { labelVariant } from '../lib/framing/label-contrast.js';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unlawful tenants filled the tower on Monday. The unlawful tenants who moved in unlawfully refused to leave. ' +
      'Officials counted unlawful tenants on every floor. Many unlawful tenants said they would stay. ' +
      'The people who moved in unlawfully were told to go. Officials met people living in the tower unlawfully. ' +
      'People voting unlawfully were fined.',
  ],
  [
    'South Wire',
    'The tenants who moved in unlawfully said little, and the tenants left. Some unlawful tenants who came late were counted. ' +
      'The people who have moved in unlawfully asked for water. Many tenants living in the tower unlawfully met the mayor, and the tenants cheered. ' +
      'The unlawful tenants said the people hired unlawfully were gone.',
  ],
];

describe('a general noun named by its clause', () => {
  const docs = outletDocs('c', TEXTS);
  const ms = groupsOf(docs, []);
  const labels = labelsOfTarget(ms, 'tenants');

  it('is a label of the group its manner names', () => {
    expect(labels).toContain('North Post: people who moved in unlawfully');
    expect(labels).toContain('North Post: people living in the tower unlawfully');
    expect(labels).toContain('South Wire: people who have moved in unlawfully');
  });

  it('is keyed and compared by its manner', () => {
    const keys = new Set(ms.filter((m) => /^people/i.test(m.label)).map((m) => m.key));
    expect([...keys]).toEqual(['people … unlawfully']);
    expect(labelVariant('people who moved in unlawfully')).toBe('unlawfully');
    expect(labelVariant('unlawful tenants')).toBe('unlawful');
  });

  it('leaves a clause the group’s own clauses never take, and a verb’s manner', () => {
    expect(ms.some((m) => /voting|hired/.test(m.label))).toBe(false);
  });
});
