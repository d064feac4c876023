// Source-overlap charts: a directed coverage heatmap (article x article) and an outlet reuse and citation network.
import { shortHash } from '../corpus/fields.js';
import type { Figure } from '../types.js';
import type { OverlapResult } from '../overlap/overlap.js';
import { outletReuse, type OutletReuse } from '../overlap/overlap.js';
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
    keep.add(p.a);
    if (keep.size < max) keep.add(p.b);
  }
  for (const d of result.docs) if (keep.size < max) keep.add(d.id);
  // in the order taken, so the two articles of a pair sit side by side, strongest pairs first
  const byId = new Map(result.docs.map((d) => [d.id, d]));
  return [...keep].map((id) => byId.get(id)!);
}

/** Heatmap: cell (row r, column c) is the share of article r's words inside passages shared with article c; at most `maxArticles` (default 40) articles, those in the pairs with the most reuse across outlets. */
export function coverageHeatmap(result: OverlapResult, opts: { title?: string; maxArticles?: number } = {}): Figure {
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
  const names = uniqueLabels(
    docs.map((d) => label(`${articleTag(d.id)} · ${d.outlet}`, 40)),
    docs.map((d) => d.id),
  );
  const size = Math.max(420, Math.min(1400, 160 + docs.length * 48));
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
          ? `How much of each article (row) is shared with another (column): the ${docs.length} of ${result.docs.length} articles in the pairs with the most reused text`
          : 'How much of each article (row) is shared with another (column)'),
      {
        width: size + 200,
        height: size,
        xaxis: { title: { text: 'shared with article' }, automargin: true, tickangle: -35 },
        yaxis: { title: { text: 'article' }, automargin: true, autorange: 'reversed' },
      },
    ),
  );
}

/**
 * Edge colours, told apart without relying on red versus green (Okabe-Ito): credited reuse bluish green, uncredited
 * reuse vermilion, common-source or stock text only a faint grey-blue drawn under the reuse arrows.
 */
export const EDGE_COLOR = { credited: '#009E73', uncredited: '#D55E00', common: '#8DA0B3' } as const;

/** The class of an outlet edge: any uncredited reuse pair makes it vermilion; else credited reuse; else common/stock only. */
export function edgeClass(e: Pick<OutletReuse, 'credited' | 'uncredited'>): keyof typeof EDGE_COLOR {
  return e.uncredited > 0 ? 'uncredited' : e.credited > 0 ? 'credited' : 'common';
}

/** Options of the network: a title, and how many outlets to draw at most (default 12, those with the most reuse). */
export interface NetworkOptions {
  title?: string;
  maxOutlets?: number;
}

/**
 * The outlets a network draws: with more than `max`, those with the most reused words (in and out, credited or not),
 * then the most common-source words, then by name; returned sorted by name.
 */
export function networkOutlets(result: OverlapResult, edges: readonly OutletReuse[], max: number): string[] {
  const all = [...new Set(result.docs.map((d) => d.outlet))].sort(byString);
  if (all.length <= max) return all;
  const reuse = new Map<string, number>(),
    common = new Map<string, number>();
  for (const e of edges) {
    const m = edgeClass(e) === 'common' ? common : reuse;
    m.set(e.from, (m.get(e.from) ?? 0) + e.words);
    if (e.to !== e.from) m.set(e.to, (m.get(e.to) ?? 0) + e.words);
  }
  const score = (o: string, m: Map<string, number>) => m.get(o) ?? 0;
  return all
    .slice()
    .sort((a, b) => score(b, reuse) - score(a, reuse) || score(b, common) - score(a, common) || byString(a, b))
    .slice(0, max)
    .sort(byString);
}

/** Node positions on a circle, the first outlet at the top. */
function circle(outlets: readonly string[]): Map<string, [number, number]> {
  return new Map(
    outlets.map((o, i) => {
      const t = (2 * Math.PI * i) / Math.max(1, outlets.length) + Math.PI / 2;
      return [o, [Math.cos(t), Math.sin(t)] as [number, number]];
    }),
  );
}

