// Who speaks when the statement verb is the second of a subject's verbs ("Doe condemned Loft and called on …"), when a
// relative clause speaks ("… with Sen. Ana Dorr, who told him …") and when an honorific's period sits before the name
// of a reported statement ("Mr. Brenn said that …"). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const rows = (d: Doc, entities: EntityRef[]) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.role, m.kind, m.name]);

describe('a statement verb after "and" or "but"', () => {
  it('goes to the subject of the first verb, not to the object before the conjunction', () => {
    const d = fixtureDoc(
      'c1',
      'Rep. Kira Loft ( R. , Utah ) on Thursday condemned Mr. Brenn for his remarks and called on the mayor to apologise.\n\n' +
        'Mayor Tomas Adler on Friday slammed the ruling in the harbour case , blamed the council and argued that the ' +
        'sea wall is needed more than ever.\n\n' +
        'Ivo Brenn did not rule out sending the fleet back to the northern coast , but warned that the port is far away.',
    );
    const r = rows(d, [person(d, 'Kira Loft'), person(d, 'Brenn'), person(d, 'Tomas Adler'), person(d, 'Ivo Brenn')]);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).toContainEqual(['reported', 'named', 'Tomas Adler']);
    expect(r).toContainEqual(['reported', 'named', 'Ivo Brenn']);
    expect(r).not.toContainEqual(['reported', 'named', 'Brenn']);
  });

  it('passes over a title set off after the name, a comment clause and a pronoun subject', () => {
    const d = fixtureDoc(
      'c2',
      'Sen. Lena Varga , Harbour Republican , blasted the governor for failing to guard the coast and called upon ' +
        'the council to pass the bill.\n\n' +
        'Tomas Adler would then turn to an aide , Ivo Brenn recounted , and say : "Get on this."\n\n' +
        'Kira Loft visited the port in May. She was there during the earlier floods and said that each time the ' +
        'harbour police had done better.',
    );
    const r = rows(d, [
      person(d, 'Lena Varga'),
      person(d, 'Tomas Adler'),
      person(d, 'Ivo Brenn'),
      person(d, 'Kira Loft'),
    ]);
    expect(r).toContainEqual(['reported', 'named', 'Lena Varga']);
    expect(r).toContainEqual(['quote', 'named', 'Tomas Adler']);
    expect(r).not.toContainEqual(['quote', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r.filter((x) => x[1] === 'institution')).toEqual([]);
  });

  it("passes over a place's possessive set off after the name", () => {
    const d = fixtureDoc(
      'c6',
      'Ivo Brenn , Valdor ’ s most senior judge , blamed the council for the floods and called for a new ' +
        'harbour board to be formed.',
    );
    const r = rows(d, [
      person(d, 'Ivo Brenn'),
      { id: 'valdor', name: 'Valdor', type: 'place', mentions: spansOf(d, 'Valdor') },
    ]);
    expect(r).toEqual([['reported', 'named', 'Ivo Brenn']]);
  });

  it('keeps the speaker of a clause of its own after "and"', () => {
    const d = fixtureDoc(
      'c3',
      'Police closed the bridge and officials said that the storm would pass by noon. ' +
        'When Ana Dorr tries telling her that the ferry is late , Lena Varga cuts her off and says : "We walk."',
    );
    const r = rows(d, [person(d, 'Ana Dorr'), person(d, 'Lena Varga')]);
    expect(r).toContainEqual(['reported', 'anonymous', 'officials']);
    expect(r).toContainEqual(['quote', 'named', 'Lena Varga']);
  });
});

describe('a relative clause that speaks', () => {
  it('stands for the noun phrase right before it; a closed one describes the subject', () => {
    const d = fixtureDoc(
      'c4',
      'Ivo Brenn clashed with Sen. Kira Loft , R-Utah , who told him that no one back home supports the strike.\n\n' +
        'Those plans were met with doubt among some local lawmakers , who said that the channel is too shallow.\n\n' +
        'A spokesman for Sen. Lena Varga , who wrote the bill , said that the senator would vote no.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Kira Loft'), person(d, 'Lena Varga')]);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).not.toContainEqual(['reported', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'anonymous', 'some local lawmakers']);
    expect(r).toContainEqual(['reported', 'anonymous', 'spokesman for sen. lena varga']);
  });
});

describe('"he" in a paragraph that names no one', () => {
  it('is the one person who spoke in the paragraph before, though it names others', () => {
    const d = fixtureDoc(
      'c5',
      'Party chairman Ivo Brenn said that the remarks of Tomas Adler do not speak for the party.\n\n' +
        '"Our party stands for every family," he said in a statement.\n\n' +
        'An aide to the mayor said that Kira Loft had not been told.\n\n' +
        '"We found out from the radio," he said.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), person(d, 'Tomas Adler'), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['quote', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['quote', 'unresolved', 'he']);
  });
});
