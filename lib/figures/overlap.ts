// Source-overlap charts: a directed coverage heatmap (article x article) and an outlet reuse and citation network.
import { shortHash } from '../corpus/fields.js';
import type { Figure } from '../types.js';
import type { OverlapResult } from '../overlap/overlap.js';
import { outletReuse, type OutletReuse } from '../overlap/overlap.js';
import { baseLayout, esc, figure, label, outletColors } from './style.js';
import { byString } from '../util/compare.js';

/** Heatmap: cell (row r, column c) is the share of article r's words inside passages shared with article c; at most `maxArticles` (default 40) articles, those with the most shared text. */
export function coverageHeatmap(result: OverlapResult, opts: { title?: string; maxArticles?: number } = {}): Figure {
  const max = opts.maxArticles ?? 40;
  let docs = result.docs;
  if (docs.length > max) {
    const shared = new Map<string, number>();
    for (const p of result.pairs) {
      shared.set(p.a, (shared.get(p.a) ?? 0) + p.a_in_b);
      shared.set(p.b, (shared.get(p.b) ?? 0) + p.b_in_a);
    }
    const keep = new Set(
      docs
        .map((d) => d.id)
        .sort((a, b) => (shared.get(b) ?? 0) - (shared.get(a) ?? 0) || byString(a, b))
        .slice(0, max),
    );
    docs = docs.filter((d) => keep.has(d.id));
  }
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
    docs.map((d) => label(`${d.id.slice(0, 12)} · ${d.outlet}`, 40)),
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
          ? `How much of each article (row) is shared with another (column): the ${docs.length} of ${result.docs.length} articles with the most shared text`
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

/** Edge colours: credited reuse green, uncredited reuse red, common-source or stock text only blue (never green). */
export const EDGE_COLOR = { credited: '#2b8a3e', uncredited: '#c92a2a', common: '#4dabf7' } as const;

/** The class of an outlet edge: any uncredited reuse pair makes it red; else credited reuse; else common/stock only. */
export function edgeClass(e: Pick<OutletReuse, 'credited' | 'uncredited'>): keyof typeof EDGE_COLOR {
  return e.uncredited > 0 ? 'uncredited' : e.credited > 0 ? 'credited' : 'common';
}

/** Network of outlets: nodes sized by article count; arrows from source outlet to reusing outlet, width by reused share; red when uncredited, green when credited, blue (no arrowhead) for common-source or stock text only. */
export function reuseNetwork(result: OverlapResult, opts: { title?: string } = {}): Figure {
  const outlets = [...new Set(result.docs.map((d) => d.outlet))].sort(byString);
  const colors = outletColors(outlets);
  const count = new Map<string, number>();
  for (const d of result.docs) count.set(d.outlet, (count.get(d.outlet) ?? 0) + 1);
  const xy = new Map(
    outlets.map((o, i) => {
      const t = (2 * Math.PI * i) / Math.max(1, outlets.length) + Math.PI / 2;
      return [o, [Math.cos(t), Math.sin(t)] as [number, number]];
    }),
  );
  const edges = outletReuse(result);
  const citedBy = new Map<string, string[]>();
  const outletOf = new Map(result.docs.map((d) => [d.id, d.outlet]));
  for (const c of result.citations)
    if (c.kind === 'outlet') {
      const from = outletOf.get(c.doc) ?? c.doc;
      (citedBy.get(from) ?? citedBy.set(from, []).get(from)!).push(c.cited);
    }
  const annotations: Record<string, unknown>[] = [];
  const data: Figure['data'] = [];
  const mid: { x: number[]; y: number[]; text: string[] } = { x: [], y: [], text: [] };
  for (const e of edges) {
    const [x0, y0] = xy.get(e.from)!,
      [x1, y1] = xy.get(e.to)!;
    const width = 1.5 + 10 * Math.min(1, e.share * 2);
    const color = e.from === e.to ? '#888888' : EDGE_COLOR[edgeClass(e)];
    const hoverText = `${esc(e.from)} → ${esc(e.to)}${e.directed ? '' : ' (direction unknown)'}<br>${e.pairs} article pair(s), ${Math.round(e.share * 100)}% of ${esc(e.to)}'s words<br>reuse credited: ${e.credited}, reuse not credited: ${e.uncredited}, common-source or stock text only: ${e.noneNeeded}`;
    if (e.from === e.to) {
      mid.x.push(x0 * 1.18);
      mid.y.push(y0 * 1.18);
      mid.text.push(
        `republished inside ${esc(e.from)}: ${e.pairs} pair(s), ${Math.round(e.share * 100)}% of its words`,
      );
      continue;
    }
    // shorten the arrow so it ends at the node's edge
    const s = 0.12,
      dx = x1 - x0,
      dy = y1 - y0,
      L = Math.hypot(dx, dy) || 1;
    annotations.push({
      x: x1 - (dx / L) * s,
      y: y1 - (dy / L) * s,
      ax: x0 + (dx / L) * s,
      ay: y0 + (dy / L) * s,
      xref: 'x',
      yref: 'y',
      axref: 'x',
      ayref: 'y',
      showarrow: true,
      arrowhead: e.directed && edgeClass(e) !== 'common' ? 2 : 0,
      arrowsize: 1,
      arrowwidth: edgeClass(e) === 'common' ? Math.min(width, 4) : width,
      arrowcolor: color,
      opacity: 0.8,
      text: '',
    });
    mid.x.push((x0 + x1) / 2);
    mid.y.push((y0 + y1) / 2);
    mid.text.push(hoverText);
  }
  data.push({
    type: 'scatter',
    mode: 'markers',
    x: mid.x,
    y: mid.y,
    text: mid.text,
    hoverinfo: 'text',
    marker: { size: 14, color: 'rgba(0,0,0,0)' },
    showlegend: false,
  });
  data.push({
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
        (citedBy.get(o)?.length ? `<br>cites: ${esc([...new Set(citedBy.get(o))].join(', '))}` : ''),
    ),
    hoverinfo: 'text',
    marker: {
      size: outlets.map((o) => 18 + 6 * Math.sqrt(count.get(o) ?? 1)),
      color: outlets.map((o) => colors.get(o)),
      line: { color: '#333', width: 1 },
    },
  });
  // legend entries for the edge styles
  data.push({
    type: 'scatter',
    mode: 'lines',
    x: [null],
    y: [null],
    name: 'reuse, credited',
    line: { color: EDGE_COLOR.credited, width: 4 },
  });
  data.push({
    type: 'scatter',
    mode: 'lines',
    x: [null],
    y: [null],
    name: 'reuse, not credited',
    line: { color: EDGE_COLOR.uncredited, width: 4 },
  });
  data.push({
    type: 'scatter',
    mode: 'lines',
    x: [null],
    y: [null],
    name: 'common source or stock text only (no credit needed)',
    line: { color: EDGE_COLOR.common, width: 4 },
  });
  const axis = { visible: false, range: [-1.6, 1.6], zeroline: false };
  return figure(
    'overlap-reuse-network',
    data,
    baseLayout(opts.title ?? 'Who reuses whom: arrows from source outlet to reusing outlet (width = share reused)', {
      width: 800,
      height: 700,
      annotations,
      showlegend: true,
      legend: { orientation: 'h', y: -0.05 },
      xaxis: { ...axis, title: { text: '' } },
      yaxis: { ...axis, scaleanchor: 'x', title: { text: '' } },
      margin: { l: 40, r: 40, t: 70, b: 60 },
    }),
  );
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
