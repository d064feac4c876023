// Entity charts: top entities by outlet (grouped bars), entity x outlet heatmap of mention shares, co-mention network.
import { outletMark, severalFirst } from '../explore/one-article.js';
import type { Figure } from '../types.js';
import type { EntityOutletRow } from '../entities/frequency.js';
import type { CoMentionRow } from '../entities/comention.js';
import { circleLayout } from './circle-layout.js';
import {
  baseLayout,
  esc,
  figure,
  label,
  largestOutlets,
  MAX_CHART_OUTLETS,
  outletColors,
  outletsShown,
} from './style.js';

type FreqRow = Pick<EntityOutletRow, 'outlet' | 'entity' | 'name' | 'mentions' | 'share'>;

/** What entity charts read from a row of entityFrequencyByOutlet (the rows themselves, or any with these fields). */
export type EntityFreqInput = FreqRow;

/** What the co-mention network reads from a row of coMentions. */
export type CoMentionInput = Pick<CoMentionRow, 'a' | 'b' | 'name_a' | 'name_b' | 'sentences'>;

/** The k entities with the most mentions overall, by name (ties by id). */
function topEntities(rows: readonly FreqRow[], k: number): { id: string; name: string }[] {
  const tot = new Map<string, { name: string; n: number }>();
  for (const r of rows) {
    const t = tot.get(r.entity) ?? { name: r.name, n: 0 };
    t.n += r.mentions;
    tot.set(r.entity, t);
  }
  return [...tot]
    .sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, k)
    .map(([id, t]) => ({ id, name: t.name }));
}

/** What entity charts plot: mentions per 1,000 words of the outlet (needs `words`), share of its entity mentions, or raw mentions. */
export type EntityMeasure = 'per1k' | 'share' | 'mentions';

/** Options of the entity charts: with `words` (outlet -> words) the default measure is mentions per 1,000 words. */
export interface EntityChartOptions {
  k?: number;
  title?: string;
  measure?: EntityMeasure;
  words?: Readonly<Record<string, number>>;
  /** at most this many outlets (default 8 for grouped bars, MAX_CHART_OUTLETS for the heatmap), those with the most
   * words (or mentions without `words`) */
  maxOutlets?: number;
  /** outlet -> articles: the bars of an outlet of one article come last, named "X (one article)" (one piece's rate) */
  articles?: Readonly<Record<string, number>>;
}

/** The outlets with the most words (or entity mentions), at most `max`, in name order; and how many there are. */
function barOutlets(rows: readonly FreqRow[], max: number, words?: Readonly<Record<string, number>>): string[] {
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.outlet, words ? (words[r.outlet] ?? 0) : (size.get(r.outlet) ?? 0) + r.mentions);
  return largestOutlets(size, max);
}

const MEASURE_TEXT: Record<EntityMeasure, string> = {
  per1k: 'mentions per 1,000 words',
  share: 'share of each outlet’s entity mentions',
  mentions: 'mentions',
};

/** The value a chart plots for one row. */
function measureOf(r: FreqRow, measure: EntityMeasure, words?: Readonly<Record<string, number>>): number {
  if (measure === 'per1k') return words?.[r.outlet] ? Math.round((1e6 * r.mentions) / words[r.outlet]) / 1000 : 0;
  return measure === 'share' ? r.share : r.mentions;
}

/**
 * Grouped bars: one bar per outlet for the `maxOutlets` outlets with the most text, for the top k entities those
 * outlets name, coloured by outlet (rows from entityFrequencyByOutlet); mentions in the hover.
 */
