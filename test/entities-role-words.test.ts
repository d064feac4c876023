// Role words that are also adjectives, and names of the form "X of the Y": what decides the type.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('a role word after a determiner is an adjective', () => {
  it('"the official Glimmer page" does not make Glimmer an official', () => {
    const r = run(
      'The statement posted on the official Glimmer page of the army came as the deadline passed.\n\n' +
        'Activists who had been busy on Glimmer stopped posting.',
    );
    expect(typeOf(r, 'Glimmer')).not.toBe('person');
  });

  it('"official Tarek Hamdan said" still names an official', () => {
    const r = run('A senior official Tarek Hamdan said the talks would resume on Sunday.');
    expect(typeOf(r, 'Tarek Hamdan')).toBe('person');
  });
});

describe('a head word before "of the" heads the name', () => {
  it('"Supreme Council of the Armed Forces" is an organisation, not an armed group', () => {
    const r = run('The Supreme Council of the Armed Forces issued a statement on Monday.');
    expect(typeOf(r, 'Supreme Council of the Armed Forces')).toBe('org');
  });
});
