// Beliefs and assertions the outlet reports but does not hold (lib/framing/voice-beliefs.ts, voice-clauses.ts): the
// clause after a noun of assertion ("repeated Valdor's claim that the blast was staged", "fears that …"), after a
// verb of belief with a third-person subject ("supporters believe the court is unfairly stacked"), and the main clause
// after "As Lee has pointed out ," are those people's words; the writer's own belief, a relative "that" and an
// opening "As …, claiming …" that ends at its comma stay the outlet's. Fixtures written for these tests (invented
// people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a clause after a noun of assertion or a verb of belief', () => {
  it("is the holder's", () => {
    expect(voiceOf('The envoy repeated Valdor ’ s claim that the harbour blast was a hoax .', 'hoax')).toBe('reported');
    expect(
      voiceOf('The deal eased fears that the guild could stage a devastating strike in Lorn .', 'devastating'),
    ).toBe('reported');
    expect(voiceOf('Many of the levy ’ s supporters believe that the court is unfairly stacked .', 'unfairly')).toBe(
      'reported',
    );
    expect(voiceOf('There is wide agreement among dockers that the levy is reckless .', 'reckless')).toBe('reported');
  });

  it("is the writer's in the first person, after a relative that, or as the sentence's subject", () => {
    expect(voiceOf('I believe that the levy is reckless .', 'reckless')).toBe('own');
    expect(voiceOf('The council reached an agreement that would appease the reckless crews .', 'reckless')).toBe('own');
    expect(voiceOf('The idea that the levy helped dockers is totally bogus .', 'bogus')).toBe('own');
    expect(voiceOf('This is life and the idea that a levy fixes every harbour is foolish .', 'foolish')).toBe('own');
    expect(voiceOf('I am against the levy and think it would be a reckless move .', 'reckless')).toBe('own');
    expect(voiceOf('There are dockers like myself who believe that the levy is reckless .', 'reckless')).toBe('own');
    expect(voiceOf('It is because of this consensus that the mayor cannot openly defy the guild .', 'openly')).toBe(
      'own',
    );
  });

  it("ends at the writer's aside or at the comma closing an opening subordinate clause", () => {
    expect(
      voiceOf('If the levy rests on the premise that it saves the harbour money , then it is built on a lie .', 'lie'),
    ).toBe('own');
    expect(
      voiceOf(
        'Dockers fear that they would lose the vote — Ana Roe seemed to echo the guild , focusing on its less controversial parts .',
        'controversial',
      ),
    ).toBe('own');
  });
});

describe('the charge after "accused … of"', () => {
  it("is the accuser's", () => {
    expect(voiceOf('Councillor Ana Roe accused the mayor of lying about the levy .', 'lying')).toBe('reported');
    expect(voiceOf('Critics accused him of seizing dictatorial powers over the docks .', 'dictatorial')).toBe(
      'reported',
    );
  });

  it("is the writer's own charge in the first person", () => {
    expect(voiceOf('I accuse the mayor of lying about the levy .', 'lying')).toBe('own');
  });
});

describe('"As …" openings', () => {
  it("give the main clause to a speaker after 'As Lee has pointed out ,'", () => {
    expect(voiceOf('As economist Ana Lee has pointed out , illegals are valuable to dock owners .', 'illegals')).toBe(
      'reported',
    );
  });

  it('end a participle clause inside the opening at its comma', () => {
    const t =
      'As the guild prepares its ferry bill , claiming the levy will come first , harbour agents have seen a massive surge .';
    expect(voiceOf(t, 'massive')).toBe('own');
  });
});
