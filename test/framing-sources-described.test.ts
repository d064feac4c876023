// Who speaks when the speaker phrase describes someone: one-word bodies no entity knows ("according to Pollwise"),
// descriptions whose head speaks ("a spokeswoman for Ivo Brenn", "a statement from the ministry") and names set off
// by commas beside a description ("Kira Loft, a spokeswoman for the league, said").
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { classifySource, sourceMentions } from '../lib/framing/sources.js';
import type { Doc } from '../lib/types.js';

const doc = fixtureDoc;
const spans = spansOf;
const kinds = (d: Doc, ents: Parameters<typeof sourceMentions>[2] = []) =>
  sourceMentions([d], [docVoice(d)], ents).map((m) => [m.text.replace(/\s*[.,]$/, ''), m.kind, m.name]);

describe('one-word bodies no entity knows', () => {
  it('a word the article cites and never gives a given name or title is a body or a medium', () => {
    const d = doc(
      'b1',
      'Ferry fares rose by a third, according to Pollwise. A Pollwise survey found most riders unhappy. ' +
        'Harbourwire reported Monday that the council would meet. "We are ready," Harbourwire reporters were told. ' +
        'The fare was unlawful, according to the Complaint. Addressing reporters on Monday, the mayor said fares would fall.',
    );
    const k = kinds(d);
    expect(k).toContainEqual(['Pollwise', 'institution', 'Pollwise']);
    expect(k).toContainEqual(['Harbourwire', 'media', 'Harbourwire']);
    expect(k.find((r) => r[0] === 'the Complaint')?.[1]).toBe('document'); // a document word stays a document
    expect(k.filter((r) => r[0] === 'Addressing').map((r) => r[1])).not.toContain('media');
  });

  it('a surname the article writes after a given name or a title stays a person', () => {
    const d = doc(
      'b2',
      'Agent Lena Varsk met the press. Ferry fares rose, according to Varsk. A Varsk report was cited. ' +
        '"It is late," Mr. Odel said. Fares rose, according to Odel.',
    );
    const k = kinds(d);
    expect(k.find((r) => r[0] === 'Varsk')?.[1]).toBe('named');
    expect(k.filter((r) => r[0] === 'Odel').map((r) => r[1])).not.toContain('institution');
  });
});

describe('descriptions whose head speaks', () => {
  it('an unnamed spokesman or adviser of a named person is anonymous, a statement from anyone a document', () => {
    for (const p of ['A spokeswoman for Ivo Brenn', 'a senior adviser to the council', 'the person close to Brenn'])
      expect([p, classifySource(p)]).toEqual([p, 'anonymous']);
    for (const p of [
      'A statement from the Harbour Ministry',
      'a letter from the agency to Sen. Brenn',
      'an analysis by the Tarn Institute',
    ])
      expect([p, classifySource(p)]).toEqual([p, 'document']);
    // a clause with a determiner inside is no description
    expect(classifySource('the board released a report from the mayor')).not.toBe('document');
  });

  it('a person entity named inside the description is not who speaks', () => {
    const d = doc('d1', 'A spokeswoman for Ivo Brenn said the ferry "will run." A statement from Brenn said "soon."');
    const brenn = { id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spans(d, 'Brenn') };
    const k = kinds(d, [brenn]);
    expect(k.map((r) => r[1])).toEqual(['anonymous', 'document']);
  });
});

describe('documents whose makers are named before the head', () => {
  it('"a Harbour Ministry statement", "the TARN report", "his letter" are documents; a clause is not', () => {
    for (const p of [
      'a Harbour Ministry statement',
      'the TARN report',
      'Census Office data',
      'his letter',
      'Brenn’s email',
      'Department of Harbours data',
      'a presidential proclamation',
    ])
      expect([p, classifySource(p)]).toEqual([p, 'document']);
    for (const p of ['The board issued a statement', 'Reports', 'the Drudge Report'])
      expect([p, classifySource(p)]).not.toEqual([p, 'document']);
  });

  it('a person or body entity written inside it does not speak instead', () => {
    const d = doc(
      'h1',
      'Fares will rise, according to a Harbour Ministry statement. "We are ready," the Ivo Brenn memo said.',
    );
    const ents = [
      { id: 'hm', name: 'Harbour Ministry', type: 'org', mentions: spans(d, 'Harbour Ministry') },
      { id: 'ib', name: 'Ivo Brenn', type: 'person', mentions: spans(d, 'Ivo Brenn') },
    ];
    expect(kinds(d, ents).map((r) => r[1])).toEqual(['document', 'document']);
  });
});

describe('a name set off by commas beside the speaker phrase', () => {
  it('the name before a description and after a bare title speaks', () => {
    const d = doc(
      'a1',
      'But Kira Loft, a spokeswoman for the Harbour League, said on Friday that the ferry was late. ' +
        '"We will wait," said the spokesman, Odo Pell.',
    );
    const ents = ['Kira Loft', 'Odo Pell'].map((n) => ({
      id: n.toLowerCase().replace(' ', '-'),
      name: n,
      type: 'person',
      mentions: spans(d, n),
    }));
    const k = kinds(d, ents);
    expect(k).toContainEqual(['Kira Loft', 'named', 'Kira Loft']);
    expect(k).toContainEqual(['the spokesman', 'named', 'Odo Pell']);
  });
});
