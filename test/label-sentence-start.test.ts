// A label at a sentence's start keeps the words its capital would hide: "Unlawful tenants were …" is the label
// "unlawful tenants", not the bare "tenants"; "Tenants who …" and "People living in the tower unlawfully …" are
// heads; the label is written in lower case, as the outlet writes it mid-sentence. A word the corpus only ever
// capitalises stays out of a label at a sentence's start, as it does mid-sentence. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Unlawful tenants filled the tower on Monday. Officials said the unlawful tenants who moved in unlawfully would ' +
      'go. People living in the tower unlawfully were counted. Tenants who stayed were fined. Officials counted unlawful tenants on every floor. Varnish tenants said ' +
      'little.',
  ],
  [
    'South Wire',
    'The tenants who moved in unlawfully said little, and the tenants left. Some unlawful tenants who came late were ' +
      'counted, and the Varnish tenants cheered with the unlawful tenants. Officials met the tenants living in the tower unlawfully. Many ' +
      'unlawful tenants said they would stay, and the people who have moved in unlawfully agreed. The people who ' +
      'came said little.',
  ],
];

describe('a label at a sentence’s start', () => {
  const docs = outletDocs('s', TEXTS);
  const labels = labelsOfTarget(groupsOf(docs, []), 'tenants');

  it('keeps its modifier, in lower case, and reads a capitalised head and a general noun with its clause', () => {
    expect(labels.filter((l) => l.startsWith('North Post:'))).toEqual([
      'North Post: unlawful tenants',
      'North Post: unlawful tenants',
      'North Post: people living in the tower unlawfully',
      'North Post: tenants',
      'North Post: unlawful tenants',
      'North Post: tenants',
    ]);
  });

  it('leaves out a word the corpus only capitalises', () => {
    expect(labels.some((l) => /varnish/i.test(l))).toBe(false);
  });
});
