// A capitalised plural noun for a group of people ("Dreamers"), which no list knows: typed a group by how the copy
// uses it. Fixtures invented, modelled on the failure pattern.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('a capitalised plural for a group of people', () => {
  const r = run(
    'Many Wanderers say they are afraid . The Wanderers who came as children wait . Wanderers marched in Tessaly .',
    'Sen. Ada Sanders spoke on Monday . Sanders , who won , left . The two Koreas met in Panmunjom .',
  );

  it('types it a group from a quantifier or "the ... who"', () => {
    expect(typeOf(r, 'Wanderers')).toBe('group');
  });

  it('leaves a family name with "who" and a plural place alone', () => {
    expect(typeOf(r, 'Sanders')).toBe('person');
    expect(typeOf(r, 'Koreas')).not.toBe('group');
  });
});

describe('a capitalised plural after a bare number', () => {
  const r = run('He told “ 60 Minutes ” so . They sent 200 Humvees and 1.5 million Wanderers came .');

  it('is no group of people; a count in millions is', () => {
    expect(typeOf(r, 'Minutes')).not.toBe('group');
    expect(typeOf(r, 'Humvees')).not.toBe('group');
    expect(typeOf(r, 'Wanderers')).toBe('group');
  });
});
