// Who speaks when the article does not name them: people ("protesters", "a soldier", "lawyers for the family"),
// bodies ("the advocacy group"), documents ("the audit", "data released Monday") and times caught with a subject.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { nonPersonKind } from '../lib/framing/institutions.js';
import { classifySource, sourceMentions } from '../lib/framing/sources.js';
import { peopleHead } from '../lib/framing/speaker-heads.js';

const doc = fixtureDoc;
const spans = spansOf;

describe('people a speaker phrase does not name', () => {
  it('groups and unnamed people are anonymous, not "other"', () => {
    for (const p of [
      'Protesters',
      'Critics',
      'immigration activists',
      'a soldier',
      'The woman',
      'the complainant',
      'Lawyers for the harbour authority',
      'Academics with ties to the college',
      'the family of a detained fisherman',
      'The opposition and activists',
      'Two Valdorian senators',
    ])
      expect([p, classifySource(p)]).toEqual([p, 'anonymous']);
  });

  it('a name, a title, a surname that is a noun, a clause or a named first conjunct is no people head', () => {
    for (const p of [
      'Secretary of State Ivo Brenn',
      'Farmer',
      'the attorney general',
      'Brenn castigated the 12 Valdorian senators',
      'Detective Ana Dorr told reporters the woman',
      'saying it contradicted the mayor’s own lawyers',
      'which represents harbour workers',
      'Ivo Brenn and his advisers',
      'Dorr and other union leaders',
    ])
      expect([p, peopleHead(p)]).toEqual([p, false]);
    expect(classifySource('Ivo Brenn and his advisers')).toBe('named');
  });

  it('"the aide" after "aide Ivo Brenn" spoke is still him', () => {
    const d = doc(
      'p1',
      '"We will wait," aide Ivo Brenn said on Monday. "Nothing has changed," the aide said. "It is cold," a soldier said.',
    );
    const brenn = { id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spans(d, 'Ivo Brenn') };
    const ms = sourceMentions([d], [docVoice(d)], [brenn]);
    expect(ms.map((m) => [m.kind, m.name])).toEqual([
      ['named', 'Ivo Brenn'],
      ['named', 'Ivo Brenn'],
      ['anonymous', 'soldier'],
    ]);
  });
});

describe('documents and bodies that speak', () => {
  it('audits, rules, estimates and footage are documents; groups and charities are institutions', () => {
    expect(nonPersonKind('the audit')).toBe('document');
    expect(nonPersonKind('the new rules')).toBe('document');
    expect(nonPersonKind('federal estimates')).toBe('document');
    expect(nonPersonKind('video footage')).toBe('document');
    expect(nonPersonKind('the advocacy group')).toBe('institution');
    expect(nonPersonKind('the charity')).toBe('institution');
  });

  it('a participle clause after a document does not hide it ("obtained by", "released Monday")', () => {
    expect(nonPersonKind('a copy of the memo obtained by the paper')).toBe('document');
    expect(nonPersonKind('data released Monday')).toBe('document');
  });
});

describe('times and prepositions caught with a subject', () => {
  it('"The army Monday said" is the army; "last week said" and "Authorities in said" are no speaker', () => {
    const d = doc(
      't1',
      [
        'The army Monday said it would hold "the bridge at any cost."',
        'Brenn has long argued, and last week said: "We are ready."',
        'Authorities in coastal towns argue that the rule "helps drivers."',
        'USA Today reported that the ferry was "late again."',
      ].join(' '),
    );
    const ms = sourceMentions([d], [docVoice(d)], []);
    const texts = ms.map((m) => m.text);
    expect(texts).toContain('The army');
    expect(texts).not.toContain('last week');
    expect(texts.some((t) => /in$/.test(t))).toBe(false);
    expect(texts).toContain('USA Today');
  });
});

describe('a surname alone, read by the full name the article gave it', () => {
  it('"Vantreen said" after "Sheriff Paul Vantreen" is Paul Vantreen, with no entity table', () => {
    const d = doc(
      'f1',
      'Sheriff Paul Vantreen met the council on Monday. "We are ready," Vantreen said. ' +
        'The Harbour Energy Agency\nOdel said the ferry would run. "It is late," Odel said. ' +
        'Ships docked at the Grey Motel pier. "It is full," Motel said, the motel sign read.',
    );
    const ms = sourceMentions([d], [docVoice(d)], []);
    const of = (w: string) => ms.find((m) => m.text === w);
    expect([of('Vantreen')?.kind, of('Vantreen')?.name]).toEqual(['named', 'Paul Vantreen']);
    expect(of('Odel')?.name).toBe('Odel'); // "Agency Odel" spans a line break: no name
    expect(of('Motel')?.name).not.toBe('Grey Motel'); // "motel" is written in lower case: a common word
  });
});

describe('documents read by their head, and more people', () => {
  it('a document followed by "of", "by" or "in" is still a document; a text provided by staff is no staff', () => {
    expect(nonPersonKind('the testimony of those inside the room')).toBe('document');
    expect(nonPersonKind('estimates by county accountants')).toBe('document');
    expect(nonPersonKind('Exit polls in March')).toBe('document');
    expect(nonPersonKind('the handbook')).toBe('document');
    expect(nonPersonKind('letters written by six inmates')).toBe('document');
    expect(classifySource('text provided by the senator’s staff')).not.toBe('anonymous');
  });

  it('justices, monitors and a pastor are people; a coordination opening on a people noun names no one', () => {
    expect(classifySource('the justices')).toBe('anonymous');
    expect(classifySource('the pastor')).toBe('anonymous');
    expect(classifySource('Advocates and harbour officers')).toBe('anonymous');
  });
});
