// "his supporters", "her aides": the people of the person the pronoun stands for, read as the speakers' resolver reads
// "he said" (pronoun-referents.ts), and named after that person as "Brenn's supporters" is; a pronoun the resolver
// gives no one, "their", and a singular tie ("his lawyer": one person) stay out. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { groupsOf, labelsOfTarget, outletDocs, wordEntity } from './helpers/label-fixtures.js';

const TEXTS: [string, string][] = [
  [
    'North Post',
    'Ivo Brenn spoke in Varna on Monday. His supporters cheered the speech, and his lawyer waved.\n' +
      'The supporters who came from the coast were loud. The supporters said little.\n' +
      'Ana Doe toured the port on Tuesday. Her aides said the tour would go on.',
  ],
  [
    'South Wire',
    'Ivo Brenn and Ana Doe met on Monday. The aides who spoke asked not to be named. The aides said more.\n' +
      'Ivo Brenn thanked his supporters on Friday. Their supporters were calm.\n' +
      'Ana Doe left early. Her aides followed.',
  ],
];

describe('a tie owned by a possessive pronoun', () => {
  const docs = outletDocs('o', TEXTS);
  const brenn = wordEntity(docs, 'brenn', 'Ivo Brenn', 'person', 'Ivo Brenn');
  const doe = wordEntity(docs, 'doe', 'Ana Doe', 'person', 'Ana Doe');
  const groups = groupsOf(docs, [brenn, doe]);
  const labelsOf = (name: string) => labelsOfTarget(groups, name);

  it('is the group of the person the pronoun stands for', () => {
    expect(labelsOf('Ivo Brenn supporters')).toEqual(['North Post: His supporters', 'South Wire: his supporters']);
    expect(labelsOf('Ana Doe aides')).toEqual(['North Post: Her aides', 'South Wire: Her aides']);
  });

  it('leaves out "their" ties and a singular tie', () => {
    expect(groups.some((m) => /^their\b/i.test(m.label))).toBe(false);
    expect(groups.some((m) => /lawyer/.test(m.label))).toBe(false);
  });
});
