// Notebook 02 showed outlet-to-outlet reuse with the fields scripts read ("from | to | directed | … | noneNeeded",
// "directed: false"); reuseTable names the columns for a reader and writes the order as the network draws it.
// Invented outlets.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reuseTable } from '../lib/explore/reuse-table.js';
import type { OutletReuse } from '../lib/overlap/outlet-reuse.js';

const edge = (from: string, to: string, directed: boolean, noneNeeded: number): OutletReuse => ({
  from,
  to,
  directed,
  pairs: 2,
  words: 140,
  share: 0.05,
  credited: 2 - noneNeeded,
  uncredited: 0,
  noneNeeded,
});

describe('outlet reuse named for a reader', () => {
  it('writes the pair as the network draws it and names every column', () => {
    expect(
      reuseTable([edge('Quayside Post', 'Arden Daily', true, 0), edge('Arden Daily', 'Fenwick Star', false, 2)]),
    ).toEqual([
      {
        outlets: 'Quayside Post → Arden Daily',
        pairs: 2,
        'shared words': 140,
        'share of its words': 0.05,
        credited: 2,
        uncredited: 0,
        'no credit needed': 0,
      },
      {
        outlets: 'Arden Daily ↔ Fenwick Star (which came first is unknown)',
        pairs: 2,
        'shared words': 140,
        'share of its words': 0.05,
        credited: 0,
        uncredited: 0,
        'no credit needed': 2,
      },
    ]);
  });

  it('notebook 02 shows the reader’s table, not the raw rows', () => {
    const cells = (
      JSON.parse(readFileSync('notebooks/02-source-overlap.ipynb', 'utf8')) as { cells: { source: string[] }[] }
    ).cells;
    const code = cells.map((c) => c.source.join('')).join('\n');
    expect(code).toContain('pl.reuseTable(pl.outletReuse(result))');
    expect(code).not.toContain('pl.frame(pl.outletReuse(result))');
  });
});
