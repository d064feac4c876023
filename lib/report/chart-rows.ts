// The term chart rows of an outlet, made once per framing result for the whole report: the framing section draws them
// and the explorer links their terms, for the same outlets (the eight with the most articles). Each call of
// termChartRows scores every frequent term of the corpus against the outlet (distinctiveTerms, up to 2,000 rows).
import { termChartRows, type Framing } from '../framing/framing.js';
import { cached } from '../util/maps.js';

type ChartRows = ReturnType<typeof termChartRows>;

const byFraming = new WeakMap<Framing, Map<string, ChartRows>>();

/** termChartRows(f, outlet) with its default options, kept per framing result; the rows are shared: read, never change them. */
export function chartRows(f: Framing, outlet: string): readonly ChartRows[number][] {
  const rows = cached(byFraming, f, () => new Map<string, ChartRows>());
  let r = rows.get(outlet);
  if (!r) rows.set(outlet, (r = termChartRows(f, outlet)));
  return r;
}
