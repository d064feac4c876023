// Framing charts: Scattertext-style term chart, voice shares per article, sources per outlet, tone per outlet and entity; the label table as HTML.
import { poolLabelRows } from '../framing/labels.js';
import type { Figure } from '../types.js';
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
import { escapeHtml } from '../io/html.js';
import { slug } from '../util/names.js';
import { MIN_TONE_SENTENCES, TONE_PRIOR_N } from '../framing/tone.js';

/** Colours of the four voices (the same in every chart). */
export const VOICE_COLORS: Record<string, string> = {
  own: '#0072B2',
  quoted: '#E69F00',
  reported: '#CC79A7',
  reused: '#999999',
};

interface TermPoint {
  term: string;
  z: number;
  count: number;
  count_rest: number;
  n: number;
  n_rest: number;
  /** a plain word (termChartRows): drawn, never labelled unless highlighted */
  plain?: boolean;
}

/**
 * Percentile of each row's key; rows with equal keys share a band and sit at a hashed place inside it (independently on
 * each axis, by `seed`), so a group of equal counts is a cloud, not a diagonal streak in alphabetical order.
 */
function percentileRanks(rows: readonly TermPoint[], key: (r: TermPoint) => number, seed: number): Float64Array {
  // each row's key worked out once (the sort compares each row many times)
  const keys = Float64Array.from(rows, key);
  const order = rows
    .map((r, i) => i)
    .sort((a, b) => keys[a] - keys[b] || (rows[a].term < rows[b].term ? -1 : rows[a].term > rows[b].term ? 1 : 0));
  const out = new Float64Array(rows.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && keys[order[j]] === keys[order[i]]) j++;
    for (let k = i; k < j; k++) {
      const pos = i + hashFraction(rows[order[k]].term, seed) * (j - 1 - i);
      out[order[k]] = rows.length > 1 ? pos / (rows.length - 1) : 0.5;
    }
    i = j;
  }
  return out;
}

/**
 * Labels for the term chart: terms asked for by name first (drawn larger), then the `k` most distinctive on each side,
 * placed greedily right or left of their point and skipped where they would overlap one already placed (boxes estimated
 * at 6.5 px per character, 14 px high).
 */
function termAnnotations(
  pts: readonly (TermPoint & { x: number; y: number })[],
  hl: ReadonlySet<string>,
  k: number,
  g: {
    px: (x: number) => number;
    py: (y: number) => number;
    W: number;
    margin: { l: number; r: number; t: number; b: number };
  },
): Record<string, unknown>[] {
  const byZ = pts.filter((p) => !p.plain).sort((a, b) => b.z - a.z || b.count - a.count || (a.term < b.term ? -1 : 1));
  // highlighted terms, then the k most over-used, then the k most under-used; each term once
  const want = [
    ...new Set([
      ...pts.filter((p) => hl.has(p.term)),
      ...byZ.slice(0, k),
      ...byZ
        .slice(-k)
        .reverse()
        .filter((p) => p.z < 0),
    ]),
  ];
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const annotations: Record<string, unknown>[] = [];
  const clash = (b: (typeof placed)[number]) =>
    placed.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1) ||
    b.x1 > g.W - g.margin.r + 60 ||
    b.x0 < g.margin.l - 20;
  for (const p of want) {
    const cx = g.px(p.x),
      cy = g.py(p.y);
    const w = p.term.length * 6.5 + 6,
      h = 14;
    let box = { x0: cx + 5, x1: cx + 5 + w, y0: cy - h / 2, y1: cy + h / 2 };
    if (clash(box)) box = { x0: cx - 5 - w, x1: cx - 5, y0: cy - h / 2, y1: cy + h / 2 };
    if (clash(box)) continue;
    placed.push(box);
    const left = box.x0 < cx;
    annotations.push({
      x: p.x,
      y: p.y,
      xref: 'x',
      yref: 'y',
      text: esc(p.term),
      showarrow: false,
      xanchor: left ? 'right' : 'left',
      xshift: left ? -5 : 5,
      font: { size: hl.has(p.term) ? 13 : 11, color: p.z > 0 ? '#08306b' : '#67000d' },
      bgcolor: 'rgba(255,255,255,0.75)',
    });
  }
  return annotations;
}

