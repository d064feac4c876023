// Who speaks: an epithet ("the Delaware Democrat", "the Arizona senator", "the former Ohio governor") is the one
// person the article named before with that state, party and office (a party-and-state tag, a description, a title),
// else an unnamed one; and a phrase that names nothing that can speak ("The fact that …", "The standards are vague …")
// is no speaker. Fixtures written for these tests (invented people; the states are the style guide's).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { epithetCues } from '../lib/framing/party-epithets.js';
import { cannotSpeak } from '../lib/framing/non-speakers.js';

describe('an epithet of a named lawmaker', () => {
  it('is the one person the article tagged with that party and state', () => {
    const d = fixtureDoc(
      'pe1',
      'Sen. Orla Venn (D-Del.) and Rep. Tobin Marsh, R-Ohio, wrote the bill.\n\n' +
        'The vote is set for May.\n\n' +
        'Critics called it a stunt.\n\n' +
        '“We will not wait,” the Delaware Democrat said.\n\n' +
        '“It is a start,” the Ohio Republican said.',
    );
    const r = rows(d, [person(d, 'Orla Venn'), person(d, 'Tobin Marsh')]);
    expect(r).toContainEqual(['the Delaware Democrat', 'named', 'Orla Venn']);
    expect(r).toContainEqual(['the Ohio Republican', 'named', 'Tobin Marsh']);
  });

  it('reads a description and a state before the title', () => {
    const d = fixtureDoc(
      'pe2',
      'Kiran Dole, a Democrat from New York, opposed it. Arkansas Sen. Bram Hollis backed it.\n\n' +
        'The talks went on.\n\n' +
        '“This is wrong,” the New York Democrat said.\n\n' +
        'The Arkansas Republican said the deal was weak.',
    );
    const r = rows(d, [person(d, 'Kiran Dole'), person(d, 'Bram Hollis')]);
    expect(r).toContainEqual(['the New York Democrat', 'named', 'Kiran Dole']);
    expect(r).toContainEqual(['The Arkansas Republican', 'named', 'Bram Hollis']);
  });

  it('stays unnamed when the person last named has another state, or two fit and the text does not pick one', () => {
    const d = fixtureDoc(
      'pe3',
      'Sen. Orla Venn, D-Del., and Sen. Pell Arden, D-Del., spoke.\n\n' +
        'Rep. Tobin Marsh, R-Ohio, agreed.\n\n' +
        '“Enough,” the Delaware Democrat said.\n\n' +
        'The Texas Republican said the plan would fail.',
    );
    const r = rows(d, [person(d, 'Orla Venn'), person(d, 'Pell Arden'), person(d, 'Tobin Marsh')]);
    expect(r).toContainEqual(['the Delaware Democrat', 'anonymous', 'delaware democrat']);
    expect(r).toContainEqual(['The Texas Republican', 'anonymous', 'texas republican']);
  });

  it('is the one of two the text names right before', () => {
    const d = fixtureDoc(
      'pe5',
      'The bill came from Reps. Ona Pell ( R-Fla. ) and Ivo Darr ( D-Calif. ).\n\n' +
        'Rep. Sami Kord ( R-Fla. ) has a bill too. The Florida Republican said it would pass.',
    );
    const r = rows(d, [person(d, 'Ona Pell'), person(d, 'Ivo Darr'), person(d, 'Sami Kord')]);
    expect(r).toContainEqual(['The Florida Republican', 'named', 'Sami Kord']);
  });

  it('reads the cues of an epithet', () => {
    expect(epithetCues('the former Ohio governor')).toEqual({
      state: 'Ohio',
      party: undefined,
      title: 'governor',
      former: true,
    });
    expect(epithetCues('the Republican senator')).toMatchObject({ party: 'R', title: 'senator' });
    expect(epithetCues('the Republican')).toBeNull();
    expect(epithetCues('the Harbour Party Democrat')).toBeNull();
  });
});

describe('phrases that name no speaker', () => {
  it('drops an abstract noun or a clause around a copula', () => {
    expect(cannotSpeak('The fact')).toBe(true);
    expect(cannotSpeak('The salient fact here')).toBe(true);
    expect(cannotSpeak('The standards are vague about welfare checks')).toBe(true);
    expect(cannotSpeak('This is a man')).toBe(true);
    expect(cannotSpeak('immigrant-rights groups were furious')).toBe(false);
    expect(cannotSpeak('The president is no longer')).toBe(false);
    expect(cannotSpeak('the spokesman')).toBe(false);
  });

  it('gives the statement no speaker row', () => {
    const d = fixtureDoc(
      'pe4',
      'The rules are vague about checks, saying agents should look in cells in a “regular and frequent manner.”\n\n' +
        'The fact that Valdor said it was no party to the raid suggests “there were members involved.”\n\n' +
        '“We are ready,” the spokesman said.',
    );
    const r = rows(d).map((x) => x[0]);
    expect(r).not.toContain('The fact');
    expect(r).not.toContain('The rules are vague about checks');
    expect(r).toContain('the spokesman');
  });
});
