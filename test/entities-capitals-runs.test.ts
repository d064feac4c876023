// Runs written in capitals inside running text: a tweet quoted as typed, a digest's headline glued to its text. Their
// capitals say nothing, so only the words the corpus does not write as plain lower-case words can be names; and a
// word that only opens longer names ("New" of "New Harbour") is no name alone. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts } from './helpers/entities.js';

// the corpus's own use of the words: each in lower case again and again
const plain =
  'They would never ever threaten the ferry or its new crew , and no one threatened the new deal . ' +
  'She signs the new deal and he signed the ferry deal , and the council signs deals with new words of violence . ';
const filler = plain.repeat(6);

describe('a run in capitals inside a sentence', () => {
  const r = run(
    'Mayor Ann Vale wrote : “ NEVER , EVER THREATEN THE HARBOURTON COUNCIL AGAIN OR FACE DEMENTED WORDS ” . ' + filler,
    'VALE SIGNS NEW FERRY DEAL - Harbour Times : “ Mayor Ann Vale signed the ferry deal on Monday . ” ' + filler,
  );

  it('is cut at its plain words: no junk names from the capitals', () => {
    const all = texts(r).join('|');
    expect(all).not.toMatch(/EVER|THREATEN|SIGNS|FERRY|DEAL|DEMENTED/);
  });

  it('keeps the names in it that are more than capitals', () => {
    expect(texts(r)).toContain('HARBOURTON COUNCIL');
    expect(texts(r)).toContain('Harbour Times');
    expect(texts(r).filter((n) => n === 'Ann Vale').length).toBe(2);
  });
});

describe('a word that only opens longer names', () => {
  it('is no name alone: "x New @ handle", "What ’ s New in …", a tweet\'s "NEW :"', () => {
    const r = run(
      'x New @ HarbourHall statement on the ferry : the deal stands . ' + filler,
      'Critics laughed at What ’ s New in Ferry Politics , a column . Voters in New Dale agreed . ' + filler,
      'NEW : @ MayorVale says the ferry deal stands . ' + filler,
    );
    const all = texts(r);
    expect(all).not.toContain('New');
    expect(all).not.toContain('NEW');
    expect(all).toContain('New Dale');
  });

  it('is a name when the article gave a longer name with it: "Ann Deal … Deal said"', () => {
    const r = run('Senator Ann Deal spoke . Later , Deal said the ferry would run . ' + filler);
    expect(texts(r).filter((n) => n === 'Deal').length).toBe(1);
  });
});

describe('a name before a spaced full stop', () => {
  it('keeps its last word: "the Associated Press ." is no "Pres." plural', () => {
    const r = run('He spoke to the Associated Press . Sens . Vale and Dorr agreed .');
    expect(texts(r)).toContain('Associated Press');
    expect(texts(r)).not.toContain('Associated');
  });
});