/**
 * Scattertext-style chart for one outlet: each term placed by the rank of its frequency in the other outlets (x) and in this
 * outlet (y), as percentiles; terms with equal rates share a band and are scattered inside it by a hash of the term (so equal
 * counts neither pile on one point nor form alphabetical streaks), coloured by its log-odds z (blue: this outlet over-uses it; red: the others do). Only the `labels` most distinctive
 * terms on each side are written, plain words (row `plain`) never, and a label is skipped where it would overlap one
 * already placed. Rows: termChartRows(framing, outlet), i.e. distinctiveTerms(…, {positiveOnly: false}) of the outlet.
 */
export function termChartFigure(
  rows: readonly TermPoint[],
  outlet: string,
  opts: { labels?: number; highlight?: readonly string[]; title?: string; width?: number; height?: number } = {},
): Figure {
  const W = opts.width ?? 900,
    H = opts.height ?? 700;
  const rx = percentileRanks(rows, (r) => r.count_rest / Math.max(1, r.n_rest), 1),
    ry = percentileRanks(rows, (r) => r.count / Math.max(1, r.n), 2);
  // the fields the chart reads, not a spread copy of each row (~3 µs a row, thousands of rows per chart)
  const pts = rows.map((r, i) => ({
    term: r.term,
    z: r.z,
    count: r.count,
    count_rest: r.count_rest,
    n: r.n,
    n_rest: r.n_rest,
    plain: r.plain,
    x: rx[i],
    y: ry[i],
  }));
  const zmax = pts.reduce((m, p) => Math.max(m, Math.abs(p.z)), 1);
  const margin = { l: 80, r: 120, t: 70, b: 80 };
  const px = (x: number) => margin.l + ((x + 0.03) / 1.06) * (W - margin.l - margin.r);
  const py = (y: number) => H - margin.b - ((y + 0.03) / 1.06) * (H - margin.t - margin.b);
  const hl = new Set(opts.highlight ?? []);
  const annotations = termAnnotations(pts, hl, opts.labels ?? 15, { px, py, W, margin });
  const data: Figure['data'] = [
    {
      type: 'scatter',
      mode: 'markers',
      x: pts.map((p) => p.x),
      y: pts.map((p) => p.y),
      marker: {
        size: pts.map((p) => (hl.has(p.term) ? 11 : 6)),
        color: pts.map((p) => p.z),
        colorscale: 'RdBu',
        reversescale: true,
        cmin: -zmax,
        cmax: zmax,
        cmid: 0,
        opacity: 0.8,
        colorbar: { title: { text: 'z (log-odds)' }, thickness: 14 },
      },
      text: pts.map((p) => esc(p.term)),
      customdata: pts.map((p) => [p.count, p.count_rest, p.z]),
      hovertemplate:
        '<b>%{text}</b><br>' +
        esc(outlet) +
        ': %{customdata[0]}<br>others: %{customdata[1]}<br>z = %{customdata[2]:.2f}<extra></extra>',
      showlegend: false,
    },
  ];
  const layout = baseLayout(
    opts.title ?? `Terms of ${outlet} against the other outlets (own voice; blue = ${outlet} uses it more)`,
    {
      width: W,
      height: H,
      margin,
      xaxis: {
        title: { text: 'frequency rank in the other outlets (percentile; equal counts scattered in their band)' },
        automargin: true,
        range: [-0.03, 1.03],
        tickformat: '.0%',
        zeroline: false,
      },
      yaxis: {
        title: { text: esc(`frequency rank in ${outlet} (percentile)`) },
        automargin: true,
        range: [-0.03, 1.03],
        tickformat: '.0%',
        zeroline: false,
      },
      annotations,
    },
  );
  return figure('term-chart-' + (slug(outlet) || 'outlet'), data, layout);
}

type VoiceRow = { doc: string; own: number; quoted: number; reported: number; reused: number; words?: number };
const VOICE_KEYS = ['own', 'quoted', 'reported', 'reused'] as const;
const VOICE_NAMES: Record<(typeof VOICE_KEYS)[number], string> = {
  own: 'own narration',
  quoted: 'direct quotes',
  reported: 'reported speech',
  reused: 'reused from another article',
};

