// An outlet-like name read from capitalised words ("… News", "… Times") starts at the name, not at the conjunction,
// adverb or preposition that opens the sentence, nor at a descriptor joined by a hyphen: "But ABC News reports" cited
// "But ABC News", "As The Telegraph reports" "As The Telegraph". Fixtures written for these tests; the outlet names
// are general knowledge, none of them in the outlet table or the corpus here.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver } from '../lib/overlap/outlets.js';

const citesOf = (text: string, table = [] as { name: string; aliases: string[] }[]) => {
  const d = analyse({ id: 'x', outlet: 'Valley Herald', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(table, ['Valley Herald'])).map((c) => [c.cited, c.text]);
};

describe('an outlet-like name starts at the name', () => {
  it('not at a conjunction, adverb or preposition opening the sentence', () => {
    expect(citesOf('The talks stalled . But Harbour News reports that a deal is near .')).toEqual([
      ['Harbour News', 'Harbour News reports'],
    ]);
    expect(citesOf('As The Lakeside Telegraph reported , the pier closed .')).toEqual([
      ['The Lakeside Telegraph', 'The Lakeside Telegraph reported'],
    ]);
    expect(citesOf('Meanwhile Coastal Radio said the road was shut .')).toEqual([
      ['Coastal Radio', 'Coastal Radio said'],
    ]);
  });

  it('not at a descriptor joined by a hyphen, and a known outlet is found under it', () => {
    expect(citesOf('State-run Harbour News reported the toll .')).toEqual([['Harbour News', 'Harbour News reported']]);
    expect(
      citesOf('Beirut-based Cedar TV reported the strike .', [{ name: 'Cedar Television', aliases: ['Cedar TV'] }]),
    ).toEqual([['Cedar Television', 'Cedar TV reported']]);
  });

  it('keeps names that begin with such a word when the table knows them, and drops a bare outlet word', () => {
    expect(
      citesOf('In These Times reported the strike .', [{ name: 'In These Times', aliases: ['In These Times'] }]),
    ).toEqual([['In These Times', 'In These Times reported']]);
    expect(citesOf('And News reported nothing new .')).toEqual([]);
  });
});

describe('a descriptor between the cue and the name', () => {
  it('is passed over: the cue still cites the name after it', () => {
    expect(citesOf('He said in an interview with Beirut-based Cedar TV that the talks failed .')).toEqual([
      ['Cedar TV', 'in an interview with Beirut-based Cedar TV'],
    ]);
  });
});
