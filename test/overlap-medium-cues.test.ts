// Cues before a described medium that were not read: a verb of publishing in it ("comments published Monday in the
// Russian newspaper …", "a story that appeared in …"), of speaking on it ("said on radio station …"), of handing it a
// text ("a statement delivered to …"), and a description no gazetteer knows ("quoted by the Capitol Hill newspaper
// …"). Seen on real coverage; fixtures written for these tests (other names, places and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('a cue of publishing, speaking or handing a text before a medium', () => {
  it('cites the outlet after a verb of publishing in it', () => {
    expect(citesOf('In remarks published Monday in the Chilean newspaper El Sur , the envoy said no .')).toEqual([
      ['outlet', 'El Sur'],
    ]);
    expect(citesOf('He cited a story that appeared in the Peruvian newspaper La Costa which reports a deal .')).toEqual(
      [['outlet', 'La Costa']],
    );
  });
  it('cites the outlet after a verb of speaking on it or handing it a text', () => {
    expect(citesOf('“ We will rebuild , ” Ortega said on radio station KQRT in Denver .')).toEqual([
      ['outlet', 'KQRT'],
    ]);
    expect(citesOf('“ We will rebuild , ” Ortega said Sunday on Reuters TV .')).toEqual([['outlet', 'Reuters']]);
    expect(citesOf('“ We stay , ” he said in a statement provided to Reuters .')).toEqual([['outlet', 'Reuters']]);
    expect(citesOf('He said in a taped statement delivered to the Quechua satellite network Radiosur .')).toEqual([
      ['outlet', 'Radiosur'],
    ]);
  });
  it('passes over capitalised words no gazetteer knows before a medium word', () => {
    expect(citesOf('He was quoted by the Harbour Hill newspaper Tidewater Record as saying so .')).toEqual([
      ['outlet', 'Tidewater Record'],
    ]);
  });
  it('cites nothing where no outlet follows the cue, or a name is set off after a newsroom', () => {
    expect(citesOf('He said on Capitol Hill that the port would reopen .')).toEqual([]);
    expect(citesOf('The captain appeared in court on Monday .')).toEqual([]);
    expect(citesOf('The files were sent to Harbour Hill for review .')).toEqual([]);
    expect(citesOf('According to the semi-official Kavir news agency , Larsen was arrested .')).toEqual([
      ['outlet', 'Kavir'],
    ]);
  });
});
