// Who speaks, on real copy's shapes: a subject with a description or relative set off before its verb of saying keeps
// the words after the verb as its statement (no second speaker read there); a pronoun whose paragraph names only a
// person of the other gender, or whose paragraph before is the writer's account of what a body said, looks back to
// the person who spoke; a body's name holding a preposition of another language is no described person. Fixtures
// written for these tests (invented people, bodies and places).
import { describe, expect, it } from 'vitest';
import type { EntityRef } from '../lib/types.js';
import { docVoice } from '../lib/framing/voice.js';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows } from './helpers/speakers.js';

/** The [phrase, kind, name] rows of a doc, `people` as person entities and `orgs` as organisations. */
function speakers(text: string, people: string[], orgs: string[] = []) {
  const d = fixtureDoc('set-off-subjects', text);
  const org = (n: string) => ({ id: n, name: n, type: 'org', mentions: spansOf(d, n) }) as EntityRef;
  return rows(d, [...people.map((n) => person(d, n)), ...orgs.map(org)]);
}

/** The speaker of each reported statement of a doc. */
function statementSpeakers(text: string): string[] {
  const d = fixtureDoc('set-off-subjects', text);
  return docVoice(d).reported.map((r) => r.speaker ?? '');
}

describe('a subject set off by a description or relative before its verb of saying', () => {
  it('is the one speaker: the clause after the verb is what it said', () => {
    const text =
      'Ivo Brenn , a transport analyst at the Institute for Coastal Studies , said the board certainly faces great risks in raising fares .';
    expect(speakers(text, ['Ivo Brenn']).map((r) => r[0])).toEqual(['Ivo Brenn']);
    expect(statementSpeakers(text)).toEqual(['Ivo Brenn']);
  });

  it('is the name, not its description, when a conjunction opens the sentence', () => {
    const r = speakers(
      'But Ivo Brenn , a transport analyst at the Harbour Institute , warned that the board must not raise fares .',
      ['Ivo Brenn'],
      ['Harbour Institute'],
    );
    expect(r).toEqual([['Ivo Brenn', 'named', 'Ivo Brenn']]);
  });

  it('reads a body with a relative the same way', () => {
    const r = speakers(
      'Norland , which has denied any role in the affair for weeks , says the envoy died in a fight .',
      [],
      ['Norland'],
    );
    expect(r.map((x) => x[0])).toEqual(['Norland']);
  });

  it('keeps the name after the verb when the words before it are another speaker\u2019s clause', () => {
    const r = speakers(
      'Harbour lawyers have argued for years that ferry crews lack any protection , said Ana Pell , a law professor .',
      ['Ana Pell'],
    );
    expect(r).toContainEqual(['Ana Pell', 'named', 'Ana Pell']);
  });
});

describe('a pronoun past a paragraph that holds no one it may be', () => {
  it('looks back when the paragraph names only a person of the other gender', () => {
    const r = speakers(
      'Mr. Brenn wants more money for the ferries .\n\n' +
        '“ The deal has gains for everyone , ” press secretary Kira Loft said in an interview on Monday .\n\n' +
        'Like Mr. Brenn , she also suggested that the board could find the money elsewhere .',
      ['Kira Loft', 'Brenn'],
    );
    expect(r).toContainEqual(['she', 'named', 'Kira Loft']);
  });

  it('takes the unnamed speaker of the paragraph over a person of the other gender named there', () => {
    const r = speakers(
      '“ I feel like the port thinks I am garbage , ” Kira Loft said .\n\n' +
        'In Mr. Brenn ’ s case , his employer let him go . In an email , a spokesperson from Harbour Group said it could not comment . “ We are required by law to end the contract , ” she wrote .',
      ['Kira Loft', 'Brenn'],
    );
    expect(r).toContainEqual(['she', 'anonymous', 'spokesperson from harbour group']);
  });

  it('passes over a paragraph in which only a body spoke', () => {
    const r = speakers(
      '“ The board has no plan for the winter , ” Ivo Brenn said .\n\n' +
        'The ministry has said it is adding ferries , but none has sailed yet .\n\n' +
        '“ We will see the same queues in January , ” he said .',
      ['Ivo Brenn'],
      ['ministry'],
    );
    expect(r).toContainEqual(['he', 'named', 'Ivo Brenn']);
  });
});

describe('a body named with a preposition of another language', () => {
  it('is no person for the description set off after it', () => {
    const r = speakers(
      '“ The families will stay in the square , ” Gente Sin Muros , the organizer , announced on Friday .',
      [],
      ['Gente Sin Muros'],
    );
    expect(r.find((x) => x[0] === 'Gente Sin Muros')?.[1]).not.toBe('named');
  });
});

describe('the plural of an agent noun', () => {
  it('is unnamed people', () => {
    const r = speakers('Detractors say the ferry levy will empty the harbour towns .', []);
    expect(r.map((x) => x[1])).toEqual(['anonymous']);
  });
});
