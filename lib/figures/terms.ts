// Top terms per outlet as small multiples of horizontal bars.
import type { Figure } from '../types.js';
import { baseLayout, esc, figure, outletColors, TEXT_COLOR } from './style.js';
import { byString } from '../util/compare.js';

/** A row the chart reads: an outlet's term and how often the outlet uses it. */
export interface TopTermRow {
  outlet: string;
  term: string;
  /** the term as the corpus writes it ("Assad"; shownTermRows), drawn instead of the folded key */
  display?: string;
  count: number;
  /** the forms counted under the term (a word and its plural, lib/report/term-rows.ts): the hover names them */
  forms?: readonly string[];
}

/** Options of topTermsFigure. */
export interface TopTermsOptions {
  title?: string;
  columns?: number;
  maxOutlets?: number;
  /** outlet -> words: bars become rates per 1,000 words */
  words?: Readonly<Record<string, number>>;
  /**
   * outlet -> articles: beside outlets of several articles, a panel of an outlet of one article is titled "X (one
   * article)" (its top terms are that piece's words, as notebook 01's lines and the findings say)
   */
  articles?: Readonly<Record<string, number>>;
}

/** The outlets drawn: at most `max`, those with the largest counts, in the rows' order. */
function chosenOutlets(rows: readonly TopTermRow[], max: number): { all: string[]; outlets: string[] } {
  const all = [...new Set(rows.map((r) => r.outlet))];
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.outlet, (size.get(r.outlet) ?? 0) + r.count);
  const chosen = new Set(
    all
      .slice()
      .sort((a, b) => size.get(b)! - size.get(a)! || byString(a, b))
      .slice(0, max),
  );
  return { all, outlets: all.filter((o) => chosen.has(o)) };
}

/** Where panel i sits: its axis suffix, x domain and top edge. */
interface Panel {
  ax: string;
  x0: number;
  w: number;
  y1: number;
  h: number;
}

/** The grid of panels, `cols` across, with gaps between them (`gapY`: the share of the plot height between rows). */
function panels(n: number, cols: number, gapY: number): Panel[] {
  const nrows = Math.ceil(n / cols);
  const gapX = 0.12;
  const w = (1 - gapX * (cols - 1)) / cols;
  const h = (1 - gapY * (nrows - 1)) / nrows;
  return Array.from({ length: n }, (_, i) => {
    const r = Math.floor(i / cols),
      c = i % cols;
    return {
      ax: i === 0 ? '' : String(i + 1),
      x0: c * (w + gapX),
      w,
      y1: 1 - r * (h + gapY),
      h,
    };
  });
}

/** One outlet's panel: its bars (largest at the top), its axes and its title, added to data and layout. */
function addPanel(
  o: string,
  p: Panel,
  rows: readonly TopTermRow[],
  ctx: {
    color: string;
    words?: Readonly<Record<string, number>>;
    data: Figure['data'];
    layout: Figure['layout'];
    title: string;
  },
): void {
  const { words, layout } = ctx;
  const per1k = (n: number) => (words && words[o] ? Math.round((1e6 * n) / words[o]) / 1000 : n);
  const mine = rows.filter((x) => x.outlet === o).reverse();
  ctx.data.push({
    type: 'bar',
    orientation: 'h',
    name: esc(o),
    xaxis: 'x' + p.ax,
    yaxis: 'y' + p.ax,
    x: mine.map((x) => per1k(x.count)),
    y: mine.map((x) => esc(x.display ?? x.term)),
    customdata: mine.map((x) => [x.count, x.forms?.length ? `; ${x.forms.map(esc).join(' and ')} counted as one` : '']),
    marker: { color: ctx.color },
    hovertemplate:
      (words ? '%{y}: %{x} per 1,000 words (%{customdata[0]} uses%{customdata[1]})' : '%{y}: %{x}%{customdata[1]}') +
      '<extra>' +
      esc(o) +
      '</extra>',
  });
  layout['xaxis' + p.ax] = {
    domain: [p.x0, p.x0 + p.w],
    anchor: 'y' + p.ax,
    // every panel has its own scale, so every panel says its unit (a title on the bottom row only left the upper
    // panels' numbers unexplained in the PNG and SVG exports)
    title: { text: words ? 'per 1,000 words' : 'count', font: { size: 12 }, standoff: 4 },
    automargin: true,
  };
  layout['yaxis' + p.ax] = { domain: [p.y1 - p.h, p.y1], anchor: 'x' + p.ax, automargin: true, tickfont: { size: 11 } };
  // the name in the text colour, the outlet's colour as a swatch before it: some palette colours (Okabe-Ito yellow
  // #F0E442, sky blue) are too light to read as text on white
  (layout.annotations as Record<string, unknown>[]).push({
    text: `<span style="color:${ctx.color}">■</span> <b>${esc(ctx.title)}</b>`,
    x: p.x0 + p.w / 2,
    y: p.y1,
    xref: 'paper',
    yref: 'paper',
    xanchor: 'center',
    yanchor: 'bottom',
    showarrow: false,
    font: { size: 13, color: TEXT_COLOR },
  });
}

/**
 * Small multiples: the top terms of each outlet (rows from outletTermRows), one panel per outlet, coloured by outlet;
 * at most `maxOutlets` (default 12) panels, the outlets with the largest counts. With `words` (outlet -> words), bars
 * are rates per 1,000 words (so longer outlets are not favoured) and the count is in the hover. With `articles`, an
 * outlet of one article is named so in its panel's title.
 */
export function topTermsFigure(rows: readonly TopTermRow[], opts: TopTermsOptions = {}): Figure {
  const { all, outlets } = chosenOutlets(rows, opts.maxOutlets ?? 12);
  const colors = outletColors(all);
  const cols = Math.min(opts.columns ?? 3, Math.max(1, outlets.length));
  const nrows = Math.ceil(outlets.length / cols);
  const perPanel = outlets.reduce((m, o) => Math.max(m, rows.filter((r) => r.outlet === o).length), 1);
  // in pixels: 20 per bar, so plotly has room to label every bar; 85 between rows for the ticks, the axis title and the
  // next panel's title
  const panelPx = Math.max(120, perPanel * 20),
    gapPx = 85;
  const plotPx = nrows * panelPx + (nrows - 1) * gapPx;
  const data: Figure['data'] = [];
  // a term of two words or more on a bar ("white house") is counted whole, not as its words: the title says so
  const how = rows.some((r) => r.term.includes(' '))
    ? 'stopwords removed; names and fixed pairs of words counted whole'
    : 'stopwords removed';
  const layout = baseLayout(
    opts.title ??
      (outlets.length < all.length
        ? `Most frequent terms by outlet (${how}): the ${outlets.length} of ${all.length} outlets with the most text`
        : `Most frequent terms by outlet (${how})`),
    {
      width: Math.max(700, cols * 330),
      height: plotPx + 110,
      showlegend: false,
      margin: { l: 110, r: 20, t: 70, b: 40 },
      annotations: [] as Record<string, unknown>[],
    },
  );
  const grid = panels(outlets.length, cols, gapPx / plotPx);
  const art = opts.articles;
  const marked = !!art && Object.values(art).some((n) => n >= 2);
  const title = (o: string) => (marked && art?.[o] === 1 ? `${o} (one article)` : o);
  outlets.forEach((o, i) =>
    addPanel(o, grid[i], rows, { color: colors.get(o)!, words: opts.words, data, layout, title: title(o) }),
  );
  return figure('top-terms-by-outlet', data, layout);
}
