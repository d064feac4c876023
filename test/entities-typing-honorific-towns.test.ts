// A family name that is also a town's ("Conway", "Carson", "Medina") was read from the gazetteer before any cue: after
// an honorific it was a place, or a team when a result verb followed ("Mr. Carson drew strong applause"). After an
// honorific it is the person. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, typesOf } from './helpers/entities.js';

describe('towns after an honorific', () => {
  it('types a town name after Ms. or Mr. as a person', () => {
    const r = run(
      'The softening is in approach , Ms. Conway said on Sunday .',
      'Asked about the polls , Mr. Carson drew strong applause from the crowd .',
    );
    expect(typesOf(r, 'Conway')).toEqual(['person']);
    expect(typesOf(r, 'Carson')).toEqual(['person']);
  });

  it('keeps a town that plays in a results line its team', () => {
    const r = run('Carson drew 2-2 with Leeds on Saturday , and Conway beat Derby 3-1 .');
    expect(typesOf(r, 'Carson')).not.toContain('person');
  });
});
