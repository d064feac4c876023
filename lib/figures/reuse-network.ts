// The outlet reuse network: who took text from whom, credited or not, and who only shares quotes and wire text.
// Drawn to be read on a corpus of a hundred outlets: only outlets linked to another are drawn (those that reuse
// first, the number stated), nodes sit on a ring in an order that keeps linked outlets together, at a radius where no
// circle or name touches another, and the faint common-source lines are capped to the strongest.
import type { Figure } from '../types.js';
import type { OutletReuse, OverlapResult } from '../overlap/overlap.js';
import { STRONG_EVIDENCE } from '../overlap/kinds.js';
import { baseLayout, esc, figure } from './style.js';
import { byString } from '../util/compare.js';
import { circleLayout, ringOrder, type PlacedNode } from './circle-layout.js';
import { pairKey, reuseLinks, type LinkInput, type ReuseLink } from './reuse-links.js';

/**
 * Edge colours, told apart without relying on red versus green (Okabe-Ito): credited reuse bluish green, uncredited
 * reuse vermilion, common-source or stock text only a faint grey-blue drawn under the reuse arrows.
 */
export const EDGE_COLOR = { credited: '#009E73', uncredited: '#D55E00', common: '#8DA0B3' } as const;

/** The class of an outlet edge: any uncredited reuse pair makes it vermilion; else credited reuse; else common/stock only. */
export function edgeClass(e: Pick<OutletReuse, 'credited' | 'uncredited'>): keyof typeof EDGE_COLOR {
  return e.uncredited > 0 ? 'uncredited' : e.credited > 0 ? 'credited' : 'common';
}

/** What the network reads from the overlap result. */
export type NetworkInput = LinkInput & Pick<OverlapResult, 'citations'>;

/** Outlets the network draws at most by default: on a ring, 30 names still fit without touching. */
export const NETWORK_MAX_OUTLETS = 30;

/** When fewer outlets reuse text, outlets linked by common-source text only are added up to this many. */
export const NETWORK_FILL_OUTLETS = 16;

/** Longest outlet name written beside a node; the full name is in the hover. */
export const NETWORK_LABEL_CHARS = 24;

/** Options of the network: a title; at most `maxOutlets` outlets; common-source lines at most `maxCommonLinks`. */
export interface NetworkOptions {
  title?: string;
  maxOutlets?: number;
  /** outlets linked only by common-source text fill the chart up to this many (default NETWORK_FILL_OUTLETS) */
  fillOutlets?: number;
  /** faint common-source lines drawn at most (default twice the outlets drawn), the strongest */
  maxCommonLinks?: number;
}

/** The outlets drawn, and the counts the title and note state. */
interface NetworkPick {
  outlets: string[];
  /** outlets in reuse links */
  reusing: number;
  /** outlets in any link */
  linked: number;
  /** outlets in the corpus */
  total: number;
}

/**
 * The outlets a network draws: those in reuse links, most reused words first (at most `max`); then, while fewer than
 * `fill`, those linked only by common-source text, most shared words first. An outlet that shares nothing with another
 * is never drawn. Returned in ring order (lib/figures/circle-layout.ts ringOrder).
 */
export function networkOutlets(result: LinkInput, links: readonly ReuseLink[], max: number, fill: number): NetworkPick {
  const reuse = new Map<string, number>(),
    common = new Map<string, number>();
  for (const l of links) {
    const m = l.kind === 'common' ? common : reuse;
    for (const o of [l.from, l.to]) m.set(o, (m.get(o) ?? 0) + l.words);
  }
  const byWords = (m: Map<string, number>) => (a: string, b: string) => m.get(b)! - m.get(a)! || byString(a, b);
  const pick = [...reuse.keys()].sort(byWords(reuse)).slice(0, max);
  const commonOnly = [...common.keys()].filter((o) => !reuse.has(o)).sort(byWords(common));
  pick.push(...commonOnly.slice(0, Math.max(0, Math.min(fill, max) - pick.length)));
  const weight = new Map<string, number>();
  for (const l of links) {
    const k = pairKey(l.from, l.to);
    weight.set(k, (weight.get(k) ?? 0) + (l.kind === 'common' ? l.words / 10 : l.words));
  }
  const outlets = ringOrder(
    pick,
    (a, b) => weight.get(pairKey(a, b)) ?? 0,
    (o) => (reuse.get(o) ?? 0) + (common.get(o) ?? 0) / 10,
  );
  const linked = new Set([...reuse.keys(), ...common.keys()]).size;
  return { outlets, reusing: reuse.size, linked, total: new Set(result.docs.map((d) => d.outlet)).size };
}

/** Shorten a name to NETWORK_LABEL_CHARS characters (an ellipsis marks the cut), not yet escaped. */
function shortName(s: string): string {
  return s.length > NETWORK_LABEL_CHARS ? s.slice(0, NETWORK_LABEL_CHARS - 1) + '…' : s;
}

