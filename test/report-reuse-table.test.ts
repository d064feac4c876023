// The report's outlet-to-outlet reuse table showed the fields scripts read ("from | to | directed | … | noneNeeded",
// "directed: false"). The page now shows the table as notebook 02 does (reuseTable: "outlets", "shared words", "no
// credit needed"), with its own CSV, and tables/outlet-reuse.csv keeps the script fields, its caption naming them.
// Invented outlets and text.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { overlapSection } from '../lib/report/sections/overlap.js';

const STORY =
  'The harbour board voted on Tuesday to close the old ferry terminal at Quayside after a decade of losses, ' +
  'and the council said the site would be sold to a developer who plans three hundred flats, a school and a park ' +
  'along the waterfront, a plan that fishermen who moor their boats beside the terminal said would end their trade. ' +
  'The board chairman, Ivo Dorr, told reporters the decision had been the hardest of his career.';

const records = [
  { id: 'a1', outlet: 'Arden Daily', date: '2019-05-01', title: 'Ferry terminal to close', text: STORY },
  {
    id: 'b1',
    outlet: 'Fenwick Star',
    date: '2019-05-02',
    title: 'Quayside loses its ferry',
    text: `Residents were angry on Wednesday. ${STORY} Many of them plan to protest at the next meeting of the board.`,
  },
];

describe('the report’s outlet reuse table', () => {
  const section = overlapSection(analyseCorpus(corpusFromRecords(records)));
  const shown = section.tables.find((t) => (t.show ?? 20) > 0 && /outlet to outlet/i.test(t.caption))!;
  const script = section.tables.find((t) => t.name === 'outlet-reuse')!;

  it('shows the rows in a reader’s words', () => {
    expect(shown.name).not.toBe('outlet-reuse');
    expect(Object.keys(shown.rows[0])).toEqual([
      'outlets',
      'pairs',
      'shared words',
      'share of its words',
      'credited',
      'uncredited',
      'no credit needed',
    ]);
    expect((shown.rows[0] as { outlets: string }).outlets).toMatch(/^Arden Daily (→|↔) Fenwick Star/);
  });

  it('keeps outlet-reuse.csv in the fields scripts read, named in its caption', () => {
    expect(Object.keys(script.rows[0])).toContain('noneNeeded');
    expect(script.show).toBe(0);
    expect(script.caption).toMatch(/from, to, directed/);
  });
});

describe('an outlet’s reuse of its own articles', () => {
  it('says so instead of drawing the outlet to itself', () => {
    const section = overlapSection(
      analyseCorpus(
        corpusFromRecords([
          { id: 'c1', outlet: 'Arden Daily', date: '2019-05-01', title: 'Ferry terminal to close', text: STORY },
          {
            id: 'c2',
            outlet: 'Arden Daily',
            date: '2019-05-03',
            title: 'Quayside after the ferry',
            text: `The protest was small on Friday. ${STORY} The board meets again in June.`,
          },
        ]),
      ),
    );
    const rows = section.tables.find((t) => t.name === 'reuse-by-outlet')!.rows as { outlets: string }[];
    expect(rows.map((r) => r.outlets)).toEqual(['Arden Daily (its own articles)']);
  });
});
