// The report's frequent-term chart and table listed a word and its plural as two rows ("republican" / "republicans"),
// each with part of the word's uses, and an outlet's own name among its own frequent terms, where its copy writes it
// as sourcing ("told CNN's …", "a CNN contributor"). The rows shown now count a word and its plural as one term, under
// the form the corpus writes more (both named in the table's forms column), and leave an outlet's own name out of its
// own list; the term counts themselves (what events are
// clustered on) keep every form apart. Invented outlets, towns and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { furnitureFreeCounts } from '../lib/pipeline.js';
import { outletTermRows } from '../lib/text/counts.js';
import { corpusSection } from '../lib/report/sections/corpus.js';
import { article as makeArticle } from './report-helpers.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const HARBOR = [
  'The farmers of Ashbury marched on the mill, and one farmer said the levy would ruin every farmer in the valley.',
  'Farmers want the levy cut, a farmer told Kestrel on Tuesday, and the farmers union backs them, Kestrel learned.',
  'The levy on the mill rose twice this year, and the farmers say the valley cannot pay it, a farmer said to Kestrel.',
];
const OTHER = [
  'The mill owners defended the levy at the council, saying the valley roads need it, and the council agreed.',
  'The council voted on the levy late on Tuesday; the mill owners and the council clerk spoke for the roads.',
  'Roads in the valley are failing, the council clerk said, and the levy pays for the roads the mill trucks use.',
];

const docs = (): Doc[] => [
  ...HARBOR.map((t, i) => doc(`k${i}`, 'Kestrel', t)),
  ...OTHER.map((t, i) => doc(`m${i}`, 'Millbrook Gazette', t)),
];

const section = (ds: Doc[]) =>
  corpusSection(
    { root: '', articles: ds.map((d) => makeArticle(d.id, d.outlet, null, '', d.text)), skipped: [] },
    furnitureFreeCounts(ds),
    {},
    ds,
  );

const tableRows = (ds: Doc[], outlet: string) =>
  (section(ds).tables.find((t) => t.name === 'top-terms-by-outlet')!.rows as { outlet: string; term: string }[])
    .filter((r) => r.outlet === outlet)
    .map((r) => r.term);

describe('the frequent terms a reader sees', () => {
  it('counts a word and its plural as one row, under the form written more, both named', () => {
    const ds = docs();
    const rows = section(ds).tables.find((t) => t.name === 'top-terms-by-outlet')!.rows as {
      outlet: string;
      term: string;
      count: number;
    }[];
    // four of each: the singular is shown on a tie
    const farmer = rows.filter((r) => r.outlet === 'Kestrel' && /^farmers?$/.test(r.term));
    expect(farmer).toEqual([expect.objectContaining({ term: 'farmer', count: 8, forms: 'farmer + farmers' })]);
    // the counts events read keep the two forms apart
    const raw = outletTermRows(furnitureFreeCounts(ds), 15).filter((r) => r.outlet === 'Kestrel');
    expect(raw.map((r) => r.term)).toEqual(expect.arrayContaining(['farmer', 'farmers']));
  });

  it('keeps a plural with a sense of its own apart ("news" is not many "new"s)', () => {
    const ds = [
      ...docs(),
      doc('m9', 'Millbrook Gazette', 'The news of the new levy reached the valley; news of the new mill came later.'),
    ];
    const rows = section(ds).tables.find((t) => t.name === 'top-terms-by-outlet')!.rows as { forms: string }[];
    expect(rows.filter((r) => /news/.test(r.forms))).toEqual([]);
  });

  it('leaves the outlet’s own name out of its own list, and in another outlet’s', () => {
    const ds = docs();
    expect(tableRows(ds, 'Kestrel')).not.toContain('kestrel');
    const named = [
      ...ds,
      doc('m8', 'Millbrook Gazette', 'Kestrel reported the levy first. Kestrel and its editor Ann Roe stood by it.'),
    ];
    expect(tableRows(named, 'Millbrook Gazette')).toContain('kestrel');
  });

  it('counts both forms in the finding of terms only one outlet ranks', () => {
    const text = section(docs())
      .findings.map((f) => f.text)
      .join(' ');
    expect(text).toContain('Kestrel: “farmer” (8)');
  });
});
