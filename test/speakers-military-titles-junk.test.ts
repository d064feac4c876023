// Speaker phrases cut at a military title's period ("Maj. Gen. Ivo Doe" read as "Maj"), and junk no one says: a
// "continued" that goes on rather than speaks ("the protests continued in …"), a listener after "told" ("told us
// more"). Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe('a military title before a name', () => {
  it('keeps its period inside the speaker phrase: "Maj.", "Adm."', () => {
    const d = fixtureDoc(
      'titles',
      "`` We are ready , '' said Adm. Ivo Brenn . Maj. Ana Doe , a spokeswoman for the " +
        'brigade , said the base was safe .',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Ana Doe')]);
    expect(r).toContainEqual(['Adm. Ivo Brenn', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['Maj. Ana Doe', 'named', 'Ana Doe']);
    expect(r.map((x) => x[0])).not.toContain('Adm');
  });
});

describe('junk read as a speaker', () => {
  it('"continued" before a place or a span goes on: no one speaks', () => {
    const d = fixtureDoc(
      'continued',
      'More than 40 activists were arrested outside the council last week , and the protests continued in ' +
        'districts across the region . Despite the curfew , sporadic clashes continued through the evening .',
    );
    expect(rows(d)).toEqual([]);
  });

  it('"…, he continued on Monday" still speaks (guard)', () => {
    const d = fixtureDoc(
      'continued-speaks',
      'Ivo Brenn spoke first . The port will close soon , he continued on Monday .',
    );
    expect(rows(d, [person(d, 'Ivo Brenn')]).map((x) => x[2])).toContain('Ivo Brenn');
  });

  it('an object pronoun after "told" is the listener, no speaker', () => {
    const d = fixtureDoc(
      'told-us',
      'Her account of the girl who “ cried when she told me how scared she was ” , told us more about the ' +
        'campaign than we knew .',
    );
    expect(rows(d).map((x) => x[0])).not.toContain('us more');
  });
});
