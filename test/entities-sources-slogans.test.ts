// A plain word capitalised as a source after "according to" is a publication's name, kept like "told Time"; a
// country and a word of priority ("America First") is a slogan or a policy, counted with laws and programmes, not an
// organisation of that country. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectTypes, run, typeOf, typesOf } from './helpers/entities.js';

const plainTime = Array.from({ length: 25 }, () => 'It was a long time ago, and time passed.').join(' ');

describe('a source after "according to"', () => {
  it('keeps the capitalised plain word as a name', () => {
    const r = run('The plan failed last year, according to Time, and the aides left. ' + plainTime);
    expect(typesOf(r, 'Time')).toHaveLength(1);
  });

  it('still drops the plain word capitalised elsewhere', () => {
    const r = run('Time ran out for the aides, and they left. ' + plainTime);
    expect(typesOf(r, 'Time')).toHaveLength(0);
  });
});

describe('a country and a word of priority', () => {
  it('is a slogan or a policy, in any case', () => {
    const r = run('The senator ran on America First and wrote AMERICA FIRST on every sign.');
    expectTypes(r, { 'America First': 'event', 'AMERICA FIRST': 'event' });
  });

  it('leaves a place-named club an organisation', () => {
    const r = run('Texas Rangers beat the visitors on Sunday.');
    expect(typeOf(r, 'Texas Rangers')).toBe('org');
  });
});
