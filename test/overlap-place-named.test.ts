// A newsroom named for its place or spelled out with "of" and "News Agency": "The Times of Gondor reports" names
// another paper than "The Times", "the Zorvan Republic News Agency ( ZRNA ) reported" cites the agency behind its
// spaced initials, "a statement translated by TASS" cites the agency that translated it, and "told Voice of Arden , a
// news service funded by …" a newsroom whose name holds "of". Seen on real coverage; fixtures written for these tests
// (other names, other places).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Valley Ledger'])).map((c) => [c.cited, c.text]);
};

describe('newsrooms named for a place or with "of"', () => {
  it('cites "The Times of <place>" as its own newsroom, not as The Times', () => {
    expect(citesOf('The talks stalled . The Times of Gondor reports that the memo was leaked .')).toEqual([
      ['The Times of Gondor', 'The Times of Gondor reports'],
    ]);
    expect(citesOf('The plan , which has been seen by The Times of Gondor , sets a date .')).toEqual([
      ['The Times of Gondor', 'seen by The Times of Gondor'],
    ]);
    expect(citesOf('Rockets fell . The Times of Gondor , citing an army source , reported ten dead .')).toEqual([
      ['The Times of Gondor', 'The Times of Gondor , citing'],
    ]);
  });

  it('cites an agency behind spaced initials, a translating agency and a name with "of" before an apposition', () => {
    expect(
      citesOf("But Zorvan 's state-run Islamic Ardent News Agency ( IANA ) reported Tuesday that talks ended ."),
    ).toEqual([['Islamic Ardent News Agency', 'Islamic Ardent News Agency ( IANA ) reported']]);
    expect(
      citesOf('Ms. Vell said , in a statement translated by TASS , the Russian state-owned news agency .'),
    ).toEqual([['TASS', 'translated by TASS']]);
    expect(
      citesOf('A rebel spokesman told Voice of Arden , a news service funded by the government , that he left .'),
    ).toEqual([['Voice of Arden', 'told Voice of Arden']]);
  });

  it('keeps a bare "Times", a day after "of" and a body with "of" as they were (guard)', () => {
    expect(citesOf('The vote was close , according to the Times on Monday .')).toEqual([
      ['Times', 'according to the Times'],
    ]);
    expect(citesOf('The Times of Thursday reported the vote .')).toEqual([]);
    expect(citesOf('Officials told the Bank of Arden , a lender , that it failed .')).toEqual([]);
  });
});
