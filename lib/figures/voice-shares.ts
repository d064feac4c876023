// The voice chart: each article's (or outlet's) words split into own narration, direct quotes, reported speech and
// reused text, as stacked bars; and the four voices' colours, the same in every chart.
import type { Figure } from '../types.js';
import { label, largestOutlets, MAX_CHART_OUTLETS, outletsShown, figure } from './style.js';
import { byString } from '../util/compare.js';
import { stackedBarsLayout } from './stacked-bars.js';

/** Colours of the four voices (the same in every chart). */
export const VOICE_COLORS: Record<string, string> = {
  own: '#0072B2',
  quoted: '#E69F00',
  reported: '#CC79A7',
  reused: '#999999',
};

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
    .sort(([a], [b]) => byString(a, b))
    .map(([o, g]) => ({
      doc: `${o} (${g.n} article${g.n === 1 ? '' : 's'})`,
      own: g.sums[0] / (g.words || 1),
      quoted: g.sums[1] / (g.words || 1),
      reported: g.sums[2] / (g.words || 1),
      reused: g.sums[3] / (g.words || 1),
    }));
  return { bars, outlets: by.size };
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
