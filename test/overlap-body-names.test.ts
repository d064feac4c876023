// Names that look like a cited outlet's but name a body: an agency of a government, a union, an association. Seen on
// real coverage as cited outlets ("told the AFL", "DHS reported", "International Atomic Energy Agency said"). An
// acronym the article spells out as a newsroom stays an outlet. A corpus may hold people as outlets (columnists,
// politicians): "Paul Ryan said" quotes the person. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const cited = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => c.cited);
};

describe('bodies are no cited outlets', () => {
  it('an acronym in a hyphenated name is no outlet', () => {
    expect(cited('" We need more nurses , " the senator told the UFW-CIO on Friday .')).toEqual([]);
  });

  it('an agency or network with no word of news before it is a body', () => {
    expect(cited('The European Maritime Safety Agency said the tanker was sound .')).toEqual([]);
    expect(cited('The Coastal Tenants Organizing Network said it would sue .')).toEqual([]);
    expect(cited('The tanker was sound , the Baltic News Agency said .')).toEqual(['Baltic News Agency']);
  });

  it('an acronym the article spells out as a body is no outlet; one spelled as a newsroom is', () => {
    expect(cited('The Bureau of Coastal Safety published its figures . BCS reported that ten boats sank .')).toEqual(
      [],
    );
    expect(cited('The Nordic Press Agency ( NPRA ) was first . NPRA reported that ten boats sank .')).toEqual(['NPRA']);
  });

  it('a person a corpus holds as an outlet is a speaker when a cue of speech cites them, a writer when one of writing does', () => {
    const d = (text: string) =>
      extractCitations(
        [analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] })],
        outletResolver(readOutletTable(), ['Harbour Gazette', 'Maria Lindqvist']),
      ).map((c) => c.cited);
    expect(d('Senate leader Maria Lindqvist said the vote would wait .')).toEqual([]);
    expect(d('Maria Lindqvist wrote that the vote would wait .')).toEqual(['Maria Lindqvist']);
  });
});
