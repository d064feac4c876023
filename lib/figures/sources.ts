// The sources chart: who speaks in each outlet (named people, anonymous sources, institutions, other media,
// documents, others, speakers left unresolved), as stacked bars of shares or counts.
import type { Figure } from '../types.js';
import { esc, figure, largestOutlets, MAX_CHART_OUTLETS, outletsShown } from './style.js';
import { addTo, pushTo } from '../util/maps.js';
import { stackedBarsLayout } from './stacked-bars.js';

/** The kinds of source, in the order the bars stack. */
const KINDS = ['named', 'anonymous', 'institution', 'media', 'document', 'other', 'unresolved'];
/** Okabe-Ito colours (colour-blind safe); the two that name no one in grey. */
const COLORS: Record<string, string> = {
  named: '#009E73',
  anonymous: '#D55E00',
  institution: '#0072B2',
  media: '#56B4E9',
  document: '#E69F00',
  other: '#BAB0AC',
  unresolved: '#E6E6E6',
};
/** Each kind's name in the legend. */
const NAMES: Record<string, string> = {
  named: 'named people',
  anonymous: 'anonymous sources',
  institution: 'institutions',
  media: 'other media',
  document: 'documents',
  other: 'other',
  unresolved: 'not resolved (he, the president)',
};

/**
 * Stacked bars per outlet: who speaks in it (named people, anonymous sources, institutions, other media, documents,
 * other sources, speakers left unresolved such as "he" or "the president"). By default
 * each bar is the outlet's attributed statements split into shares, so outlets with more articles do not look as if
 * they quote more; the counts and the names are in the hover. `scale: 'count'` draws the counts.
 */
export function sourcesFigure(
  rows: readonly { outlet: string; kind: string; name: string; count: number }[],
  opts: { title?: string; scale?: 'share' | 'count'; maxOutlets?: number } = {},
): Figure {
  const all = new Map<string, number>();
  for (const r of rows) addTo(all, r.outlet, r.count);
  const outlets = largestOutlets(all, opts.maxOutlets ?? MAX_CHART_OUTLETS);
  const share = (opts.scale ?? 'share') === 'share';
  // each shown outlet's rows, all and by kind, in row order: a filter of every row per outlet and kind was quadratic
  const groups = rowsByOutletKind(rows, outlets);
  const rowsOf = (o: string, k?: string) => (k === undefined ? groups.get(o)?.all : groups.get(o)?.byKind.get(k)) ?? [];
  const count = (o: string, k?: string) => rowsOf(o, k).reduce((s, r) => s + r.count, 0);
  const totals = new Map(outlets.map((o) => [o, count(o)]));
  const data: Figure['data'] = KINDS.map((k) => ({
    type: 'bar',
    orientation: 'h',
    name: NAMES[k],
    y: outlets.map((o) => (share ? esc(`${o} (n=${totals.get(o)})`) : esc(o))),
    x: outlets.map((o) => (share ? count(o, k) / (totals.get(o) || 1) : count(o, k))),
    customdata: outlets.map((o) => [count(o, k), totals.get(o) ?? 0]),
    text: outlets.map((o) =>
      esc(
        rowsOf(o, k)
          .map((r) => `${r.name} (${r.count})`)
          .join('<br>'),
      ),
    ),
    hovertemplate: `%{y}: %{customdata[0]} of %{customdata[1]} statements${share ? ' (%{x:.0%})' : ''}<br>%{text}<extra>${NAMES[k]}</extra>`,
    textposition: 'none',
    marker: { color: COLORS[k] },
  }));
  const xaxis = share
    ? { title: { text: "share of the outlet's attributed statements" }, tickformat: '.0%', range: [0, 1] }
    : { title: { text: 'statements attributed' } };
  return figure(
    'sources-by-outlet',
    data,
    stackedBarsLayout(
      opts.title ??
        `Who speaks in each outlet (quotes and reported speech; n = statements)${outletsShown(outlets.length, all.size, 'statements')}`,
      outlets.length,
      50,
      xaxis,
      3,
    ),
  );
}

/** The rows of each of `outlets`, all and by kind, each list in row order. */
function rowsByOutletKind<R extends { outlet: string; kind: string }>(
  rows: readonly R[],
  outlets: readonly string[],
): Map<string, { all: R[]; byKind: Map<string, R[]> }> {
  const out = new Map(outlets.map((o) => [o, { all: [] as R[], byKind: new Map<string, R[]>() }]));
  for (const r of rows) {
    const g = out.get(r.outlet);
    if (!g) continue;
    g.all.push(r);
    pushTo(g.byKind, r.kind, r);
  }
  return out;
}