/** The hover text of an edge. */
function edgeHover(e: OutletReuse): string {
  return (
    `${esc(e.from)} → ${esc(e.to)}${e.directed ? '' : ' (direction unknown)'}<br>${e.pairs} article pair(s), ` +
    `${Math.round(e.share * 100)}% of ${esc(e.to)}'s words<br>reuse credited: ${e.credited}, reuse not credited: ` +
    `${e.uncredited}, common-source or stock text only: ${e.noneNeeded}`
  );
}

/** The arrow of an edge between two distinct outlets, shortened so it ends at the nodes' edges. */
function edgeArrow(e: OutletReuse, from: [number, number], to: [number, number]): Record<string, unknown> {
  const cls = edgeClass(e);
  const width = 1.5 + 10 * Math.min(1, e.share * 2);
  const [x0, y0] = from,
    [x1, y1] = to;
  const s = 0.12,
    dx = x1 - x0,
    dy = y1 - y0,
    L = Math.hypot(dx, dy) || 1;
  // a directed arrow runs a little to the right of the centre line, so A→B and B→A stay two arrows
  const side = e.directed ? 0.035 : 0,
    ox = (dy / L) * side,
    oy = (-dx / L) * side;
  return {
    x: x1 - (dx / L) * s + ox,
    y: y1 - (dy / L) * s + oy,
    ax: x0 + (dx / L) * s + ox,
    ay: y0 + (dy / L) * s + oy,
    xref: 'x',
    yref: 'y',
    axref: 'x',
    ayref: 'y',
    showarrow: true,
    arrowhead: e.directed && cls !== 'common' ? 2 : 0,
    arrowsize: 1,
    // common-source edges are context, not findings: thin and faint, under the reuse arrows
    arrowwidth: cls === 'common' ? Math.min(width, 2) : width,
    arrowcolor: EDGE_COLOR[cls],
    opacity: cls === 'common' ? 0.45 : 0.9,
    text: '',
  };
}

/** Arrows (common-source first, so reuse is drawn on top) and invisible hover points at their midpoints. */
function edgeLayer(
  edges: readonly OutletReuse[],
  xy: Map<string, [number, number]>,
): { annotations: Record<string, unknown>[]; hover: Figure['data'][number] } {
  const annotations: Record<string, unknown>[] = [];
  const mid: { x: number[]; y: number[]; text: string[] } = { x: [], y: [], text: [] };
  const drawn = edges.filter((e) => xy.has(e.from) && xy.has(e.to));
  const order = [...drawn.filter((e) => edgeClass(e) === 'common'), ...drawn.filter((e) => edgeClass(e) !== 'common')];
  for (const e of order) {
    const from = xy.get(e.from)!,
      to = xy.get(e.to)!;
    if (e.from === e.to) {
      mid.x.push(from[0] * 1.18);
      mid.y.push(from[1] * 1.18);
      mid.text.push(
        `republished inside ${esc(e.from)}: ${e.pairs} pair(s), ${Math.round(e.share * 100)}% of its words`,
      );
      continue;
    }
    annotations.push(edgeArrow(e, from, to));
    mid.x.push((from[0] + to[0]) / 2);
    mid.y.push((from[1] + to[1]) / 2);
    mid.text.push(edgeHover(e));
  }
  const hover = {
    type: 'scatter',
    mode: 'markers',
    ...mid,
    hoverinfo: 'text',
    marker: { size: 14, color: 'rgba(0,0,0,0)' },
    showlegend: false,
  };
  return { annotations, hover };
}

