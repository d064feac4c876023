// An interview printed as questions and answers without labels or quote marks: the answers are the interviewee's
// words, not the outlet's (lib/framing/voice-interview.ts); a columnist's own questions and replies stay the
// columnist's. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';

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

/** The speaker given to the answer paragraph holding `word`. */
function answerSpeaker(text: string, word: string): string | null | undefined {
  const d = fixtureDoc('qa', text);
  const at = d.text.indexOf(word);
  return docVoice(d).quotes.find((q) => q.via === 'block' && q.start <= at && q.end > at)?.speaker;
}

describe('who answers', () => {
  it('is the person the narration before the questions names, by the full name the article gives', () => {
    expect(answerSpeaker(ANSWERS, 'criminals')).toBe('Lena Osei');
    expect(answerSpeaker(ANSWERS, 'tolerated')).toBe('Lena Osei');
  });

  it('changes when the narration introduces the next interviewee, and passes over their first-person lead', () => {
    const two = [
      ANSWERS.split('\n\n').slice(0, 8).join('\n\n'),
      'Tomasz Wierzba runs a bakery in Lorn .',
      'Wierzba , 52 , came from Gdansk in 2004 .',
      'I was a baker at home too , and I wanted my own shop .',
      'What did the election change for you ?',
      'I lost two customers who said I should go home . That was a shameful week .',
      'Do you plan to stay ?',
      'I stay . My children were born here .',
    ].join('\n\n');
    expect(answerSpeaker(two, 'tolerated')).toBe('Lena Osei');
    expect(answerSpeaker(two, 'shameful')).toBe('Tomasz Wierzba');
    expect(answerSpeaker(two, 'children were')).toBe('Tomasz Wierzba');
  });

  it('is the person named before the note that the interview was edited, when the interviewer writes in the first person', () => {
    const castro = [
      'It was the first time Ramon Ferrando toured the camp , and Ferrando urged others to visit .',
      'I spoke to the former mayor by phone . Our conversation has been edited for length and clarity .',
      'What did you see ?',
      'I saw a mother with a thin child on her lap . It was a disgrace .',
      'What did the agents tell you ?',
      'I asked for a supervisor and nobody came .',
      'What will you do next ?',
      'I will go back next month with lawyers .',
    ].join('\n\n');
    expect(answerSpeaker(castro, 'disgrace')).toBe('Ramon Ferrando');
  });
});
