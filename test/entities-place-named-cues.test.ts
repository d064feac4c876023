// A person whose given name is a place ("freelancer Austin Corrigan", "18-year-old Israel Montoya"), named once in
// the corpus: an occupation noun or an age before the name, or an apposition after it (an age, a person's noun
// without an article, a demonym before "who"), makes it a person, not a place-named organisation (ents57). Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { run, typeOf } from './helpers/entities.js';

describe('place-named people with a cue in their own article', () => {
  const r = run(
    'The group is said to be holding other journalists , including freelancer Austin Corrigan , held since 2012 .',
    'In August , 18-year-old Israel Montoya , a US citizen , was among three people killed in a crash .',
    'Jordan Pellham , a 28-year-old former army soldier from a small town , went to fight in the war .',
    'Some say yes . Kenya Barlowe , an American who works on freedom of movement , disagrees .',
    "`` It is a test , '' said Niger Oduya , chief strategist of the group .",
  );

  it.each([
    ['Austin Corrigan', 'an occupation noun before'],
    ['Israel Montoya', 'an age before'],
    ['Jordan Pellham', 'an age in apposition'],
    ['Kenya Barlowe', 'a demonym before who'],
    ['Niger Oduya', 'a person noun in apposition without an article'],
  ])('%s is a person (%s)', (name) => {
    expect(typeOf(r, name)).toBe('person');
  });
});

describe('a place-named body with an apposition (guard)', () => {
  const r = run('Boston Dynamics , a robotics company , showed its dog on Monday .');

  it('stays a body', () => {
    expect(typeOf(r, 'Boston Dynamics')).not.toBe('person');
  });
});

describe('a list of people after a place-named one (guard)', () => {
  const r = run('The four released were reporter Dana Wirth , Austin Kell , pastor Saeed Omidi and a guide .');

  it('does not read the next item of the list as an apposition', () => {
    expect(r.mentions[0].find((m) => m.text.endsWith('Austin Kell'))?.cue ?? '').not.toContain('apposition');
  });
});
