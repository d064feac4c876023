// Who speaks: every person of a list written with commas speaks, whether the list follows the verb ("said Ana Doe ,
// Ivo Brenn and Kira Loft"), carries party tags set off by commas ("Doe , R-Val. , and Brenn , D-Orl. , said") or
// opens the sentence ("Doe , Brenn , Loft and Vann say"); a name set off after another is no list without "and", and
// neither is a possessive. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import type { Doc } from '../lib/types.js';

const named = (d: Doc, names: string[]) =>
  rows(
    d,
    names.map((n) => person(d, n)),
  )
    .filter((r) => r[1] === 'named')
    .map((r) => r[2]);

describe('a comma list of speakers', () => {
  it('after the verb: each person speaks', () => {
    const d = fixtureDoc(
      'cl1',
      "`` We expect a full answer , '' said Orrin Vasteel , Maren Tollak and Ivo Brennick .\n\n" +
        "`` The camps must close , '' said Reps. Luis V. Carrow , Zoe Lindqvist and Lucia Ambrose , three leading members .",
    );
    const six = ['Orrin Vasteel', 'Maren Tollak', 'Ivo Brennick', 'Luis V. Carrow', 'Zoe Lindqvist', 'Lucia Ambrose'];
    expect(named(d, six)).toEqual(six);
  });

  it('with party tags set off by commas, or opening the sentence', () => {
    const d = fixtureDoc(
      'cl2',
      'Vasteel , R-Ariz. , and Tollak , D-Del. , said in a statement that their bill was ready .\n\n' +
        'Ambrose , Carrow , Lindqvist and Brennick say the two sides agree on more than they admit .\n\n' +
        "`` We need troops on the ground , '' Sens . Orrin Dale , R-Ariz. , and Maren Quist , R-S.C. , said in a joint statement .",
    );
    const r = named(d, [
      'Vasteel',
      'Tollak',
      'Ambrose',
      'Carrow',
      'Lindqvist',
      'Brennick',
      'Orrin Dale',
      'Maren Quist',
    ]);
    expect(r).toEqual(['Vasteel', 'Tollak', 'Ambrose', 'Carrow', 'Lindqvist', 'Brennick', 'Orrin Dale', 'Maren Quist']);
  });

  it('no list without "and", nor with a possessive after the last name', () => {
    const d = fixtureDoc(
      'cl3',
      "`` We will appeal , '' said Orrin Vasteel , Maren Tollak 's lawyer .\n\n" +
        "`` We will wait , '' said Ivo Brennick , Lucia Ambrose and Zoe Lindqvist 's father .\n\n" +
        'Senator Kell Doran has not been as critical as Orrin Vasteel , Maren Tollak and Lucia Ambrose but has said ' +
        'the plan needs work .',
    );
    const r = named(d, ['Orrin Vasteel', 'Maren Tollak', 'Ivo Brennick', 'Lucia Ambrose', 'Zoe Lindqvist']);
    expect(r.slice(0, 2)).toEqual(['Orrin Vasteel', 'Ivo Brennick']);
    // the objects of "as" are no speakers, whatever the phrase finder took
    expect(r.slice(2)).not.toContain('Orrin Vasteel');
  });
});
