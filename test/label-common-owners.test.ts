// "their" after a plural common noun of people is that noun's, not a body named before it: "the Harbor League said
// guards moved the detainees, separating them from their lawyers" names the detainees' lawyers, no "Harbor League
// lawyers". A noun that is the body's own people ("Harbor League leaders and their supporters") leaves the body the
// owner. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The Harbor League said guards moved the detainees to Varna, separating them from their lawyers. The detainees ' +
      'who spoke were calm. The lawyers who came said little.\n' +
      'The Harbor League met on Friday. Harbor League leaders and their supporters marched. The supporters who came were loud.',
  ],
  [
    'South Wire',
    'The Harbor League said the detainees were kept from their lawyers for a week. The detainees said they were ' +
      'cold, and the lawyers said the same.\nHarbor League officials spoke, and their supporters cheered. The supporters said little.',
  ],
];

describe('"their" after a plural common noun of people', () => {
  const docs = outletDocs('o', TEXTS);
  const league = wordEntity(docs, 'league', 'Harbor League', 'org', 'Harbor League');
  const groups = groupsOf(docs, [league]);
  const targets = groups
    .filter((m) => /^their /i.test(m.label))
    .map((m) => `${m.outlet}: ${m.label} → ${m.targetName}`);

  it('is no body’s named before the noun', () => {
    expect(targets.filter((t) => t.includes('lawyers'))).toEqual([]);
  });

  it('leaves the body the owner when the noun is its own people', () => {
    expect(targets.filter((t) => t.includes('supporters'))).toEqual([
      'North Post: their supporters → Harbor League supporters',
      'South Wire: their supporters → Harbor League supporters',
    ]);
  });
});