/** Articles a voice chart draws one bar each for, at most; above this it draws one bar per outlet. */
export const VOICE_ARTICLE_BARS = 30;

/** Outlets the tone heatmap draws a column each for, at most: its cells hold text, so columns are wide. */
export const MAX_TONE_OUTLETS = 12;

/**
 * One row per outlet (the `max` with the most words): its articles' voice shares weighted by their words, labelled
 * "Outlet (N articles)"; and how many outlets there are.
 */
function voiceByOutlet(
  rows: readonly VoiceRow[],
  outletOf: Readonly<Record<string, string>>,
  max: number,
): { bars: VoiceRow[]; outlets: number } {
  const by = new Map<string, { n: number; words: number; sums: number[] }>();
  for (const r of rows) {
    const o = outletOf[r.doc] ?? '(unknown outlet)';
    const g = by.get(o) ?? { n: 0, words: 0, sums: [0, 0, 0, 0] };
    const w = r.words ?? 1;
    g.n++;
    g.words += w;
    VOICE_KEYS.forEach((v, i) => (g.sums[i] += r[v] * w));
    by.set(o, g);
  }
  const keep = new Set(largestOutlets(new Map([...by].map(([o, g]) => [o, g.words])), max));
  const bars = [...by]
    .filter(([o]) => keep.has(o))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([o, g]) => ({
      doc: `${o} (${g.n} article${g.n === 1 ? '' : 's'})`,
      own: g.sums[0] / (g.words || 1),
      quoted: g.sums[1] / (g.words || 1),
      reported: g.sums[2] / (g.words || 1),
      reused: g.sums[3] / (g.words || 1),
    }));
  return { bars, outlets: by.size };
}

/** The layout both stacked-bar charts of voices and sources share: one bar per row, legend on top. */
function stackedBarsLayout(
  title: string,
  bars: number,
  barHeight: number,
  xaxis: Record<string, unknown>,
  legendRows = 1,
): Figure['layout'] {
  // the legend sits between the title and the bars: each row of it past the first takes room from the top
  const top = 90 + 24 * (legendRows - 1);
  return baseLayout(title, {
    barmode: 'stack',
    height: Math.max(300, bars * barHeight + 50 + top),
    xaxis: { automargin: true, ...xaxis },
    yaxis: { automargin: true, autorange: 'reversed' },
    legend: { orientation: 'h', x: 0, y: 1.0, yanchor: 'bottom', traceorder: 'normal' },
    margin: { l: 160, r: 30, t: top, b: 60 },
  });
}

/**
 * Stacked horizontal bars: each article's words split into own narration, direct quotes, reported speech and reused
 * text. With more than `VOICE_ARTICLE_BARS` articles (or `by: 'outlet'`), one bar per outlet: its articles' shares
 * weighted by their words, for the `maxOutlets` (default MAX_CHART_OUTLETS) outlets with the most words.
 */
