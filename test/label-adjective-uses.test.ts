// A singular head of people that is an adjective or a twin modifier where it stands labels no one: "we must be patient
// and calm", "years of patient and steady talks", "rural, independent and more moderate voters", "both tenant and
// non-tenant permits", "the tenant and nontenant entry", "our tenant and refugee communities", "these tenant and visa
// cases" (a noun the corpus once writes before "said"). A count's hedge before a label is no part of it ("9,000
// estimated unlawful tenants" is "unlawful tenants"). A noun of people stays: "were tenant and guest", "a patient and
// his son", "both tenant and non-tenant ,", "the tenant and refugee said", "a tenant and former legislator", "a tenant
// or review board" (a body that acts). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'We must be patient and calm. Years of patient and persistent talks paid off. It may doom them with rural, ' +
      'independent and more moderate voters. The office vets both tenant and non-tenant permits. It bars the tenant ' +
      'and nontenant entry into the tower. It backs our tenant and refugee communities. The ' +
      'cases said little. The case was closed. It weighs these tenant and visa cases. The board counted 9,000 ' +
      'estimated unlawful tenants. The patients who came said little. Many patients said more. The independents who ' +
      'came said no. Many independents said so. The tenants who came said no. The tenants left. The refugees who ' +
      'came said no. The refugees left. The voters who came said no. The communities who came said no. Officials counted the unlawful tenants.',
  ],
  [
    'South Wire',
    'The two visitors were tenant and guest. A patient and his son came. She is a tenant and former legislator named Ana. The board said no. ' +
      'It went to a tenant or review board. It is for both tenant and non-tenant, he ' +
      'said. The tenant and refugee said no. The patients who came said little. Many patients said more. The ' +
      'guests who came said no. The guests left. The tenants who came said no. The tenants left. The refugees who ' +
      'came said no. The refugees left.',
  ],
];

describe('a singular head that is an adjective or a twin modifier', () => {
  const docs = outletDocs('au', TEXTS);
  const rows = groupsOf(docs, []);
  const at = (di: number, w: string) => docs[di].text.indexOf(w);
  const starts = (outlet: string) => rows.filter((m) => m.outlet === outlet).map((m) => m.start);

  it('labels no one', () => {
    const gone = [
      at(0, 'patient and calm'),
      at(0, 'patient and persistent'),
      at(0, 'independent and'),
      at(0, 'tenant and non-tenant'),
      at(0, 'tenant and nontenant'),
      at(0, 'tenant and refugee'),
      at(0, 'tenant and visa'),
    ];
    expect(starts('North Post').filter((s) => gone.includes(s))).toEqual([]);
    expect(starts('North Post')).toEqual(expect.arrayContaining([at(0, 'patients who'), at(0, 'tenants who')]));
  });

  it('starts after a hedge', () => {
    const north = rows.filter((m) => m.outlet === 'North Post');
    expect(north.find((m) => m.end === at(0, 'tenants. The patients') + 'tenants'.length)?.label).toBe(
      'unlawful tenants',
    );
  });

  it('stays a label of people', () => {
    expect(starts('South Wire')).toEqual(
      expect.arrayContaining([
        at(1, 'tenant and guest'),
        at(1, 'tenant and former'),
        at(1, 'tenant or review'),
        at(1, 'patient and his'),
        at(1, 'tenant and non-tenant'),
        at(1, 'tenant and refugee said'),
      ]),
    );
  });
});
