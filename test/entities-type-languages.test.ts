// A language's name ("said in Farsi", "learned Hebrew") is no place and no person: typed as a people's word is (our
// demonym, kept out of the entity counts). A language that is also a given name ("her son Sami") stays the person's.
// Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('a language', () => {
  it('types a language after "in" a demonym, not a place', () => {
    const r = run('The minister wrote in Farsi on Monday , and the guard shouted in Hebrew at the crowd .');
    expectTypes(r, { Farsi: 'demonym', Hebrew: 'demonym' });
  });

  it('keeps a given name that is also a language a person', () => {
    const r = run('Ann Vale lives in Cardale with her son Sami , who works there .');
    expectTypes(r, { Sami: 'person' });
  });
});
