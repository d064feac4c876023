// Source-overlap charts: a directed coverage heatmap (article x article) and an outlet reuse and citation network.
import { shortHash } from '../corpus/fields.js';
import type { Figure } from '../types.js';
import type { OverlapResult } from '../overlap/overlap.js';
import { baseLayout, esc, figure, label } from './style.js';
import { byString } from '../util/compare.js';

/** The heatmap's articles: all of them, or the `max` in the pairs with the most reuse across outlets (then any shared text), pair by pair. */
function heatmapDocs(result: OverlapResult, max: number): OverlapResult['docs'] {
  if (result.docs.length <= max) return result.docs;
  // both articles of the strongest pairs: cross-outlet reuse first (what a reader looks for), then any shared text (an
  // outlet's own updates, common sources); summing shares instead would rank articles that share a site's furniture
  // with many others above a copied article
  const reuse = (p: OverlapResult['pairs'][number]) =>
    p.kind === 'cross-outlet' ? Math.max(p.reuse_a_in_b, p.reuse_b_in_a) : 0;
  const any = (p: OverlapResult['pairs'][number]) => Math.max(p.a_in_b, p.b_in_a);
  const pairs = [...result.pairs].sort(
    (p, q) => reuse(q) - reuse(p) || any(q) - any(p) || byString(p.a, q.a) || byString(p.b, q.b),
  );
  const keep = new Set<string>();
  for (const p of pairs) {
    if (keep.size >= max) break;
    // a pair whole or not at all: half a pair is a row with nothing to show beside it
    const add = [p.a, p.b].filter((id) => !keep.has(id));
    if (keep.size + add.length <= max) for (const id of add) keep.add(id);
  }
  // in the order taken, so the two articles of a pair sit side by side, strongest pairs first
  const byId = new Map(result.docs.map((d) => [d.id, d]));
  return [...keep].map((id) => byId.get(id)!);
}

/** Options of coverageHeatmap. */
export interface CoverageHeatmapOptions {
  /** the chart's title (default: what rows and columns are, and how the articles were chosen) */
  title?: string;
  /** most articles drawn (default 40) */
  maxArticles?: number;
  /** article id -> headline: rows and columns are named by outlet, date and headline instead of the id */
  titles?: ReadonlyMap<string, string | undefined> | Readonly<Record<string, string | undefined>>;
}

/**
 * An article's name on an axis: "Outlet · 2017-02-09 · Appeals court denies…" (outlet, date and the start of its
 * headline, when known), else "articleTag · Outlet": a reader places an article by its outlet, day and headline, not
 * by its id.
 */
function axisName(d: OverlapResult['docs'][number], title: string | undefined): string {
  if (!title?.trim()) return label(`${articleTag(d.id)} · ${d.outlet}`, 40);
  return `${label(d.outlet, 18)} · ${d.date ? d.date.slice(0, 10) + ' · ' : ''}${label(title.trim(), 28)}`;
}

