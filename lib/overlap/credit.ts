// Credit beside a passage: a citation of the other outlet in the same paragraphs (pure). Shared by direction.ts and
// kinds.ts, which import it from here so that neither imports the other.
import type { Paragraph } from '../types.js';
import { outletKey } from './outlets.js';
import type { Citation } from './types.js';

/** The citation of `outlet` by a doc that sits in a paragraph overlapping [start, end), if any. */
export function creditNear(
  cites: readonly Citation[],
  outlet: string,
  paras: readonly Paragraph[],
  start: number,
  end: number,
): Citation | null {
  const key = outletKey(outlet);
  const near = paras.filter((p) => p.start < end && start < p.end);
  const lo = near.length ? Math.min(start, near[0].start) : start,
    hi = near.length ? Math.max(end, near[near.length - 1].end) : end;
  for (const c of cites) if (c.kind === 'outlet' && outletKey(c.cited) === key && c.start < hi && lo < c.end) return c;
  return null;
}
