// A party's word, a demonym or a plural title glued before a person's name describes the person and is no part of the
// name: the mention is the person, merged with the person's row. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc } from './helpers/entities.js';

/** The names of the entities of each mention spelled `text`, over all docs. */
function entityNames(r: ReturnType<typeof extractEntities>, text: string): string[] {
  return r.mentions
    .flat()
    .filter((m) => m.text === text)
    .map((m) => r.entities.find((e) => e.id === m.entity)?.name ?? '');
}

describe('descriptors before a full name', () => {
  const r = extractEntities([
    doc('a', 'Mitt Vorland spoke in Denver on Monday. Vorland said the plan was sound.'),
    doc('b', 'Voters backed the governor by 2 to 1 over Republican Mitt Vorland in the election.'),
    doc(
      'c',
      'Joan Castellar visited the border with a fellow senator. Fellow Arizonan Joan Castellar agreed with the senator.',
    ),
    doc('d', 'The president called Republican Senators Tom Ardley and Rick Penhale on Tuesday.'),
    doc('e', 'Tom Ardley said he would vote no.'),
    doc('f', 'The deputy served under then-Secretary of Homeland Security Jeh Morrant in 2015.'),
    doc('g', 'Jeh Morrant left the department. Morrant later taught law.'),
  ]);
  const names = r.mentions.flat().map((m) => m.text);

  it('reads the person after a party word, even with a given name the lists lack', () => {
    expect(names).not.toContain('Republican Mitt Vorland');
    expect(entityNames(r, 'Mitt Vorland')).toEqual(['Mitt Vorland', 'Mitt Vorland']);
  });

  it('reads the person after the demonym of a state', () => {
    expect(names).not.toContain('Arizonan Joan Castellar');
    expect(entityNames(r, 'Joan Castellar')).toEqual(['Joan Castellar', 'Joan Castellar']);
  });

  it('reads the person after a plural title', () => {
    expect(names).not.toContain('Republican Senators Tom Ardley');
    expect(entityNames(r, 'Tom Ardley')).toEqual(['Tom Ardley', 'Tom Ardley']);
  });

  it("reads the person after a title's complement", () => {
    expect(names).not.toContain('Homeland Security Jeh Morrant');
    expect(entityNames(r, 'Jeh Morrant')).toEqual(['Jeh Morrant', 'Jeh Morrant']);
  });
});

describe('names that open with such a word', () => {
  const r = extractEntities([
    doc('a', 'Delegates met at the Republican National Convention in Cleveland on Monday.'),
    doc('b', 'The Republican Main Street Partnership endorsed the bill.'),
    doc('c', 'Liberty Dunmore, a teacher, said she would run. Dunmore won the primary.'),
    doc('d', 'The national party holds a convention every four years, and a street fair on Main Street.'),
  ]);
  const names = r.mentions.flat().map((m) => m.text);

  it('keeps bodies and given names that begin with a party or place word', () => {
    expect(names).toContain('Republican National Convention');
    expect(names).toContain('Republican Main Street Partnership');
    expect(names).toContain('Liberty Dunmore');
  });
});
