// Who speaks: a title with a country's adjective and no name ("the Peruvian leader"), and poll figures that follow the
// sentence naming the poll's maker ("A Harbour Daily poll released Tuesday showed … ¶ Thirty-nine percent said …").
// Fixtures written for these tests (invented people, outlets and pollsters; real country adjectives).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';

describe('a title with a country adjective', () => {
  it('is the one leader the article titled with that adjective', () => {
    const d = fixtureDoc(
      't1',
      'Peruvian President Ivo Brenn met Chilean Foreign Minister Kira Loft in Lima on Monday.\n\n' +
        'The Peruvian leader said that the border would stay open.\n\n' +
        'The Chilean foreign minister said that talks would go on.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['The Peruvian leader', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['The Chilean foreign minister', 'named', 'Kira Loft']);
  });

  it('stays unresolved when no one, two people or only a former holder were titled so', () => {
    const d = fixtureDoc(
      't2',
      'Former Peruvian President Ana Varga and Peruvian Prime Minister Olek Dorn met Bolivian President Tomas Vell ' +
        'and Bolivian President-elect Rui Sand.\n\n' +
        'The Peruvian president said that the border would stay open.\n\n' +
        'The Chilean leader said that talks would go on.',
    );
    const r = rows(d, [person(d, 'Ana Varga'), person(d, 'Olek Dorn'), person(d, 'Tomas Vell')]);
    expect(r).toContainEqual(['The Peruvian president', 'unresolved', 'peruvian president']);
    expect(r.filter((x) => x[0] === 'The Chilean leader').map((x) => x[1])).toEqual(['unresolved']);
  });
});

describe('poll figures after the sentence that names the poll', () => {
  it('are the poll of the maker named a sentence or two paragraphs before', () => {
    const d = fixtureDoc(
      'p1',
      'A Harbour Daily poll released Tuesday showed the mayor behind for the first time.\n\n' +
        'Thirty-nine percent said they would vote for her.\n\n' +
        'Another 12 percent said they had not decided.\n\n' +
        'According to the poll , the mayor leads among women.\n\n' +
        'More than half of voters in exit polls said they backed the mayor.',
    );
    const r = rows(d);
    expect(r).toContainEqual(['Thirty-nine percent', 'document', 'Harbour Daily poll']);
    expect(r).toContainEqual(['Another 12 percent', 'document', 'Harbour Daily poll']);
    expect(r).toContainEqual(['the poll', 'document', 'Harbour Daily poll']);
    expect(r).toContainEqual(['More than half of voters in exit polls', 'document', 'poll']);
  });

  it('are no maker’s when a poll with no maker was named since, or the maker lies far back', () => {
    const d = fixtureDoc(
      'p2',
      'A Harbour Daily poll released Tuesday showed the mayor behind.\n\n' +
        'A second poll of the same voters came out on Friday.\n\n' +
        'Forty percent said they would vote for her.\n\n' +
        'The council met.\n\nThe port reopened.\n\nThe ferry was late.\n\nThe pier was closed.\n\n' +
        'Sixty percent said the pier was unsafe.',
    );
    const r = rows(d).filter((x) => x[1] === 'document');
    expect(r).toEqual([
      ['Forty percent', 'document', 'poll'],
      ['Sixty percent', 'document', 'poll'],
    ]);
  });
});

describe('a full name the entity stage left untyped', () => {
  it('is not another person of the event with the same surname', () => {
    const a = fixtureDoc('n1', 'Rep. Dana Brenn and Sen. Robert Loft met on Monday.');
    const b = fixtureDoc(
      'n2',
      'Harbour University political scientist Merle Brenn said that the vote was close. ' +
        'Sen. Bob Loft said that he would vote no.',
    );
    const entities = [person(a, 'Dana Brenn'), person(a, 'Robert Loft')];
    const r = sourceMentions([a, b], [docVoice(a), docVoice(b)], entities, { n1: 'e', n2: 'e' })
      .filter((m) => m.doc === 'n2')
      .map((m) => [m.kind, m.name]);
    expect(r).toEqual([
      ['named', 'Merle Brenn'],
      ['named', 'Robert Loft'],
    ]);
  });
});
