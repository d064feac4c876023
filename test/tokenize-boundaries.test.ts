// The tokenizer reads plain ASCII words and punctuation without its regex (docs/notes/2026-12-bspeed.md): where a word
// could go on (a hyphen, an apostrophe, a period after one letter, an accent or a non-ASCII letter), the token must
// still be the one the whole pattern gives. Invented texts.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../lib/text/tokenize.js';

const words = (text: string) => tokenize(text).map((t) => `${text.slice(t.start, t.end)}|${t.kind}`);

describe('tokens at the edges of plain words', () => {
  it('keeps names, initialisms, contractions and possessives whole or split as written', () => {
    expect(words("al-Shatri's U.S. aide didn't go.")).toEqual([
      'al-Shatri|word',
      "'s|punct",
      'U.S.|word',
      'aide|word',
      "didn't|word",
      'go|word',
      '.|punct',
    ]);
    expect(words('Café Zürich, naïve résumé')).toEqual([
      'Café|word',
      'Zürich|word',
      ',|punct',
      'naïve|word',
      'résumé|word',
    ]);
    expect(words('Jose\u0301 O’Reilly')).toEqual(['Jose\u0301|word', 'O’Reilly|word']);
  });

  it('keeps a title whose period pre-tokenised copy spaced off with the title, before a name only', () => {
    const text = 'Gov . Lena Vale met Mr . Oduya , then sat . The Sun . And Co . 5';
    const toks = tokenize(text);
    expect(toks.map((t) => `${text.slice(t.start, t.end)}|${t.kind}`)).toEqual([
      'Gov .|word',
      'Lena|word',
      'Vale|word',
      'met|word',
      'Mr .|word',
      'Oduya|word',
      ',|punct',
      'then|word',
      'sat|word',
      '.|punct',
      'The|word',
      'Sun|word',
      '.|punct',
      'And|word',
      'Co|word',
      '.|punct',
      '5|number',
    ]);
    // counted as the title written with its period
    expect(toks[0].norm).toBe(tokenize('Gov. Lena')[0].norm);
  });

  it('reads numbers, currency, abbreviations and symbols as before', () => {
    expect(words('Dr. Vale paid $5.5bn, 26th in 1990s; No. 5 & 40% A. B')).toEqual([
      'Dr.|word',
      'Vale|word',
      'paid|word',
      '$5.5bn|number',
      ',|punct',
      '26th|number',
      'in|word',
      '1990s|number',
      ';|punct',
      'No.|word',
      '5|number',
      '&|punct',
      '40%|number',
      'A|word',
      '.|punct',
      'B|word',
    ]);
    expect(words('C3PO\tR2\u00a0x+y=z')).toEqual([
      'C3PO|word',
      'R2|word',
      'x|word',
      '+|symbol',
      'y|word',
      '=|symbol',
      'z|word',
    ]);
  });

  it('keeps offsets inside a paragraph range', () => {
    const text = 'One two. Three-four five';
    expect(tokenize(text, 4, 17).map((t) => text.slice(t.start, t.end))).toEqual(['two', '.', 'Three-fo']);
    // a range that ends beyond the text stops at its end
    expect(tokenize(text, 14, 40).map((t) => text.slice(t.start, t.end))).toEqual(['-', 'four', 'five']);
    expect(tokenize('word  ', 0, 9).map((t) => t.norm)).toEqual(['word']);
  });
});
