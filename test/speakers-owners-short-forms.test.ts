// Who speaks, on real copy's shapes: a person named as the owner of who speaks ("Pell ’ s office said", "Advisers to
// Mr. Brenn said") is not the speaker; a transcript's label names its turn's speaker though no entity knows it; a short
// or misspelled form of a name the article gives in full is that person; a one-word name followed by an age or a
// person's description is a person. Fixtures written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import type { Doc, EntityRef } from '../lib/types.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows, untyped } from './helpers/speakers.js';

/** A person entity whose mentions are every occurrence of each of `forms` (the full name and its short forms). */
const personOf = (d: Doc, name: string, forms: string[]): EntityRef => ({
  id: name,
  name,
  type: 'person',
  mentions: forms.flatMap((f) => spansOf(d, f)),
});

describe('a person named as the owner of who speaks', () => {
  it('is not the speaker: the office, the advisers or the document speaks', () => {
    const d = fixtureDoc(
      'owners',
      'Senator Ana Pell opposes the levy . Pell ’ s office said the senator would vote no . ' +
        'Advisers to Ms. Pell said the vote was close . A fact sheet from Pell ’ s office said the levy would cost $ 4 billion .',
    );
    const r = rows(d, [personOf(d, 'Ana Pell', ['Ana Pell', 'Ms. Pell', 'Pell'])]);
    expect(r).toEqual([
      ['Pell ’ s office', 'institution', "pell's office"],
      ['Advisers to Ms. Pell', 'anonymous', 'advisers to ms. pell'],
      ['A fact sheet from Pell ’ s office', 'document', "a fact sheet from pell's office"],
    ]);
  });

  it('leaves a name after the owned title, and a title of the person, to the person', () => {
    const d = fixtureDoc(
      'owners-kept',
      'Pell ’ s spokesman Kol Varga said the senator would vote no . Secretary of State Ana Pell said the talks would go on .',
    );
    const r = rows(d, [personOf(d, 'Ana Pell', ['Ana Pell', 'Pell']), person(d, 'Kol Varga')]);
    expect(r.map((x) => x[2])).toEqual(['Kol Varga', 'Ana Pell']);
  });
});

describe("a transcript's speaker label", () => {
  it('names the turn speaker though no entity or full name knows it', () => {
    const d = fixtureDoc(
      'transcript',
      'HALVERSON : The council votes today on the levy .\n\nMOORE : And the mayor says she will sign it .\n\n' +
        'HALVERSON : Our reporter has more .\n\nMOORE : Thanks for listening .',
    );
    const labels = rows(d, []).filter((x) => x[0] === 'Halverson' || x[0] === 'Moore');
    expect(labels.map((x) => [x[1], x[2]])).toEqual([
      ['named', 'Halverson'],
      ['named', 'Moore'],
      ['named', 'Halverson'],
      ['named', 'Moore'],
    ]);
  });
});

describe('a short or misspelled form of a name the article gives in full', () => {
  it('is the person: a surname with a split apostrophe, a two-word family name beside another bearer', () => {
    const d = fixtureDoc(
      'short-forms',
      'Former Rep. Mary Vale Crane agreed . Her husband Tom Crane said the bill would pass . ' +
        '“ It is time , ” Vale Crane said . Host Rob O ’ Malley disagreed . O ’ Malley claims that the levy is unfair .',
    );
    const r = rows(d, [
      person(d, 'Mary Vale Crane'),
      person(d, 'Tom Crane'),
      untyped(d, 'Vale Crane'),
      person(d, 'Rob O ’ Malley'),
      untyped(d, 'O ’ Malley'),
    ]);
    expect(r.filter((x) => x[0] === 'Vale Crane' || x[0] === 'O ’ Malley').map((x) => [x[1], x[2]])).toEqual([
      ['named', 'Mary Vale Crane'],
      ['named', 'Rob O ’ Malley'],
    ]);
  });

  it('is the one person whose surname is one slip from it, and no one when two are', () => {
    const one = fixtureDoc(
      'slip',
      'Agency chief Tom Halloran spoke . “ It will not be fine anymore , ” Holloran said .',
    );
    expect(rows(one, [person(one, 'Tom Halloran')]).map((x) => x[2])).toEqual(['Tom Halloran']);
    const two = fixtureDoc(
      'slip-two',
      'Tom Halloran and Ana Hollorin spoke . “ It will not be fine anymore , ” Holloran said .',
    );
    expect(rows(two, [person(two, 'Tom Halloran'), person(two, 'Ana Hollorin')]).map((x) => x[1])).not.toContain(
      'named',
    );
  });
});

describe('a pronoun in a paragraph opening on a described one-word name', () => {
  it('is that person, not the speaker of the paragraph before', () => {
    const d = fixtureDoc(
      'described-opener',
      'Vivek , who works at a software firm , says he may move . “ I want to stay , ” he says .\n\n' +
        'Tarun , who teaches at a college nearby , is waiting for a visa . “ I have a sword over my head , ” he says .',
    );
    expect(rows(d, []).map((x) => [x[0], x[2]])).toEqual([
      ['Vivek', 'Vivek'],
      ['he', 'Vivek'],
      ['he', 'Tarun'],
    ]);
  });
});

describe('a full name resolved to an entity of another given name', () => {
  it('is the person the phrase names, not the entity sharing the surname', () => {
    const d = fixtureDoc(
      'other-bearer',
      'Rep. Nina Vask backed the bill . “ Families will suffer , ” said Chad Vask , a lawyer at a legal clinic .',
    );
    // the entity stage merged the two into one entity, as it does for bearers of a surname it cannot tell apart
    const r = rows(d, [personOf(d, 'Nina Vask', ['Nina Vask', 'Chad Vask'])]);
    expect(r.map((x) => [x[1], x[2]])).toEqual([['named', 'Chad Vask']]);
  });

  it('keeps a short form of the given name the person', () => {
    const d = fixtureDoc('short-given', 'Sen. Robert Vask backed the bill . “ Families will gain , ” Bob Vask said .');
    const r = rows(d, [personOf(d, 'Robert Vask', ['Robert Vask', 'Bob Vask'])]);
    expect(r.map((x) => x[2])).toEqual(['Robert Vask']);
  });
});

describe('a one-word name no entity knows', () => {
  it('is a person when an age or a relative of people follows it', () => {
    const d = fixtureDoc(
      'described-word',
      '“ It was an honour , ” Sarwari , 75 , told the Harbor Post . Vivek , who works at a software firm , says he may move .',
    );
    expect(rows(d, []).filter((x) => x[0] === 'Sarwari' || x[0] === 'Vivek')).toEqual([
      ['Sarwari', 'named', 'Sarwari'],
      ['Vivek', 'named', 'Vivek'],
    ]);
  });
});