export function topEntitiesByOutletFigure(rows: readonly EntityFreqInput[], opts: EntityChartOptions = {}): Figure {
  const rs = rows;
  const all = [...new Set(rs.map((r) => r.outlet))].sort();
  const colors = outletColors(all);
  // one-article outlets swing a rate chart: the bars cover the outlets with the most text, and the title says so
  const largest = barOutlets(rs, opts.maxOutlets ?? 8, opts.words);
  const art = opts.articles;
  const outlets = art ? severalFirst(largest, (o) => o, art) : largest;
  // the entities those outlets name most: one only an outlet left out names (a one-article outlet's subject) would
  // stand on the axis with no bar
  const drawn = new Set(outlets);
  const top = topEntities(
    rs.filter((r) => drawn.has(r.outlet)),
    opts.k ?? 12,
  );
  const measure = opts.measure ?? (opts.words ? 'per1k' : 'mentions');
  const which = outletsShown(outlets.length, all.length);
  const data = outlets.map((o) => {
    const by = new Map(rs.filter((r) => r.outlet === o).map((r) => [r.entity, r]));
    return {
      type: 'bar',
      name: esc(art ? outletMark(o, art) : o),
      marker: { color: colors.get(o) },
      x: top.map((e) => label(e.name, 30)),
      y: top.map((e) => {
        const r = by.get(e.id);
        return r ? measureOf(r, measure, opts.words) : 0;
      }),
      customdata: top.map((e) => by.get(e.id)?.mentions ?? 0),
      hovertemplate:
        '%{x}<br>' +
        esc(art ? outletMark(o, art) : o) +
        ': %{y' +
        (measure === 'share' ? ':.1%' : '') +
        '}' +
        (measure === 'per1k' ? ' per 1,000 words' : '') +
        ' (%{customdata} mention(s))<extra></extra>',
    };
  });
  const layout = baseLayout(opts.title ?? `Most mentioned entities, ${MEASURE_TEXT[measure]} by outlet${which}`, {
    barmode: 'group',
    width: 1000,
    height: 520,
    margin: { l: 70, r: 30, t: 60, b: 140 },
    xaxis: { title: { text: 'entity (spellings merged)' }, automargin: true, tickangle: -35 },
    yaxis: {
      title: { text: MEASURE_TEXT[measure] },
      automargin: true,
      tickformat: measure === 'share' ? '.0%' : undefined,
    },
    legend: { title: { text: 'outlet' } },
  });
  return figure('entities-top-by-outlet', data, layout);
}

/**
 * Where the heatmap's colour is full: the 95th percentile of the cells that are not zero, rounded to two significant
 * figures (all of them below 20 cells). A single cell far above the rest (a one-article outlet's 33 mentions of Mubarak
 * per 1,000 words against 2–15 elsewhere) took the whole scale and left every other cell pale; above the cap a cell is
 * the darkest colour and its hover gives the value.
 */
function colourCap(cells: readonly number[]): number {
  const nz = cells.filter((v) => v > 0).sort((a, b) => a - b);
  if (!nz.length) return 0;
  if (nz.length < 20) return nz[nz.length - 1];
  return Math.min(nz[nz.length - 1], Number(nz[Math.ceil(0.95 * nz.length) - 1].toPrecision(2)));
}

/**
 * Heatmap (columns: the `maxOutlets` outlets with the most text, default MAX_CHART_OUTLETS; rows: the top k entities):
 * mentions per 1,000 words with `words`, else share of the outlet's entity mentions; zero is white; the colour is full
 * at the 95th percentile of the cells (colourCap), and the colour bar says so.
 */
export function entityOutletHeatmap(rows: readonly EntityFreqInput[], opts: EntityChartOptions = {}): Figure {
  const rs = rows;
  const top = topEntities(rs, opts.k ?? 20);
  const all = new Set(rs.map((r) => r.outlet)).size;
  const outlets = barOutlets(rs, opts.maxOutlets ?? MAX_CHART_OUTLETS, opts.words);
  const measure = opts.measure ?? (opts.words ? 'per1k' : 'share');
  const cell = new Map(rs.map((r) => [r.entity + '\u0000' + r.outlet, r]));
  const z = top.map((e) =>
    outlets.map((o) => {
      const r = cell.get(e.id + '\u0000' + o);
      return r ? measureOf(r, measure, opts.words) : 0;
    }),
  );
  const text = top.map((e) =>
    outlets.map((o) => {
      const r = cell.get(e.id + '\u0000' + o);
      if (!r) return `${esc(e.name)}: not mentioned by ${esc(o)}`;
      const rate = opts.words?.[o] ? `, ${((1000 * r.mentions) / opts.words[o]).toFixed(2)} per 1,000 words` : '';
      return `${esc(e.name)} in ${esc(o)}: ${r.mentions} mention(s)${rate}, ${(100 * r.share).toFixed(1)}% of the outlet’s mentions`;
    }),
  );
  const most = Math.max(0, ...z.flat());
  const cap = colourCap(z.flat());
  const data = [
    {
      type: 'heatmap',
      x: outlets.map((o) => esc(o)),
      y: top.map((e) => label(e.name, 34)),
      z,
      text,
      hoverinfo: 'text',
      // white for never named, then ColorBrewer blues (plotly's reversed 'Blues' made zero a grey that read as data)
      colorscale: [
        [0, '#ffffff'],
        [0.1, '#deebf7'],
        [0.4, '#6baed6'],
        [1, '#08306b'],
      ],
      zmin: 0,
      ...(cap < most ? { zmax: cap } : {}),
      colorbar: {
        title: {
          text:
            (measure === 'per1k' ? 'per 1,000 words' : measure) +
            (cap < most ? `<br>(darkest: ${measure === 'share' ? `${Math.round(100 * cap)}%` : cap} or more)` : ''),
        },
        tickformat: measure === 'share' ? '.0%' : undefined,
      },
    },
  ];
  const title = `Which outlet (columns) talks about whom (rows): ${MEASURE_TEXT[measure]}${outletsShown(outlets.length, all)}`;
  const layout = baseLayout(opts.title ?? title, {
    // at most as wide as the report column (about 1,000 px): with many outlets the cells narrow rather than overflow
    width: Math.max(600, Math.min(1000, 160 + outlets.length * 90)),
    // rows of 24 px plus room for outlet names, which plotly turns upright when columns are narrow
    height: Math.max(400, 120 + top.length * 24 + (outlets.length > 10 ? 150 : 40)),
    // no axis titles: "entity" and "outlet" ran over the long names beside them, and the title says what rows and
    // columns are
    xaxis: { automargin: true, side: 'bottom', gridcolor: '#ffffff' },
    yaxis: { automargin: true, autorange: 'reversed' },
  });
  return figure('entities-outlet-heatmap', data, layout);
}

