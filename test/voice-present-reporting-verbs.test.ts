// Verbs of saying in their present forms and a few more verbs of stating a case (lib/framing/speech-verbs.ts,
// reported-clauses.ts): "Unions argue that …", "Fishermen warn the levy …", "the suit contends that …" report the
// subject's words; the subject and the verb stay the desk's. A verb of saying in an infinitive ("attempting to warn")
// or in a relative set off before the main verb ("Doe , who insisted that …, claimed that") is not the sentence's.
// Invented people and places.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('present forms of verbs of saying', () => {
  it('report the clause after "argue that", and the subject before it is the desk\'s', () => {
    const t = 'Groups that want a crackdown argue that the ferry board is corrupt and say the levy must go .';
    expect(voiceOf(t, 'crackdown')).toBe('own');
    expect(voiceOf(t, 'corrupt')).toBe('reported');
  });

  it('report a clause after "warn" or "insists" without "that"', () => {
    expect(voiceOf('Fishermen warn the levy is a disgrace .', 'disgrace')).toBe('reported');
    expect(voiceOf('Mayor Lind insists the levy is a disgrace .', 'disgrace')).toBe('reported');
  });

  it('read "contends" and "alleges" closing a sentence as its attribution', () => {
    expect(voiceOf('The levy is a shameful tax on the poor , the suit contends .', 'shameful')).toBe('reported');
    expect(voiceOf('The levy is a shameful tax on the poor , the suit alleges .', 'shameful')).toBe('reported');
  });
});

describe("a verb of saying that is not the sentence's", () => {
  it("in a relative before the main verb of saying: the main verb is the desk's, its clause the speaker's", () => {
    const t = 'Mayor Lind , who insisted that the ferry is safe , claimed that the levy is a disgrace .';
    expect(voiceOf(t, 'claimed')).toBe('own');
    expect(voiceOf(t, 'disgrace')).toBe('reported');
  });

  it('guard: an infinitive\'s "to warn … that" gives the desk\'s narration no speaker', () => {
    const t =
      'The mayor slammed councillors who wrote a letter attempting to warn Vell that any deal will fail , claiming they ' +
      'were reckless .';
    expect(voiceOf(t, 'claiming')).toBe('own');
  });

  it('guard: "tell that to" is no verb of saying before a clause', () => {
    expect(voiceOf('Someone should tell that to the furious crowd at the pier .', 'furious')).toBe('own');
  });
});
