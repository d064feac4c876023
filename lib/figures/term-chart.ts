// The Scattertext-style term chart of one outlet: its points (term-placement.ts), its labels (term-labels.ts), its trace
// and layout.
import type { Figure } from '../types.js';
import { baseLayout, esc, figure } from './style.js';
import { slug } from '../util/names.js';
import { percentileRanks, type TermPoint } from './term-placement.js';
import { termAnnotations } from './term-labels.js';

/** |z| above which a term is clear of chance (two-sided 5%), as the findings and notebook 04 read it. */
const CLEAR_Z = 1.96;

/**
 * |z| at which the colour is full, the same on every chart: stretched to each chart's largest |z|, a chart whose terms
 * all sat under 1.96 drew z 1 (one use against none elsewhere) in deep blue, as if it were a strong difference.
 */
export const TERM_Z_FULL = 3;

/** The chart's margins, in px. */
type Margin = { l: number; r: number; t: number; b: number };

/**
 * Scattertext-style chart for one outlet: each term placed by the rank of its frequency in the other outlets (x) and in this
 * outlet (y), as percentiles; terms with equal rates share a band and are scattered inside it by a hash of the term (so equal
 * counts neither pile on one point nor form alphabetical streaks), coloured by its log-odds z (blue: this outlet over-uses it; red: the others do). Only the `labels` most distinctive
 * terms on each side are written, plain words (row `plain`) never, and a label is skipped where it would overlap one
 * already placed. Rows: termChartRows(framing, outlet), i.e. distinctiveTerms(…, {positiveOnly: false}) of the outlet.
 * The colour is full at |z| = TERM_Z_FULL on every chart, its bar marks ±1.96, and the title says how many terms are
 * clear of chance (|z| above 1.96) on each side, or that none is.
 */
export function termChartFigure(
  rows: readonly TermPoint[],
  outlet: string,
  opts: {
    labels?: number;
    highlight?: readonly string[];
    title?: string;
    width?: number;
    height?: number;
    /** terms not counted as clear in the title, with why ("one article's topic"; distinctiveFocus's `aside`) */
    aside?: ReadonlyMap<string, string>;
  } = {},
): Figure {
  const W = opts.width ?? 900,
    H = opts.height ?? 700;
  const rx = percentileRanks(rows, (r) => r.count_rest / Math.max(1, r.n_rest), 1),
    ry = percentileRanks(rows, (r) => r.count / Math.max(1, r.n), 2);
  // the fields the chart reads, not a spread copy of each row (~3 µs a row, thousands of rows per chart)
  const pts = rows.map((r, i) => ({
    term: r.term,
    display: r.display ?? r.term,
    z: r.z,
    count: r.count,
    count_rest: r.count_rest,
    n: r.n,
    n_rest: r.n_rest,
    plain: r.plain,
    x: rx[i],
    y: ry[i],
  }));
  const margin = { l: 80, r: 120, t: 70, b: 80 };
  const px = (x: number) => margin.l + ((x + 0.03) / 1.06) * (W - margin.l - margin.r);
  const py = (y: number) => H - margin.b - ((y + 0.03) / 1.06) * (H - margin.t - margin.b);
  const hl = new Set(opts.highlight ?? []);
  const annotations = termAnnotations(pts, hl, opts.labels ?? 15, { px, py, W, margin });
  const data: Figure['data'] = [termTrace(pts, hl, outlet)];
  const title = opts.title ?? `Terms of ${outlet} against the other outlets (own voice; blue = ${outlet} uses it more)`;
  return figure(
    'term-chart-' + (slug(outlet) || 'outlet'),
    data,
    termLayout(outlet, `${title}\n${clearNote(pts, outlet, opts.aside)}`, W, H, margin, annotations),
  );
}

/**
 * How many terms are clear of chance on each side, or that none is (the chart's second title line); terms above
 * 1.96 that `aside` names are counted apart, with why; plain words (drawn, never labelled) are not counted, as the
 * distinctive table leaves them out.
 */
function clearNote(
  pts: readonly { z: number; term: string; plain?: boolean }[],
  outlet: string,
  aside: ReadonlyMap<string, string> = new Map(),
): string {
  const high = pts.filter((p) => Math.abs(p.z) > CLEAR_Z && !p.plain);
  const more = high.filter((p) => p.z > 0 && !aside.has(p.term)).length,
    less = high.filter((p) => p.z < 0 && !aside.has(p.term)).length;
  const why = new Map<string, number>(); // "one article's topic", "house spelling" -> terms
  for (const p of high) {
    const w = aside.get(p.term)?.replace(/ of .*/, '');
    if (w) why.set(w, (why.get(w) ?? 0) + 1);
  }
  const terms = (k: number) => `${k} term${k === 1 ? '' : 's'}`;
  const apart = why.size
    ? ` (not counted: ${[...why].map(([w, k]) => `${terms(k)} ${w === 'house spelling' ? 'of house spelling' : 'held by one article'}`).join(', ')})`
    : '';
  if (!more && !less) return `no term clear of chance (|z| above 1.96)${apart}: the colours show small differences`;
  return `clear of chance (|z| above 1.96): ${terms(more)} more in ${outlet}${apart}, ${terms(less)} more in the others`;
}

/** The chart's one trace: every term a marker coloured by its z, highlighted terms larger, counts in the hover. */
function termTrace(
  pts: readonly (TermPoint & { x: number; y: number })[],
  hl: ReadonlySet<string>,
  outlet: string,
): Figure['data'][number] {
  return {
    type: 'scatter',
    mode: 'markers',
    x: pts.map((p) => p.x),
    y: pts.map((p) => p.y),
    marker: {
      size: pts.map((p) => (hl.has(p.term) ? 11 : 6)),
      color: pts.map((p) => p.z),
      colorscale: 'RdBu',
      reversescale: true,
      cmin: -TERM_Z_FULL,
      cmax: TERM_Z_FULL,
      cmid: 0,
      opacity: 0.8,
      colorbar: {
        title: { text: 'z (log-odds)' },
        thickness: 14,
        tickvals: [-TERM_Z_FULL, -CLEAR_Z, 0, CLEAR_Z, TERM_Z_FULL],
        ticktext: [`−${TERM_Z_FULL} or less`, '−1.96', '0', '1.96', `${TERM_Z_FULL} or more`],
      },
    },
    text: pts.map((p) => esc(p.display ?? p.term)),
    customdata: pts.map((p) => [p.count, p.count_rest, p.z]),
    hovertemplate:
      '<b>%{text}</b><br>' +
      esc(outlet) +
      ': %{customdata[0]}<br>others: %{customdata[1]}<br>z = %{customdata[2]:.2f}<extra></extra>',
    showlegend: false,
  };
}

/** The chart's layout: percentile axes a little wider than [0, 1], the labels as annotations. */
function termLayout(
  outlet: string,
  title: string,
  W: number,
  H: number,
  margin: Margin,
  annotations: Record<string, unknown>[],
): Figure['layout'] {
  return baseLayout(title, {
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
  });
}
