// A writer of an outlet handed the text ("The Washington Post 's Dana Rook writes", "Post columnist Ann Vail has
// reported", "Ira Fenn of Politico has more :") and a lead-in that hands the text over ("More from Reuters :") cite the
// outlet; a block quote after such a lead-in is that outlet's text. Seen on real coverage; fixtures written for these
// tests (other writers, places and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';
import { overlap } from '../lib/overlap/overlap.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.cited, c.text]);
};

describe('a writer of an outlet or a lead-in handing the text to it', () => {
  it('cites the outlet of a writer named with it and a verb of reporting', () => {
    expect(citesOf("The Washington Post 's Dana Rook writes : the port stays shut .")).toEqual([
      ['The Washington Post', "The Washington Post 's Dana Rook writes"],
    ]);
    expect(citesOf('As Politico ’ s Ivo Marsh has reported , the port stays shut .')).toEqual([
      ['POLITICO', 'Politico ’ s Ivo Marsh has reported'],
    ]);
    expect(citesOf('As Washington Post columnist Ann Vail has reported , the port stays shut .')).toEqual([
      ['The Washington Post', 'Washington Post columnist Ann Vail has reported'],
    ]);
    expect(citesOf('Ira Fenn of Politico has more [ Emphasis mine ] : the port stays shut .')).toEqual([
      ['POLITICO', 'Ira Fenn of Politico has more'],
    ]);
    expect(citesOf('The mayor left . More from Reuters : the port stays shut .')).toEqual([
      ['Reuters', 'More from Reuters'],
    ]);
  });
  it('cites nothing for a speaker, a name that is no outlet, or "more from" without a colon', () => {
    expect(citesOf("Reuters 's editor said no , and Ira Fenn of Harbourtown explains it .")).toEqual([]);
    expect(citesOf('The mayor wants more from Reuters than a headline .')).toEqual([]);
  });
  it('reads a block quote after a writer lead-in as the outlet outside the pair', () => {
    const block =
      'The mayor signed an order closing the eastern harbour gates to all freight traffic until the spring.';
    const a = analyse({
      id: 'a',
      outlet: 'Harbour Gazette',
      date: '2026-03-02',
      text: `The city moved fast on Tuesday.\n\nIra Fenn of Politico has more:\n\n${block}\n\nWe will watch.`,
      paragraphs: [],
    });
    const b = analyse({
      id: 'b',
      outlet: 'Valley Ledger',
      date: '2026-03-02',
      text: `Politico reported the news first. ${block} Traders were angry on Tuesday night.`,
      paragraphs: [],
    });
    const pair = overlap([a, b]).pairs[0];
    expect(pair.passages.map((x) => x.kind)).toEqual(['common-source']);
    expect(pair.credit).toBe('none-needed');
  });
});
