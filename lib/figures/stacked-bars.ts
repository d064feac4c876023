// The layout the stacked-bar charts of voices and sources share.
import type { Figure } from '../types.js';
import { baseLayout } from './style.js';

/** The layout both stacked-bar charts of voices and sources share: one bar per row, legend on top. */
export function stackedBarsLayout(
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
