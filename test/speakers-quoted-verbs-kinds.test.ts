// Who speaks when a statement is read inside someone's quote, when a speaker phrase runs into its verb, when a
// participle phrase set off after the subject ends on a noun, and what kind of source documents, media and groups no
// word list held are. Fixtures written for these tests (invented people, outlets and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { person, rows, untyped } from './helpers/speakers.js';
import { docVoice } from '../lib/framing/voice.js';
import { sourceMentions } from '../lib/framing/sources.js';
import type { Doc, EntityRef } from '../lib/types.js';

const org = (d: Doc, name: string): EntityRef => ({ id: name, name, type: 'org', mentions: spansOf(d, name) });

describe("a statement inside someone's quote", () => {
  it("is the quote speaker's account: no source of its own, and no referent of a later pronoun", () => {
    const d = fixtureDoc(
      'inside-quote',
      'Ana Doe , a lawyer for the families , said the ruling was narrow . `` On the merits , the judge seemed ' +
        "satisfied when Solicitor General Ivo Brenn clarified that the program gives no status , '' she said .",
    );
    const r = rows(d, [person(d, 'Ana Doe'), person(d, 'Ivo Brenn')]);
    expect(r.some((x) => x[2] === 'Ivo Brenn')).toBe(false);
    expect(r.find((x) => x[0] === 'she')).toEqual(['she', 'named', 'Ana Doe']);
  });

  it('keeps a statement after marks paired the wrong way (guard: an opening mark typed to close a quote)', () => {
    const d = fixtureDoc(
      'mispaired-marks',
      "`` We can not afford it , '' Governor Kira Loft said in the statement . `` We simply can not . `` " +
        'The Harbour Ledger notes that the state paid for 8,000 placements last year .',
    );
    expect(rows(d, [person(d, 'Kira Loft')]).map((x) => x[1])).toContain('media');
  });
});

describe('a speaker phrase that ran into its verb', () => {
  it('ends before the verb, its auxiliaries and adverbs', () => {
    const d = fixtureDoc(
      'into-the-verb',
      'Children can be heard crying . One border patrol agent can be heard saying : `` We have an orchestra here . ' +
        "''\n\nA memo found later stated that the envoy found this to be “ troubling . ”\n\n" +
        'Valdorian leaders now say that they are poised to walk away , and “ there is no deal , ” they added .',
    );
    const r = rows(d);
    expect(r.find((x) => x[0].startsWith('One border'))).toEqual([
      'One border patrol agent',
      'anonymous',
      'one border patrol agent',
    ]);
    expect(r.find((x) => x[0].startsWith('A memo'))?.slice(0, 2)).toEqual(['A memo', 'document']);
    expect(r.find((x) => x[0].startsWith('Valdorian'))?.slice(0, 2)).toEqual(['Valdorian leaders', 'anonymous']);
  });
});

describe('a participle phrase set off after the subject', () => {
  it('leaves the subject before it speaking, not the noun closing it', () => {
    const d = fixtureDoc(
      'set-off-participle',
      'Valdor Party leaders , buoyed by their win in the Senate and their hold on the House after the vote , warned ' +
        'that cooperation would be harder .',
    );
    expect(rows(d).map((x) => x[0])).toEqual(['Valdor Party leaders']);
  });
});

describe('documents, media and bodies', () => {
  it('reads a document headed before a participle or a postmodifier, and a post in lower case', () => {
    const d = fixtureDoc(
      'documents',
      '“ The government holds the gangs responsible , ” said the government statement broadcast on Valdor TV .\n\n' +
        'The Orlinian readout of the call said that the premier stressed the deal was dangerous .\n\n' +
        'The Facebook post clearly declared that the course was not meant to teach .',
    );
    expect(rows(d, [org(d, 'Facebook')]).map((x) => x[1])).toEqual(['document', 'document', 'document']);
  });

  it('reads a name another article shows to be a medium as that medium', () => {
    const a = fixtureDoc('medium-reported', 'Brennco reported that the plant would close in May .');
    const b = fixtureDoc('medium-cited', 'The mayor has no doubt the plant will close , according to Brennco .');
    const brennco = { ...untyped(a, 'Brennco'), mentions: [...spansOf(a, 'Brennco'), ...spansOf(b, 'Brennco')] };
    const found = sourceMentions([a, b], [docVoice(a), docVoice(b)], [brennco]);
    expect(found.map((m) => [m.doc, m.kind])).toEqual([
      ['medium-reported', 'media'],
      ['medium-cited', 'media'],
    ]);
  });

  it('reads the person after a title holding a short bracket', () => {
    const d = fixtureDoc(
      'bracket-title',
      '“ Most departments work with federal agents , ” said Harbour County ( Va . ) Police Chief Ivo Brenn .',
    );
    expect(rows(d, [person(d, 'Ivo Brenn')])[0].slice(1)).toEqual(['named', 'Ivo Brenn']);
  });
});

describe('groups no word list held', () => {
  it('reads bodies in the plural as institutions and unnamed groups of people as anonymous', () => {
    const d = fixtureDoc(
      'groups',
      'The states said the rule was unlawful .\n\nAll sides of the debate say that the camps are full .\n\n' +
        '“ It is over , ” the wiseheads said .\n\nMeatpacking executives said that they need workers .',
    );
    expect(rows(d).map((x) => x[1])).toEqual(['institution', 'anonymous', 'anonymous', 'anonymous']);
  });

  it('keeps a capitalised surname that is also a plural body noun (guard)', () => {
    const d = fixtureDoc('surname-powers', '“ The vote is close , ” Powers said . Kira Powers is a senator .');
    expect(rows(d, [person(d, 'Kira Powers'), person(d, 'Powers')])[0].slice(1)).toEqual(['named', 'Kira Powers']);
  });
});

describe('people and times a random read of the rows found unplaced', () => {
  it('reads "that aide" and "the Valdor guy" as unnamed people, and a count of years as no speaker', () => {
    const d = fixtureDoc(
      'demonstratives',
      '“ Others asked why the bill was rushed , ” that aide said .\n\n' +
        'The Valdor guy admitted that was true .\n\n' +
        "`` We feel good about our chances , '' Ana Doe said . `` Twelve years ago , '' said Doe , `` we tried .''",
    );
    const r = rows(d, [person(d, 'Ana Doe'), person(d, 'Doe')]);
    expect(r.slice(0, 2).map((x) => x.slice(0, 2))).toEqual([
      ['that aide', 'anonymous'],
      ['The Valdor guy', 'anonymous'],
    ]);
    expect(r.some((x) => /years/.test(x[0]))).toBe(false);
  });
});