/** The links drawn: reuse between drawn outlets, then the strongest common-source lines of pairs without reuse. */
function drawnLinks(links: readonly ReuseLink[], shown: ReadonlySet<string>, maxCommon: number) {
  const both = links.filter((l) => shown.has(l.from) && shown.has(l.to));
  const reuse = both.filter((l) => l.kind !== 'common');
  const reused = new Set(reuse.map((l) => pairKey(l.from, l.to)));
  const common = both.filter((l) => l.kind === 'common' && !reused.has(pairKey(l.from, l.to)));
  return { reuse, common: common.slice(0, maxCommon), commonAll: common.length };
}

/** The hover text of a link. */
function linkHover(l: ReuseLink): string {
  if (l.kind === 'common')
    return `${esc(l.from)} and ${esc(l.to)}: ${l.pairs} article pair(s) sharing only common-source or stock text (quotes, statements, wire copy), about ${l.words} words; no credit needed`;
  const arrow = l.directed ? '→' : '↔';
  return (
    `${esc(l.from)} ${arrow} ${esc(l.to)}${l.directed ? '' : ' (which came first is unknown)'}<br>` +
    `${l.pairs} article pair(s) with reuse, ${l.uncredited} not credited; about ${l.words} words reused<br>` +
    `strongest evidence of copying: ${l.evidence.toFixed(1)}${l.evidence < STRONG_EVIDENCE ? ' (weak: under 10)' : ''}`
  );
}

/** Words of a link drawn at full width at least (about two articles' worth), so widths compare across corpora. */
const WIDTH_FLOOR_WORDS = 1000;

/** Width in pixels of a link's line: by words on a square-root scale, reuse 1.5 to 7.5, common 1 to 2.5. */
function linkWidth(l: ReuseLink, maxWords: number): number {
  const f = Math.sqrt(l.words / Math.max(1, maxWords));
  return Math.round((l.kind === 'common' ? 1 + 1.5 * f : 1.5 + 6 * f) * 10) / 10;
}

/** The arrow (or line) of a link, from the edge of one circle to the edge of the other. */
function linkArrow(l: ReuseLink, a: PlacedNode, b: PlacedNode, width: number): Record<string, unknown> {
  const dx = b.x - a.x,
    dy = b.y - a.y,
    L = Math.hypot(dx, dy) || 1;
  const ux = dx / L,
    uy = dy / L;
  // a directed arrow runs a little to the right of the centre line, so A→B and B→A stay two arrows
  const side = l.directed ? 4 : 0;
  const ox = uy * side,
    oy = -ux * side;
  const head = l.directed && l.kind !== 'common';
  return {
    x: b.x - ux * (b.r + 3) + ox,
    y: b.y - uy * (b.r + 3) + oy,
    ax: a.x + ux * (a.r + 3) + ox,
    ay: a.y + uy * (a.r + 3) + oy,
    xref: 'x',
    yref: 'y',
    axref: 'x',
    ayref: 'y',
    showarrow: true,
    arrowhead: head ? 2 : 0,
    // plotly scales the head with the line: a wide line gets a relatively smaller head
    arrowsize: head ? Math.round(Math.max(0.5, 1.5 / Math.sqrt(width)) * 100) / 100 : 1,
    arrowwidth: width,
    arrowcolor: EDGE_COLOR[l.kind],
    // common-source lines are context, not findings; reuse on weak evidence is paler
    opacity: l.kind === 'common' ? 0.45 : l.evidence >= STRONG_EVIDENCE ? 0.95 : 0.55,
    text: '',
  };
}

/** Arrows (common-source lines first, so reuse is drawn on top) and invisible hover points at their midpoints. */
function linkLayer(
  drawn: { reuse: ReuseLink[]; common: ReuseLink[] },
  at: ReadonlyMap<string, PlacedNode>,
): { annotations: Record<string, unknown>[]; hover: Figure['data'][number] } {
  // scaled to the widest link, but never below a floor: a chart whose one link is 30 words draws it thin
  const maxReuse = drawn.reuse.reduce((m, l) => Math.max(m, l.words), WIDTH_FLOOR_WORDS);
  const maxCommon = drawn.common.reduce((m, l) => Math.max(m, l.words), WIDTH_FLOOR_WORDS);
  const annotations: Record<string, unknown>[] = [];
  const mid: { x: number[]; y: number[]; text: string[] } = { x: [], y: [], text: [] };
  for (const l of [...drawn.common, ...drawn.reuse]) {
    const a = at.get(l.from)!,
      b = at.get(l.to)!;
    annotations.push(linkArrow(l, a, b, linkWidth(l, l.kind === 'common' ? maxCommon : maxReuse)));
    mid.x.push(Math.round((a.x + b.x) / 2));
    mid.y.push(Math.round((a.y + b.y) / 2));
    mid.text.push(linkHover(l));
  }
  const hover = {
    type: 'scatter',
    mode: 'markers',
    ...mid,
    hoverinfo: 'text',
    marker: { size: 14, color: 'rgba(0,0,0,0)' },
    showlegend: false,
  };
  return { annotations, hover };
}

