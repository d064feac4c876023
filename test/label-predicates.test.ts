// A noun of people said of a thing is no label of people: "state weakness being the driver of the unrest", "tourism
// is being lost as a driver of the economy" (the head after an article and a copula or "as" whose subject is an
// abstract noun, the head before "of"). Said of people it stays ("the tenants were the drivers of the protest"), and
// so does one with no "of" ("his weak position as a driver") or after a conjunction "as" ("even as a driver of the van
// sued"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'He said state weakness being the driver of the unrest is clear. Yet tourism is being lost as a driver of the ' +
      'economy. The drivers who stayed said little, and the drivers left. Local drivers said the road was shut.',
  ],
  [
    'South Wire',
    'Many drivers said the road was shut. The drivers who came were tired. The tenants were the drivers of the ' +
      'protest, and local drivers cheered. He spoke of his weak position as a driver. The action stalled even ' +
      'as a driver of the van sued.',
  ],
];

describe('a noun of people said of a thing', () => {
  const docs = outletDocs('pr', TEXTS);
  const rows = groupsOf(docs, []).filter((m) => m.targetName === 'drivers');
  const at = (di: number, w: string) => docs[di].text.indexOf(w);

  it('is no label of people', () => {
    const north = rows.filter((m) => m.outlet === 'North Post');
    expect(
      north.filter((m) => m.start === at(0, 'driver of the unrest') || m.start === at(0, 'driver of the economy')),
    ).toEqual([]);
    expect(north.map((m) => m.label)).toContain('drivers');
  });

  it('stays one said of people', () => {
    const south = rows.filter((m) => m.outlet === 'South Wire').map((m) => m.start);
    expect(south).toEqual(
      expect.arrayContaining([at(1, 'drivers of the protest'), at(1, 'driver.'), at(1, 'driver of the van')]),
    );
  });
});
