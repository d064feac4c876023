// Who speaks when the speaker phrase is a clause, an office of a place, or a title between two names: a speaker is a
// noun phrase that is the subject of a statement verb ("militants fired rockets" is no speaker), "Valdoria's foreign
// minister" is an unnamed official of the place, and "Brenn spokesman Kira Loft" is Loft, not Brenn.
import { describe, expect, it } from 'vitest';
import { fixtureDoc, spansOf } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';
import { classifySource, sourceMentions } from '../lib/framing/sources.js';
import type { Doc } from '../lib/types.js';

const kinds = (d: Doc, ents: Parameters<typeof sourceMentions>[2] = []) =>
  sourceMentions([d], [docVoice(d)], ents).map((m) => [m.text.replace(/\s*[.,]$/, ''), m.kind, m.name]);

describe('clauses are no speakers', () => {
  it('a verb with its object, a passive or a modal is not caught as the speaker', () => {
    const d = fixtureDoc(
      'c1',
      'Minutes before the truce, Tarn rebels fired about 20 shells at the port, which were stopped, reports the Harbourwire. ' +
        'The Valdoria Institute, a research group, counted more than 100 of them, noting that "most moved forward." ' +
        'One might say that "no sailor could believe it." The child was observed saying "I am cold."',
    );
    const texts = kinds(d).map((r) => r[0]);
    for (const clause of [
      'Tarn rebels fired about 20 shells at the port',
      'counted more than 100 of them',
      'One might',
    ])
      expect(texts).not.toContain(clause);
    expect(texts.some((t) => /was observed/.test(String(t)))).toBe(false);
  });

  it('the subject of a statement verb with an object still speaks; a participle before a preposition stays', () => {
    const d = fixtureDoc(
      'c2',
      'Ivo Brenn denied the claims against the port, saying "we did nothing wrong." ' +
        'Officials briefed on the talks said "a deal is close."',
    );
    const k = kinds(d, [{ id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spansOf(d, 'Ivo Brenn') }]);
    expect(k).toContainEqual(['Ivo Brenn', 'named', 'Ivo Brenn']);
    expect(k.map((r) => r[0])).toContain('Officials briefed on the talks');
  });
});

describe('sentence adverbs are no speakers', () => {
  it('"First, …", "Now, activists say" and "as well, saying" give the subject, not the adverb', () => {
    const d = fixtureDoc(
      'a1',
      'First, the council aimed for March, saying "we can do it."\n\nNow, activists say "the promise is due."',
    );
    const texts = kinds(d).map((r) => String(r[0]).toLowerCase());
    for (const w of ['first', 'now']) expect(texts).not.toContain(w);
    expect(texts).toContain('activists');
  });
});

describe('an office of a place is an unnamed official, not the place', () => {
  it('"Valdoria\'s foreign minister" and "Tarn\'s ambassador to the UN" are anonymous; offices as bodies are not', () => {
    for (const p of ['Valdoria’s foreign minister', "Tarn 's ambassador to the UN", 'Brenn’s incoming chief of staff'])
      expect([p, classifySource(p)]).toEqual([p, 'anonymous']);
    for (const p of ["Tarn 's justice ministry", "Tarn 's mission to the UN"])
      expect([p, classifySource(p)]).not.toEqual([p, 'anonymous']);
  });

  it('a minister named after the office is that person', () => {
    const d = fixtureDoc('o1', 'Valdoria \'s foreign minister Kira Loft said "the port stays open."');
    const ents = [
      { id: 'valdoria', name: 'Valdoria', type: 'place', mentions: spansOf(d, 'Valdoria') },
      { id: 'kira-loft', name: 'Kira Loft', type: 'person', mentions: spansOf(d, 'Kira Loft') },
    ];
    expect(kinds(d, ents)[0].slice(1)).toEqual(['named', 'Kira Loft']);
  });
});

