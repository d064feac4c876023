// A title of a monarch, a noble or a church before a place's head word opens the place's name ("King County",
// "Bishop Street"); before a name it stays a title. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

describe('a title that names a place', () => {
  const r = run(
    'King County Executive Dana Vale released a statement on Monday . Officials in King County declined to comment .',
    'The march went down Bishop Street to the harbour , and police closed Queen Street at noon .',
  );

  it('reads the title and the place word as one place', () => {
    expect(typesOf(r, 'King County')).toEqual(['place', 'place']);
    expect(typeOf(r, 'Bishop Street')).toBe('place');
    expect(typeOf(r, 'Queen Street')).toBe('place');
  });

  it('makes no person of the place word', () => {
    expect(typesOf(r, 'County')).toEqual([]);
    expect(typeOf(r, 'Dana Vale')).toBe('person');
  });

  it('keeps the title before a name', () => {
    const k = run('King Abdullah met the envoy in Amman . Prince William County voted on Tuesday .');
    expect(typeOf(k, 'Abdullah')).toBe('person');
    expect(typeOf(k, 'Prince William County')).toBe('place');
  });
});

describe('streets and ways as place heads', () => {
  const r = run(
    'Shops on Queen Road were closed , and the march went from Harlow Avenue to Dunmere Boulevard .',
    'A fire broke out on King Tamar Road near the Vale Canal , officials said .',
  );

  it('reads a road, an avenue, a boulevard and a canal as places', () => {
    expectTypes(r, {
      'Queen Road': 'place',
      'Harlow Avenue': 'place',
      'Dunmere Boulevard': 'place',
      'King Tamar Road': 'place',
      'Vale Canal': 'place',
    });
  });

  it('makes no person of the place word', () => {
    expect(typesOf(r, 'Road')).toEqual([]);
    expect(typesOf(r, 'Tamar Road')).toEqual([]);
  });
});
