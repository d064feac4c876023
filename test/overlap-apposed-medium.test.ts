// A name the text calls a medium after it is a cited newsroom: an apposition ("according to a report by KTR , a
// network that broadcasts …", "told Vistaro , a Spanish-language network"), a web address ("a report from BNQ.com")
// or "news service" behind it ("the Iranian ZARA news service"). Bodies and people stay uncited ("a report by the GAO",
// "Pell , a former radio host"). Seen on real coverage; fixtures written for these tests (other names).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { extractCitations } from '../lib/overlap/citations.js';
import { outletResolver, readOutletTable } from '../lib/overlap/outlets.js';

const citesOf = (text: string) => {
  const d = analyse({ id: 'x', outlet: 'Valley Ledger', date: null, text, paragraphs: [] });
  return extractCitations([d], outletResolver(readOutletTable(), ['Valley Ledger'])).map((c) => [c.cited, c.text]);
};

describe('a name the text calls a medium', () => {
  it('cites a name an apposition, a web address or "news service" calls a medium', () => {
    expect(citesOf('The blast was staged , according to a report by KTR , a network that airs state views .')).toEqual([
      ['KTR', 'a report by KTR'],
    ]);
    expect(citesOf('Mr. Dale told Vistaro , a Spanish-language network , that he would wait .')).toEqual([
      ['Vistaro', 'told Vistaro'],
    ]);
    expect(citesOf('The port stays shut , according to IRQA , the state-run news agency .')).toEqual([
      ['IRQA', 'according to IRQA'],
    ]);
    expect(citesOf('The port stays shut , according to a report from BNQ.com .')).toEqual([['BNQ', 'report from BNQ']]);
    expect(citesOf('He was named , according to a report in the Iranian ZARA news service .')).toEqual([
      ['ZARA', 'a report in the Iranian ZARA news service'],
    ]);
  });
  it('cites no body or person an apposition describes otherwise', () => {
    expect(citesOf('The cost rose , according to a report by the GAO , a watchdog agency of Congress .')).toEqual([]);
    expect(citesOf('The cost rose , according to Pell , a former radio host .')).toEqual([]);
    expect(citesOf('The cost rose , according to a report by ORV , a human rights network .')).toEqual([]);
  });
});
