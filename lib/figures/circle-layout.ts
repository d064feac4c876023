// Placing a small network's nodes on a ring so that a reader can tell them apart: no two circles overlap, and every
// name sits outside the ring beside its node, touching no other name or node. Pure and deterministic: positions are in
// pixels (one data unit = one pixel), so a chart drawn at 1:1 shows exactly the distances computed here.
import { byString } from '../util/compare.js';

/** An axis-aligned box in pixels, y pointing up (plotly's data coordinates). */
export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A node to place: its label (already shortened) and its circle's radius in pixels. */
export interface LayoutNode {
  label: string;
  r: number;
}

/** A placed node: centre, radius, plotly's textposition for its label, and the box the label takes. */
export interface PlacedNode {
  x: number;
  y: number;
  r: number;
  textposition: string;
  box: Box;
}

/** The placed nodes (in the order given), the ring's radius and the box that holds every node and label. */
export interface CircleLayout {
  nodes: PlacedNode[];
  radius: number;
  bbox: Box;
}

/** Height of a 12 px label line, with room for descenders. */
export const LABEL_HEIGHT_PX = 16;

/**
 * Estimated width in pixels of a bold 12 px Helvetica/Arial label: capitals are wider than lower case, spaces and
 * narrow letters narrower. An estimate a little over the real width, so boxes that do not touch here do not on screen.
 */
export function labelWidth(text: string): number {
  let w = 4;
  for (const ch of text)
    w += /[A-Z@MW%]/.test(ch) ? 9 : /[ .,;:'’|!ilIjft()\-]/.test(ch) ? 4 : /[a-z0-9]/.test(ch) ? 7 : 8;
  return w;
}

/**
 * The box of a node's label at a plotly textposition ("top right", "middle left", …). Plotly sets a marker's text off
 * its centre by radius / 0.8 + 1 px (textPointPosition in plotly's drawing code); the same offset is used here.
 */
export function labelBox(x: number, y: number, r: number, text: string, textposition: string): Box {
  const w = labelWidth(text),
    h = LABEL_HEIGHT_PX;
  const off = r / 0.8 + 1;
  const [v, hz] = textposition.split(' ');
  const x0 = hz === 'right' ? x + off : hz === 'left' ? x - off - w : x - w / 2;
  const y0 = v === 'top' ? y + off : v === 'bottom' ? y - off - h : y - h / 2;
  return { x0, x1: x0 + w, y0, y1: y0 + h };
}

/** True when two boxes overlap, or come closer than `pad` pixels. */
export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

/** The label's side for a node at angle t on the ring: pointing away from the centre, so no edge crosses it. */
function outward(t: number): string {
  const c = Math.cos(t),
    s = Math.sin(t);
  const hz = c > 0.2 ? 'right' : c < -0.2 ? 'left' : 'center';
  const v = s > 0.9 ? 'top' : s < -0.9 ? 'bottom' : 'middle';
  return `${v} ${hz}`;
}

/** The nodes on a ring of radius R, the first at the top, clockwise. */
function placeOnRing(nodes: readonly LayoutNode[], R: number): PlacedNode[] {
  return nodes.map((n, i) => {
    const t = Math.PI / 2 - (2 * Math.PI * i) / Math.max(1, nodes.length);
    const x = nodes.length > 1 ? R * Math.cos(t) : 0,
      y = nodes.length > 1 ? R * Math.sin(t) : 0;
    const textposition = nodes.length > 1 ? outward(t) : 'top center';
    return { x, y, r: n.r, textposition, box: labelBox(x, y, n.r, n.label, textposition) };
  });
}

/** The square around a node's circle. */
function nodeBox(p: PlacedNode): Box {
  return { x0: p.x - p.r, x1: p.x + p.r, y0: p.y - p.r, y1: p.y + p.r };
}

/** True when a label touches another label or another node's circle (with a few pixels of air). */
function labelsClash(placed: readonly PlacedNode[]): boolean {
  for (let i = 0; i < placed.length; i++)
    for (let j = 0; j < placed.length; j++) {
      if (i === j) continue;
      if (j > i && boxesOverlap(placed[i].box, placed[j].box, 3)) return true;
      if (boxesOverlap(placed[i].box, nodeBox(placed[j]), 2)) return true;
    }
  return false;
}

/** Options of circleLayout. */
export interface CircleLayoutOptions {
  /** smallest ring radius in pixels (default 10 px per node, at least 120) */
  minRadius?: number;
  /** largest ring radius the label search may grow to (default 900) */
  maxRadius?: number;
  /** pixels kept between neighbouring circles (default 16) */
  gap?: number;
  /**
   * pixels kept between node i and node i + 1 (the last and the first close the ring), where it matters more than
   * `gap`: neighbours joined by an edge need room for the edge to be seen
   */
  gaps?: readonly number[];
}

/**
 * Place nodes on a ring: the radius is the smallest (from `minRadius`, growing by 8% steps up to `maxRadius`) at which
 * neighbouring circles keep their gap apart and no label touches another label or node. Labels point away from the
 * centre, so the edges, which run inside the ring, never cross them.
 */
export function circleLayout(nodes: readonly LayoutNode[], opts: CircleLayoutOptions = {}): CircleLayout {
  const n = nodes.length;
  // room for edges: about 10 px of rim per node, so arrows between neighbours stay apart
  let R = opts.minRadius ?? Math.max(120, 10 * n);
  if (n > 1) {
    const chord = 2 * Math.sin(Math.PI / n);
    for (let i = 0; i < n; i++) {
      const gap = Math.max(opts.gap ?? 16, opts.gaps?.[i] ?? 0);
      R = Math.max(R, (nodes[i].r + nodes[(i + 1) % n].r + gap) / chord);
    }
  }
  let placed = placeOnRing(nodes, R);
  while (n > 1 && labelsClash(placed) && R * 1.08 <= (opts.maxRadius ?? 900)) {
    R *= 1.08;
    placed = placeOnRing(nodes, R);
  }
  const boxes = placed.flatMap((p) => [p.box, nodeBox(p)]);
  const bbox = {
    x0: Math.min(0, ...boxes.map((b) => b.x0)),
    x1: Math.max(0, ...boxes.map((b) => b.x1)),
    y0: Math.min(0, ...boxes.map((b) => b.y0)),
    y1: Math.max(0, ...boxes.map((b) => b.y1)),
  };
  return { nodes: placed, radius: R, bbox };
}

/**
 * An order of the nodes around the ring that keeps linked nodes side by side (fewer and shorter crossing edges):
 * start from the strongest node, then repeatedly take the one most linked to the node placed last; when it has no link
 * left, the strongest node left starts the next cluster. Ties by name.
 */
export function ringOrder(
  names: readonly string[],
  weight: (a: string, b: string) => number,
  strength: (a: string) => number,
): string[] {
  const left = names.slice().sort((a, b) => strength(b) - strength(a) || byString(a, b));
  const out: string[] = [];
  while (left.length) {
    const last = out[out.length - 1];
    let best = 0;
    if (last !== undefined)
      for (let i = 1; i < left.length; i++) if (weight(last, left[i]) > weight(last, left[best])) best = i;
    out.push(left.splice(best, 1)[0]);
  }
  return out;
}
