// A newsroom no outlet table knows, named by its writer ("The Lantern 's Ada Brook notes", "Tim Vale at the Harbour
// Examiner points out"), is a cited outlet; the staff of bodies, governments, parties and teams are not ("the Keller
// Foundation 's James Orr writes", "the Kremlin 's Ivan Lebed noted", "the Democrats ' Nina Ruiz noted"). Seen on real
// coverage; fixtures written for these tests (other writers and newsrooms).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Valley Ledger'])).map((c) => [c.cited, c.text]);
};

describe('a newsroom named by its writer', () => {
  it('cites a "the"-name a writer of it reports or writes in', () => {
    expect(citesOf("As The Lantern 's Ada Brook notes , the port stays shut .")).toEqual([
      ['The Lantern', "Lantern 's Ada Brook notes"],
    ]);
    expect(citesOf('The Harbour Examiner ’ s Tim Vale writes : “ the port stays shut . ”')).toEqual([
      ['The Harbour Examiner', 'Harbour Examiner ’ s Tim Vale writes'],
    ]);
    expect(citesOf('As Tim Vale at the Harbour Examiner points out , the port stays shut .')).toEqual([
      ['The Harbour Examiner', 'As Tim Vale at the Harbour Examiner points out'],
    ]);
  });
  it('cites no body, seat of power, party or team by its staff, and no name without a writer', () => {
    expect(citesOf("As the Keller Foundation 's James Orr writes , the plan fails .")).toEqual([]);
    expect(citesOf("The Kremlin 's Ivan Lebed noted that talks go on .")).toEqual([]);
    expect(citesOf("The Democrats ' Nina Ruiz noted that talks go on .")).toEqual([]);
    expect(citesOf("Trump 's adviser Nina Ruiz said the plan fails .")).toEqual([]);
    expect(citesOf("The Lantern 's new owners said the paper stays open .")).toEqual([]);
    expect(citesOf("The Lantern 's Ada Brook said the port stays shut .")).toEqual([]);
  });
});
