// A capitalised word at a sentence's start is the lower-case word only where it could be: a word the corpus writes as
// a verb (after a modal: "would grant") is no modifier at a sentence's start ("Grant unlawful tenants the right …") or
// after a modal ("could grant unlawful tenants …"), though the corpus writes it in a noun phrase too ("A grant
// program"); an adjective there keeps its place ("Unlawful tenants were …"). A head followed by a possessive and a
// capitalised word ("Warden's Day") or by a post's handle ("— Wardens w/o Walls ( @ handle )") opens a name. Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The plan is simple: Grant unlawful tenants the right to stay. The council could grant unlawful tenants a lease. ' +
      'The unlawful tenants who moved in were calm, and the tenants said little. Officials met the wardens who ' +
      'patrol the tower, and the wardens said little. Unlawful tenants were counted on Monday.\n' +
      'Warden’s Day came early. Wardens who quit were fined.\n' +
      'Fix the tower now. — Wardens w/o Walls ( @ wardenswalls ) May 2 , 2018',
  ],
  [
    'South Wire',
    'Many wardens said the unlawful tenants who came late would go, and the tenants left. A grant program for the ' +
      'tower was cut. The board would grant unlawful tenants nothing.',
  ],
];

describe('a word at a sentence’s start read by its place', () => {
  const docs = outletDocs('v', TEXTS);
  const ms = groupsOf(docs, []);
  const north = ms.filter((m) => m.outlet === 'North Post').map((m) => m.label);

  it('reads no verb as a modifier, and keeps an adjective at a sentence’s start', () => {
    expect(ms.some((m) => /grant/i.test(m.label))).toBe(false);
    expect(north).toContain('unlawful tenants');
    expect(north.filter((l) => l === 'unlawful tenants')).toHaveLength(4);
  });

  it('reads no head in a name', () => {
    const text = docs[0].text;
    const inName = ms.filter(
      (m) =>
        m.doc === docs[0].id && (m.start === text.indexOf('Warden’s Day') || m.start === text.indexOf('Wardens w/o')),
    );
    expect(inName).toEqual([]);
    expect(north).toContain('wardens');
  });
});
