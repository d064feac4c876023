// Cited names cut or misread: a broadcaster's name ending in a number ("French radio Europe 1", "Channel 10 said"), a
// name cut at its outlet word ("according to The Daily Star, a Lebanese newspaper" cited "The Daily"), an outlet's own
// sourcing after its name ("State broadcaster Nile TV, citing an unnamed security official"), and one outlet written
// two ways ("LA Times" and "Los Angeles Times", "The Los Angeles Times"), all seen on real coverage. Fixtures written
// for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (...texts: string[]) => {
  const docs = texts.map((text, i) =>
    analyse({ id: `x${i}`, outlet: 'Harbour Gazette', date: null, text, paragraphs: [] }),
  );
  return extractCitations(docs, outletResolver(readOutletTable(), ['Harbour Gazette'])).map((c) => [c.kind, c.cited]);
};

describe('names that end in a number', () => {
  it('reads a broadcaster number after a description, before a medium, and after a broadcast word', () => {
    expect(citesOf('The diver told Portuguese radio Antena 3 that the cave had flooded .')).toEqual([
      ['outlet', 'Antena 3'],
    ]);
    expect(citesOf('" It will hold , " the mayor told Antena 3 radio on Sunday .')).toEqual([['outlet', 'Antena 3']]);
    expect(citesOf("Officials were silent . Ghana TV 's Channel 7 said the ferry had sunk .")).toEqual([
      ['outlet', 'Channel 7'],
    ]);
  });
  it('takes no count as part of a name', () => {
    expect(citesOf('The diver told Portuguese radio 3 people had drowned .')).toEqual([
      ['generic', 'Portuguese radio'],
    ]);
  });
});

describe('a name cut at its outlet word', () => {
  it('goes on with the capitalised word after it when a name may end there', () => {
    expect(citesOf('Fuel ran short , according to The Daily Beacon , a Chilean newspaper .')).toEqual([
      ['outlet', 'The Daily Beacon'],
    ]);
    expect(citesOf('Talks have stalled , The Daily Beacon reports .')).toEqual([['outlet', 'The Daily Beacon']]);
  });
  it('not over a new clause, a new line or a possessive', () => {
    expect(citesOf('The vote was close , according to the Times Ortega said .')).toEqual([['outlet', 'Times']]);
    expect(citesOf("Rates rose , according to the Harbour News Agency\nVargas 's office agreed .")).toEqual([
      ['outlet', 'Harbour News Agency'],
    ]);
  });
});

describe("an outlet's own sourcing after its name", () => {
  it('cites the outlet that opens its sentence with ", citing"', () => {
    expect(
      citesOf('Two died . State broadcaster Andes TV , citing a police source , said the road was shut .'),
    ).toEqual([['outlet', 'Andes TV']]);
  });
  it('but not an outlet inside a clause: the subject is the one citing', () => {
    expect(citesOf('The minister attacked the Valley Herald , citing its coverage of the strike .')).toEqual([]);
  });
});

describe('one outlet written two ways', () => {
  it('a name with a place written as its initials is cited as the spelled-out name', () => {
    const cites = citesOf(
      'The SD Tribune reported the closure .',
      'The mayor told the San Diego Tribune that the port would reopen .',
    );
    expect(cites).toEqual([
      ['outlet', 'San Diego Tribune'],
      ['outlet', 'San Diego Tribune'],
    ]);
  });
  it('names with one outlet key are cited under one spelling', () => {
    const cites = citesOf(
      'The Valley Herald reported the closure .',
      'Valley Herald said the port would reopen .',
      'The Valley Herald first reported the fire .',
    );
    expect(new Set(cites.map((c) => c[1])).size).toBe(1);
  });
});
