// A head of people that opens a compound noun names no one: "a driver's license", "drivers licenses" where the corpus
// writes "driver" before "license" in most of its uses, and a plural head after a singular determiner before a
// possessive ("a children's clinic"). Where the head names people ("the drivers who", "the children's parents") it
// stays a label. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'The state will grant driver’s licenses to tenants. Tenants lined up for drivers licenses on Monday. The ' +
      'drivers who waited said little. A children’s clinic opened, and the children who came were calm. The ' +
      'children said little.',
  ],
  [
    'South Wire',
    'A driver’s license costs more now. Many drivers said the line was long. Officials issued a driver’s license to ' +
      'each tenant. The children’s parents said the clinic was calm, and the children who stayed were fed.',
  ],
];

describe('the first word of a compound noun', () => {
  const docs = outletDocs('cp', TEXTS);
  const ms = groupsOf(docs, []);
  const before = (w: string) =>
    ms.filter((m) => docs.some((d) => d.id === m.doc && d.text.slice(m.end).match(w)?.index === 1));

  it('is no group’s label', () => {
    expect(before('licen')).toEqual([]);
    expect(before('clinic').map((m) => m.label)).toEqual([]);
  });

  it('leaves the heads that name people', () => {
    expect(ms.filter((m) => m.targetName === 'drivers').map((m) => m.label)).toContain('drivers');
    const children = ms.filter((m) => m.targetName === 'children').map((m) => `${m.outlet}: ${m.label}`);
    expect(children).toContain('South Wire: children');
    expect(children.filter((l) => l.startsWith('North Post'))).toHaveLength(2);
  });
});
