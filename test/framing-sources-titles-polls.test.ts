// Who speaks: "the president" when the article names two presidents (decided by the text, else unresolved), and a
// phrase headed by a poll ("according to a Harbour Institute poll"), which is the poll, not the pollster as a medium;
// "the former president"; "a close acquaintance of" a named person; a title cut before "of" ("Acting Chief" of Staff).
// Fixtures written for these tests (invented people, outlets and pollsters; real country adjectives).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

const of = (r: string[][], text: string) => r.filter((x) => x[0] === text).map((x) => x[2]);

describe('"the president" with two presidents named', () => {
  it('is the one titled plainly when the other has a country adjective', () => {
    const d = fixtureDoc(
      'pr1',
      'President Ivo Brenn spoke with Peruvian President Tomas Vell on Monday.\n\n' +
        'The talks were long.\n\n' +
        '“We will not wait,” the president said.',
    );
    expect(of(rows(d, [person(d, 'Ivo Brenn'), person(d, 'Tomas Vell')]), 'the president')).toEqual(['Ivo Brenn']);
  });

  it('is not a former holder', () => {
    const d = fixtureDoc(
      'pr2',
      'President Ivo Brenn blamed former President Olek Dorn for the deal.\n\n' +
        'The talks were long.\n\n' +
        '“We will not wait,” the president said.',
    );
    expect(of(rows(d, [person(d, 'Ivo Brenn'), person(d, 'Olek Dorn')]), 'the president')).toEqual(['Ivo Brenn']);
  });

  it('is the president the paragraph names last before the speaker', () => {
    const d = fixtureDoc(
      'pr3',
      'President Ivo Brenn met President Tomas Vell on Monday.\n\n' +
        'Tomas Vell left early. The president said that the border would stay open.',
    );
    expect(of(rows(d, [person(d, 'Ivo Brenn'), person(d, 'Tomas Vell')]), 'The president')).toEqual(['Tomas Vell']);
  });

  it('stays unresolved when both are titled plainly and the paragraph names neither', () => {
    const d = fixtureDoc(
      'pr4',
      'President Ivo Brenn met President Tomas Vell on Monday.\n\n' +
        'The talks were long.\n\n' +
        '“We will not wait,” the president said.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Tomas Vell')]).filter((x) => x[0] === 'the president');
    expect(r.map((x) => x[1])).toEqual(['unresolved']);
  });
});

describe('a phrase headed by a poll', () => {
  it('is the poll under its maker, not a medium or a body', () => {
    const d = fixtureDoc(
      'pl1',
      'Support for the plan fell, according to a Harbour Institute poll released on Tuesday.\n\n' +
        'A Valdor Daily survey said that support had fallen.\n\n' +
        'The race is close, according to polls taken during the campaign.',
    );
    const r = rows(d);
    expect(r).toContainEqual(['a Harbour Institute poll released on Tuesday.', 'document', 'Harbour Institute poll']);
    expect(r).toContainEqual(['A Valdor Daily survey', 'document', 'Valdor Daily poll']);
    // several polls are not the one named before
    expect(r).toContainEqual(['polls taken during the campaign.', 'document', 'poll']);
  });

  it('is no poll when the poll word is not the head', () => {
    const d = fixtureDoc('pl2', 'A survey respondent said that the plan was unfair.');
    expect(rows(d).map((x) => x[1])).not.toContain('document');
  });
});

describe('"the former president"', () => {
  it('is the one person titled so, and not the current holder', () => {
    const d = fixtureDoc(
      'fp1',
      'President Ivo Brenn met former President Olek Dorn on Monday.\n\n' +
        '“We will not wait,” the former president said.',
    );
    expect(of(rows(d, [person(d, 'Ivo Brenn'), person(d, 'Olek Dorn')]), 'the former president')).toEqual([
      'Olek Dorn',
    ]);
  });
});

describe('the maker of a poll named after the poll word', () => {
  it('is read from "by" or "from" and after a month', () => {
    const d = fixtureDoc(
      'pm1',
      'Support fell, according to a December survey by the Harbour Center for Public Opinion.\n\n' +
        'Support rose, according to polling from Valdor Research.\n\n' +
        'Support held, according to a March 2019 Valdor Daily poll.',
    );
    const names = rows(d).map((x) => x[2]);
    expect(names).toEqual(['Harbour Center for Public Opinion poll', 'Valdor Research poll', 'Valdor Daily poll']);
  });
});

describe('a close acquaintance of a named person', () => {
  it('is someone unnamed, not the person named', () => {
    const d = fixtureDoc('ac1', 'A close acquaintance of Ivo Brenn said that he had left the city.');
    expect(rows(d, [person(d, 'Ivo Brenn')]).map((x) => x[1])).toEqual(['anonymous']);
  });
});

describe('a title cut before "of"', () => {
  it('runs on to the person it names', () => {
    const d = fixtureDoc(
      'to1',
      'Acting Chief of Staff Ivo Brenn repeated the offer, saying “yes” when asked.\n\n' +
        'Secretary of State Kira Loft is defending the plan, saying “it is lawful.”',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft')]);
    expect(r.map((x) => x[2])).toEqual(['Ivo Brenn', 'Kira Loft']);
  });
});
