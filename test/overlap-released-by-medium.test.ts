// "released by" a described medium is a citation of it ("released by investigative US media outlet …", "published by
// the nonprofit newsroom …"); bodies release too ("released by the Pentagon", "a photo released by the Prime Minister
// Press Office"), so the medium words decide, not the verb. Seen on real coverage; fixtures written for these tests
// (other names and events).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('a verb of releasing before a described medium', () => {
  it('cites the medium named after its description, and no generic medium inside it', () => {
    expect(citesOf('The tape was released by investigative US media outlet Tidewater Record on Monday .')).toEqual([
      ['outlet', 'Tidewater Record'],
    ]);
    expect(citesOf('The memo was published by the nonprofit newsroom Harbour Light on Monday .')).toEqual([
      ['outlet', 'Harbour Light'],
    ]);
    expect(citesOf('Footage posted by television network Vistamar on Monday shows the port .')).toEqual([
      ['outlet', 'Vistamar'],
    ]);
  });
  it('cites nothing a body releases', () => {
    expect(citesOf('The photo was released by the Pentagon on Monday .')).toEqual([]);
    expect(citesOf('This photo released by the Harbour Prime Minister Press Office shows him .')).toEqual([]);
    expect(citesOf('The survey released this week by the Valley Research Center shows it .')).toEqual([]);
  });
});
