// The report's term charts and the explorer's linked terms read the same chart rows of an outlet: made once per framing
// result (a scoring of every frequent corpus term), the same rows termChartRows gives. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { readLexicon } from '../lib/framing/data.js';
import { analyseFraming, termChartRows } from '../lib/framing/framing.js';
import { chartRows } from '../lib/report/chart-rows.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

describe('term chart rows for the report', () => {
  it('are the rows of termChartRows, made once per framing result and outlet', () => {
    const docs: Doc[] = [];
    for (const p of ['harbour', 'canal', 'bridge']) {
      docs.push(doc('n' + p, 'North Star', `The reckless ${p} plan went to the board, the mayor said.`));
      docs.push(doc('s' + p, 'South Wire', `The ${p} plan went to the board on Tuesday.`));
    }
    const f = analyseFraming({ docs, lexicon: readLexicon() });
    const rows = chartRows(f, 'North Star');
    expect(rows).toEqual(termChartRows(f, 'North Star'));
    expect(rows.length).toBeGreaterThan(0);
    expect(chartRows(f, 'North Star')).toBe(rows);
    expect(chartRows(f, 'South Wire')).not.toBe(rows);
    const again = analyseFraming({ docs, lexicon: readLexicon() });
    expect(chartRows(again, 'North Star')).not.toBe(rows);
    expect(chartRows(again, 'North Star')).toEqual(rows);
  });
});
