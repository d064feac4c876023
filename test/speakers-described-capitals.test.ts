// Who speaks, on real copy's shapes: a name set off after a person's description ("his wife , Jan Doe , told …") is a
// person's; a phrase capitalised only because it opens its sentence ("Medics said", "Federal authorities asked") is
// unnamed people or a body; "the legislation" is a document and a bare "the paper" reporting is the newspaper; "he"
// after "the captain said" is the captain; a person introduced after the paragraph's last speaker is its "he".
// Fixtures written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { kinds, person, rows, untyped } from './helpers/speakers.js';

describe("a name set off after a person's description", () => {
  it('is a person, under the name the phrase writes', () => {
    const d = fixtureDoc(
      'described-before',
      '“ Our hearts are aching , ” his wife , Mara Telvik , told reporters in Pella .\n\n' +
        'The captain of the national rowing team , Said Orvane , wrote online that he hoped the ban would end .',
    );
    // the entity stage typed the surnames alone, unknown ("Said" read as a verb)
    expect(kinds(d, [untyped(d, 'Telvik'), untyped(d, 'Orvane')])).toEqual([
      ['named', 'Mara Telvik'],
      ['named', 'Said Orvane'],
    ]);
  });

  it("stays a body after a body's description (guard)", () => {
    const d = fixtureDoc(
      'body-before',
      '“ The levy is unfair , ” the largest group in the port , Harbour Watch , said in a statement .',
    );
    const r = kinds(d, [untyped(d, 'Harbour Watch')]);
    expect(r.length).toBeGreaterThan(0);
    expect(r.some((x) => x[0] === 'named')).toBe(false);
  });

  it('is a person after "a … hopeful"', () => {
    const d = fixtureDoc(
      'hopeful',
      'Teodor Vashkin , a Democratic presidential hopeful from Valdor , shared a clip and said the remarks were cruel .',
    );
    expect(kinds(d, [untyped(d, 'Teodor Vashkin')])).toEqual([['named', 'Teodor Vashkin']]);
  });
});

describe('a phrase capitalised by its sentence', () => {
  it('is unnamed people or a body, not an unplaced name', () => {
    const d = fixtureDoc(
      'sentence-capitals',
      'The strike closed two clinics , and medics worked through the night . Medics said a child was hurt .\n\n' +
        'Unions say the levy will hurt workers , though few unions have filed suit .\n\n' +
        'Federal authorities asked that he be held , and federal judges agreed .\n\n' +
        'Few people expected a deal . People familiar with the matter said the talks had stalled .',
    );
    expect(kinds(d)).toEqual([
      ['anonymous', 'medics'],
      ['institution', 'unions'],
      ['anonymous', 'federal authorities'],
      ['anonymous', 'people familiar with the matter'],
    ]);
  });

  it('leaves a one-word surname that is also a noun a name (guard)', () => {
    const d = fixtureDoc('surname-noun', 'Ana Farmer spoke first . Farmer said the farmer next door agreed .');
    expect(kinds(d, [person(d, 'Ana Farmer')]).map((x) => x[1])).toEqual(['Ana Farmer']);
  });
});

describe('documents and the paper', () => {
  it('reads "the legislation" and "the measure" as documents', () => {
    const d = fixtureDoc(
      'legislation',
      'The legislation says the president may extend the limit .\n\n“ The limit is 60 days , ” the measure says .',
    );
    expect(kinds(d)).toEqual([
      ['document', 'legislation'],
      ['document', 'measure'],
    ]);
  });

  it('reads a bare "the paper" that reports as the newspaper named before', () => {
    const d = fixtureDoc(
      'the-paper',
      'The Pella Courier said the port would close . The paper reported that two ships were stuck .\n\n' +
        'Prices rose by a tenth , the paper said .',
    );
    const r = rows(d).filter((x) => /paper/i.test(x[0]));
    expect(r.map((x) => [x[1], x[2]])).toEqual([
      ['media', 'Pella Courier'],
      ['media', 'Pella Courier'],
    ]);
  });

  it('reads "agencies reported" as the news agencies', () => {
    const d = fixtureDoc('agencies', 'Gunmen attacked a checkpoint , killing one soldier , agencies reported .');
    expect(kinds(d)).toEqual([['media', 'news agencies']]);
  });
});

describe('"he" after a speaker described, not named', () => {
  it('is the captain who spoke just before', () => {
    const d = fixtureDoc(
      'titled-pronoun',
      'The captain said the operation got off to a rough start . “ They did not show up , ” he said . ' +
        '“ This was not ideal . ”',
    );
    expect(kinds(d)).toEqual([
      ['anonymous', 'captain'],
      ['anonymous', 'captain'],
    ]);
  });

  it('is the person a sentence introduces after the last speaker', () => {
    const d = fixtureDoc(
      'later-opener',
      'Orrin , a statistician from Pune who works at a bank , is waiting for a visa . “ I renew my visa every ' +
        'three years , ” he says . Tamsin Brek , an engineer who works in Pella , is also waiting . “ I do not ' +
        'want to leave , ” he says .',
    );
    expect(kinds(d).map((x) => x[1])).toEqual(['Orrin', 'Tamsin Brek']);
  });

  it("is not a quote's words opening like an introduction (guard)", () => {
    const d = fixtureDoc(
      'quoted-opener',
      '“ We will act , ” Ivo Brenn said . “ Felons , not families . Criminals , not children , ” he said .',
    );
    expect(kinds(d, [person(d, 'Ivo Brenn')]).map((x) => x[1])).toEqual(['Ivo Brenn', 'Ivo Brenn']);
  });
});
