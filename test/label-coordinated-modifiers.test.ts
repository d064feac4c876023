// A singular head of people joined by "and" to a modifier of a noun of things modifies that noun too, and labels no
// one ("their tenant and refugee roots", "tenant and visitor permits", "civilian and military targets"); joined to
// people ("the tenant and defense attorneys", "a tenant or drug traffickers", "a tenant or legal guardian"), to one
// noun ("a tenant and mother of two") or to a verb ("audited the tenant and requested payment") it stays a label.
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Both know their tenant and refugee roots. The office issues tenant and visitor permits. The strikes hit ' +
      'civilian and military targets. The tenants who stayed said little, and the tenants left.',
  ],
  [
    'South Wire',
    'The tenants who came were tired. Many tenants said the tower was calm. The tenant and defense attorneys ' +
      'met. She is a tenant and mother of two. The refugees who came said little. The civilians who fled said more. ' +
      'The board audited the tenant and requested payment. He was robbed by a tenant or drug traffickers. The ' +
      'rules name a tenant or legal guardian. They are mostly women and children fleeing violence.',
  ],
];

describe('a singular head joined by “and” to a modifier', () => {
  const docs = outletDocs('cm', TEXTS);
  const rows = groupsOf(docs, []);
  const at = (di: number, w: string) => docs[di].text.indexOf(w);

  it('labels no one when the phrase ends in a noun of things', () => {
    const starts = [at(0, 'tenant and refugee'), at(0, 'tenant and visitor'), at(0, 'civilian and')];
    expect(rows.filter((m) => m.outlet === 'North Post' && starts.includes(m.start))).toEqual([]);
  });

  it('stays a label joined to people or to one noun', () => {
    const starts = rows.filter((m) => m.outlet === 'South Wire').map((m) => m.start);
    expect(starts).toEqual(
      expect.arrayContaining([
        at(1, 'tenant and defense'),
        at(1, 'tenant and mother'),
        at(1, 'tenant and requested'),
        at(1, 'tenant or drug'),
        at(1, 'tenant or legal'),
      ]),
    );
  });
});
