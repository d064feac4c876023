// The term chart's rows of one outlet, from the computation behind the distinctive table: an outlet that shares stories
// with others gets the pooled within-story z (pooled.ts) that framing.distinctive gives it, kept at analysis time for
// the chart's terms (detail.termPoints); an outlet alone on its stories the corpus-wide z (distinctiveTerms), as there.
// So the chart, the notebook's sentence and the report's findings read one z per term: two separate calls with other
// options once put one term at z 2.09 on the chart and under 1.96 in the table.
import { byString } from '../text/counts.js';
import { round } from '../util/round.js';
import {
  collapseSubsumed,
  distinctiveTerms,
  mostFrequentTerms,
  termRow,
  type DistinctiveOptions,
} from './distinctive.js';
import type { PooledPoints } from './pooled.js';
import { isPlainTerm } from './plain-terms.js';
import { termWeigher } from './term-weigher.js';
import type { DistinctiveRow, OutletTermTable } from './types.js';

/** How many of the corpus's most frequent terms the chart draws (besides the outlet's distinctive terms). */
export const CHART_TERMS = 2000;

/** What termChartRows reads of a framing result. */
export interface ChartFraming {
  distinctive: readonly DistinctiveRow[];
  detail: {
    termTable: OutletTermTable;
    termPoints?: ReadonlyMap<string, PooledPoints>;
    termDisplay?: Readonly<Record<string, string>>;
  };
}

/** A chart row: a distinctive row and whether it is a plain word (drawn, never labelled, never counted as clear). */
export type ChartRow = DistinctiveRow & { plain: boolean };

/**
 * The terms the chart draws for an outlet: the corpus's most frequent (at most CHART_TERMS), then the outlet's
 * distinctive terms not among them, so every term the distinctive table names is on its chart.
 */
export function chartTerms(table: OutletTermTable, rows: readonly { term: string }[]): string[] {
  const frequent = mostFrequentTerms(table, CHART_TERMS);
  const have = new Set(frequent);
  return [...frequent, ...rows.map((r) => r.term).filter((t) => !have.has(t))];
}

/**
 * The terms of one outlet with their z, over- and under-used, for the Scattertext-style chart: the terms chartTerms
 * names, each with the z framing.distinctive gives it (pooled over the stories the outlet shares with others, or
 * corpus-wide for an outlet alone on its stories). Every term is a dot; `plain` marks the ones the distinctive table
 * leaves out (isPlainTerm: "dozens", "really"; an outlet's boilerplate), which the chart draws but neither labels nor
 * counts. `opts` (weigh,
 * collapse, and for the corpus-wide contrast its other options) as distinctiveTerms takes them.
 */
export function termChartRows(f: ChartFraming, outlet: string, opts: DistinctiveOptions = {}): ChartRow[] {
  const weigh = opts.weigh ?? termWeigher();
  const points = f.detail.termPoints?.get(outlet);
  const rows = (
    points ? pointRows(outlet, points, weigh, opts.collapse ?? true) : wideRows(f, outlet, opts, weigh)
  ) as ChartRow[];
  // the outlet's boilerplate (pooled.ts), left out of the distinctive rows, is drawn as a plain word is
  const boiler = new Set(points?.terms.filter((_, k) => points.boiler[k]));
  // the rows are new: marked in place (a spread copy of a 14-field row cost ~3 µs, thousands of rows per outlet)
  const display = f.detail.termDisplay;
  for (const r of rows) {
    r.display = display?.[r.term] ?? r.term;
    r.plain = boiler.has(r.term) || isPlainTerm(r.term, weigh);
  }
  return rows;
}

/** The corpus-wide rows: the most frequent terms, and the outlet's distinctive terms the frequency cut leaves out. */
function wideRows(
  f: ChartFraming,
  outlet: string,
  opts: DistinctiveOptions,
  weigh: (term: string) => number,
): DistinctiveRow[] {
  const table = f.detail.termTable;
  const base = { ...opts, weigh, outlets: [outlet], collapse: opts.collapse ?? true };
  const rows = distinctiveTerms(table, { minCount: 0, mostFrequent: CHART_TERMS, ...base, positiveOnly: false });
  const have = new Set(rows.map((r) => r.term));
  const extra = new Set(f.distinctive.filter((r) => r.outlet === outlet && !have.has(r.term)).map((r) => r.term));
  if (!extra.size) return rows;
  const more = distinctiveTerms(table, { ...base, minCount: 0, exclude: (t) => !extra.has(t) });
  return [...rows, ...more].sort(byRank);
}

/** The pooled rows of an outlet from its points, in the distinctive table's order. */
function pointRows(
  outlet: string,
  p: PooledPoints,
  weigh: (term: string) => number,
  collapse: boolean,
): DistinctiveRow[] {
  const rows = p.terms.map((term, k) =>
    termRow({
      outlet,
      term,
      z: p.z[k],
      delta: p.delta[k],
      count: p.count[k],
      rest: p.rest[k],
      n: p.n,
      nRest: p.nRest,
      words: p.words,
      ev: round(weigh(term), 4),
      events: p.events[k],
    }),
  );
  return (collapse ? collapseSubsumed(rows) : rows).sort(byRank);
}

/** The distinctive table's order: rank, z, count, longer terms first, then the term. */
function byRank(a: DistinctiveRow, b: DistinctiveRow): number {
  const len = (t: string) => t.split(' ').length;
  return b.rank - a.rank || b.z - a.z || b.count - a.count || len(b.term) - len(a.term) || byString(a.term, b.term);
}