describe('a title between two names', () => {
  it('"Brenn spokesman Kira Loft" is Loft; "Brenn and Loft" are both; "Ivo Brenn of Loft" stays with the first', () => {
    const d = fixtureDoc(
      't1',
      'Brenn spokesman Kira Loft said "the port stays open." Ivo Brenn and Kira Loft said "we agree." ' +
        'Ivo Brenn of Loft Holdings said "we wait."',
    );
    const ents = [
      { id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spansOf(d, 'Brenn') },
      { id: 'kira-loft', name: 'Kira Loft', type: 'person', mentions: spansOf(d, 'Loft') },
    ];
    expect(kinds(d, ents).map((r) => r[2])).toEqual(['Kira Loft', 'Ivo Brenn', 'Kira Loft', 'Ivo Brenn']);
  });
});

describe('a body, a lower-case title and a name', () => {
  it('"Harbour Ministry secretary Ivo Brenn downplayed …, saying" is Brenn, not the ministry', () => {
    const d = fixtureDoc(
      'h1',
      'Harbour Ministry secretary Ivo Brenn downplayed the warnings, saying "fares will hold."',
    );
    const ents = [
      { id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spansOf(d, 'Ivo Brenn') },
      { id: 'hm', name: 'Harbour Ministry', type: 'org', mentions: spansOf(d, 'Harbour Ministry') },
    ];
    expect(kinds(d, ents).map((r) => r.slice(1))).toEqual([['named', 'Ivo Brenn']]);
  });
});

describe('a party member described after the name', () => {
  it('"the Tarnshire Republican" is the lawmaker named before; "a senior Democrat" an unnamed member', () => {
    const d = fixtureDoc(
      'p1',
      'Sen. Ivo Brenn criticised the plan on Monday. "It will not pass," the Tarnshire Republican said.\n\n' +
        'A senior Democrat said "we have the votes." The Democrats said "we will vote no."',
    );
    const ents = [
      { id: 'ivo-brenn', name: 'Ivo Brenn', type: 'person', mentions: spansOf(d, 'Ivo Brenn') },
      { id: 'dem', name: 'Democratic Party', type: 'org', mentions: spansOf(d, 'Democrat') },
    ];
    const k = kinds(d, ents);
    expect(k.find((r) => r[0] === 'the Tarnshire Republican')?.slice(1)).toEqual(['named', 'Ivo Brenn']);
    expect(k.find((r) => r[0] === 'A senior Democrat')?.[1]).toBe('anonymous');
    expect(k.find((r) => r[0] === 'The Democrats')?.[1]).not.toBe('anonymous');
  });
});

describe('a participle opening the sentence', () => {
  it('is no speaker; the subject after its comma speaks', () => {
    const d = fixtureDoc(
      'q1',
      'Addressing reporters at the Harbour Hall on Monday, he said he hoped Valdoria would talk, adding: "We are ready."\n\n' +
        'Testifying before the Harbour Committee, Kira Loft stood firm, saying "the port stays open."',
    );
    const k = kinds(d, [{ id: 'kira-loft', name: 'Kira Loft', type: 'person', mentions: spansOf(d, 'Kira Loft') }]);
    const texts = k.map((r) => r[0]);
    for (const w of ['Addressing', 'Testifying', 'Valdoria', 'Harbour Hall']) expect(texts).not.toContain(w);
    expect(k).toContainEqual(['Kira Loft', 'named', 'Kira Loft']);
    expect(k.map((r) => r[0])).toContain('he');
  });
});

describe('people a phrase describes without naming', () => {
  it('"the foreign minister of Valdoria", "some of the participants", "genealogists" are unnamed people', () => {
    for (const p of [
      'the foreign minister of Valdoria',
      'some of the participants',
      'Many of our respondents',
      'genealogists',
      'one of the shelter workers',
    ])
      expect([p, classifySource(p)]).toEqual([p, 'anonymous']);
    // a verb in -ists is no trade: "the ministry insists"
    expect(classifySource('Harbour Security insists')).not.toBe('anonymous');
  });
});
