// Speakers written as a list with party tags in brackets: "Sen. Ana Doe ( R-Val. ) and Sen. Ivo Brenn ( D-Orl. ) said
// …". Each person speaks; the bracket's period ends no clause (it cut the list to ") and Sen. Ivo Brenn"), and a
// relative set off after the list leaves it whole. A state in brackets inside a title stays in the name's phrase.
// Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a one-sentence doc. */
function speakers(text: string) {
  const d = fixtureDoc('tl', text);
  const entities = ['Ana Doe', 'Ivo Brenn', 'Kira Loft'].filter((n) => text.includes(n)).map((n) => person(d, n));
  return rows(d, entities);
}

describe('a list of speakers with party tags in brackets', () => {
  it('gives each person the statement', () => {
    expect(
      speakers(
        'Two senators at the center of the talks , Sen. Ana Doe ( R-Val. ) and Sen. Ivo Brenn ( D-Orl. ) said on ' +
          'Sunday that a path to citizenship is essential .',
      ),
    ).toEqual([
      ['Sen. Ana Doe', 'named', 'Ana Doe'],
      ['Sen. Ivo Brenn', 'named', 'Ivo Brenn'],
    ]);
    expect(
      speakers(
        'It was nearly 2 am when Sens. Ana Doe ( R-Val. ) and Ivo Brenn ( R-Orl. ) , who have run point on the ' +
          'talks , said they had a deal .',
      ),
    ).toEqual([
      ['Ana Doe', 'named', 'Ana Doe'],
      ['Ivo Brenn', 'named', 'Ivo Brenn'],
    ]);
  });

  it('keeps a state in brackets inside a title', () => {
    expect(
      speakers(
        'Former Harbour County ( Val. ) District Attorney Kira Loft , who now works on such cases , said , “ anyone can apply . ”',
      ),
    ).toEqual([['Former Harbour County ( Val. ) District Attorney Kira Loft', 'named', 'Kira Loft']]);
  });
});
