// Media named together before one verb ("state-run Middle East News Agency and EgyNews reported", "the New York Times
// and Politico reported"), a newsroom's word closing one word ("EgyNews"), and a medium putting out a text ("the
// state-run Syrian Arab News Agency issued a statement"). Seen on real coverage; fixtures written for these tests
// (invented newsrooms).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const resolver = outletResolver(readOutletTable(), ['Valley Ledger', 'Harbor Times']);
const citesOf = (text: string) =>
  extractCitations([analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] })], resolver).map(
    (c) => [c.cited, c.text],
  );

describe('media named together before one verb', () => {
  it('cites every name of the list', () => {
    expect(
      citesOf('The two were barred from travel , state-run Arden News Agency and ArdNews reported . Talks go on .'),
    ).toEqual([
      ['Arden News Agency', 'Arden News Agency and ArdNews reported'],
      ['ArdNews', 'ArdNews reported'],
    ]);
    expect(citesOf('Late on Thursday , the Harbor Times and Politico reported that the mayor would resign .')).toEqual([
      ['Harbor Times', 'Harbor Times and Politico reported'],
      ['POLITICO', 'Politico reported'],
    ]);
  });

  it('cites a medium that issues a statement', () => {
    expect(
      citesOf('In Dorva , the state-run Arden News Agency issued a statement accusing the envoy of lying .'),
    ).toEqual([['Arden News Agency', 'Arden News Agency issued a']]);
  });

  it('leaves a person joined to a medium, a body issuing a statement and a hashtag uncited (guard)', () => {
    expect(citesOf('Later , Mayor Tom Reed and Politico reported the vote .').map(([c]) => c)).toEqual(['POLITICO']);
    expect(citesOf('In Dorva , the Arden Foundation issued a statement on the vote .')).toEqual([]);
    expect(citesOf('They are not coming on foot as # SadNews says !')).toEqual([]);
  });
});
