// Notebook 04's table of distinctive terms lists the outlets of two articles or more first and an outlet of one article
// after them, marked, with the sentence that says why: by name order, a columnist's one op-ed ("Ann Coulter") sat
// among the newsrooms as if its words were an outlet's vocabulary. Invented outlets and terms.
import { describe, expect, it } from 'vitest';
import { distinctiveTableRows } from '../lib/explore/distinctive-table.js';
import type { DistinctiveRow } from '../lib/framing/types.js';

const row = (outlet: string, term: string, z: number): DistinctiveRow => ({
  outlet,
  term,
  z,
  delta: z / 2,
  count: 3,
  count_rest: 1,
  n: 500,
  n_rest: 2000,
  g2: 1,
  log2ratio: 1,
  per_1000: 6,
  evaluative: 0,
  rank: z,
  events: 2,
});

describe('notebook 04: the distinctive-terms table', () => {
  const rows = [
    row('Alpha Column', 'scandal', 2.5),
    row('Alpha Column', 'outrage', 2.1),
    row('Metro Post', 'levee', 2.2),
    row('Zenith Daily', 'dredging', 1.4),
  ];
  const articles = { 'Alpha Column': 1, 'Metro Post': 4, 'Zenith Daily': 2 };

  it('lists the outlets of one article last, marked, and says why', () => {
    const t = distinctiveTableRows(rows, articles, ['Alpha Column', 'Metro Post', 'Zenith Daily'], 10);
    expect(t.rows.map((r) => `${r.outlet}: ${r.term}`)).toEqual([
      'Metro Post: levee',
      'Zenith Daily: dredging',
      'Alpha Column (one article): scandal',
      'Alpha Column (one article): outrage',
    ]);
    expect(t.note).toBe(
      "Alpha Column has one article: listed last, its words are that piece's, not an outlet's habit.",
    );
  });

  it('keeps each outlet’s top rows and says nothing when every outlet has several articles', () => {
    const t = distinctiveTableRows(rows, { ...articles, 'Alpha Column': 3 }, ['Alpha Column', 'Metro Post'], 1);
    expect(t.rows.map((r) => `${r.outlet}: ${r.term}`)).toEqual(['Alpha Column: scandal', 'Metro Post: levee']);
    expect(t.note).toBe('');
  });
});