/** Shorten a name to 26 characters (an ellipsis marks the cut), not yet escaped: the ring layout measures it. */
const shortEntity = (s: string) => (s.length > 26 ? s.slice(0, 25) + '…' : s);

/**
 * Co-mention network on a ring: nodes are entities (area by mentions), lines join entities named in one sentence
 * (width by sentences). Positions are pixels from circleLayout, so no two circles overlap and no name touches another
 * name or circle; names point away from the centre, the full name in the hover.
 */
export function coMentionNetwork(
  pairs: readonly CoMentionInput[],
  freq: readonly EntityFreqInput[],
  opts: { k?: number; title?: string } = {},
): Figure {
  const top = topEntities(freq, opts.k ?? 15);
  const idx = new Map(top.map((e, i) => [e.id, i]));
  const total = new Map<string, number>();
  for (const r of freq) total.set(r.entity, (total.get(r.entity) ?? 0) + r.mentions);
  const maxN = top.reduce((m, e) => Math.max(m, total.get(e.id) ?? 0), 1);
  const ring = circleLayout(
    top.map((e) => ({ label: shortEntity(e.name), r: 5 + 15 * Math.sqrt((total.get(e.id) ?? 0) / maxN) })),
  );
  const pos = ring.nodes;
  const edges = pairs.filter((p) => idx.has(p.a) && idx.has(p.b));
  const maxS = edges.reduce((m, p) => Math.max(m, p.sentences), 1);
  const data: Figure['data'] = edges.map((p) => {
    const a = pos[idx.get(p.a)!];
    const b = pos[idx.get(p.b)!];
    return {
      type: 'scatter',
      mode: 'lines',
      x: [a.x, b.x],
      y: [a.y, b.y],
      line: { width: 0.5 + (5 * p.sentences) / maxS, color: 'rgba(80,80,80,0.35)' },
      hoverinfo: 'text',
      text: `${esc(p.name_a)} + ${esc(p.name_b)}: ${p.sentences} sentence(s)`,
      showlegend: false,
    };
  });
  data.push({
    type: 'scatter',
    mode: 'markers+text',
    x: pos.map((p) => p.x),
    y: pos.map((p) => p.y),
    text: top.map((e) => esc(shortEntity(e.name))),
    textposition: pos.map((p) => p.textposition),
    cliponaxis: false,
    marker: { size: pos.map((p) => 2 * p.r), color: '#0072B2' },
    hovertext: top.map((e) => `${esc(e.name)}: ${total.get(e.id) ?? 0} mention(s)`),
    hoverinfo: 'text',
    showlegend: false,
  });
  const margin = { l: 20, r: 20, t: 60, b: 20 };
  const { x0, x1, y0, y1 } = ring.bbox;
  const w = Math.max(600, Math.ceil(x1 - x0) + 30 + margin.l + margin.r),
    h = Math.ceil(y1 - y0) + 30;
  const span = (c: number, n: number) => [c - n / 2, c + n / 2];
  const axis = { visible: false, zeroline: false, title: { text: '' } };
  const layout = baseLayout(opts.title ?? 'Entities named in the same sentence (line width: number of sentences)', {
    width: w,
    height: h + margin.t + margin.b,
    margin,
    xaxis: { ...axis, range: span((x0 + x1) / 2, w - margin.l - margin.r) },
    yaxis: { ...axis, range: span((y0 + y1) / 2, h), scaleanchor: 'x', scaleratio: 1 },
  });
  return figure('entities-comention-network', data, layout);
}
