// "Kim In-so": a Korean given name of two hyphenated syllables that are each a function word ("in", "so") was left out
// of the name, so the person was "Kim" alone. Right after a listed name word, a hyphenated pair of short syllables the
// corpus never writes in lower case is the given name. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('hyphenated syllables of a given name', () => {
  it('keeps a pair of function-word syllables in the name', () => {
    const r = run('The Red Cross asked for the return of Kim On-so to the North , his family said .');
    expectTypes(r, { 'Kim On-so': 'person', Kim: undefined });
  });

  it('keeps other syllable names as they were (guard)', () => {
    const r = run('Moon Jae-in met Kim Ok-sun in the capital .');
    expectTypes(r, { 'Moon Jae-in': 'person', 'Kim Ok-sun': 'person' });
  });
});
