// An "-ed" word the corpus writes as a verb's participle ("has allowed", "had barred") is the verb, not a modifier,
// after a word that can be its subject, a noun ("The ward exemption allowed unlawful tenants to stay", "the rule
// initially barred tenants"); a word the corpus writes as an adjective ("the detained tenants") stays a modifier.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The ward exemption allowed unlawful tenants to stay. The rule initially barred tenants from the roof. ' +
      'The council has allowed repairs, and it had barred visitors before. Only the allowed guests passed the barred ' +
      'windows. The detained tenants who stayed were calm, and the tenants said little.',
  ],
  [
    'South Wire',
    'Officials have allowed the tenants to stay, and they have barred the gates. The detained tenants who came late ' +
      'said little. Many detained tenants were calm, and the officers had detained the tenants overnight. The ' +
      'unlawful tenants left.',
  ],
];

describe('a participle before a group’s head', () => {
  const docs = outletDocs('pp', TEXTS);
  const labels = groupsOf(docs, []).map((m) => `${m.outlet}: ${m.label}`);

  it('is the verb after a word that opens no noun phrase', () => {
    expect(labels.some((l) => /allowed|barred/.test(l))).toBe(false);
    expect(labels).toContain('North Post: unlawful tenants');
  });

  it('stays a modifier the corpus writes as an adjective', () => {
    expect(labels.filter((l) => l.endsWith('detained tenants'))).toHaveLength(3);
  });
});
