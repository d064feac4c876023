// Whom conflict coverage lets speak: a surname the entity table kept apart from the full name, a pronoun after a
// quote that names someone else, spokesmen of ministries and armed groups, media and monitors cited by name.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef, Span } from '../lib/types.js';

const entity = (id: string, name: string, type: string, mentions: Span[]): EntityRef => ({ id, name, type, mentions });
const person = (d: Doc, name: string) => entity(name, name, 'person', spansOf(d, name));
/** Spans of a lone word, not those inside a longer name that ends on it ("Brenn", not in "Ivo Brenn"). */
const alone = (d: Doc, word: string) => spansOf(d, word).filter((s) => !/\p{L}\s$/u.test(d.text.slice(0, s.start)));
const rows = (d: Doc, entities: EntityRef[]) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.role, m.kind, m.name]);

describe('a surname alone, after the full name', () => {
  it('takes the full name the article gave, though the entity table kept the surname apart', () => {
    const d = fixtureDoc(
      'm1',
      'Harbour envoy Ivo Brenn met the council on Monday.\n\n"We will not leave," Brenn said.\n\n' +
        'The talks were chaired by Secretary-General Tan Wei-lin.\n\n"The guns must fall silent," Tan told reporters.',
    );
    const r = rows(d, [
      person(d, 'Ivo Brenn'),
      entity('brenn', 'Brenn', 'person', alone(d, 'Brenn')),
      person(d, 'Tan Wei-lin'),
      entity('tan', 'Tan', 'person', spansOf(d, 'Tan told')),
    ]);
    expect(r).toContainEqual(['quote', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['quote', 'named', 'Tan Wei-lin']);
  });
});

describe('a pronoun after a quote', () => {
  it('is not the person the quote itself names', () => {
    const d = fixtureDoc(
      'm2',
      'Envoys met in Valdor on Tuesday. "Nothing has stopped the shelling carried out by the Varga regime," he said.',
    );
    const r = rows(d, [person(d, 'Varga')]);
    expect(r).toContainEqual(['quote', 'unresolved', 'he']);
    expect(r).not.toContainEqual(['quote', 'named', 'Varga']);
  });

  it('is still the person named in the narration', () => {
    const d = fixtureDoc('m3', 'Lena Varga spoke in Valdor on Tuesday. "We want a truce," she said.');
    expect(rows(d, [person(d, 'Lena Varga')])).toContainEqual(['quote', 'named', 'Lena Varga']);
  });
});

describe('spokesmen of ministries and armed groups', () => {
  it('an unnamed spokesman of a body is one unnamed person; named after the comma, the person', () => {
    const d = fixtureDoc(
      'm4',
      'A Harbour Front spokesman said on Sunday that the fighters would hold the port for as long as it takes. ' +
        '"The truce is over," said a Valdor Army spokesman, Kira Loft, on Sunday.',
    );
    const r = rows(d, [entity('hf', 'Harbour Front', 'org', spansOf(d, 'Harbour Front')), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['reported', 'anonymous', 'harbour front spokesman']);
    expect(r).toContainEqual(['quote', 'named', 'Kira Loft']);
  });
});

describe('media and monitors cited by name', () => {
  it('a newspaper the entity table typed a person is a medium; a "Council" after its name is no newspaper', () => {
    const d = fixtureDoc(
      'm5',
      'The Guardian reported that the port had closed. Al Jazeera reported that ten boats sank. ' +
        'The Guardian Council said the vote was void.',
    );
    const r = rows(d, [entity('aj', 'Al Jazeera', 'person', spansOf(d, 'Al Jazeera'))]);
    expect(r).toContainEqual(['reported', 'media', 'Guardian']);
    expect(r).toContainEqual(['reported', 'media', 'Al Jazeera']);
    expect(r).not.toContainEqual(['reported', 'media', 'Guardian Council']);
  });

  it('a monitor named "X for Y" is an institution; activists joined with other people are unnamed people', () => {
    const d = fixtureDoc(
      'm6',
      'The Valdor Observatory for Civil Rights said on Sunday that 40 people died in the shelling of the old port. ' +
        'Valdorian activists and opposition leaders said that the toll was higher than the government admitted.',
    );
    const r = rows(d, []);
    expect(r).toContainEqual(['reported', 'institution', 'valdor observatory for civil rights']);
    expect(r).toContainEqual(['reported', 'anonymous', 'valdorian activists and opposition leaders']);
  });
});

describe('"called" and relative clauses', () => {
  it('"X called the attack “…”", "X called on …", "X called for …" are statements of X', () => {
    const d = fixtureDoc(
      'm7',
      'Ivo Brenn called the shelling "a war crime" on Monday. ' +
        'Kira Loft called on the council to halt the shelling of the port at once. ' +
        'Tomas Adler called for an immediate truce along the whole of the northern front.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft'), person(d, 'Tomas Adler')]);
    expect(r).toContainEqual(['quote', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).toContainEqual(['reported', 'named', 'Tomas Adler']);
  });

  it('a naming participle or a relative names no speaker; ", which …" stands for the body before it', () => {
    const d = fixtureDoc(
      'm8',
      'The plan, officially called "Harbour Shield", began in May. ' +
        'Fishermen complained of guards who called them "dogs" at night. ' +
        'The board has resisted calls for an inquiry into the shelling of the old port for a year. ' +
        'The Valdor Centre for Civil Rights, which called for an inquiry into what it said were "illegal executions," counted ten dead.',
    );
    const r = rows(d, []);
    expect(r).toEqual([['quote', 'institution', 'valdor centre for civil rights']]);
  });
});

describe('a bare title', () => {
  it('"the president" is the one person the article named with that title; with two, no one', () => {
    const one = fixtureDoc(
      'm9',
      'President Ivo Brenn met Vice President Kira Loft on Monday.\n\n"We will rebuild the port," the president said.',
    );
    expect(rows(one, [person(one, 'Ivo Brenn'), person(one, 'Kira Loft')])).toContainEqual([
      'quote',
      'named',
      'Ivo Brenn',
    ]);
    const two = fixtureDoc(
      'm10',
      'President Ivo Brenn met President Tomas Adler on Monday.\n\n"We will rebuild the port," the president said.',
    );
    expect(rows(two, [person(two, 'Ivo Brenn'), person(two, 'Tomas Adler')])).toContainEqual([
      'quote',
      'unresolved',
      'president',
    ]);
  });
});
