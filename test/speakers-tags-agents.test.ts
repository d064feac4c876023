// Who speaks, on real copy's shapes: a name with a party tag in brackets after it ("Rep. Ana Pell ( R. , Ore. ) said",
// "Sen. Ivo Brenn (D-Ore.) told") speaks, the tag's periods ending no clause. Fixtures written for these tests
// (invented people; the tags name real states, as the tag reader requires).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

describe('a party tag in brackets after a speaker', () => {
  it('leaves the name before it the speaker of the quote', () => {
    const d = fixtureDoc(
      'bracket-tags',
      '“ The levy will fail , ” Rep. Ana Pell ( R. , Ore. ) said in an interview . “ We will vote no . ”\n\n' +
        '“ It is a bad bill , ” Sen. Ivo Brenn ( D-Ore. ) told reporters .\n\n' +
        '“ Nobody trusts the plan , ” Rep. Kol Varga ( R-Mont . ) said Thursday .',
    );
    const r = rows(d, [person(d, 'Ana Pell'), person(d, 'Ivo Brenn'), person(d, 'Kol Varga')]);
    expect(r.map((x) => [x[1], x[2]])).toEqual([
      ['named', 'Ana Pell'],
      ['named', 'Ivo Brenn'],
      ['named', 'Kol Varga'],
    ]);
    // no piece of the tag is read as a speaker ("Ore. )")
    expect(r.some((x) => x[0].includes(')'))).toBe(false);
  });

  it('reads the name before a tag and a quote opening after "said"', () => {
    const d = fixtureDoc(
      'bracket-tag-said',
      '“ We need to show that we can govern , ” said Rep. Kol Varga ( R. , Mont. ) “ Maybe this is a wake-up call . ”',
    );
    expect(rows(d, [person(d, 'Kol Varga')]).map((x) => [x[0], x[2]])).toEqual([['Rep. Kol Varga', 'Kol Varga']]);
  });

  it('keeps each tagged name of a list a speaker (guard)', () => {
    const d = fixtureDoc(
      'bracket-tag-list',
      'Sens . Ana Pell ( D. , Ore. ) and Ivo Brenn ( R. , Mont. ) said in a letter that they had “ serious doubts ” about the levy .',
    );
    const r = rows(d, [person(d, 'Ana Pell'), person(d, 'Ivo Brenn')]);
    expect([...new Set(r.map((x) => x[2]))]).toEqual(['Ana Pell', 'Ivo Brenn']);
  });
});
