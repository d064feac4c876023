// Source-overlap charts: a directed coverage heatmap (article x article) and an outlet reuse and citation network.
import { shortHash } from '../corpus/fields.js';
import type { Figure } from '../types.js';
import type { OverlapResult } from '../overlap/overlap.js';
import { baseLayout, esc, figure, label } from './style.js';
import { byString } from '../util/compare.js';
import { round } from '../util/round.js';

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

type HeatPair = OverlapResult['pairs'][number];

/**
 * The share of one side's words taken in reuse: its reuse passages, or its rewritten narration when the graded score
 * found a rewrite (aligned sentences without an exact passage), whichever is larger.
 */
function reuseShare(p: HeatPair, side: 'a' | 'b', words: ReadonlyMap<string, number>): number {
  const exact = side === 'a' ? p.reuse_a_in_b : p.reuse_b_in_a;
  if (p.kind !== 'cross-outlet' || p.grade === 'independent' || !(p.rewritten_words > 0)) return exact;
  const w = words.get(side === 'a' ? p.a : p.b) ?? 0;
  return w > 0 ? Math.max(exact, Math.min(1, round(p.rewritten_words / w, 4))) : exact;
}

/** The heatmap's two layers: reuse shares (every cell, 0 when none) and shares of pairs with common-source or stock text only (null elsewhere), with their hovers. */
interface HeatCells {
  reuse: number[][];
  common: (number | null)[][];
  hover: string[][];
  commonHover: string[][];
}

function heatCells(result: OverlapResult, docs: OverlapResult['docs']): HeatCells {
  const pos = new Map(docs.map((d, i) => [d.id, i]));
  const words = new Map(result.docs.map((d) => [d.id, d.words]));
  const reuse = docs.map(() => docs.map(() => 0));
  const common = docs.map((): (number | null)[] => docs.map(() => null));
  // ids and outlets shortened in the hover: it repeats them in every cell (n² cells)
  const hid = (s: string) => label(s, 60);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const hover = docs.map((r) =>
    docs.map((c) => `${hid(r.id)} (${hid(r.outlet)}) in ${hid(c.id)} (${hid(c.outlet)}): none`),
  );
  const commonHover = docs.map(() => docs.map(() => ''));
  for (const p of result.pairs) {
    const i = pos.get(p.a),
      j = pos.get(p.b);
    if (i === undefined || j === undefined) continue;
    const tail = `<br>${p.passages.length} passage(s), ${esc(p.kind)}; matched words: reuse ${p.matched.reuse}, common source ${p.matched['common-source']}, stock ${p.matched.stock}<br>direction: ${esc(p.direction === 'unknown' ? 'unknown' : (p.source ?? ''))} ${p.direction === 'unknown' ? '' : 'is the likely source'}<br>credit: ${esc(p.credit)}`;
    const cell = (r: number, c: number, side: 'a' | 'b') => {
      const [x, y, shared] = side === 'a' ? [p.a, p.b, p.a_in_b] : [p.b, p.a, p.b_in_a];
      const [ox, oy] = side === 'a' ? [p.outlet_a, p.outlet_b] : [p.outlet_b, p.outlet_a];
      reuse[r][c] = reuseShare(p, side, words);
      hover[r][c] =
        `${pct(shared)} of ${hid(x)} (${hid(ox)}) is shared with ${hid(y)} (${hid(oy)}); reused or rewritten: ${pct(reuse[r][c])}` +
        tail;
      if (reuse[r][c] > 0 || !(shared > 0)) return;
      common[r][c] = shared;
      commonHover[r][c] = hover[r][c];
    };
    cell(i, j, 'a');
    cell(j, i, 'b');
  }
  for (let i = 0; i < docs.length; i++) hover[i][i] = `${hid(docs[i].id)}: the article itself`;
  return { reuse, common, hover, commonHover };
}

/** The grey of shared text that is no evidence of copying: the reuse network's common-source line colour. */
const COMMON_SCALE: [number, string][] = [
  [0, '#e4e9ee'],
  [1, '#8DA0B3'],
];

/**
 * Heatmap: cell (row r, column c) is the share of article r's words reused in article c (reuse passages, or rewritten
 * narration), on a blue scale; a pair that shares only common-source or stock text (quotes, statements, wire copy,
 * formulas) is drawn grey, by the share of r's words in those passages, since it is no evidence of copying. At most
 * `maxArticles` (default 40) articles, those in the pairs with the most reuse across outlets.
 */
export function coverageHeatmap(result: OverlapResult, opts: CoverageHeatmapOptions = {}): Figure {
  const docs = heatmapDocs(result, opts.maxArticles ?? 40);
  const truncated = docs.length < result.docs.length;
  const cells = heatCells(result, docs);
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
  // cells of 16 to 48 px so the chart fits the report column (about 1,100 px) beside names and colour bars; upright
  // column names when cells are too narrow for slanted ones not to overlap
  const cell = Math.max(16, Math.min(48, Math.floor(720 / Math.max(1, docs.length))));
  const plot = docs.length * cell;
  const reused = result.pairs.some((p) => p.kind === 'cross-outlet' && Math.max(p.reuse_a_in_b, p.reuse_b_in_a) > 0);
  const common = cells.common.some((row) => row.some((v) => v !== null));
  const head = 'How much of each article (row) is reused in another (column)';
  const grey = common ? '; grey: common-source or stock text only' : '';
  return figure(
    'overlap-coverage-heatmap',
    [
      {
        type: 'heatmap',
        z: cells.reuse,
        x: names,
        y: names,
        text: cells.hover,
        hoverinfo: 'text',
        zmin: 0,
        zmax: 1,
        colorscale: [
          [0, '#f7f7f7'],
          [0.05, '#deebf7'],
          [0.3, '#6baed6'],
          [1, '#08306b'],
        ],
        colorbar: {
          title: { text: 'share of row article<br>reused or rewritten' },
          tickformat: '.0%',
          len: common ? 0.55 : 1,
          y: 1,
          yanchor: 'top',
        },
        xgap: 1,
        ygap: 1,
      },
      ...(common ? [commonLayer(cells, names)] : []),
    ],
    baseLayout(
      opts.title ??
        (truncated
          ? `${head}: the ${docs.length} of ${result.docs.length} articles in the pairs with the most ${reused ? 'reused' : 'shared'} text${grey}`
          : head + grey),
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

/** The grey layer over the reuse layer: cells of pairs that share only common-source or stock text; empty cells are gaps, transparent and without hover. */
function commonLayer(cells: HeatCells, names: string[]): Figure['data'][number] {
  return {
    type: 'heatmap',
    z: cells.common,
    x: names,
    y: names,
    text: cells.commonHover,
    hoverinfo: 'text',
    hoverongaps: false,
    zmin: 0,
    zmax: 1,
    colorscale: COMMON_SCALE,
    colorbar: {
      title: { text: 'common source<br>or stock only' },
      tickformat: '.0%',
      len: 0.4,
      y: 0,
      yanchor: 'bottom',
    },
    xgap: 1,
    ygap: 1,
  };
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
