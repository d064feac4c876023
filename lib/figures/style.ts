// Shared look of every chart: one colour per outlet everywhere, safe text, readable margins.
import type { Figure } from '../types.js';
import { byString } from '../util/compare.js';
import { escapeHtml } from '../io/html.js';

/** A colour-blind-friendly categorical palette (Okabe-Ito first, then Tableau 10). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
  '#4E79A7',
  '#F28E2B',
  '#59A14F',
  '#E15759',
  '#76B7B2',
  '#EDC948',
  '#B07AA1',
  '#FF9DA7',
  '#9C755F',
  '#BAB0AC',
];

/**
 * The colour of every chart's text (the layout's font): outlet colours mark bars, lines and swatches, never text,
 * since some of them (#F0E442, #56B4E9, #EDC948) are too light to read on white.
 */
export const TEXT_COLOR = '#222';

/** A stable colour for each outlet: outlets sorted by name take palette colours in turn. */
export function outletColors(outlets: Iterable<string>): Map<string, string> {
  const names = [...new Set(outlets)].sort(byString);
  return new Map(names.map((o, i) => [o, PALETTE[i % PALETTE.length]]));
}

/**
 * Escape text for plotly, which renders a subset of HTML (<b>, <a>, <br>) in titles, ticks, hover and annotations and
 * decodes only numeric entities and &amp; &lt; &gt; (and a few symbols): quote marks become numeric entities, as
 * `&quot;` would show as typed ("&quot;Enforcing the Law&quot;" on an axis).
 */
export const esc = (s: string): string => escapeHtml(s).replace(/&quot;/g, '&#34;');

/**
 * Shorten a label to at most n characters (with an ellipsis), then escape it. A cut just after a separator drops it:
 * "New York Times - News" reads "New York Times…", not "New York Times - …".
 */
export function label(s: string, n = 28): string {
  if (s.length <= n) return esc(s);
  const cut = s.slice(0, n - 1);
  return esc((cut.replace(/[\s\-–—·,:;/|]+$/u, '') || cut) + '…');
}

/** Pixels per character of a 16 px title, a little over Helvetica's average, so a line never runs past the edge. */
const TITLE_CHAR_PX = 8.6;

/**
 * A title broken at spaces into lines that fit `width` pixels: plotly does not wrap titles, and a long one ("Tone of
 * own-voice sentences, … the 12 of 103 outlets …") ran past the chart's right edge and was cut off.
 */
export function wrapTitle(title: string, width: number): string[] {
  const max = Math.max(30, Math.floor((width - 30) / TITLE_CHAR_PX));
  const lines: string[] = [];
  for (const part of title.split('\n')) {
    // a line break written into the title ("\n") starts a line of its own
    let line = '';
    for (const word of part.split(' ')) {
      if (line && line.length + 1 + word.length > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line || !lines.length) lines.push(line);
  }
  return lines;
}

/**
 * Base layout shared by every figure: title (wrapped to the width, the top margin grown by a line for each extra
 * line), font, margins wide enough for outlet names.
 */
export function baseLayout(title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const layout: Record<string, unknown> = {
    font: { family: 'Helvetica, Arial, sans-serif', size: 12, color: TEXT_COLOR },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    margin: { l: 160, r: 30, t: 60, b: 60 },
    width: 900,
    height: 500,
    ...extra,
  };
  const lines = wrapTitle(title, Number(layout.width) || 900);
  // pinned to the top of the figure: plotly's automatic place sits lower, where axis names on top ran into it
  layout.title = {
    text: lines.map(esc).join('<br>'),
    x: 0.01,
    xanchor: 'left',
    yref: 'container',
    y: 1,
    yanchor: 'top',
    pad: { t: 16 },
    font: { size: 16 },
  };
  if (lines.length > 1) {
    const m = layout.margin as { t?: number };
    const grow = 20 * (lines.length - 1);
    layout.margin = { ...m, t: (m.t ?? 60) + grow };
    // the plot keeps its height: the figure grows by the lines added
    layout.height = (Number(layout.height) || 500) + grow;
  }
  return layout;
}

/** Outlets a chart draws one bar (or column) each for, at most; the largest are drawn and the title says so. */
export const MAX_CHART_OUTLETS = 30;

/**
 * The `max` outlets with the largest size (most words, statements or sentences; ties by name), in name order. A chart of
 * a hundred outlets is unreadable and its one-article outlets swing every share, so charts draw the largest and say so.
 */
export function largestOutlets(size: ReadonlyMap<string, number>, max: number): string[] {
  return [...size]
    .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
    .slice(0, max)
    .map(([o]) => o)
    .sort(byString);
}

/** ": the 8 of 103 outlets with the most text" when a chart draws only some outlets, else "". */
export function outletsShown(shown: number, all: number, most = 'text'): string {
  return shown < all ? `: the ${shown} of ${all} outlets with the most ${most}` : '';
}

/** A figure with a name (used for file names when saved). */
export function figure(name: string, data: Figure['data'], layout: Figure['layout']): Figure {
  return { name, data, layout };
}