/** Heatmap: cell (row r, column c) is the share of article r's words inside passages shared with article c; at most `maxArticles` (default 40) articles, those in the pairs with the most reuse across outlets. */
export function coverageHeatmap(result: OverlapResult, opts: CoverageHeatmapOptions = {}): Figure {
  const docs = heatmapDocs(result, opts.maxArticles ?? 40);
  const truncated = docs.length < result.docs.length;
  const pos = new Map(docs.map((d, i) => [d.id, i]));
  const z = docs.map(() => docs.map(() => 0));
  // ids and outlets shortened in the hover: it repeats them in every cell (n² cells)
  const hid = (s: string) => label(s, 60);
  const hover = docs.map((r) =>
    docs.map((c) => `${hid(r.id)} (${hid(r.outlet)}) in ${hid(c.id)} (${hid(c.outlet)}): none`),
  );
  for (const p of result.pairs) {
    const i = pos.get(p.a),
      j = pos.get(p.b);
    if (i === undefined || j === undefined) continue;
    z[i][j] = p.a_in_b;
    z[j][i] = p.b_in_a;
    const tail = `<br>${p.passages.length} passage(s), ${esc(p.kind)}; matched words: reuse ${p.matched.reuse}, common source ${p.matched['common-source']}, stock ${p.matched.stock}<br>direction: ${esc(p.direction === 'unknown' ? 'unknown' : (p.source ?? ''))} ${p.direction === 'unknown' ? '' : 'is the likely source'}<br>credit: ${esc(p.credit)}`;
    hover[i][j] =
      `${Math.round(p.a_in_b * 100)}% of ${hid(p.a)} (${hid(p.outlet_a)}) is shared with ${hid(p.b)} (${hid(p.outlet_b)})` +
      tail;
    hover[j][i] =
      `${Math.round(p.b_in_a * 100)}% of ${hid(p.b)} (${hid(p.outlet_b)}) is shared with ${hid(p.a)} (${hid(p.outlet_a)})` +
      tail;
  }
  for (let i = 0; i < docs.length; i++) hover[i][i] = `${hid(docs[i].id)}: the article itself`;
  const t = opts.titles;
  const titleOf = (id: string) =>
    t instanceof Map
      ? t.get(id)
      : t && Object.hasOwn(t, id)
        ? (t as Record<string, string | undefined>)[id]
        : undefined;
  const names = uniqueLabels(
    docs.map((d) => axisName(d, titleOf(d.id))),
    docs.map((d) => d.id),
  );
  // cells of 16 to 48 px so the chart fits the report column (about 1,100 px) beside names and colour bar; upright
  // column names when cells are too narrow for slanted ones not to overlap
  const cell = Math.max(16, Math.min(48, Math.floor(720 / Math.max(1, docs.length))));
  const plot = docs.length * cell;
  const reused = result.pairs.some((p) => p.kind === 'cross-outlet' && Math.max(p.reuse_a_in_b, p.reuse_b_in_a) > 0);
  return figure(
    'overlap-coverage-heatmap',
    [
      {
        type: 'heatmap',
        z,
        x: names,
        y: names,
        text: hover,
        hoverinfo: 'text',
        zmin: 0,
        zmax: 1,
        colorscale: [
          [0, '#f7f7f7'],
          [0.05, '#deebf7'],
          [0.3, '#6baed6'],
          [1, '#08306b'],
        ],
        colorbar: { title: { text: 'share of row<br>article shared' }, tickformat: '.0%' },
        xgap: 1,
        ygap: 1,
      },
    ],
    baseLayout(
      opts.title ??
        (truncated
          ? `How much of each article (row) is shared with another (column): the ${docs.length} of ${result.docs.length} articles in the pairs with the most ${reused ? 'reused' : 'shared'} text`
          : 'How much of each article (row) is shared with another (column)'),
      {
        width: Math.max(600, plot + 380),
        height: Math.max(420, plot + 300),
        margin: { l: 160, r: 30, t: 60, b: 40 },
        // no axis titles: they ran over the long article names, and the title says what rows and columns are
        xaxis: { automargin: true, tickangle: cell < 30 ? -90 : -35 },
        yaxis: { automargin: true, autorange: 'reversed' },
      },
    ),
  );
}

// the reuse network lives in its own module; re-exported so callers keep importing it from here
export { EDGE_COLOR, edgeClass, reuseNetwork, type NetworkOptions } from './reuse-network.js';

/**
 * The part of an article id that tells it from its neighbours on an axis: the last path segment ("clips#3",
 * "in-syria-u-n-chemical…"), not the folder that every article of a user's topic folder shares ("syria-inspec").
 */
export function articleTag(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1) || id;
  return last.length > 16 ? `${last.slice(0, 15)}…` : last;
}

/** Axis labels made unique (plotly merges equal category labels into one row): a repeated label gets a hash of its id. */
function uniqueLabels(names: string[], ids: string[]): string[] {
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  const seen = new Set<string>();
  return names.map((n, i) => {
    let out = (count.get(n) ?? 0) > 1 ? `${n} ·${shortHash(ids[i], 6)}` : n;
    while (seen.has(out)) out += '′';
    seen.add(out);
    return out;
  });
}
