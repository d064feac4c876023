// Plain senses of loaded words (lib/framing/verification-senses.ts, literal-senses.ts, work-titles.ts, senses.ts):
// "lie" as the verb of place ("There lie several clearings", "let the land lie fallow"), "toxic" of poison near a
// noun of matter, "Nazi" naming the Reich's history, a word inside the title of a book, "claimed tens of thousands of
// lives"; each stays loaded in its figure. Invented fixtures.
import { describe, expect, it } from 'vitest';
import { headlineTerms, marked } from './helpers/loaded.js';

describe('lie as a verb of place', () => {
  it('is no accusation before its subject or before a word of place', () => {
    expect(marked('There , among the reeds , lie several small huts where herders sleep .')).toEqual([]);
    expect(marked('Every seventh year the farmers let the land lie fallow .')).toEqual([]);
    expect(marked('Underneath that calm lies a web of old feuds .')).toEqual([]);
    expect(marked('The town of Kell , which lies to the west of the river , was quiet .')).toEqual([]);
  });

  it('stays loaded as the accusation', () => {
    expect(marked('The minister told a lie about the harbour deal .')).toContain('lie');
    expect(marked('Critics say the mayor lies to voters .')).toContain('lies');
  });
});

describe('toxic and Nazi in their plain senses', () => {
  it('are poison and history', () => {
    expect(marked('Crews hauled away toxic and wet waste from the riverbank .')).toEqual([]);
    expect(headlineTerms('Former Nazi death camp guard arrested in Tarrow, deported to Germany')).toEqual([]);
  });

  it('stay loaded as figures', () => {
    expect(marked('The debate has become toxic in the harbour council .')).toContain('toxic');
    expect(headlineTerms('Nazi mob of protesters storms Tarrow harbour')).toContain('nazi*');
  });
});

describe('a loaded word in the title of a work', () => {
  it("is the title's, after a noun of a work", () => {
    expect(marked('Orlov quit after his remarks to the author of the book Storm and Fury .')).toEqual([]);
  });

  it('stays loaded outside a title', () => {
    expect(marked('The fury of the harbour workers grew .')).toContain('fury');
  });
});

describe('claim of a toll', () => {
  it('is deaths counted', () => {
    expect(marked('The war in Vell has claimed tens of thousands of lives since 2011 .')).toEqual([]);
  });

  it('stays loaded as a doubted assertion', () => {
    expect(marked('The mayor claimed the harbour was safe .')).toContain('claimed');
  });
});
