// Who speaks when a body is written inside a phrase headed by people or a document ("officials at the Harbour
// Department", "numbers provided by the ministry"), whom "he" is when two people are named ("Judge Ana Doe cited …
// against Ivo Brenn. He said …"), and "X said the plan will fail" with no "that" and no quote mark. Fixtures written
// for these tests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const body = (d: Doc, name: string, type = 'org'): EntityRef => ({ id: name, name, type, mentions: spansOf(d, name) });
const rows = (d: Doc, entities: EntityRef[]) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.role, m.kind, m.name]);

describe('a body inside a phrase headed by people or a document', () => {
  it('lets the people or the document speak, not the body', () => {
    const d = fixtureDoc(
      'h1',
      'However , officials at the Harbour Department have said that the pier will stay shut.\n\n' +
        'Harbour traffic fell by a third , according to a summary compiled by the Harbour Department .\n\n' +
        '" We will not wait , " the longest-serving Valdor senator added .',
    );
    const r = rows(d, [body(d, 'Harbour Department'), body(d, 'Valdor', 'place')]);
    expect(r).toContainEqual(['reported', 'anonymous', 'officials at the harbour department']);
    expect(r).toContainEqual(['reported', 'document', 'summary compiled by the harbour department']);
    expect(r).toContainEqual(['quote', 'anonymous', 'longest-serving valdor senator']);
    expect(r.filter((x) => x[1] === 'institution')).toEqual([]);
  });

  it('names the person set off by commas beside the description, and the one president the article named', () => {
    const d = fixtureDoc(
      'h2',
      'President Ivo Brenn visited the port on Monday.\n\n' +
        'Kira Loft , director of the Harbour Institute , said that the pier is unsafe.\n\n' +
        '" The pier is safe , " the Valdor president said .',
    );
    const r = rows(d, [
      person(d, 'Ivo Brenn'),
      person(d, 'Kira Loft'),
      body(d, 'Harbour Institute'),
      body(d, 'Valdor', 'place'),
    ]);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
    expect(r).toContainEqual(['quote', 'named', 'Ivo Brenn']);
    expect(r.filter((x) => x[1] === 'institution')).toEqual([]);
  });

  it('leaves a body that heads the phrase speaking as a body', () => {
    const d = fixtureDoc('h3', 'The Harbour Department said that the pier will stay shut.');
    expect(rows(d, [body(d, 'Harbour Department')])).toContainEqual(['reported', 'institution', 'Harbour Department']);
  });
});

describe('he or she with two people named', () => {
  it('is the person who opens the sentence as its subject', () => {
    const d = fixtureDoc(
      'p1',
      'In his ruling on Saturday , Judge Tomas Adler cited the case against Ivo Brenn . He said the charges were ' +
        'filed too late.\n\n' +
        'Harbour Council President Kira Loft met Lena Varga on Monday . " We have a plan , " she said .',
    );
    const r = rows(d, [
      person(d, 'Tomas Adler'),
      person(d, 'Ivo Brenn'),
      person(d, 'Kira Loft'),
      person(d, 'Lena Varga'),
    ]);
    expect(r).toContainEqual(['reported', 'named', 'Tomas Adler']);
    expect(r).toContainEqual(['quote', 'named', 'Kira Loft']);
  });

  it('stays unresolved when the sentence before names the two people in mid-sentence', () => {
    const d = fixtureDoc(
      'p2',
      'The talks between Kira Loft and Lena Varga ended on Monday . " We have a plan , " she said .',
    );
    expect(rows(d, [person(d, 'Kira Loft'), person(d, 'Lena Varga')])).toContainEqual(['quote', 'unresolved', 'she']);
  });
});

describe('"X said the plan will fail", no "that" and no quote mark', () => {
  it('is a statement reported by its subject', () => {
    const d = fixtureDoc(
      'r1',
      'Ivo Brenn said the pier will stay shut until May.\n\n' +
        'The Harbour Department says it has no money for repairs.\n\n' +
        'Kira Loft said Tuesday she would ask the council again.',
    );
    const r = rows(d, [person(d, 'Ivo Brenn'), body(d, 'Harbour Department'), person(d, 'Kira Loft')]);
    expect(r).toContainEqual(['reported', 'named', 'Ivo Brenn']);
    expect(r).toContainEqual(['reported', 'institution', 'Harbour Department']);
    expect(r).toContainEqual(['reported', 'named', 'Kira Loft']);
  });

  it('is no statement after "is said to", "said of", or inside a relative', () => {
    const d = fixtureDoc(
      'r2',
      'The pier is said to be the oldest on the coast.\n\n' +
        'Ivo Brenn said of the pier : it was built in 1850.\n\n' +
        'But there is one repair he says is not on the table.',
    );
    expect(rows(d, [person(d, 'Ivo Brenn')])).toEqual([]);
  });
});

describe("a live blog's timestamps", () => {
  it('give no speaker "ET": the time zone is no one', () => {
    const d = fixtureDoc(
      'lb',
      "Just before 1:30 p.m . ET , the minister 's spokesman told reporters that the vote would go ahead .\n\n" +
        '4:20 p.m . ET . Kira Loft , the Valdor ambassador , tells reporters that the vote will go ahead .',
    );
    const r = rows(d, [person(d, 'Kira Loft'), body(d, 'Valdor', 'place')]);
    expect(r.map((x) => x[2].toLowerCase())).not.toContain('et');
    expect(r.length).toBeGreaterThan(0);
  });
});
