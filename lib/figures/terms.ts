// Top terms per outlet as small multiples of horizontal bars.
import type { Figure } from '../types.js';
import { baseLayout, esc, figure, outletColors } from './style.js';
import { byString } from '../util/compare.js';

/**
 * Small multiples: the top terms of each outlet (rows from outletTermRows), one panel per outlet, coloured by outlet;
 * at most `maxOutlets` (default 12) panels, the outlets with the largest counts. With `words` (outlet -> words), bars
 * are rates per 1,000 words (so longer outlets are not favoured) and the count is in the hover.
 */
export function topTermsFigure(
  rows: readonly { outlet: string; term: string; count: number }[],
  opts: { title?: string; columns?: number; maxOutlets?: number; words?: Readonly<Record<string, number>> } = {},
): Figure {
  const words = opts.words;
  const per1k = (o: string, n: number) => (words && words[o] ? Math.round((1e6 * n) / words[o]) / 1000 : n);
  const all = [...new Set(rows.map((r) => r.outlet))];
  const colors = outletColors(all);
  const size = new Map<string, number>();
  for (const r of rows) size.set(r.outlet, (size.get(r.outlet) ?? 0) + r.count);
  const chosen = new Set(
    all
      .slice()
      .sort((a, b) => size.get(b)! - size.get(a)! || byString(a, b))
      .slice(0, opts.maxOutlets ?? 12),
  );
  const outlets = all.filter((o) => chosen.has(o));
  const cols = Math.min(opts.columns ?? 3, Math.max(1, outlets.length));
  const nrows = Math.ceil(outlets.length / cols);
  const perPanel = outlets.reduce((m, o) => Math.max(m, rows.filter((r) => r.outlet === o).length), 1);
  const panelH = Math.max(160, perPanel * 18 + 40);
  const gapX = 0.12,
    gapY = nrows > 1 ? 0.16 : 0;
  const w = (1 - gapX * (cols - 1)) / cols;
  const h = (1 - gapY * (nrows - 1)) / nrows;
  const data: Figure['data'] = [];
  const layout = baseLayout(
    opts.title ??
      (outlets.length < all.length
        ? `Most frequent terms by outlet (stopwords removed): the ${outlets.length} of ${all.length} outlets with the most text`
        : 'Most frequent terms by outlet (stopwords removed)'),
    {
      width: Math.max(700, cols * 330),
      height: nrows * panelH + 90,
      showlegend: false,
      margin: { l: 110, r: 20, t: 70, b: 40 },
      annotations: [] as Record<string, unknown>[],
    },
  );
  outlets.forEach((o, i) => {
    const r = Math.floor(i / cols),
      c = i % cols;
    const ax = i === 0 ? '' : String(i + 1);
    const mine = rows
      .filter((x) => x.outlet === o)
      .slice()
      .reverse(); // largest at the top
    data.push({
      type: 'bar',
      orientation: 'h',
      name: esc(o),
      xaxis: 'x' + ax,
      yaxis: 'y' + ax,
      x: mine.map((x) => per1k(o, x.count)),
      y: mine.map((x) => esc(x.term)),
      customdata: mine.map((x) => x.count),
      marker: { color: colors.get(o) },
      hovertemplate:
        (words ? '%{y}: %{x} per 1,000 words (%{customdata} uses)' : '%{y}: %{x}') + '<extra>' + esc(o) + '</extra>',
    });
    const x0 = c * (w + gapX),
      y1 = 1 - r * (h + gapY);
    layout['xaxis' + ax] = {
      domain: [x0, x0 + w],
      anchor: 'y' + ax,
      title: { text: r === nrows - 1 || i + cols >= outlets.length ? (words ? 'per 1,000 words' : 'count') : '' },
      automargin: true,
    };
    layout['yaxis' + ax] = {
      domain: [y1 - h, y1],
      anchor: 'x' + ax,
      automargin: true,
      tickfont: { size: 11 },
    };
    (layout.annotations as Record<string, unknown>[]).push({
      text: '<b>' + esc(o) + '</b>',
      x: x0 + w / 2,
      y: y1,
      xref: 'paper',
      yref: 'paper',
      xanchor: 'center',
      yanchor: 'bottom',
      showarrow: false,
      font: { size: 13, color: colors.get(o) },
    });
  });
  return figure('top-terms-by-outlet', data, layout);
}
