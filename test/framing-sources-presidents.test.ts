// Who speaks: "the president" when the article names two presidents (decided by the text, else unresolved).
// Fixtures written for these tests (invented people, outlets and pollsters; real country adjectives).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const person = (d: Doc, name: string): EntityRef => ({ id: name, name, type: 'person', mentions: spansOf(d, name) });
const rows = (d: Doc, entities: EntityRef[] = []) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.text.trim(), m.kind, m.name]);
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
