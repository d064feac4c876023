// Reported speech without quote marks or "that": a relative or "what" before a speaker and a verb of saying or naming
// ("which he insisted did not amount to …", "what they called …"), and a comparison a speaker draws ("likened … to …")
// (lib/framing/voice-gapped.ts). Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a gapped clause after a relative, a speaker and a verb of saying', () => {
  it("is the speaker's", () => {
    const t = 'Brenn ’ s 2009 ferry plan , which he insisted did not amount to a bailout , died in committee .';
    expect(voiceOf(t, 'bailout')).toBe('reported');
    expect(voiceOf(t, 'died')).toBe('own');
    const u = 'Harbour unions voiced their opposition to what they called a giveaway , and the vote was put off .';
    expect(voiceOf(u, 'giveaway')).toBe('reported');
    expect(voiceOf(u, 'vote')).toBe('own');
  });
});

describe('a comparison a speaker draws', () => {
  it('gives what the speaker compares the thing to to the speaker', () => {
    const t = 'The pundit Ivo Doe likened the mayor ’ s call for “ calm ” to a betrayal from an old film .';
    expect(voiceOf(t, 'betrayal')).toBe('reported');
    expect(voiceOf(t, 'pundit')).toBe('own');
  });

  it('leaves a passive comparison to the writer (guard)', () => {
    const t = 'Such fines look small when compared to the brutal penalties of the old port courts .';
    expect(voiceOf(t, 'brutal')).toBe('own');
  });
});
