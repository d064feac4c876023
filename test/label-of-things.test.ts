// A head of people "of" something that a dash's list names as things ("the biggest drivers of the unrest — weak
// courts, cronyism, and corruption — are …"), a head said of a place ("Moldova is a source of grave threats"), the
// idiom "the mother of all floods", and a partitive before "of" ("a sizable minority of tenants") label no one. A dash
// listing people ("the loudest critics of the plan — tenant groups, the press —"), a name after the dash ("the source
// of the trouble — Brenn —"), "the mother of all tenants" and "the Ostrani minority" stay labels, and so does a head
// before a dash that opens a clause ("the critics of the plan — even as they spoke, thanks to caution, it ran").
// Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The three biggest drivers of the unrest — weak courts, cronyism, and corruption — are here. The drivers who ' +
      'stayed said little. Local drivers said the road was shut. Moldova is a source of grave threats to the port. ' +
      'The sources who spoke said so. Two sources said more. The flood is the mother of all floods. The mothers who ' +
      'came said no. Many mothers said so. A sizable minority of tenants said no. The minorities who came said no. ' +
      'Local minorities said so. The drivers left.',
  ],
  [
    'South Wire',
    'The loudest critics of the plan — tenant groups, the press, and others — spoke. The critics who came said no. ' +
      'Local critics said so. The critics of the plan — even as they spoke, thanks to caution, it ran. The source of the trouble — Brenn — left. The sources who spoke said so. Two sources ' +
      'said more. She is the mother of all tenants. The mothers who came said no. Many mothers said so. The Ostrani ' +
      'minority said no. The minorities who came said no. Local minorities said so. The critics left. The ' +
      'tenants who came said no. The tenants left.',
  ],
];

describe('a head of people said of things', () => {
  const docs = outletDocs('ot', TEXTS);
  const rows = groupsOf(docs, []);
  const at = (di: number, w: string) => docs[di].text.indexOf(w);
  const starts = (outlet: string) => rows.filter((m) => m.outlet === outlet).map((m) => m.start);

  it('labels no one', () => {
    const gone = [
      at(0, 'drivers of the unrest'),
      at(0, 'source of grave'),
      at(0, 'mother of all floods'),
      at(0, 'minority of tenants'),
    ];
    expect(starts('North Post').filter((s) => gone.includes(s))).toEqual([]);
    expect(starts('North Post')).toEqual(expect.arrayContaining([at(0, 'drivers who'), at(0, 'mothers who')]));
  });

  it('stays a label of people, a name or a group', () => {
    expect(starts('South Wire')).toEqual(
      expect.arrayContaining([
        at(1, 'critics of the plan'),
        at(1, 'critics of the plan — even'),
        at(1, 'source of the trouble'),
        at(1, 'mother of all tenants'),
        at(1, 'minority said'),
      ]),
    );
  });
});
