// The top-terms chart (report and notebook 01) named outlets of one article like the others: on a Middle East cut The
// Hill's one column ("strategy", "pakistan", "generals") sat among newsrooms' panels, unmarked, while notebook 01's
// lines and the findings call such an outlet "X (one article)". The panel title says it now, beside outlets of
// several articles only. Invented outlets and words.
import { describe, expect, it } from 'vitest';
import { topTermsFigure } from '../lib/figures/terms.js';

const rows = [
  { outlet: 'Harbour Times', term: 'harbour', count: 9 },
  { outlet: 'Harbour Times', term: 'ferry', count: 5 },
  { outlet: 'Lone Gazette', term: 'lighthouse', count: 7 },
];
const titles = (articles?: Record<string, number>) =>
  (topTermsFigure(rows, { articles }).layout.annotations as { text: string }[]).map((a) =>
    a.text.replace(/<[^>]+>/g, '').replace('■ ', ''),
  );

describe('the top-terms chart and outlets of one article', () => {
  it('titles an outlet of one article so beside outlets of several', () => {
    expect(titles({ 'Harbour Times': 4, 'Lone Gazette': 1 })).toEqual(['Harbour Times', 'Lone Gazette (one article)']);
  });

  it('marks nothing when every outlet has one article, or when no counts are given', () => {
    expect(titles({ 'Harbour Times': 1, 'Lone Gazette': 1 })).toEqual(['Harbour Times', 'Lone Gazette']);
    expect(titles()).toEqual(['Harbour Times', 'Lone Gazette']);
  });
});
