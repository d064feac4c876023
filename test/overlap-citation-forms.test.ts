// Citation forms a reader takes for a citation: "according to a Reuters report" (a cue, "a", the name and the report),
// an agency's whole name when a word ends in a possessive ("Iranian Students ' News Agency", as tokenised text writes
// it), and an outlet written out in full that the corpus knows by its initials ("the Christian Broadcasting Network"
// for CBN).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string, corpus: string[] = []) => {
  const d = analyse({ id: 'x', outlet: 'Harbour Gazette', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Harbour Gazette', ...corpus])).map((c) => [
    c.cited,
    c.text,
  ]);
};

describe('citation forms', () => {
  it('reads "according to a Reuters report" and "an NBC News poll" as citations of the outlet', () => {
    expect(citesOf('The rebels used gas, according to a Reuters report on Tuesday.')).toEqual([
      ['Reuters', 'according to a Reuters report'],
    ]);
    expect(citesOf('Most voters back the plan, according to an NBC News poll released on Sunday.')).toEqual([
      ['NBC News', 'according to an NBC News poll'],
    ]);
  });

  it('does not read "according to a Reuters" without a news product after it', () => {
    expect(citesOf('The order came according to a Reuters official plan, the memo says.')).toEqual([]);
  });

  it('takes the whole name of an agency whose name holds a possessive', () => {
    expect(citesOf("Talks stalled, the Iranian Students ' News Agency reported Sunday.")).toEqual([
      ["Iranian Students' News Agency", "Iranian Students ' News Agency reported"],
    ]);
  });

  it('links an outlet written out in full to the corpus outlet known by its initials', () => {
    const cites = citesOf(
      'She called it disgraceful in an interview with the Christian Broadcasting Network last week.',
      ['CBN'],
    );
    expect(cites).toEqual([['CBN', 'in an interview with the Christian Broadcasting Network']]);
  });

  it('does not read initials into a name of two words or a phrase in lower case', () => {
    expect(citesOf('An aide told the Broadcasting Network on Monday.', ['BN'])).toEqual([
      ['Broadcasting Network', 'told the Broadcasting Network'],
    ]);
  });
});
