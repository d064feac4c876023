// Two titles joined by "and" before one name are the person's, when the second is an agent noun no group of the
// corpus is headed by ("political analyst and special commentator Lena Ortiz"): the first is no head of a group of
// analysts. An adjective of that shape ("former") is no title ("an analyst and two former Navy pilots"). Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'On the panel were political analyst and special commentator Lena Ortiz and others. Political analysts said the ' +
      'tower was calm. The analysts who came said little.',
  ],
  [
    'South Wire',
    'Many analysts said the tower was calm. The analysts who stayed were tired. He hired a political analyst and ' +
      'two former Navy pilots.',
  ],
];

describe('the first of two titles before a name', () => {
  const docs = outletDocs('ta', TEXTS);
  const labels = groupsOf(docs, []).map((m) => `${m.outlet}: ${m.label}`);

  it('is the person’s title when the second is an agent noun', () => {
    expect(labels.filter((l) => l === 'North Post: political analyst')).toEqual([]);
    expect(labels).toContain('North Post: political analysts');
  });

  it('stays a label before an adjective of that shape', () => {
    expect(labels).toContain('South Wire: political analyst');
  });
});
