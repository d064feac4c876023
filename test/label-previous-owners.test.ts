// "their" whose own sentence names no one before it, after a sentence whose subject is a body and whose object is a
// plural noun of people ("This group, sometimes called Wardens, has pressed Brenn to protect unlawful tenants. But
// Brenn was not expected to extend protections to their parents, their top goal."): the subject's people, not the
// nearer noun's. A guard (it passes before and after): the nearest plural noun one sentence back would be the wrong
// reading. Fixtures written for this test.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Ivo Brenn met the parents who came to the tower. This group , sometimes called Wardens , has pressed Ivo Brenn ' +
      'to protect unlawful tenants . But Ivo Brenn was not expected to extend protections to their parents , their ' +
      'top goal . The parents said little, and the unlawful tenants who stayed were calm. Wardens and their parents ' +
      'marched on Friday.',
  ],
];

describe('"their" one sentence after a body named as the subject', () => {
  const docs = outletDocs('p', TEXTS);
  const wardens = wordEntity(docs, 'wardens', 'Wardens', 'group', 'Wardens');
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');
  it('is the body’s people', () => {
    const owned = groupsOf(docs, [wardens, brenn])
      .filter((m) => /^their parents/i.test(m.label))
      .map((m) => m.targetName);
    expect(owned).toEqual(['Wardens parents', 'Wardens parents']);
  });
});
