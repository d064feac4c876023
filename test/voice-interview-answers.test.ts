// An interview printed as questions and answers without labels or quote marks: the answers are the interviewee's
// words, not the outlet's (lib/framing/voice-interview.ts); a columnist's own questions and replies stay the
// columnist's. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice, VOICES } from '../lib/framing/voice.js';

/** The voice of the first token spelling `word` in the text. */
function voiceOf(text: string, word: string): string {
  const d = fixtureDoc('qa', text);
  const i = d.tokens.findIndex((t) => d.text.slice(t.start, t.end) === word);
  expect(i).toBeGreaterThanOrEqual(0);
  return VOICES[docVoice(d).tokenVoice[i]];
}

const ANSWERS = [
  'Lena Osei , 31 , is a nurse from Accra who moved to Lorn in 2019 .',
  'The following interview has been condensed and edited for clarity .',
  'Why did you come to Lorn ?',
  'I came for the hospital job . My sister was already here .',
  'How do people treat you ?',
  'Most are kind . But the rhetoric about foreigners as criminals has made my neighbours suspicious .',
  'Do you feel welcome ? Many nurses have left .',
  'I feel tolerated , which is not the same . We work the night shifts nobody wants .',
  'Osei now plans to move to the coast next year .',
].join('\n\n');

describe('answers printed after their questions', () => {
  it("are the interviewee's words", () => {
    expect(voiceOf(ANSWERS, 'criminals')).toBe('quoted');
    expect(voiceOf(ANSWERS, 'tolerated')).toBe('quoted');
  });

  it('leave the questions, the introduction and the closing narration to the outlet', () => {
    expect(voiceOf(ANSWERS, 'treat')).toBe('own');
    expect(voiceOf(ANSWERS, 'nurse')).toBe('own');
    expect(voiceOf(ANSWERS, 'coast')).toBe('own');
  });

  it("leave a columnist's rhetorical questions and first-person replies the columnist's", () => {
    const column = ANSWERS.replace(
      'The following interview has been condensed and edited for clarity .',
      'Ask yourself .',
    );
    expect(voiceOf(column, 'criminals')).toBe('own');
  });
});
