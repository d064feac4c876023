// A reported clause inside a sentence the outlet narrates ("… and some who signed it said the vote was a disgrace") is the speaker's
// words in the voice tables, but the sentence's loadedness reads it as the sentence's own words: a reader judges the
// whole sentence. Fixtures written for these tests (invented people and places).
import { describe, expect, it } from 'vitest';
import { fixtureDoc } from './helpers/fixture-docs.js';
import { docVoice, VOICES, voiceMask } from '../lib/framing/voice.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { sentenceLoadedness } from '../lib/framing/loaded-sentences.js';
import { readLexicon } from '../lib/framing/data.js';

const text = 'Members of the guild wrote to the board , and some who signed it said the vote was a reckless disgrace .';

describe('a reported clause in a narrated sentence', () => {
  it("is reported in the voice tables, not the outlet's own", () => {
    const d = fixtureDoc('rcs', text);
    const v = docVoice(d);
    const i = d.tokens.findIndex((t) => t.norm === 'disgrace');
    expect(VOICES[v.tokenVoice[i]]).toBe('reported');
    expect(voiceMask(v, ['own'])[i]).toBe(0);
    expect(voiceMask(v, ['reported'])[i]).toBe(1);
    expect(v.words.reported).toBeGreaterThan(0);
  });

  it('scores the sentence as its own words, as a sentence without voices would', () => {
    const d = fixtureDoc('rcs', text);
    const marked = loadedTokens(d, { lexicon: readLexicon() });
    const voice = docVoice(d).tokenVoice;
    expect(sentenceLoadedness(d, marked, undefined, voice)).toBeCloseTo(sentenceLoadedness(d, marked), 10);
  });
});