export function voiceSharesFigure(
  rows: readonly VoiceRow[],
  outletOf: Readonly<Record<string, string>> = {},
  opts: { title?: string; by?: 'article' | 'outlet'; maxOutlets?: number } = {},
): Figure {
  const perOutlet = (opts.by ?? (rows.length > VOICE_ARTICLE_BARS ? 'outlet' : 'article')) === 'outlet';
  const grouped = perOutlet ? voiceByOutlet(rows, outletOf, opts.maxOutlets ?? MAX_CHART_OUTLETS) : null;
  const bars = grouped ? grouped.bars : rows;
  const names = perOutlet
    ? bars.map((r) => label(r.doc, 40))
    : bars.map((r) => label((outletOf[r.doc] ? outletOf[r.doc] + ' · ' : '') + r.doc, 40));
  const data: Figure['data'] = VOICE_KEYS.map((v) => ({
    type: 'bar',
    orientation: 'h',
    name: VOICE_NAMES[v],
    y: names,
    x: bars.map((r) => r[v]),
    marker: { color: VOICE_COLORS[v] },
    hovertemplate: '%{y}<br>' + v + ': %{x:.0%}<extra></extra>',
  }));
  const title = grouped
    ? `Whose words: share of each outlet's words in each voice${outletsShown(grouped.bars.length, grouped.outlets, 'words')}`
    : 'Whose words: share of each article in each voice';
  return figure(
    'voice-shares',
    data,
    stackedBarsLayout(opts.title ?? title, bars.length, 34, {
      title: { text: perOutlet ? "share of the outlet's words" : "share of the article's words" },
      tickformat: '.0%',
      range: [0, 1],
    }),
  );
}

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
  for (const r of rows) all.set(r.outlet, (all.get(r.outlet) ?? 0) + r.count);
  const outlets = largestOutlets(all, opts.maxOutlets ?? MAX_CHART_OUTLETS);
  const share = (opts.scale ?? 'share') === 'share';
  const kinds = ['named', 'anonymous', 'institution', 'media', 'document', 'other', 'unresolved'];
  // Okabe-Ito colours (colour-blind safe); the two that name no one in grey
  const colors: Record<string, string> = {
    named: '#009E73',
    anonymous: '#D55E00',
    institution: '#0072B2',
    media: '#56B4E9',
    document: '#E69F00',
    other: '#BAB0AC',
    unresolved: '#E6E6E6',
  };
  const names: Record<string, string> = {
    named: 'named people',
    anonymous: 'anonymous sources',
    institution: 'institutions',
    media: 'other media',
    document: 'documents',
    other: 'other',
    unresolved: 'not resolved (he, the president)',
  };
  // each shown outlet's rows, all and by kind, in row order: a filter of every row per outlet and kind was quadratic
  const groups = rowsByOutletKind(rows, outlets);
  const rowsOf = (o: string, k?: string) => (k === undefined ? groups.get(o)?.all : groups.get(o)?.byKind.get(k)) ?? [];
  const count = (o: string, k?: string) => rowsOf(o, k).reduce((s, r) => s + r.count, 0);
  const totals = new Map(outlets.map((o) => [o, count(o)]));
  const data: Figure['data'] = kinds.map((k) => ({
    type: 'bar',
    orientation: 'h',
    name: names[k],
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
    hovertemplate: `%{y}: %{customdata[0]} of %{customdata[1]} statements${share ? ' (%{x:.0%})' : ''}<br>%{text}<extra>${names[k]}</extra>`,
    textposition: 'none',
    marker: { color: colors[k] },
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
    const l = g.byKind.get(r.kind);
    if (l) l.push(r);
    else g.byKind.set(r.kind, [r]);
  }
  return out;
}

type ToneCell = { outlet: string; entity: string; mean: number; sentences: number; shrunk?: number };

/** The heatmap's rows: "(all)", then the `k` actors with the most scored sentences (ties by name). */
function toneEntities(rows: readonly ToneCell[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.entity, (counts.get(r.entity) ?? 0) + r.sentences);
  return [
    '(all)',
    ...[...counts]
      .filter(([e]) => e !== '(all)')
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, k)
      .map(([e]) => e),
  ];
}

/** Cell values: colour (mean shrunk by n) where n ≥ minN, a grey layer where n < minN, and each cell's "mean, n" text. */
function toneGrid(
  rows: readonly ToneCell[],
  entities: readonly string[],
  outlets: readonly string[],
  minN: number,
): { z: (number | null)[][]; grey: (number | null)[][]; text: string[][] } {
  const byKey = new Map(rows.map((r) => [r.entity + '\u0000' + r.outlet, r]));
  const cell = (e: string, o: string) => byKey.get(e + '\u0000' + o);
  const colour = (c: ToneCell) => c.shrunk ?? (c.mean * c.sentences) / (c.sentences + TONE_PRIOR_N);
  const grid = <T>(f: (c: ToneCell | undefined) => T) => entities.map((e) => outlets.map((o) => f(cell(e, o))));
  return {
    z: grid((c) => (c && c.sentences >= minN ? colour(c) : null)),
    grey: grid((c) => (c && c.sentences < minN ? 0 : null)),
    text: grid((c) => (c ? `${signed2(c.mean)}<br>n=${c.sentences}` : '')),
  };
}

