// A citation names an outlet as a reader would: an outlet's short self-name ("told The Times" in the Washington
// Times) is the outlet speaking of itself, and a bare outlet word cut from a longer name or phrase ("Yahoo ! News
// reported", "according to Media Matters", "state TV said") is the whole name or nothing, never an outlet called
// "News", "Media" or "TV".
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (outlet: string, text: string, corpus: string[] = []) => {
  const d = analyse({ id: 'x', outlet, date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), [outlet, ...corpus])).map((c) => [c.cited, c.kind]);
};

describe('citations of whole names', () => {
  it('reads an outlet short self-name as a self-reference', () => {
    const text = 'The mayor spoke with The Times on Friday. A spokesman told the Post nothing new.';
    expect(citesOf('Harbour Times', text)).toEqual([
      ['The Times', 'self'],
      ['Post', 'outlet'],
    ]);
    expect(citesOf('Harbour Post - News', text)).toEqual([
      ['The Times', 'outlet'],
      ['Post', 'self'],
    ]);
  });

  it('keeps a short form that names an outlet cited in full earlier', () => {
    const text = 'The Harbour Journal reported the deal. A source told the Journal it was signed.';
    expect(citesOf('Harbour Times', text, ['Harbour Journal']).map((c) => c[1])).toEqual(['outlet', 'outlet']);
  });

  it('cites no outlet called "News", "Media" or "Tribune" cut from a longer name', () => {
    expect(citesOf('Harbour Gazette', 'CNN and Yahoo ! News reported that the truce held.')).toEqual([]);
    expect(citesOf('Harbour Gazette', 'It ran 295 times, according to Media Monitors.')).toEqual([]);
    // a name the outlet table knows is cited whole, though its outlet word is not its last word
    expect(citesOf('Harbour Gazette', 'It ran 295 times, according to Media Matters.')).toEqual([
      ['Media Matters for America', 'outlet'],
    ]);
    expect(citesOf('Harbour Gazette', 'Migrants waited, The Lakeside Union-Tribune reported.')).toEqual([
      ['The Lakeside Union-Tribune', 'outlet'],
    ]);
  });

  it('reads "state TV said" as state media, not an outlet called TV', () => {
    // the country stays in the generic phrase: it says whose state media
    expect(citesOf('Harbour Gazette', 'Five were killed, Egyptian state TV said on Friday.')).toEqual([
      ['Egyptian state TV', 'generic'],
    ]);
  });
});
