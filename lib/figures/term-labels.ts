// The term chart's labels: which terms are written, and where, so that no two labels overlap.
import { esc } from './style.js';
import type { TermPoint } from './term-placement.js';

/**
 * Labels for the term chart: terms asked for by name first (drawn larger), then the `k` most distinctive on each side,
 * placed greedily right or left of their point and skipped where they would overlap one already placed (boxes estimated
 * at 6.5 px per character, 14 px high).
 */
export function termAnnotations(
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
    const shown = p.display ?? p.term;
    const w = shown.length * 6.5 + 6,
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
      text: esc(shown),
      showarrow: false,
      xanchor: left ? 'right' : 'left',
      xshift: left ? -5 : 5,
      font: { size: hl.has(p.term) ? 13 : 11, color: p.z > 0 ? '#08306b' : '#67000d' },
      bgcolor: 'rgba(255,255,255,0.75)',
    });
  }
  return annotations;
}
