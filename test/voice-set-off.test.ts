// An attribution set off inside a sentence (", Ana Doe said ,"): both halves of the statement are the speaker's
// (lib/framing/voice-set-off.ts). Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('an attribution set off inside a sentence', () => {
  it('gives both halves of the statement to the speaker', () => {
    const t = 'The ferry blockade , Ivo Brenn said , was a reckless stunt that will ruin the islands .';
    expect(voiceOf(t, 'reckless')).toBe('reported');
    expect(voiceOf(t, 'blockade')).toBe('reported');
    const u = 'It was this , they warned , or chaos on the quays .';
    expect(voiceOf(u, 'chaos')).toBe('reported');
  });

  it("leaves the desk's words after it to the desk (guard)", () => {
    const t = 'The ferry blockade was a reckless stunt , Ivo Brenn said , citing the harbour accounts .';
    expect(voiceOf(t, 'accounts')).toBe('own');
  });
});
