// Names listed together take their neighbours' type, and a person an article calls by the given name alone is the
// person it named in full. Fixtures invented, modelled on the failure patterns (CoNLL-2003 dev lists of towns and
// firms; a migrant child a long report calls by his first name).
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('a name in a list takes the type its listed neighbours agree on', () => {
  const r = run(
    'The duke ceded Varnholt and Strasbourg to France and took back Quellmark , Oderzinn and Freiburg .',
    'At the Grelling , Surrey captain Ann Voss batted all day .',
    'Trade came to Brusnau , Lyon , and Marseille that year .',
  );

  it('types an untyped town listed with known places', () => {
    expect(typeOf(r, 'Varnholt')).toBe('place');
    expect(typeOf(r, 'Quellmark')).toBe('place');
    expect(typeOf(r, 'Oderzinn')).toBe('place');
    expect(typeOf(r, 'Brusnau')).toBe('place');
  });

  it('reads no list in names joined by a comma alone', () => {
    expect(typeOf(r, 'Grelling')).not.toBe('place');
  });
});
