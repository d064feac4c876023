// A bare medium word beside a station's own name ("spoke to the TV station Vanguardia", "told TV station …") cited
// "TV" as an outlet of its own: the word modifies the medium noun after it, and the name, if any, follows. Fixtures
// written for these tests (invented stations).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('a bare medium word beside a station', () => {
  it('cites the station, not the bare word', () => {
    expect(citesOf('He spoke to the TV station Vistamar on Monday .')).toEqual([['outlet', 'Vistamar']]);
    expect(citesOf('He told TV station Vistamar that he left .')).toEqual([['outlet', 'Vistamar']]);
    expect(citesOf('He told the TV station on Monday that he left .')).toEqual([]);
  });
  it('keeps a name that ends in the medium word', () => {
    expect(citesOf('He said on Reuters TV that he left .')).toEqual([['outlet', 'Reuters']]);
    expect(citesOf('He told the radio station Onda Sur that he left .')).toEqual([['outlet', 'Onda Sur']]);
  });
});
