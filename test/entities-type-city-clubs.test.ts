// In a sports report, a word no list knows and a city of a million people names a club ("Kelvor Milan must play behind
// closed doors"); in other news the pair stays a person, and so does one whose article writes the first word before
// another name or the city's word alone as a speaker. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a word and a big city', () => {
  it('types a word then a city of a million people a club in a sports report', () => {
    const r = run(
      'SOCCER - Kelvor Milan must play their next home game behind closed doors after fans threw bottles at the ' +
        'goalkeeper , the league said .',
    );
    expectTypes(r, { 'Kelvor Milan': 'org' });
  });

  it('keeps a word and a big city a person in other news', () => {
    const r = run('Officials met on Monday. “ We will march , ” said Kelvor Milan , a union leader .');
    expectTypes(r, { 'Kelvor Milan': 'person' });
  });

  it('keeps a person the article names so', () => {
    const r = run(
      'SOCCER - 1912 - Teodor Kazan born as Teodor Kazanis , a goalkeeper and a striker .',
      'SOCCER - Orlin Medina warned the striker and the goalkeeper . “ We are here , ” Medina said .',
    );
    expectTypes(r, { 'Teodor Kazan': 'person', 'Orlin Medina': 'person' });
  });
});
