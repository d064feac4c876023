// The named members of a group as the subject of a statement: after a dash ("some of the candidates -- Ana Doe , Ivo
// Brenn and Kira Loft said …") or "including" ("a group of five senators including Ana Doe ( D. , Calif. ) , …  and
// Orrin Vasteel ( R. , Ark . ) said …"): each named person speaks. Fixtures written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const FOUR = ['Ana Doe', 'Ivo Brenn', 'Kira Loft', 'Orrin Vasteel'];
const named = (text: string) => {
  const d = fixtureDoc('gl', text);
  return rows(
    d,
    FOUR.filter((n) => text.includes(n)).map((n) => person(d, n)),
  )
    .filter((r) => r[1] === 'named')
    .map((r) => r[2]);
};

describe('a group and its named members', () => {
  it('after a dash', () => {
    expect(
      named(
        'Earlier this year some of the candidates -- Ana Doe , Ivo Brenn and Kira Loft said the plan should give ' +
          'priority to farmers .',
      ),
    ).toEqual(['Ana Doe', 'Ivo Brenn', 'Kira Loft']);
  });

  it('after "including", with party tags in brackets', () => {
    expect(
      named(
        'A group of five senators including Ana Doe ( D. , Calif. ) , Ivo Brenn ( R. , Iowa ) , Kira Loft ( D. , ' +
          "Illinois ) and Orrin Vasteel ( R. , Ark . ) said in a letter that they had `` serious reservations , '' " +
          'and asked for a review .',
      ),
    ).toEqual(FOUR);
  });
});
