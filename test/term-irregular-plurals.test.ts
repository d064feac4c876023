// The top-terms rows folded a word and its plural only when the plural adds -s, -es or -ies: "child" and "children",
// "gunman" and "gunmen", "woman" and "women" stayed two rows, each with part of the word's uses. Irregular plurals now
// fold as compromise's table of them gives them (and a compound of a person noun inflects as its head: "gunmen"),
// while "people" stays apart from "person" (a public or a crowd, not many individuals) and a plural that is also a
// verb ("leaves") is not folded with its noun. Invented towns and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { furnitureFreeCounts } from '../lib/pipeline.js';
import { corpusSection } from '../lib/report/sections/corpus.js';
import { article as makeArticle } from './report-helpers.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const WREN = [
  'The children of Oldmere walked to school past the quarry, and one child said the gunmen had gone.',
  'A gunman fired at the quarry gate; the gunmen fled, and every child in the lane was kept home, a woman said.',
  'Women of the lane met on Tuesday; each woman said the children need a guard, and the people of Oldmere agreed.',
  'One person was hurt at the gate; people said the quarry leaves the lane open, and a leaf fell on the guard hut.',
];
const LARK = [
  'The quarry owners met the council about the gate, and the council said the guard would start next week.',
  'The guard hut at the quarry gate was rebuilt; the council paid for the hut and the lane lights.',
];

const rowsOf = (ds: Doc[], outlet: string) =>
  (
    corpusSection(
      { root: '', articles: ds.map((d) => makeArticle(d.id, d.outlet, null, '', d.text)), skipped: [] },
      furnitureFreeCounts(ds),
      { topTerms: 30 },
      ds,
    ).tables.find((t) => t.name === 'top-terms-by-outlet')!.rows as {
      outlet: string;
      term: string;
      count: number;
      forms: string;
    }[]
  ).filter((r) => r.outlet === outlet);

describe('irregular plurals in the frequent terms', () => {
  const ds = [
    ...WREN.map((t, i) => doc(`w${i}`, 'Wren Courier', t)),
    ...LARK.map((t, i) => doc(`l${i}`, 'Lark Daily', t)),
  ];
  const rows = rowsOf(ds, 'Wren Courier');
  const row = (term: string) => rows.find((r) => r.term === term);

  it('counts child and children, woman and women, gunman and gunmen as one row each', () => {
    // two of each: the singular is shown on a tie
    expect(row('child')).toEqual(expect.objectContaining({ count: 4, forms: 'child + children' }));
    expect(row('children')).toBeUndefined();
    expect(row('gunmen')).toEqual(expect.objectContaining({ count: 3, forms: 'gunman + gunmen' }));
    expect(row('woman')).toEqual(expect.objectContaining({ count: 3, forms: 'woman + women' }));
  });

  it('keeps people apart from person, and a plural that is also a verb apart from its noun', () => {
    expect(row('people')).toEqual(expect.objectContaining({ count: 2, forms: '' }));
    expect(row('person')).toEqual(expect.objectContaining({ count: 1, forms: '' }));
    expect(rows.filter((r) => /leaf/.test(r.forms))).toEqual([]);
  });
});
