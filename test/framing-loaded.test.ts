// Fixtures for loaded-language marking on any beat (issue 17): part-of-speech gates on general-vocabulary words.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { loadedTokens } from '../lib/framing/loaded.js';
import { readLexicon } from '../lib/framing/data.js';
import { isLexiconNoun, isModifierPosition } from '../lib/framing/wordclass.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, text: string): Doc => analyse({ id, outlet: 'X', date: null, text, paragraphs: [] });
const marked = (d: Doc) => loadedTokens(d, { lexicon: readLexicon() }).map((m) => d.tokens[m.index].norm);
const at = (d: Doc, word: string) => d.tokens.findIndex((t) => t.norm === word);

describe('part-of-speech gates on general-vocabulary words', () => {
  it('keeps an evaluative adjective that modifies a noun', () => {
    expect(marked(doc('a', 'Critics called it a wonderful plan for the city.'))).toContain('wonderful');
    expect(marked(doc('b', 'The mayor unveiled his horrible budget on Monday.'))).toContain('horrible');
  });

  it('drops general-vocabulary nouns and verbs whatever their sentiment score ("win", "hate crime")', () => {
    expect(isLexiconNoun('win')).toBe(true);
    expect(isLexiconNoun('wonderful')).toBe(false);
    expect(marked(doc('c', 'Police investigated the attack as a hate crime.'))).not.toContain('hate');
    expect(marked(doc('d', 'The party hopes to win the seat in November.'))).not.toContain('win');
  });

  it('drops a general-vocabulary word standing alone before a function word or punctuation', () => {
    const d = doc('e', 'The turnout was good, and the count was popular with staff.');
    expect(isModifierPosition(d, at(d, 'good'))).toBe(false);
    expect(marked(d)).not.toContain('good');
    expect(marked(d)).not.toContain('popular');
  });

  it('leaves the lexicon classes ungated: a lexicon word is loaded in any position', () => {
    const d = doc('f', 'The speech was disgraceful.');
    expect(isModifierPosition(d, at(d, 'disgraceful'))).toBe(false);
    expect(marked(d)).toContain('disgraceful');
  });
});
