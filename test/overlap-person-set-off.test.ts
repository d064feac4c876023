// A person's name set off by commas after a described medium ("According to the Iranian newspaper , Smith , who was
// there , …") was cited as an outlet. A newsroom's name stands there too ("Libya's state news agency , LANA , said"),
// so only a person's marks turn it away. Fixtures written for these tests (other names, places and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('a name set off by commas after a medium', () => {
  it('is no outlet when a relative clause of persons or an age follows it', () => {
    expect(citesOf('According to the Iranian newspaper , Larsen , who was there , the port closed .')).toEqual([
      ['generic', 'Iranian newspaper'],
    ]);
    expect(citesOf('According to Peru ’ s state news agency , Quispe , whose boat sank , the port closed .')).toEqual([
      ['generic', "Peru's state news agency"],
    ]);
    expect(citesOf('According to state media , Quispe , 52 , the port closed .')).toEqual([['generic', 'State media']]);
  });
  it('is no outlet when the article names the same person elsewhere', () => {
    expect(
      citesOf(
        'Rosa Quispe lost her boat . According to Peru ’ s state news agency , Quispe , a fisher , swam ashore .',
      ),
    ).toEqual([['generic', "Peru's state news agency"]]);
    expect(citesOf('Mr . Quispe spoke . According to state media , Quispe , the port closed .')).toEqual([
      ['generic', 'State media'],
    ]);
  });
  it('is still the outlet without those marks', () => {
    expect(
      citesOf('According to Peru ’ s state news agency , Andina , which the state runs , the port closed .'),
    ).toEqual([['outlet', 'Andina']]);
    expect(citesOf('The bridge fell , according to Chile ’ s state news agency , ANX , 12 hours later .')).toEqual([
      ['outlet', 'ANX'],
    ]);
  });
});