/**
 * Where the tone heatmap's colour is full, in AFINN points per word (±): a sentence mean of 0.2 is a word of valence ±2
 * in every ten words, held over every sentence of the cell (sentence scores spread about 0.16 around a mean near −0.05
 * in news). A fixed scale, centred on 0, so colour reads the same in every corpus: a scale stretched to the corpus's
 * largest mean drew a mean of −0.04 (the plain tone of news) as deep red.
 */
export const TONE_COLOUR_RANGE = 0.2;

/**
 * ColorBrewer's 7-class RdBu, red for negative, near-white at 0, spread evenly over the range: plotly's 'RdBu' turns
 * orange within a tenth of the range from its grey middle, so a mean of −0.04 already looked negative.
 */
const TONE_SCALE = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'].map((c, i) => [
  i / 6,
  c,
]);

/** The tone colour bar: its title with the unit, and ticks that name the ends. */
function toneColorbar(range: number): Record<string, unknown> {
  const ticks = [-range, -range / 2, 0, range / 2, range];
  const num = (v: number) => (v === 0 ? '0' : (v < 0 ? '−' : '+') + String(Math.round(Math.abs(v) * 1000) / 1000));
  return {
    title: { text: 'mean AFINN points<br>per word (shrunk<br>by n)' },
    thickness: 14,
    tickvals: ticks,
    ticktext: ticks.map((v, i) => num(v) + (i === 0 ? ' or less' : i === ticks.length - 1 ? ' or more' : '')),
  };
}

/**
 * Heatmap of tone: mean AFINN score of own-voice sentences, per outlet (columns) overall and toward each entity (rows).
 * Every cell shows its mean and n (sentences). Colour is the mean shrunk toward 0 by n (ToneRow.shrunk; rows without it
 * are shrunk here the same way) on a fixed scale centred on 0, full at ±`colourRange` (default TONE_COLOUR_RANGE)
 * AFINN points per word; a cell with fewer than `minN` sentences (default MIN_TONE_SENTENCES) is grey, not a tone.
 */
export function toneFigure(
  rows: readonly ToneCell[],
  opts: { title?: string; entities?: number; minN?: number; maxOutlets?: number; colourRange?: number } = {},
): Figure {
  const scored = new Map<string, number>();
  for (const r of rows) if (r.entity === '(all)') scored.set(r.outlet, r.sentences);
  for (const r of rows) if (!scored.has(r.outlet)) scored.set(r.outlet, 0);
  const outlets = largestOutlets(scored, opts.maxOutlets ?? MAX_TONE_OUTLETS);
  const minN = opts.minN ?? MIN_TONE_SENTENCES;
  const shown = new Set(outlets);
  const entities = toneEntities(
    rows.filter((r) => shown.has(r.outlet)),
    opts.entities ?? 12,
  );
  const { z, grey, text } = toneGrid(rows, entities, outlets, minN);
  const zmax = opts.colourRange ?? TONE_COLOUR_RANGE;
  const x = outlets.map((o) => esc(o)),
    y = entities.map((e) => label(e, 40));
  const data: Figure['data'] = [
    {
      type: 'heatmap',
      x,
      y,
      z,
      text,
      texttemplate: '%{text}',
      hoverongaps: false,
      name: `n ≥ ${minN}`,
      colorscale: TONE_SCALE,
      zmin: -zmax,
      zmax,
      zmid: 0,
      colorbar: toneColorbar(zmax),
      hovertemplate: '%{y} in %{x}<br>%{text} (AFINN points per word)<br>colour (shrunk): %{z:.2f}<extra></extra>',
    },
    {
      type: 'heatmap',
      x,
      y,
      z: grey,
      // only the greyed cells' text: drawn over the coloured cells too, it doubled their text in grey
      text: text.map((row, i) => row.map((t, j) => (grey[i][j] === null ? '' : t))),
      texttemplate: '%{text}',
      hoverongaps: false,
      name: `n < ${minN}`,
      showscale: false,
      colorscale: [
        [0, '#e0e0e0'],
        [1, '#e0e0e0'],
      ],
      zmin: 0,
      zmax: 1,
      // dark enough to read on the grey (#888 was 2.9:1), lighter than the coloured cells' text
      textfont: { color: '#555' },
      hovertemplate: `%{y} in %{x}<br>%{text}<br>fewer than ${minN} sentences: not enough text to read a tone<extra></extra>`,
    },
  ];
  return figure(
    'tone-by-outlet-entity',
    data,
    baseLayout(
      opts.title ??
        `Tone of own-voice sentences, per outlet and toward each actor (mean AFINN points per word, n = sentences; colour shrunk by n, full at ±${zmax}; grey: under ${minN} sentences, not enough text)${outletsShown(outlets.length, scored.size, 'own-voice sentences')}`,
      toneLayout(outlets.length, entities.length),
    ),
  );
}

