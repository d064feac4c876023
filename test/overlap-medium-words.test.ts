// One list of medium words for every reader of a name beside them (lib/overlap/medium-words.ts). Two copies had
// drifted apart: "daily", "magazine" or "weekly" before a name passed the cue over to a name no table knew, but not to
// one the corpus knows, whose citation then hung on what followed the name. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  const resolver = outletResolver(readOutletTable(), ['Harbour Gazette', 'Vanguardia Sur', 'El Faro']);
  return extractCitations([d], resolver).map((c) => [c.kind, c.cited, c.text]);
};

describe('a bare medium word before a name the corpus knows', () => {
  it('passes the cue over any medium word of the shared list', () => {
    expect(citesOf('The mayor told the daily Vanguardia Sur he would stay .')).toEqual([
      ['outlet', 'Vanguardia Sur', 'told the daily Vanguardia Sur'],
    ]);
    expect(citesOf('The mayor told the magazine El Faro the port would reopen .')).toEqual([
      ['outlet', 'El Faro', 'told the magazine El Faro'],
    ]);
  });
  it('still needs the cue', () => {
    expect(citesOf('The mayor read the daily Vanguardia Sur on the train .')).toEqual([]);
  });
});
