// Citations read from a writer's verbs and from what the corpus itself calls a newsroom. Seen on real coverage: "WaPo ’
// s Dana Milbank offers his thoughts", "Bloomberg ’ s Eli Lake argues , “ …", "writes on the use of air power for the
// WaPo : “ …", "documents posted by Reuters", "Voice of America adds that …" and "a story posted by Voice of America"
// (a name one other article calls "a news service"). Fixtures written for these tests (invented outlets and people).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const CORPUS = ['Valley Ledger', 'Portland Courier'];
const resolver = outletResolver(readOutletTable(), CORPUS);
const doc = (id: string, text: string) => analyse({ id, outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
const citesOf = (...texts: string[]) =>
  extractCitations(
    texts.map((t, i) => doc(`d${i}`, t)),
    resolver,
  ).map((c) => [c.doc, c.cited, c.text]);

describe("a writer's verbs", () => {
  it("cites the outlet whose writer argues or offers a view, and a writer's piece for it beside a quote", () => {
    expect(
      citesOf('MARA ROASTS THE MAYOR - PoCo ’ s Dana Mara offers her thoughts on the budget : “ Since May …'),
    ).toEqual([['d0', 'Portland Courier', 'PoCo ’ s Dana Mara offers her']]);
    expect(citesOf('Portland Courier ’ s Eli Ross argues , “ Time to end the talk of moderates . ”')).toEqual([
      ['d0', 'Portland Courier', 'Portland Courier ’ s Eli Ross argues'],
    ]);
    expect(
      citesOf(
        'Ann Bell , who ran the port for a decade , writes on the cost of the new piers for the Portland Courier : “ Not to act is to decide . ”',
      ),
    ).toEqual([['d0', 'Portland Courier', 'writes on the cost of the new piers for the Portland Courier']]);
    expect(citesOf('The ministry has not disputed the documents posted by Reuters in March .')).toEqual([
      ['d0', 'Reuters', 'posted by Reuters'],
    ]);
  });

  it('leaves a bio line and a relative clause uncited (guard)', () => {
    expect(
      citesOf('Ann Bell writes a weekly column on politics for the Portland Courier . She lives in Salem .'),
    ).toEqual([]);
    expect(citesOf('Mr Dale , who wrote for the Portland Courier , was arrested in May .')).toEqual([]);
  });
});

describe('a newsroom the corpus names', () => {
  it('cites a name one article calls a news service wherever a cue stands by it', () => {
    const got = citesOf(
      'A rebel commander told Harbor Voice of Arden , a news service funded by the Arden government , that the truce held .',
      'One more thing about the summit : Harbor Voice of Arden adds that the seating was changed .',
      'The envoy ( in a story posted by Harbor Voice of Arden ) notes that the quiet moves matter .',
    );
    expect(got.map(([d, cited]) => [d, cited])).toEqual([
      ['d0', 'Harbor Voice of Arden'],
      ['d1', 'Harbor Voice of Arden'],
      ['d2', 'Harbor Voice of Arden'],
    ]);
  });

  it('cites nothing where no article calls the name a newsroom (guard)', () => {
    expect(
      citesOf('One more thing about the summit : Harbor Voice of Arden adds that the seating was changed .'),
    ).toEqual([]);
  });
});
