// Analysing an article appends each paragraph's tokens to one array (tokenizeInto) instead of copying a fresh array per
// paragraph; the spaced contractions and names are looked for only where spaces and a mark or an n follow a word. The
// tokens must be the ones a fresh tokenize call per paragraph gives. Invented texts.
import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeInto } from '../lib/text/tokenize.js';
import { analyse } from '../lib/text/analyse.js';
import type { Token } from '../lib/types.js';

const shown = (text: string, toks: readonly Token[]) =>
  toks.map((t) => `${text.slice(t.start, t.end)}|${t.norm}|${t.kind}`);

describe('tokens appended paragraph by paragraph', () => {
  it('gives each paragraph the tokens of its own call, a clitic opening a paragraph included', () => {
    // the second paragraph opens with a mark right after the first one's last word: no clitic of that word
    const text = "Mayor Velkin spoke \n's morning crowd 'so what' he said\n\nThey 're sure.";
    const paras = [
      { start: 0, end: 19 },
      { start: 19, end: 54 },
      { start: 56, end: text.length },
    ];
    const out: Token[] = [];
    for (const p of paras) tokenizeInto(out, text, p.start, p.end);
    const fresh = paras.flatMap((p) => tokenize(text, p.start, p.end));
    expect(shown(text, out)).toEqual(shown(text, fresh));
    expect(shown(text, out).slice(3, 5)).toEqual(["'|'|punct", 's|s|word']);
    expect(shown(text, out).slice(-4)).toEqual(['They|they|word', "'re|'re|punct", 'sure|sure|word', '.|.|punct']);
  });

  it('joins spaced contractions and name parts, and leaves words before other spaces alone', () => {
    const text = "Don ’ t ask O ’ Reilly ; wo n't Ja ’ afari go ? Oslo 's mayor , n't here 'tis";
    expect(shown(text, tokenize(text))).toEqual([
      "Don ’ t|don't|word",
      'ask|ask|word',
      "O ’ Reilly|o'reilly|word",
      ';|;|punct',
      "wo n't|won't|word",
      "Ja ’ afari|ja'afari|word",
      'go|go|word',
      '?|?|punct',
      'Oslo|oslo|word',
      "'s|'s|punct",
      'mayor|mayor|word',
      ',|,|punct',
      "n't|n't|word",
      'here|here|word',
      "'|'|punct",
      'tis|tis|word',
    ]);
  });

  it('splits possessives by either mark and either case', () => {
    const text = "Velkin's ALDERS’S it's";
    expect(shown(text, tokenize(text))).toEqual([
      'Velkin|velkin|word',
      "'s|'s|punct",
      'ALDERS|alders|word',
      "’S|'s|punct",
      'it|it|word',
      "'s|'s|punct",
    ]);
  });

  it('analyses an article to the tokens of its paragraphs in order', () => {
    const text = 'First line here.\n\nSecond one , Dr. Ost said.';
    const doc = analyse({ id: 'a', outlet: 'o', date: '', text, paragraphs: [] });
    const fresh = doc.paragraphs.flatMap((p) => tokenize(text, p.start, p.end));
    expect(shown(text, doc.tokens)).toEqual(shown(text, fresh));
    expect(doc.tokens.length).toBe(11);
  });
});
