// One invented text run the way a reader meets it, for the loaded-word and voice tests: which words the lexicon
// marks, the voice a word is read in (the outlet's own, quoted, reported), the loaded hits a table counts and in which
// voice. Each test asserts what a user would check on the report; the helpers only run the product.
import { analyse } from '../../lib/text/analyse.js';
import { loadedHits, loadedTokens } from '../../lib/framing/loaded.js';
import { readLexicon } from '../../lib/framing/data.js';
import { docVoice, VOICES } from '../../lib/framing/voice.js';
import type { Doc } from '../../lib/types.js';
import type { Voice, VoiceClass } from '../../lib/framing/types.js';
import { fixtureDoc } from './fixture-docs.js';

/** The marked words as written, in text order (one doc of outlet "X", no paragraphs). */
export const marked = (text: string): string[] => {
  const d = analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
  return loadedTokens(d, { lexicon: readLexicon() }).map((m) =>
    d.text.slice(d.tokens[m.index].start, d.tokens[m.index].end),
  );
};

/** The token index of the `nth` token written exactly `word` in the doc, or -1. */
export const tokenAt = (d: Doc, word: string, nth = 0): number => {
  let seen = 0;
  for (let i = 0; i < d.tokens.length; i++)
    if (d.text.slice(d.tokens[i].start, d.tokens[i].end) === word && seen++ === nth) return i;
  return -1;
};

/** The voice a word is read in, with the doc's reading (voice of a word not found: throws). */
export function voiceRead(text: string, word: string, nth = 0): { voice: VoiceClass; read: Voice; doc: Doc } {
  const doc = fixtureDoc('v', text);
  const i = tokenAt(doc, word, nth);
  if (i < 0) throw new Error(`no token "${word}" (#${nth}) in the fixture`);
  const read = docVoice(doc);
  return { voice: VOICES[read.tokenVoice[i]], read, doc };
}

/** The voice ("own", "quoted", "reported", "reused") the `nth` word written `word` is read in. */
export const voiceOf = (text: string, word: string, nth = 0): VoiceClass => voiceRead(text, word, nth).voice;

/** The loaded terms the outlet's table counts in docs of one outlet, each with its voice, in text order. */
export function hitVoices(docs: readonly Doc[]): { term: string; text: string; voice: VoiceClass }[] {
  return loadedHits(
    docs,
    docs.map((d) => docVoice(d)),
    readLexicon(),
  ).map((h) => ({
    term: h.term,
    text: h.text,
    voice: h.voice,
  }));
}

/** The loaded words written in the outlet's own voice in one text. */
export const ownHits = (text: string): string[] =>
  hitVoices([fixtureDoc('v', text)])
    .filter((h) => h.voice === 'own')
    .map((h) => h.text);

/** The loaded terms the outlet's table counts in one headline (read as a title). */
export const headlineTerms = (title: string): string[] =>
  hitVoices([
    { ...analyse({ id: 'a#title', outlet: 'X', date: null, text: title, paragraphs: [] }), field: 'title' },
  ]).map((h) => h.term);
