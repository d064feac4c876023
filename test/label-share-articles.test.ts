// Label shares read outlets' habits: an outlet whose uses of a pair all come from one article (a think tank's one
// report among newsrooms of many articles) is one author's choice and is left out, and the finding says so; in a
// corpus of one article per outlet every outlet counts. Fixtures are short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { labelShares } from '../lib/framing/label-shares.js';
import { poolLabelRows } from '../lib/framing/labels.js';
import { labelFindings } from '../lib/report/label-findings.js';
import { rowsOf, story } from './helpers/label-stories.js';

describe('label shares and the articles an outlet’s uses come from', () => {
  // three newsrooms of two articles each, and an institute's one report that writes "government" twelve times
  const newsrooms = [
    story('l1', 'Ledger', 5, 1),
    story('l2', 'Ledger', 4, 2),
    story('t1', 'Tribune', 3, 3),
    story('t2', 'Tribune', 2, 2),
    story('c1', 'Courier', 1, 5),
    story('c2', 'Courier', 2, 4),
  ];

  it('leave out an outlet whose uses all come from one article, and say so', () => {
    const rows = rowsOf([...newsrooms, story('i1', 'Institute', 0, 12)]);
    const regime = rows.filter((r) => r.outlet === 'Ledger' && r.variant === 'regime');
    expect(regime.map((r) => [r.own, r.articles])).toEqual([[9, 2]]);
    expect(poolLabelRows(rows).find((r) => r.outlet === 'Institute' && r.label.includes('government'))!.articles).toBe(
      1,
    );
    const [s] = labelShares(rows);
    expect(s.outlets.map((o) => `${o.outlet} ${o.judging}/${o.uses} in ${o.articles}`)).toEqual([
      'Ledger 9/12 in 2',
      'Tribune 5/10 in 2',
      'Courier 3/12 in 2',
    ]);
    expect(s.fewArticles).toEqual(['Institute']);
    const [f] = labelFindings(rows);
    expect(f.text).toContain('Ledger 75% of 12, Tribune 50% of 10 and Courier 25% of 12');
    expect(f.text).toContain('one outlet whose uses all come from one article left out');
    expect(f.text).not.toContain('Institute');
  });

  it('count every outlet when too few outlets have several articles: the share then compares articles', () => {
    const rows = rowsOf([story('l1', 'Ledger', 9, 3), story('t1', 'Tribune', 5, 5), story('c1', 'Courier', 3, 9)]);
    const [s] = labelShares(rows);
    expect(s.outlets.map((o) => o.outlet)).toEqual(['Ledger', 'Tribune', 'Courier']);
    expect(s.fewArticles).toBeUndefined();
    expect(labelFindings(rows)[0].text).not.toContain('left out');
  });
});
