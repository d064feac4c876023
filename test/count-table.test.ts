// Notebooks 01 and 02 counted rows with danfo's groupby().agg(): "kind | count_sum" for the items cleaning removed,
// "outlet | kind | doc_count" (one row per outlet and kind) for the citations. countTable gives one row per value with
// a total named by the cell and, for the citations, a column per kind under a reader's name. Invented outlets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTable } from '../lib/explore/count-table.js';

describe('counts by one field, named for a reader', () => {
  it('sums a count column per value, most first, under the total’s name', () => {
    const removals = [
      { article: 'a1', kind: 'video-player', count: 1 },
      { article: 'a1', kind: 'link-card', count: 3 },
      { article: 'a2', kind: 'video-player', count: 1 },
      { article: 'a3', kind: 'link-card', count: 2 },
      { article: 'a3', kind: 'related-link', count: 2 },
    ];
    expect(countTable(removals, 'kind', { total: 'items', weight: 'count' })).toEqual([
      { kind: 'link-card', items: 5 },
      { kind: 'related-link', items: 2 },
      { kind: 'video-player', items: 2 },
    ]);
  });

  it('spreads a second field across named columns, 0 where an outlet has none', () => {
    const citations = [
      { doc: 'q1', outlet: 'Quayside Post', kind: 'outlet' },
      { doc: 'q1', outlet: 'Quayside Post', kind: 'self' },
      { doc: 'q2', outlet: 'Quayside Post', kind: 'outlet' },
      { doc: 'r1', outlet: 'Arden Daily', kind: 'generic' },
    ];
    const names = { outlet: 'of other outlets', self: 'of its own reporting', generic: 'of unnamed media' };
    const rows = countTable(citations, 'outlet', { total: 'citations', across: 'kind', names });
    expect(rows).toEqual([
      {
        outlet: 'Quayside Post',
        citations: 3,
        'of other outlets': 2,
        'of its own reporting': 1,
        'of unnamed media': 0,
      },
      { outlet: 'Arden Daily', citations: 1, 'of other outlets': 0, 'of its own reporting': 0, 'of unnamed media': 1 },
    ]);
    expect(Object.keys(rows[0])).toEqual([
      'outlet',
      'citations',
      'of other outlets',
      'of its own reporting',
      'of unnamed media',
    ]);
  });

  it('notebooks 01 and 02 no longer show danfo’s count_sum and doc_count', () => {
    for (const nb of ['notebooks/01-corpus.ipynb', 'notebooks/02-source-overlap.ipynb']) {
      const cells = (JSON.parse(readFileSync(nb, 'utf8')) as { cells: { source: string[] }[] }).cells;
      const code = cells.map((c) => c.source.join('')).join('\n');
      expect(code).toContain('pl.countTable(');
      expect(code).not.toMatch(/\.agg\(/);
    }
  });
});
