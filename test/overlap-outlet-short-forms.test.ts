// Short forms a writer uses for a corpus outlet's name: the name without the place it opens with ("according to the
// Free Lantern 's Ann Lee" for the corpus's "Denver Free Lantern") and a clipped compound of its first two words
// ("PoCo reports" for "Portland Courier"). Decided from the corpus's own outlet names and their shape; a form two
// outlets share, a lower-case phrase and a word shaped like a surname ("McCartney") stay uncited. Seen on real
// coverage; fixtures written for these tests (invented outlets, real places).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';
import { clippedOutlet, placeLessForms } from '../lib/overlap/outlet-short-forms.js';

const CORPUS = [
  'Valley Ledger',
  'Denver Free Lantern',
  'Portland Courier',
  'Austin Evening Star',
  'Tulsa Evening Star',
];
const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), CORPUS)).map((c) => [c.cited, c.text]);
};

describe("short forms of a corpus outlet's name", () => {
  it('cites the corpus outlet for its name without the place and for a clipped compound', () => {
    expect(citesOf("The deal is shaky , but according to the Free Lantern 's Ann Lee , the talks go on .")).toEqual([
      ['Denver Free Lantern', 'according to the Free Lantern'],
    ]);
    expect(citesOf("In a story last night , The Free Lantern 's Ann Lee points out that the plan failed .")).toEqual([
      ['Denver Free Lantern', "Free Lantern 's Ann Lee points out"],
    ]);
    expect(citesOf('PoCo reports on the new rules for the port .')).toEqual([['Portland Courier', 'PoCo reports']]);
  });

  it('reads the forms from the names: two words left after a place, one outlet per form (guard)', () => {
    expect([...placeLessForms(CORPUS)]).toEqual([['Free Lantern', 'Denver Free Lantern']]);
    expect(clippedOutlet('PoCo', CORPUS)).toBe('Portland Courier');
    expect(clippedOutlet('McCartney', CORPUS)).toBeNull();
  });

  it('leaves a lower-case phrase, a form without a cue and a shared form to the other readers (guard)', () => {
    expect(citesOf('the free lantern shone on the hill , reported the ranger .')).toEqual([]);
    expect(citesOf("I 'll leave you with this Free Lantern video of the vote .")).toEqual([]);
    expect(citesOf('McCartney reported that the band split .')).toEqual([]);
    expect(citesOf('The Evening Star reported the vote .').map((c) => c[0])).not.toContain('Austin Evening Star');
  });
});
