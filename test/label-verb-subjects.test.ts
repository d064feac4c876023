// An "-ed" word before a group's head is the verb, not the head's modifier, when its subject is a noun the corpus
// writes as one but no lexicon lists ("The 1990 law compelled tenants to wait"), a plural noun of no personal head
// ("rooftop snipers targeted tenants"), an auxiliary before an aside in commas ("would have , among other things ,
// classified tenants"), a noun before a participle clause in commas ("The curfew , announced …, affected tenants"),
// or when it stands in a list of past verbs ("…, concealed tenants and refused to …", "…, froze the program and
// indefinitely barred tenants"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The 1990 law compelled tenants of the tower to wait. Rooftop snipers targeted tenants in the yard. The bill ' +
      'would have , among other things , classified unlawful tenants as felons. The order suspended entry for ' +
      'visitors , froze the housing program for four months and indefinitely barred tenants from the roof. The ' +
      'chairman failed to consult members before issuing letters , concealed tenants and refused to make one ' +
      'witness available. The curfew , announced shortly after the mayor took office , affected tenants from ' +
      'seven blocks. The tenants who stayed said little.',
  ],
  [
    'South Wire',
    'The board has compelled payment and had compelled repairs. Two laws and one sniper were cited. The tenants ' +
      'who came said the wardens were calm. The agency places detained tenants in shelters. ' +
      'Newly arrived tenants , highly skilled tenants and targeted tenants said more. ' +
      'The lists name the unlawful tenants, the detained tenants, the arrived tenants, the skilled tenants, the ' +
      'targeted tenants, the barred tenants, the concealed tenants and the affected tenants.',
  ],
];

describe('an "-ed" word after a subject the gap readers did not reach', () => {
  const docs = outletDocs('vs', TEXTS);
  const labels = groupsOf(docs, []).map((m) => `${m.outlet}: ${m.label}`);

  it('is the verb, and the group is named by its head and modifiers only', () => {
    const north = labels.filter((l) => l.startsWith('North Post'));
    expect(north.filter((l) => /compelled|targeted|classified|barred|concealed|affected/.test(l))).toEqual([]);
    expect(north).toContain('North Post: unlawful tenants');
    expect(north.filter((l) => l === 'North Post: tenants')).toHaveLength(6);
  });

  it('stays a modifier after an article, a verb with its own subject, or in a list of modifiers', () => {
    const south = labels.filter((l) => l.startsWith('South Wire'));
    expect(south).toEqual(
      expect.arrayContaining([
        'South Wire: detained tenants',
        'South Wire: arrived tenants',
        'South Wire: skilled tenants',
        'South Wire: targeted tenants',
      ]),
    );
  });
});
