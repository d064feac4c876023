// One answer to "does this article write the word in lower case?" for the full-name and the sentence-capital readers:
// hyphenated words are read whole and by their parts. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { lowerWords, writesLower } from '../lib/text/lower-words.js';
import { fullNameOf } from '../lib/framing/full-names.js';
import { sentenceCapitalised } from '../lib/framing/sentence-capitals.js';

describe('lower-case words of a text', () => {
  it('reads a hyphenated word whole and by its parts', () => {
    const w = lowerWords('An anti-levy march and the al-marah clinic ; the Al-Tamri family .');
    expect(['Levy', 'Anti', 'Anti-levy', 'Al-Marah', 'Marah'].map((x) => writesLower(w, x))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    // written with a capital: no lower-case use
    expect(['Al-Tamri', 'Tamri', 'Family', 'An'].map((x) => writesLower(w, x))).toEqual([false, false, true, false]);
  });

  it('gives the full-name and the sentence-capital readers the same answer on a hyphenated word', () => {
    const text = 'Rami Al-Hadri leads the al-hadri clan . Al-Hadri said two sub-agencies disagreed .';
    const w = lowerWords(text);
    // the word written in lower case is a common word to both readers
    expect(fullNameOf(w, new Map([['al-hadri', 'Rami Al-Hadri']]), 'Al-Hadri')).toBeUndefined();
    expect(sentenceCapitalised('Agencies', w, [])).toEqual({ kind: 'institution', name: 'agencies' });
  });
});
