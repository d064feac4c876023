// Who speaks, on real copy's shapes: a name with a party tag in brackets after it ("Rep. Ana Pell ( R. , Ore. ) said",
// "Sen. Ivo Brenn (D-Ore.) told") speaks, the tag's periods ending no clause; a name the entity stage left untyped is a
// person's when its given name is also an English word ("Bill", "Max") or a description set off after it is headed by
// a title or an agent noun no list holds ("a statistician from …", "an advertising professional and the artist
// behind …", "a 24 year-old actor who …"). Fixtures written for these tests (invented people, bodies and places; the
// tags name real states, as the tag reader requires).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { kinds, person, rows, untyped } from './helpers/speakers.js';

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

describe('an untyped name that speaks', () => {
  it('is a person when its given name is also an English word', () => {
    const d = fixtureDoc('word-given', 'Bill Tarrow claims that the plant creates four jobs for every visa .');
    expect(kinds(d, [untyped(d, 'Bill Tarrow')])).toEqual([['named', 'Bill Tarrow']]);
  });

  it('is a person when a description headed by a title follows a preposition or "and"', () => {
    const d = fixtureDoc(
      'counsel',
      '“ This is retaliation , ” Naveera Thask , senior policy and advocacy counsel on rights for the Valdor ' +
        'Liberties Union , said in a statement .\n\n“ They cannot move one aircraft , ” Bink Orlov , an assistant ' +
        'defense secretary under President Harrow , told reporters .',
    );
    expect(kinds(d, [untyped(d, 'Naveera Thask'), untyped(d, 'Bink Orlov')])).toEqual([
      ['named', 'Naveera Thask'],
      ['named', 'Bink Orlov'],
    ]);
  });

  it('stays a body with no given name or description (guard)', () => {
    const d = fixtureDoc('body-said', 'Harbour Research said the levy would cost the city $ 4 billion .');
    expect(kinds(d, [untyped(d, 'Harbour Research')])[0][0]).not.toBe('named');
  });
});

describe("a person's description headed by an agent noun", () => {
  it('makes a one-word name no entity knows a person', () => {
    const d = fixtureDoc(
      'agent-nouns',
      '“ Art helps you resist , ” says Tavish , an advertising professional and the artist behind the poster .\n\n' +
        '“ We thought we would have good news , ” said Korvan , a 24 year-old Valdorian actor who follows the talks .',
    );
    expect(kinds(d)).toEqual([
      ['named', 'Tavish'],
      ['named', 'Korvan'],
    ]);
  });

  it('gives "he says" to the one the paragraph opens on', () => {
    const d = fixtureDoc(
      'agent-opener',
      'Vaskar , who works at a software company , says he may leave . “ I want a calm life , ” he says .\n\n' +
        'Orrin , a statistician from Pune who works at a bank , is waiting for a visa . “ I renew my visa every ' +
        'three years , ” he says .',
    );
    expect(kinds(d).map((x) => x[1])).toEqual(['Vaskar', 'Vaskar', 'Orrin']);
  });

  it("leaves a company's description to the company (guard)", () => {
    const d = fixtureDoc('maker', '“ Demand is falling , ” said Brennex , a maker of solar panels .');
    expect(kinds(d)[0][0]).not.toBe('named');
  });
});

describe('the subject of a clause joined on by ", and"', () => {
  it('starts after "and" ("a spokeswoman", not "and a spokesw")', () => {
    const d = fixtureDoc(
      'and-a',
      'The agency declined to comment , and a Valdorian spokeswoman told the Courier that the report was false .',
    );
    expect(rows(d)[0]).toEqual(['a Valdorian spokeswoman', 'anonymous', 'valdorian spokeswoman']);
  });

  it('speaks though the clause before ends on a name', () => {
    const d = fixtureDoc(
      'and-the',
      "But Orlin 's foreign minister proposed the plan to Valdoria , and the Brenn government said it welcomed the plan .",
    );
    expect(rows(d).map((x) => x[0])).toEqual(['the Brenn government']);
  });
});

describe('a press release', () => {
  it('is a document, not a medium', () => {
    const d = fixtureDoc(
      'press-release',
      '“ The ceiling must be realigned , ” the press release said .\n\nThe news release said the levy would pass .',
    );
    expect(rows(d).map((x) => [x[1], x[2]])).toEqual([
      ['document', 'press release'],
      ['document', 'news release'],
    ]);
  });
});
