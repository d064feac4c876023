// A bare surname with a state's code in brackets ("Graham ( SC )" in a roll call) in an article naming no holder of
// it: the state's senator, the holder the corpus names in full with that title, not a namesake (ents57). Fixtures
// written for these tests.
import { describe, expect, it } from 'vitest';
import { run } from './helpers/entities.js';
import type { EntityResult } from '../lib/entities/entities.js';

const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

describe('a roll call of senators by surname and state', () => {
  const r = run(
    'Sen. Lindsey Hargrove said on Monday that the bill would pass . Hargrove voted for it .',
    'Sen. Lindsey Hargrove of South Carolina spoke to reporters . Hargrove said the talks were over .',
    'The evangelist Billy Hargrove held a revival in Ohio . Hargrove preached for an hour .',
    'The evangelist Billy Hargrove toured the state . Hargrove spoke at the fair .',
    'Here are the Republican ayes : Alcott ( TN ) , Hargrove ( SC ) , Pemberton ( UT ) .',
  );

  it('gives the tagged surname to the holder titled a senator', () => {
    expect(namesIn(r, 4, 'Hargrove')).toEqual(['Lindsey Hargrove']);
  });
});

describe('a bracketed word that is no state (guard)', () => {
  const r = run(
    'Sen. Lindsey Hargrove said on Monday that the bill would pass . Hargrove voted for it .',
    'The evangelist Billy Hargrove held a revival in Ohio . Hargrove preached for an hour .',
    'The photo was taken by Hargrove ( XQ ) on Sunday .',
  );

  it('leaves the surname to the other rules', () => {
    expect(namesIn(r, 2, 'Hargrove')).not.toEqual(['Lindsey Hargrove']);
  });
});
