// Three boundaries of a label: an "-ed" verb after a relative pronoun is the verb, no modifier ("the shells that
// wounded villagers"); "of" inside a body's name in a title ("Ministry of Ports lawyer Ivo Brenn"); and a possessive in
// the clause of a generic person ("a child … with his parents") that names no one of the story. Fixtures written for
// these tests.
import { describe, expect, it } from 'vitest';
import { entityLabelMentions } from '../lib/framing/labels.js';
import { groupsOf, outletDocs, wordEntity } from './helpers/label-fixtures.js';

describe('an "-ed" verb after a relative pronoun', () => {
  const docs = outletDocs('k', [
    [
      'North Post',
      'The shells that wounded villagers fell at night. The wounded villagers who fled were calm. The villagers said the shelling went on. The villagers who stayed said little. A judge ordered that wounded villagers must be fed.',
    ],
  ]);
  it('is no modifier of the people after it', () => {
    const ms = groupsOf(docs, []);
    expect(ms.find((m) => m.start < docs[0].text.indexOf('fell'))?.label).toBe('villagers');
    // the "that" of a reported clause: the head is its subject, the "-ed" word its adjective
    expect(ms.find((m) => m.start > docs[0].text.indexOf('ordered'))?.label).toBe('wounded villagers');
  });
});

describe('"of" in a body’s name before a title', () => {
  const docs = outletDocs('t', [
    [
      'North Post',
      'The court heard Ministry of Ports lawyer Ivo Brenn on Monday. Brenn said little. Approve or Disapprove of Lawyer Ivo Brenn? Vote now.',
    ],
  ]);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');
  it('is part of the title', () => {
    const titles = entityLabelMentions(docs, [brenn], ['president'])
      .filter((m) => m.kind === 'title')
      .map((m) => m.label);
    expect(titles).toEqual(['Ministry of Ports lawyer', 'Lawyer']);
  });
});

describe('a possessive of a generic person', () => {
  const docs = outletDocs('g', [
    [
      'North Post',
      'Ivo Brenn toured the camp on Monday. A child who arrived alone was placed in a shelter away from his parents.\n' +
        'The parents who came later were calm. Ivo Brenn thanked his parents. The parents said little.\n' +
        'The child who wept was calm. The child said little.\n' +
        'Ivo Brenn spoke on Tuesday. His parents were there.',
    ],
  ]);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');
  it('names no one of the story; a named person’s does', () => {
    const owned = groupsOf(docs, [brenn])
      .filter((m) => /his parents/i.test(m.label))
      .map((m) => m.targetName);
    expect(owned).toEqual(['Ivo Brenn parents', 'Ivo Brenn parents']);
  });
});
