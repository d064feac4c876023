// A reported sentence in running text: only the statement is the speaker's; the reporter, the desk's verb of saying
// or act and what the desk writes around them are the outlet's own (lib/framing/reported-statements.ts). Fixtures
// written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';

describe('a reported sentence: the desk verb and the statement', () => {
  it("leaves the desk's verb of saying and its that to the outlet", () => {
    const t = 'Mayor Ivo Brenn claimed that the ferry levy was a disaster for the islands .';
    expect(voiceOf(t, 'claimed')).toBe('own');
    expect(voiceOf(t, 'disaster')).toBe('reported');
  });

  it('reads an act verb with "as": the picture is the speaker\'s, the act the desk\'s', () => {
    const t = 'Critics of the port slammed the harbour plan as reckless on Tuesday .';
    expect(voiceOf(t, 'slammed')).toBe('own');
    expect(voiceOf(t, 'reckless')).toBe('reported');
  });

  it("keeps the desk's opening phrase and appositive its own", () => {
    const t = 'Amid the chaos at the pier , Ana Doe , a furious councillor , insisted the ferry was unsafe .';
    expect(voiceOf(t, 'chaos')).toBe('own');
    expect(voiceOf(t, 'furious')).toBe('own');
    expect(voiceOf(t, 'insisted')).toBe('own');
    expect(voiceOf(t, 'unsafe')).toBe('reported');
  });

  it("reads a trailing attribution as the desk's and the clause before it as the statement", () => {
    const t = 'The levy was a shameful betrayal of the islands , the furious mayor said on Tuesday .';
    expect(voiceOf(t, 'shameful')).toBe('reported');
    expect(voiceOf(t, 'furious')).toBe('own');
  });

  it("gives the subject's coordinated verb of saying to the desk", () => {
    const t = 'Ana Doe said the levy had failed and insisted the port was a shambles .';
    expect(voiceOf(t, 'insisted')).toBe('own');
    expect(voiceOf(t, 'shambles')).toBe('reported');
  });

  it("gives an attributed quote's verb to the desk", () => {
    const t = '“ The port is closed for good , ” Ana Doe boasted .';
    expect(voiceOf(t, 'boasted')).toBe('own');
  });

  it('keeps a statement before another verb of the subject reported (guard)', () => {
    // "branded … a liar and said": the first verb is the reporter's, its object the speaker's label
    const t = 'Valdor branded the harbour master a liar and said the papers were old .';
    expect(voiceOf(t, 'liar')).toBe('reported');
    const u = 'Lorn unions said the levy was a scam and warned that ferries would stop .';
    expect(voiceOf(u, 'scam')).toBe('reported');
  });
});
