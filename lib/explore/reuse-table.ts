// Outlet-to-outlet reuse (lib/overlap/outlet-reuse.ts) as a table a reader hands on: the rows keep their order and
// numbers, the columns are named for a reader ("outlets" as the network draws them, "Fox News → Reason" or
// "Fox News ↔ Reason" when which came first is unknown; "no credit needed") instead of the fields scripts read
// (`from`, `to`, `directed`, `noneNeeded`), which notebook 02 showed as they were (pure).
import type { OutletReuse } from '../overlap/outlet-reuse.js';

/** A row of reuseTable: the two outlets, the pairs and words shared, and how the pairs stand on credit. */
export interface ReuseTableRow {
  outlets: string;
  pairs: number;
  'shared words': number;
  'share of its words': number;
  credited: number;
  uncredited: number;
  'no credit needed': number;
}

/** The pair as the network draws it; an outlet's reuse of its own articles says so (no credit is due there). */
function outletsCell(r: OutletReuse): string {
  if (r.from === r.to) return `${r.from} (its own articles)`;
  return r.directed ? `${r.from} → ${r.to}` : `${r.from} ↔ ${r.to} (which came first is unknown)`;
}

/**
 * The rows of outletReuse named for a reader: "outlets" is "source → reusing outlet", or "A ↔ B (which came first is
 * unknown)", or "A (its own articles)"; "shared words" are the second outlet's words inside the passages it shares with the first, "share of its
 * words" their share of all its words.
 */
export function reuseTable(rows: readonly OutletReuse[]): ReuseTableRow[] {
  return rows.map((r) => ({
    outlets: outletsCell(r),
    pairs: r.pairs,
    'shared words': r.words,
    'share of its words': r.share,
    credited: r.credited,
    uncredited: r.uncredited,
    'no credit needed': r.noneNeeded,
  }));
}
