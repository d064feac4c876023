// Notebooks 01 and 03 showed per-outlet tables with danfo's aggregate names (`id_count`, `words_sum`,
// `per_1k_words_sum`); outletTotals names the columns for a reader. Invented outlets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outletTotals } from '../lib/explore/outlet-totals.js';

describe('per-outlet totals named for a reader', () => {
  it('counts articles and sums words under the names given, one row per outlet in name order', () => {
    const rows = [
      { id: 'a1', outlet: 'Quayside Post', words: 500, removed: 1 },
      { id: 'b1', outlet: 'Arden Daily', words: 320, removed: 0 },
      { id: 'a2', outlet: 'Quayside Post', words: 410, removed: 2 },
    ];
    expect(outletTotals(rows, { articles: 'rows', words: 'words', 'removed items': 'removed' })).toEqual([
      { outlet: 'Arden Daily', articles: 1, words: 320, 'removed items': 0 },
      { outlet: 'Quayside Post', articles: 2, words: 910, 'removed items': 3 },
    ]);
  });

  it('averages a share column with { mean }', () => {
    const rows = [
      { outlet: 'Quayside Post', own: 0.5 },
      { outlet: 'Quayside Post', own: 0.7 },
    ];
    expect(outletTotals(rows, { articles: 'rows', own: { mean: 'own' } })).toEqual([
      { outlet: 'Quayside Post', articles: 2, own: 0.6 },
    ]);
  });

  it('notebooks 01, 03 and 04 no longer show danfo’s aggregate column names', () => {
    for (const nb of ['notebooks/01-corpus.ipynb', 'notebooks/03-entities.ipynb', 'notebooks/04-framing.ipynb']) {
      const cells = (JSON.parse(readFileSync(nb, 'utf8')) as { cells: { source: string[] }[] }).cells;
      const code = cells.map((c) => c.source.join('')).join('\n');
      expect(code).toContain('pl.outletTotals(');
      expect(code).not.toMatch(/groupby\(\['outlet'\]\)\.agg/);
    }
  });
});
