// Who speaks: a name the entity table left untyped ("unknown") is a person when the text says so — a title before it,
// a given name opening it, a description of people after one of its mentions — and stays no person when it is a
// body's name ("… Initiative, a nonprofit organization", "the Harbour Workers"). Fixtures written for these tests
// (invented people and bodies).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { rows } from './helpers/speakers.js';
import { docFullNames } from '../lib/framing/full-names.js';
import { unnamedPeople } from '../lib/framing/people-phrases.js';
import type { Doc, EntityRef } from '../lib/types.js';

const unknown = (d: Doc, name: string): EntityRef => ({ id: name, name, type: 'unknown', mentions: spansOf(d, name) });

describe('an untyped name as a speaker', () => {
  it('is a person after a title, without the title', () => {
    const d = fixtureDoc(
      'up1',
      'Harbour Committee Chairwoman Velda Quorn said the plan would fail.\n\n' +
        'Rep. Tamsin Orlov said that the vote would come in May.',
    );
    const r = rows(d, [unknown(d, 'Harbour Committee Chairwoman Velda Quorn'), unknown(d, 'Tamsin Orlov')]);
    expect(r).toContainEqual(['Harbour Committee Chairwoman Velda Quorn', 'named', 'Velda Quorn']);
    expect(r).toContainEqual(['Rep. Tamsin Orlov', 'named', 'Tamsin Orlov']);
  });

  it('is a person the article describes as one after a mention', () => {
    const d = fixtureDoc(
      'up2',
      'Quorn, president of the Valdor Border Council, spoke on Monday.\n\n' +
        '“We are not ready,” Quorn said.\n\n' +
        'Velk Oradine, who has led the campaign for years, spoke next.\n\n' +
        '“The count is wrong,” Velk Oradine said.',
    );
    const r = rows(d, [unknown(d, 'Quorn'), unknown(d, 'Velk Oradine')]);
    expect(r).toContainEqual(['Quorn', 'named', 'Quorn']);
    expect(r).toContainEqual(['Velk Oradine', 'named', 'Velk Oradine']);
  });

  it('stays no person when it is a body’s name or described as a body', () => {
    const d = fixtureDoc(
      'up3',
      'The Orlin Justice Initiative, a nonprofit organization, tracks the cases.\n\n' +
        '“The numbers are rising,” the Orlin Justice Initiative said.\n\n' +
        'Harbour Rights Watch said that the camps were full.\n\n' +
        '“We will strike,” the Harbour Farm Workers said.',
    );
    const r = rows(d, [
      unknown(d, 'Orlin Justice Initiative'),
      unknown(d, 'Harbour Rights Watch'),
      unknown(d, 'Harbour Farm Workers'),
    ]);
    expect(r.filter((x) => x[1] === 'named')).toEqual([]);
  });
});

describe('full names by surname', () => {
  it('reads no given name from a plural title ("Sheriffs Doe and Loft")', () => {
    const names = docFullNames(
      'Pinal County Sheriff Ivo Quorn spoke. Sheriffs Quorn and Loft met.',
      (w) => w === 'sheriff' || w === 'county',
    );
    expect(names.get('quorn')).toBe('Ivo Quorn');
  });
});

describe('unnamed people by a title or people word the classifier missed', () => {
  it('files "a defiant Syrian admiral" and "Many harbour chiefs" with the unnamed, not as other', () => {
    const d = fixtureDoc(
      'up4',
      'On Monday, a defiant Syrian admiral said his navy stands ready.\n\n' +
        'Many harbour chiefs say there is good reason behind those results.',
    );
    const r = rows(d);
    expect(r).toContainEqual(['a defiant Syrian admiral', 'anonymous', 'defiant syrian admiral']);
    expect(r).toContainEqual(['Many harbour chiefs', 'anonymous', 'many harbour chiefs']);
  });
});

describe('unnamedPeople', () => {
  it('reads no audience or clause as the people who speak', () => {
    expect(unnamedPeople('told reporters')).toBe(false);
    expect(unnamedPeople('telling the students')).toBe(false);
    expect(unnamedPeople('the captain')).toBe(false);
    expect(unnamedPeople('The Valdorians')).toBe(false);
    expect(unnamedPeople('Many Iranians')).toBe(true);
  });
});
