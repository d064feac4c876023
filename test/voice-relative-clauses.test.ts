// Reported clauses that must stop where the writer's main clause resumes (lib/framing/voice-relatives.ts,
// voice-beliefs.ts, voice-clauses.ts): a belief inside the subject's relative clause ("Most who believe that the levy
// is fair would condemn …"), a belief in an "And if …" clause with a short coordinated aside, the subject's next act
// after the charge (", and subsequently seized …", ", before reversing himself and claiming …"); and nouns of a
// speaker's statement ("Valdor's statement that …", "a vow that …") whose clause is the speaker's. Invented fixtures.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a reported clause that runs into the main clause', () => {
  it("ends at the subject's main verb", () => {
    const s = 'Even most who believe that the harbour levies are fair would condemn such a cruel toll .';
    expect(voiceOf(s, 'fair')).toBe('reported');
    expect(voiceOf(s, 'cruel')).toBe('own');
    const t = 'Critics who say the levy is unfair are missing the reckless part of the plan .';
    expect(voiceOf(t, 'reckless')).toBe('own');
  });

  it('ends at the comma closing an "And if" clause', () => {
    const s =
      'And if you , or they , believe they are voting for a fair levy , the fact is that the ferry plan is reckless .';
    expect(voiceOf(s, 'reckless')).toBe('own');
  });

  it("ends before the subject's next act", () => {
    expect(
      voiceOf('Valdor accused the guild of staging the blast , and subsequently launched a massive raid .', 'massive'),
    ).toBe('own');
    expect(
      voiceOf(
        'But the scheme has been suspect from the start — President Valdor repeatedly said he lacked the power to create such a scheme , before reversing himself and claiming such powers .',
        'claiming',
      ),
    ).toBe('own');
  });
});

describe('a noun of a speaker’s statement', () => {
  it("opens the speaker's clause", () => {
    expect(voiceOf('Lorn disputes Valdor ’ s statement that the Brenn regime staged the blast .', 'regime')).toBe(
      'reported',
    );
    expect(voiceOf('The mayor signed it with a vow that he would never sign such a bad levy again .', 'bad')).toBe(
      'reported',
    );
  });

  it('is not a relative clause or the subject', () => {
    expect(voiceOf('The statement that the mayor read was a reckless jumble .', 'reckless')).toBe('own');
  });
});
