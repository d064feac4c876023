// That-clauses of reported speech the verb readers missed (lib/framing/voice-that-clauses.ts, voice-clauses.ts,
// voice-naming.ts): an infinitive's verb of saying ("groups … to warn voters that"), a second that-clause after a
// quoted word ("complained that … was `` shameful '' and that …"), and a clause that runs past the spaced ’ of a
// possessive or a contraction ("what he called the island ’ s brutal regime"). Invented people and places.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe("an infinitive's verb of saying", () => {
  it("gives its that-clause to the infinitive's subject", () => {
    const t =
      'The union is working with harbour groups opposing the levy to warn the islanders that they face a bad deal .';
    expect(voiceOf(t, 'bad')).toBe('reported');
  });

  it('ends at a dash, where the writer speaks again', () => {
    const t =
      'The mayor won the chance to argue that the levy breaks the charter — something that is totally new here .';
    expect(voiceOf(t, 'breaks')).toBe('reported');
    expect(voiceOf(t, 'totally')).toBe('own');
  });

  it("guard: the writer's own infinitive stays own", () => {
    expect(voiceOf('It ’ s one thing to argue that the levy is a disaster for the islands .', 'disaster')).toBe('own');
    expect(voiceOf('It is fair to say that the levy was a disaster for the islands .', 'disaster')).toBe('own');
  });
});

describe('a second that-clause after a quoted word', () => {
  it("is the speaker's too", () => {
    const t =
      "At the meeting , Doe complained that the ferry cuts were `` shameful '' and that the harbour rhetoric `` hurts us . ''";
    expect(voiceOf(t, 'rhetoric')).toBe('reported');
  });
});

describe('the spaced ’ of a possessive or a contraction', () => {
  it('does not end a reported clause or a naming complement', () => {
    const t = 'Roe cited the pier as an example of what he called the island ’ s brutal neglect of the poor .';
    expect(voiceOf(t, 'brutal')).toBe('reported');
    const u =
      'Roe said background checks are routine even for football coaches and it ’ s shameful that the council skips them .';
    expect(voiceOf(u, 'shameful')).toBe('reported');
  });
});