/** Each outlet's article count, and the outlets each one cites. */
function outletFacts(result: NetworkInput) {
  const count = new Map<string, number>();
  for (const d of result.docs) count.set(d.outlet, (count.get(d.outlet) ?? 0) + 1);
  const cites = new Map<string, Set<string>>();
  const outletOf = new Map(result.docs.map((d) => [d.id, d.outlet]));
  for (const c of result.citations)
    if (c.kind === 'outlet') {
      const from = outletOf.get(c.doc) ?? c.doc;
      (cites.get(from) ?? cites.set(from, new Set()).get(from)!).add(c.cited);
    }
  return { count, cites };
}

/** The outlet nodes: circle area by article count, names outside the ring, full name and facts in the hover. */
function nodeTrace(
  outlets: readonly string[],
  placed: readonly PlacedNode[],
  facts: ReturnType<typeof outletFacts>,
  selfPairs: ReadonlyMap<string, number>,
) {
  return {
    type: 'scatter',
    mode: 'markers+text',
    showlegend: false,
    x: placed.map((p) => Math.round(p.x * 10) / 10),
    y: placed.map((p) => Math.round(p.y * 10) / 10),
    text: outlets.map((o) => '<b>' + esc(shortName(o)) + '</b>'),
    textposition: placed.map((p) => p.textposition),
    textfont: { size: 12 },
    cliponaxis: false,
    hovertext: outlets.map(
      (o) =>
        `${esc(o)}: ${facts.count.get(o)} article(s)` +
        (selfPairs.get(o) ? `<br>reuses its own text in ${selfPairs.get(o)} article pair(s)` : '') +
        (facts.cites.get(o)?.size ? `<br>cites: ${esc([...facts.cites.get(o)!].sort(byString).join(', '))}` : ''),
    ),
    hoverinfo: 'text',
    marker: {
      size: placed.map((p) => Math.round(2 * p.r * 10) / 10),
      // neutral fill: on this chart colour means the kind of edge, and an orange or green node would read as one
      color: '#eef1f4',
      line: { color: '#333', width: 1.5 },
    },
  };
}

/** Legend entries for the three edge styles. */
function edgeLegend(): Figure['data'] {
  const entry = (name: string, color: string, opacity = 1) => ({
    type: 'scatter',
    mode: 'lines',
    x: [null],
    y: [null],
    name,
    opacity,
    line: { color, width: 4 },
  });
  return [
    entry('reuse, credited', EDGE_COLOR.credited),
    entry('reuse, not credited', EDGE_COLOR.uncredited),
    entry('common source or stock text only (no credit needed)', EDGE_COLOR.common, 0.6),
  ];
}

/** Pixels between ring neighbours joined by a drawn link: the ring order sets linked outlets side by side, and at the
 * usual 16 px their line (often the heaviest) would be a dash. */
export const LINKED_NEIGHBOUR_GAP = 56;

/** The gap after each outlet on the ring: wide when it and the next outlet are linked. */
function neighbourGaps(ring: readonly string[], drawn: readonly ReuseLink[]): number[] {
  const linked = new Set(drawn.map((l) => pairKey(l.from, l.to)));
  return ring.map((o, i) => (linked.has(pairKey(o, ring[(i + 1) % ring.length])) ? LINKED_NEIGHBOUR_GAP : 0));
}

/** The chart's title: what is drawn, and how many of how many outlets. */
function networkTitle(pick: NetworkPick): string {
  const n = pick.outlets.length;
  // no outlet drawn: none shares even a quote with another ("0 of the 17 outlets share only quotes" said nothing)
  if (!n) return 'No text is shared across outlets: every outlet wrote its own copy';
  if (!pick.reusing)
    // "4 of the 11 outlets": the outlets drawn are some of all, not "the 4 of 11"
    return `No outlet reuses another’s text: ${n === pick.total ? 'the outlets' : `${n} of the ${pick.total} outlets`} share only quotes, wire or stock text`;
  if (n === pick.total) return 'Who reuses whom: every outlet, arrows from source outlet to reusing outlet';
  const which =
    n === pick.linked
      ? 'that share text with another outlet'
      : n === pick.reusing
        ? 'that reuse or are reused across outlets'
        : n < pick.reusing
          ? 'with the most reused text'
          : 'that reuse text, then those sharing the most quotes or wire text';
  return `Who reuses whom: the ${n} of ${pick.total} outlets ${which}`;
}