/** The outlet nodes: sized by article count, names pointing away from the centre. */
function nodeTrace(result: OverlapResult, outlets: readonly string[], xy: Map<string, [number, number]>) {
  const count = new Map<string, number>();
  for (const d of result.docs) count.set(d.outlet, (count.get(d.outlet) ?? 0) + 1);
  const citedBy = new Map<string, Set<string>>();
  const outletOf = new Map(result.docs.map((d) => [d.id, d.outlet]));
  for (const c of result.citations)
    if (c.kind === 'outlet') {
      const from = outletOf.get(c.doc) ?? c.doc;
      (citedBy.get(from) ?? citedBy.set(from, new Set()).get(from)!).add(c.cited);
    }
  return {
    type: 'scatter',
    mode: 'markers+text',
    showlegend: false,
    x: outlets.map((o) => xy.get(o)![0]),
    y: outlets.map((o) => xy.get(o)![1]),
    text: outlets.map((o) => '<b>' + esc(o) + '</b>'), // labels point away from the centre, so arrows arriving at a node do not cross its name
    textposition: outlets.map((o) => {
      const [x, y] = xy.get(o)!;
      return x > 0.5 ? 'middle right' : x < -0.5 ? 'middle left' : y >= 0 ? 'top center' : 'bottom center';
    }),
    cliponaxis: false,
    hovertext: outlets.map(
      (o) =>
        `${esc(o)}: ${count.get(o)} article(s)` +
        (citedBy.get(o)?.size ? `<br>cites: ${esc([...citedBy.get(o)!].sort(byString).join(', '))}` : ''),
    ),
    hoverinfo: 'text',
    marker: {
      size: outlets.map((o) => 18 + 6 * Math.sqrt(count.get(o) ?? 1)),
      // neutral fill: on this chart colour means the kind of edge, and an orange or green node would read as one
      color: '#eef1f4',
      line: { color: '#333', width: 1.5 },
    },
  };
}

/** Legend entries for the three edge styles. */
function edgeLegend(): Figure['data'] {
  const entry = (name: string, color: string, opacity = 1) => ({
    type: 'scatter',
    mode: 'lines',
    x: [null],
    y: [null],
    name,
    opacity,
    line: { color, width: 4 },
  });
  return [
    entry('reuse, credited', EDGE_COLOR.credited),
    entry('reuse, not credited', EDGE_COLOR.uncredited),
    entry('common source or stock text only (no credit needed)', EDGE_COLOR.common, 0.6),
  ];
}

/**
 * Network of outlets: nodes sized by article count; arrows from source outlet to reusing outlet, width by reused
 * share; vermilion when uncredited, bluish green when credited, faint grey-blue (no arrowhead) for common-source or
 * stock text only. With more than `maxOutlets` (default 12) outlets, only those with the most reuse are drawn, and
 * the title says how many of how many.
 */
export function reuseNetwork(result: OverlapResult, opts: NetworkOptions = {}): Figure {
  const total = new Set(result.docs.map((d) => d.outlet)).size;
  const edges = outletReuse(result);
  const outlets = networkOutlets(result, edges, Math.max(2, opts.maxOutlets ?? 12));
  const xy = circle(outlets);
  const { annotations, hover } = edgeLayer(edges, xy);
  const capped = outlets.length < total;
  const title =
    opts.title ??
    (capped
      ? `Who reuses whom: the ${outlets.length} of ${total} outlets with the most reused text`
      : 'Who reuses whom: arrows from source outlet to reusing outlet (width = share reused)');
  if (capped)
    annotations.push({
      text:
        `Arrows from source to reusing outlet, width = share reused. ${total - outlets.length} outlet(s) with less ` +
        'reused text are not drawn; the pair table lists every pair.',
      xref: 'paper',
      yref: 'paper',
      x: 0,
      y: 1.0,
      xanchor: 'left',
      yanchor: 'bottom',
      showarrow: false,
      font: { size: 12, color: '#555' },
    });
  const axis = { visible: false, range: [-1.6, 1.6], zeroline: false };
  return figure(
    'overlap-reuse-network',
    [hover, nodeTrace(result, outlets, xy), ...edgeLegend()],
    baseLayout(title, {
      width: 800,
      height: 700,
      annotations,
      showlegend: true,
      legend: { orientation: 'h', y: -0.05 },
      xaxis: { ...axis, title: { text: '' } },
      yaxis: { ...axis, scaleanchor: 'x', title: { text: '' } },
      margin: { l: 40, r: 40, t: 80, b: 60 },
    }),
  );
}

/** Axis labels made unique (plotly merges equal category labels into one row): a repeated label gets a hash of its id. */
/**
 * The part of an article id that tells it from its neighbours on an axis: the last path segment ("clips#3",
 * "in-syria-u-n-chemical…"), not the folder that every article of a user's topic folder shares ("syria-inspec").
 */
export function articleTag(id: string): string {
  const last = id.slice(id.lastIndexOf('/') + 1) || id;
  return last.length > 16 ? `${last.slice(0, 15)}…` : last;
}

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
