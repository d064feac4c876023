// The loaded words the lexicon marks in one invented sentence, for the sense tests (size, signpost, verification,
// violence, dispute, regime…): each asserts which words of a sentence a reader sees marked.
import { analyse } from '../../lib/text/analyse.js';
import { loadedTokens } from '../../lib/framing/loaded.js';
import { readLexicon } from '../../lib/framing/data.js';

/** The marked words as written, in text order. */
export const marked = (text: string): string[] => {
  const d = analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
  return loadedTokens(d, { lexicon: readLexicon() }).map((m) =>
    d.text.slice(d.tokens[m.index].start, d.tokens[m.index].end),
  );
};
