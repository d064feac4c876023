// Findings on unnamed sources: outlets most of whose attributed statements come from sources they do not name.
import { byString } from '../text/counts.js';
import type { Finding } from './types.js';
import { percent } from './finding-words.js';

/** Attributed statements an outlet needs before the share of them that is unnamed says something about the outlet. */
const MIN_STATEMENTS = 10;

/**
 * Outlets most of whose attributed statements (more than half, of at least MIN_STATEMENTS) come from unnamed sources,
 * with the share in the other outlets beside it: "1 of 2" is neither most nor a habit.
 */
export function unnamedSourceFindings(sources: readonly { outlet: string; kind: string; count: number }[]): Finding[] {
  const anon = new Map<string, { anon: number; all: number }>();
  const total = { anon: 0, all: 0 };
  for (const r of sources) {
    const x = anon.get(r.outlet) ?? { anon: 0, all: 0 };
    const n = r.kind === 'anonymous' ? r.count : 0;
    x.all += r.count;
    x.anon += n;
    total.all += r.count;
    total.anon += n;
    anon.set(r.outlet, x);
  }
  return [...anon]
    .filter(([, x]) => x.all >= MIN_STATEMENTS && x.anon * 2 > x.all)
    .sort((a, b) => byString(a[0], b[0]))
    .map(([o, x]) => {
      const rest = total.all - x.all;
      const others = rest > 0 ? `; ${percent((total.anon - x.anon) / rest)} in the other outlets` : '';
      return {
        text: `Most of the sources ${o} quotes or reports are unnamed (${x.anon} of ${x.all} attributed statements${others}).`,
        evidence: [{ href: '#table-sources', label: 'sources' }],
      };
    });
}
