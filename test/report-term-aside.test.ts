// The report's term charts and its distinctive-term finding make notebook 04's choices: an outlet of one article gets no
// chart when outlets of several articles are there (its words are one piece's), and a house spelling ("program" where
// the others write "programme") is the same word, not a choice of words, so it is counted as clear on neither side of a
// chart and the finding sets it aside by name instead of reading it as a topic. Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { councilPlan as council } from './helpers/prose.js';
import { framingSection } from '../lib/report/sections/framing.js';
import { distinctiveTableRows } from '../lib/explore/distinctive-table.js';
import { termAside } from '../lib/explore/distinctive-focus.js';

const records = [
  ...['budget', 'water', 'schools', 'roads', 'parks', 'transit'].flatMap((event, i) => [
    { id: `l${i}`, outlet: 'Daily Ledger', event, date: `2026-0${i + 1}-10`, text: council(2 * i, 'programme') },
    { id: `p${i}`, outlet: 'Metro Post', event, date: `2026-0${i + 1}-11`, text: council(2 * i + 1, 'program') },
  ]),
  { id: 'g0', outlet: 'Lone Gazette', event: 'budget', date: '2026-01-12', text: council(20, 'program') },
];

describe('the report’s term charts and distinctive finding', () => {
  const a = analyseCorpus(corpusFromRecords(records));
  const section = framingSection(a);
  const titleOf = (o: string) =>
    (section.figures.find((f) => f.name === `distinctive-terms-${o}`)?.layout.title as { text: string } | undefined)
      ?.text;

  it('chart no outlet of one article beside outlets of several', () => {
    expect(titleOf('Daily Ledger')).toBeDefined();
    expect(titleOf('Metro Post')).toBeDefined();
    expect(titleOf('Lone Gazette')).toBeUndefined();
  });

  it('count no house spelling as clear, on either side, and say so', () => {
    // Ledger writes "programme" in every story and the others never: its boilerplate, left out of the table; Post's
    // "program" is clear against Ledger's stories (and the Gazette's one use)
    const post = a.framing.distinctive.find((r) => r.outlet === 'Metro Post' && r.term === 'program')!;
    expect(post.z).toBeGreaterThan(1.96);
    const title = titleOf('Metro Post')!;
    expect(title).toMatch(/not counted: \d terms? of house spelling/);
    expect(title).toMatch(/<br>no term clear of chance/);
    expect(titleOf('Daily Ledger')).toMatch(/<br>no term clear of chance/);
  });

  it('set a house spelling aside in the finding by name, not as a topic the outlet covers', () => {
    const all = section.findings.map((f) => f.text).join('\n');
    expect(all).toContain(
      "Set aside as house spelling, the same word spelt another way rather than a choice of words: Metro Post's “program” (the others' “programme”).",
    );
    expect(all).not.toMatch(/Metro Post: no word of judgement stands out/);
  });

  it('set the same house spelling aside in the report’s table and notebook 04’s table, saying why', () => {
    // one rule for the three: the table keeps the row (a reader can see the count) and says why it is not wording
    const table = section.tables.find((t) => t.name === 'distinctive-terms')!;
    const row = (table.rows as { outlet: string; term: string; aside?: string }[]).find(
      (r) => r.outlet === 'Metro Post' && r.term === 'program',
    )!;
    expect(row.aside).toBe('house spelling of programme');
    expect(table.caption).toMatch(/1 more above 1\.96 set aside after them/);
    const articles = { 'Daily Ledger': 6, 'Metro Post': 6, 'Lone Gazette': 1 };
    const nb = distinctiveTableRows(a.framing.distinctive, articles, ['Daily Ledger', 'Metro Post'], 10, termAside(a));
    expect(nb.rows.find((r) => r.outlet === 'Metro Post' && r.term === 'program')?.aside).toBe(
      'house spelling of programme',
    );
    expect(nb.rows.filter((r) => r.aside).map((r) => r.term)).toEqual(['program']);
  });
});