/** The actor × outlet label table as HTML (pooled over events unless `event` is given): one row per actor or concept, one column per outlet, each cell the labels used (count, own-voice count). */
export function labelTableHtml(
  rows: readonly {
    event?: string;
    entity: string;
    outlet: string;
    label: string;
    kind: string;
    count: number;
    own: number;
  }[],
  opts: { names?: boolean; perCell?: number; entities?: readonly string[]; event?: string } = {},
): string {
  // one event's labels, or every event's pooled (rows are counted per event)
  const use = poolLabelRows(
    rows.filter((r) => (opts.names || r.kind !== 'name') && (opts.event === undefined || r.event === opts.event)),
  );
  const outlets = [...new Set(use.map((r) => r.outlet))].sort();
  const entities = opts.entities ?? [...new Set(use.map((r) => r.entity))];
  const colors = outletColors(outlets);
  const per = opts.perCell ?? 8;
  const head =
    '<tr><th>actor / event</th>' +
    outlets.map((o) => `<th style="border-bottom:3px solid ${colors.get(o)}">${escapeHtml(o)}</th>`).join('') +
    '</tr>';
  const body = entities
    .map((e) => {
      const cells = outlets
        .map((o) => {
          const mine = use
            .filter((r) => r.entity === e && r.outlet === o)
            .sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
          const items = mine
            .slice(0, per)
            .map(
              (r) =>
                `<li>${escapeHtml(r.label)} <span style="color:#777">(${r.count}${r.own !== r.count ? `; own ${r.own}` : ''})</span></li>`,
            )
            .join('');
          const more = mine.length > per ? `<li style="color:#777">… ${mine.length - per} more</li>` : '';
          return `<td style="vertical-align:top"><ul style="margin:0;padding-left:1.1em">${items}${more}</ul></td>`;
        })
        .join('');
      return `<tr><th style="text-align:left;vertical-align:top">${escapeHtml(e)}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="presslens-table presslens-labels"><caption>How each outlet names each actor and event (uses; "own n" = of which in the outlet's own narration)</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * Size and axes of the tone heatmap: at most as wide as the report column (about 1,100 px; wider, the page scrolled
 * sideways and the title ran off), columns of at least 66 px for the "mean / n" text, outlet names on top turned when
 * columns are narrow, and a top margin that holds the title above the names instead of under them.
 */
function toneLayout(outlets: number, entities: number): Record<string, unknown> {
  const col = Math.max(66, Math.min(150, Math.floor(800 / Math.max(1, outlets))));
  const turned = col < 110;
  return {
    height: Math.max(320, entities * 38 + 220),
    width: Math.max(600, Math.min(1100, outlets * col + 300)),
    margin: { l: 160, r: 30, t: turned ? 170 : 110, b: 30 },
    xaxis: { automargin: true, side: 'top', tickfont: { color: '#222' }, tickangle: turned ? -30 : 0 },
    yaxis: { automargin: true, autorange: 'reversed' },
  };
}

/** Two decimals without a negative zero ("-0.00" reads as a negative tone). */
function signed2(x: number): string {
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

/** A deterministic fraction in [0, 1) from a term and a seed (FNV-1a), for placing tied points. */
function hashFraction(term: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}
