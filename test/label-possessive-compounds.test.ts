// A possessor before a noun and a head of people names the cause of other people, and labels no one: "tenants' rights
// activists", "a tenants’ rights campaigner" label the activists, not the tenants. "The tenants' rights" and, after a
// definite article, "the tenants' housing lawyers" keep the tenants' label. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Police held six tenants’ rights activists on Monday. A tenants’ rights group sued. The tenants who stayed said ' +
      'little. Many tenants said more. The activists who came said no. Many activists said so.',
  ],
  [
    'South Wire',
    'The court upheld the tenants’ rights on Monday. The tenants’ housing lawyers said the tower was cold. The tenants who ' +
      'stayed said little. Many tenants said more.',
  ],
];

describe('a possessor in a compound before people', () => {
  const docs = outletDocs('pc', TEXTS);
  const rows = groupsOf(docs, []).filter((m) => m.targetName === 'tenants');
  const at = (di: number, w: string) => docs[di].text.indexOf(w);
  const starts = (outlet: string) => rows.filter((m) => m.outlet === outlet).map((m) => m.start);

  it('labels no one', () => {
    expect(starts('North Post').filter((s) => s === at(0, 'tenants’ rights activists'))).toEqual([]);
    expect(starts('North Post').filter((s) => s === at(0, 'tenants’ rights group'))).toEqual([]);
    expect(starts('North Post')).toContain(at(0, 'tenants who'));
  });

  it('stays a label of the possessors', () => {
    expect(starts('South Wire')).toEqual(
      expect.arrayContaining([at(1, 'tenants’ rights on'), at(1, 'tenants’ housing')]),
    );
  });
});
