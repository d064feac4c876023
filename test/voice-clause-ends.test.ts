// Where a reported clause ends and where it opens: a clause that opens inside a dash aside ends at the aside's closing
// dash ("Xenophobia—and specifically warnings that …—has indeed been a hallmark of …"); an infinitive's that-clause
// inside the sentence's subject ends at the subject's main verb ("efforts to claim that … have been roundly mocked");
// a verb of saying before "it was … that" reports the words from "it" on ("said it was shameful that …").
// lib/framing/voice-clauses.ts, voice-that-clauses.ts, reported-statements.ts. Invented people and places.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a reported clause inside a dash aside', () => {
  it("ends at the closing dash: the predicate after it is the writer's", () => {
    const t =
      'Xenophobia—and specifically warnings that fishermen pose a threat to the island ’ s identity—has indeed been a ' +
      'hallmark of Lind ’ s rhetoric .';
    expect(voiceOf(t, 'threat')).toBe('reported');
    expect(voiceOf(t, 'rhetoric')).toBe('own');
  });

  it('guard: an aside inside the clause does not end it', () => {
    const t =
      'Officials said that the assault — by armed men — had grown out of a protest against a disparaging video .';
    expect(voiceOf(t, 'disparaging')).toBe('reported');
  });
});

describe("an infinitive's that-clause in the sentence's subject", () => {
  it("ends at the subject's main verb", () => {
    const t = 'The Vell administration ’ s efforts to claim that the ferry is safe have been roundly mocked .';
    expect(voiceOf(t, 'safe')).toBe('reported');
    expect(voiceOf(t, 'mocked')).toBe('own');
  });

  it('guard: a that-clause with one finite verb runs to its end', () => {
    const t = 'The council used the hearing to warn the islanders that they are getting a bad deal .';
    expect(voiceOf(t, 'bad')).toBe('reported');
  });
});

describe('a verb of saying before "it was … that"', () => {
  it('reports the words from "it" on', () => {
    const t = 'The council said it was shameful that the ferry stopped .';
    expect(voiceOf(t, 'shameful')).toBe('reported');
    expect(voiceOf(t, 'said')).toBe('own');
  });

  it('guard: an object before "that" stays the desk\'s', () => {
    const t = 'The mayor told furious reporters that the levy is a disgrace .';
    expect(voiceOf(t, 'furious')).toBe('own');
    expect(voiceOf(t, 'disgrace')).toBe('reported');
  });
});

describe('a quote attributed in a clause opened by "as"', () => {
  it('leaves the words before "as" to the writer', () => {
    const t =
      'If correct , that makes the vote especially alarming , because , as Ana J. Doe notes in the Harbour Post , “ the ' +
      'levy has now slipped into a war on the poor . ”';
    expect(voiceOf(t, 'alarming')).toBe('own');
    expect(voiceOf(t, 'war')).toBe('quoted');
  });

  it('guard: a frame without "as" stays the speaker\'s paraphrase', () => {
    const t = 'The vote is alarming , Ana Doe notes , “ the levy is a war on the poor . ”';
    expect(voiceOf(t, 'alarming')).toBe('reported');
  });
});