/** The line under the title: how to read the marks, and what is left out. */
function networkNote(pick: NetworkPick, common: { drawn: number; all: number }): string {
  const parts = [
    pick.reusing
      ? 'Arrow: from source to reusing outlet, width = words reused, paler = evidence under 10. Circle area = articles.'
      : 'Line: the two outlets’ articles share quotes, statements, wire or stock text; width = words shared. Circle area = articles.',
  ];
  const alone = pick.total - pick.linked,
    less = pick.linked - pick.outlets.length;
  const left: string[] = [];
  if (less > 0) left.push(`${less} ${less === 1 ? 'outlet' : 'outlets'} with less shared text`);
  if (alone > 0)
    left.push(
      alone === 1 ? '1 outlet that shares no text with another' : `${alone} outlets that share no text with another`,
    );
  if (left.length) parts.push(`Not drawn: ${left.join(' and ')}; the tables list every pair.`);
  if (common.drawn < common.all)
    parts.push(`Faint lines: the ${common.drawn} strongest of ${common.all} links by common-source text only.`);
  return parts.join('<br>');
}

/**
 * Network of outlets: arrows from source outlet to reusing outlet, width by words reused, vermilion when any pair is
 * uncredited, bluish green when credited, paler when the strongest evidence is under 10; faint grey-blue lines (no
 * arrowhead) for outlets that share only common-source or stock text, the strongest `maxCommonLinks`. Outlets that
 * share nothing are left out; of the rest, those that reuse come first, at most `maxOutlets` (default 30). Positions
 * are pixels on a ring sized so no circle or name touches another (lib/figures/circle-layout.ts); deterministic.
 */
export function reuseNetwork(result: NetworkInput, opts: NetworkOptions = {}): Figure {
  const { links, selfPairs } = reuseLinks(result);
  const pick = networkOutlets(
    result,
    links,
    Math.max(2, opts.maxOutlets ?? NETWORK_MAX_OUTLETS),
    opts.fillOutlets ?? NETWORK_FILL_OUTLETS,
  );
  const facts = outletFacts(result);
  const maxCount = pick.outlets.reduce((m, o) => Math.max(m, facts.count.get(o) ?? 0), 1);
  const drawn = drawnLinks(links, new Set(pick.outlets), opts.maxCommonLinks ?? 2 * pick.outlets.length);
  const layout = circleLayout(
    pick.outlets.map((o) => ({ label: shortName(o), r: 7 + 15 * Math.sqrt((facts.count.get(o) ?? 0) / maxCount) })),
    { gaps: neighbourGaps(pick.outlets, [...drawn.reuse, ...drawn.common]) },
  );
  const at = new Map(pick.outlets.map((o, i) => [o, layout.nodes[i]]));
  const { annotations, hover } = linkLayer(drawn, at);
  const note = networkNote(pick, { drawn: drawn.common.length, all: drawn.commonAll });
  return figure(
    'overlap-reuse-network',
    [hover, nodeTrace(pick.outlets, layout.nodes, facts, selfPairs), ...edgeLegend()],
    networkLayout(opts.title ?? networkTitle(pick), note, layout.bbox, annotations),
  );
}

/**
 * The layout at one pixel per data unit: the plot area is the ring's box plus a margin (at least wide enough for the
 * title and legend), both axes hidden, y scaled to x so the ring stays round when the page resizes it.
 */
function networkLayout(
  title: string,
  note: string,
  bbox: { x0: number; x1: number; y0: number; y1: number },
  annotations: Record<string, unknown>[],
): Figure['layout'] {
  const lines = note.split('<br>').length;
  const margin = { l: 20, r: 20, t: 70 + 17 * lines, b: 60 };
  const width = Math.max(760, Math.ceil(bbox.x1 - bbox.x0) + 30 + margin.l + margin.r);
  const plotW = width - margin.l - margin.r,
    plotH = Math.ceil(bbox.y1 - bbox.y0) + 30;
  const cx = (bbox.x0 + bbox.x1) / 2,
    cy = (bbox.y0 + bbox.y1) / 2;
  const range = (c: number, w: number) => [Math.round((c - w / 2) * 10) / 10, Math.round((c + w / 2) * 10) / 10];
  const axis = { visible: false, zeroline: false, fixedrange: true, title: { text: '' } };
  annotations.push({
    text: note,
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y: 1,
    xanchor: 'left',
    yanchor: 'bottom',
    yshift: 8,
    align: 'left',
    showarrow: false,
    font: { size: 12, color: '#555' },
  });
  return baseLayout(title, {
    width,
    height: plotH + margin.t + margin.b,
    annotations,
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: 0, yanchor: 'top' },
    xaxis: { ...axis, range: range(cx, plotW) },
    yaxis: { ...axis, range: range(cy, plotH), scaleanchor: 'x', scaleratio: 1 },
    margin,
  });
}
