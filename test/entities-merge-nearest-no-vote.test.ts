// Two holders of a surname named as themselves in one article, and no corpus vote: the bare surname goes to the
// holder named last before it when that naming is close and names no other holder, and a chain of bare surnames
// carries the holder on; otherwise it stays unresolved (ents59). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractEntities, type EntityResult } from '../lib/entities/entities.js';

/** The entity names of every mention spelled `text` in doc k, in text order. */
const namesIn = (r: EntityResult, k: number, text: string) =>
  r.mentions[k].filter((m) => m.text === text).map((m) => r.entities.find((e) => e.id === m.entity)?.name);

/** Entities of docs whose paragraphs are set off by blank lines. */
const runLines = (...texts: string[]) =>
  extractEntities(texts.map((t, i) => analyse({ id: 'd' + i, outlet: 'd' + i, date: null, text: t, paragraphs: [] })));

describe('a mother and her daughter, the daughter named last', () => {
  const r = runLines(
    [
      'For Ruth Halvorsen , the grandmother-to-be , the party hid a worry .',
      "Justices will decide whether couples such as Ruth 's daughter Anna Halvorsen and her wife may stay .",
      "`` We are watching , '' Ruth Halvorsen says .",
      'Anna Halvorsen , 31 , can not sponsor her wife for residency .',
      "`` We just wanted to marry , '' Halvorsen says .",
      'The law defines marriage narrowly , Halvorsen said .',
      "`` Everything happens for a reason , '' says Halvorsen , who teaches school .",
    ].join('\n\n'),
    'The council met on Tuesday . Members voted on the budget .',
  );

  it('gives every bare surname to the daughter, named last and carried on by the chain', () => {
    expect(namesIn(r, 0, 'Halvorsen')).toEqual(['Anna Halvorsen', 'Anna Halvorsen', 'Anna Halvorsen']);
  });
});

describe('a bare surname far from any naming, or after a sentence naming both (guards)', () => {
  const r = runLines(
    [
      'Dale Pruitt and Vera Pruitt both ran for the seat on Tuesday . Pruitt said the count was slow .',
      'Officials met later .',
    ].join('\n\n'),
    [
      'Carl Wendt , a farmer , spoke first .',
      'Nora Wendt , a nurse , spoke next .',
      'The hall was full .',
      'The vote came late .',
      'Turnout was low .',
      'The count took hours .',
      'Observers left at noon .',
      'Ballots were stacked .',
      'The clerk read them .',
      'No one objected .',
      "`` We lost , '' Wendt said .",
    ].join('\n\n'),
  );

  it('leaves the surname after a sentence naming both holders to neither', () => {
    expect(namesIn(r, 0, 'Pruitt')).toEqual(['Pruitt']);
  });

  it('leaves a surname several paragraphs after the last naming to neither', () => {
    expect(namesIn(r, 1, 'Wendt')).toEqual(['Wendt']);
  });
});
