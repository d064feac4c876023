// A bare surname written with a judge's title ("Justice Brennan", "Judge Hanen") names a judge. When the one person the
// corpus names in full with that surname is never titled a judge, and the article does not name them in full, the
// titled mentions are a namesake on the bench (a Supreme Court justice of 1982 is no CIA director): they stay apart.
// Other titles change over a career ("Senator Obama", "President Obama"; "Congressman Ryan", "Speaker Ryan") and are
// left to the title rule (surname-titles.ts); a seat on the bench is seldom a step of a politician's career.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { titleCounts, titleOf } from './surname-titles.js';

/** Titles of the bench, in the one form titleOf gives. */
const BENCH: ReadonlySet<string> = new Set(['justice', 'judge', 'chief justice', 'magistrate']);

/** The mentions of node i written with a judge's title that no candidate carries, in articles naming none in full. */
export function benchNamesakes(g: MergeGraph, i: number, fits: readonly number[]): Mention[] {
  const ms = g.nodes[i].mentions.filter((m) => BENCH.has(titleOf(m) ?? ''));
  if (!ms.length) return ms;
  for (const counts of titleCounts(g, fits).values()) for (const t of BENCH) if (counts.get(t)) return [];
  const named = new Set<string>();
  for (const p of fits) for (const m of g.nodes[p].mentions) named.add(m.doc);
  return ms.filter((m) => !named.has(m.doc));
}
