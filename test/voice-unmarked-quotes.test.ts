// Someone else's words set apart without quote marks are not the outlet's own voice: an embedded social-media post
// (the line before "— Name ( @ handle ) Month D , YYYY") is the poster's, and the paragraph after "He said :" is the
// speaker's. Fixtures written for these tests (invented people, handles and places).
import { describe, expect, it } from 'vitest';
import { voiceOf } from './helpers/loaded.js';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice } from '../lib/framing/voice.js';

describe('an embedded post', () => {
  const text =
    'The mayor of Harbourton reacted on social media within the hour .\n' +
    'This ruling by a so-called judge is ridiculous and dangerous ! — Ivo Brenn ( @ ivobrenn ) March 4 , 2031\n' +
    'The city council met on Tuesday .';

  it("is the poster's quote, not the outlet's narration", () => {
    expect(voiceOf(text, 'ridiculous')).toBe('quoted');
    expect(voiceOf(text, 'council')).toBe('own');
    const d = fixtureDoc('uq', text);
    const post = docVoice(d).quotes.find((q) => q.via === 'post');
    expect(post?.speaker).toBe('Ivo Brenn');
    expect(d.text.slice(post!.start, post!.end)).toBe('This ruling by a so-called judge is ridiculous and dangerous !');
  });

  it('is the post even when the next post runs on after a signature on its line', () => {
    const two =
      'Only nine people were held . Big delays were caused by a computer outage , — Ivo Brenn ( @ ivobrenn ) March 5 , 2031 protesters and the\n' +
      'tears of the senator . A disgraceful show ! — Ivo Brenn ( @ ivobrenn ) March 5 , 2031\n' +
      'The airport reopened .';
    expect(voiceOf(two, 'protesters')).toBe('quoted');
    expect(voiceOf(two, 'disgraceful')).toBe('quoted');
    expect(voiceOf(two, 'reopened')).toBe('own');
  });
});

describe('a block quote after a colon', () => {
  it("is the speaker's words", () => {
    const text =
      'The governor spoke to the chamber of commerce on Friday . He said :\n' +
      'We will end this reckless scheme on day one .\n' +
      'The chamber did not respond .';
    expect(voiceOf(text, 'reckless')).toBe('quoted');
    expect(voiceOf(text, 'respond')).toBe('own');
    const d = fixtureDoc('uq', text);
    expect(docVoice(d).quotes.find((q) => q.via === 'block')?.speaker).toBe('He');
  });

  it("is not a list the outlet introduces, nor a reporter's mixed reports", () => {
    const list =
      'The losses of the parties would include the following :\n' +
      'A reckless spending spree that no one asked for .\n' +
      'Here are the groups about whom there are mixed reports :\n' +
      'Farmworkers , whose reckless bosses hire them .';
    expect(voiceOf(list, 'spree')).toBe('own');
    expect(voiceOf(list, 'Farmworkers')).toBe('own');
  });
});
