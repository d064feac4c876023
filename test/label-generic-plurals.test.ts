// "a child detained with her parents" is a generic child's parents even where the corpus writes its people as
// "children" only (an irregular plural: "child" is no head the corpus counts), so the pronoun names no one of the
// story; the named person's "her parents" still does. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

describe('a possessive of a generic person named by an irregular singular', () => {
  const docs = outletDocs('p', [
    [
      'North Post',
      'Ada Kell won the case on Monday. A child detained with her parents must be freed, the court said.\n' +
        'The children who came later were calm. The children said little. The parents who came were calm.\n' +
        'Ada Kell spoke on Tuesday. Her parents were there. Ada Kell thanked her parents, and the parents said little.',
    ],
  ]);
  const kell = wordEntity(docs, 'kell', 'Ada Kell', 'person', 'Ada Kell');

  it('names no one of the story; a named person’s does', () => {
    const owned = groupsOf(docs, [kell])
      .filter((m) => /her parents/i.test(m.label))
      .map((m) => `${m.label} → ${m.targetName}`);
    expect(owned).toEqual(['Her parents → Ada Kell parents', 'her parents → Ada Kell parents']);
  });
});
