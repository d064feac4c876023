// A numbered street ("9th Avenue", "8th Street") is one place with its ordinal, not a lone street word. Fixtures
// written for this test.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe('a numbered street', () => {
  const r = run(
    'The view of the city from 9th Avenue is famous . Shops line the avenue .',
    'Police closed 14th Street on Monday , and the street stayed shut .',
    'The 8th Street Bridge was closed .',
  );

  it('is one place with its ordinal', () => {
    expect(texts(r)).toContain('9th Avenue');
    expect(typeOf(r, '9th Avenue')).toBe('place');
    expect(texts(r)).toContain('14th Street');
    expect(texts(r)).not.toContain('Avenue');
  });

  it('leaves a longer name it opens to its run', () => {
    expect(texts(r)).not.toContain('8th Street');
  });
});
