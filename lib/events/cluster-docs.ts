// Clustering the articles that have no given event: their similarity links (similarity.ts), shared passages added,
// each link weighed by the articles' date gap, then merged strongest first (merge-links.ts).
import { pushTo } from '../util/maps.js';
import {
  DEFAULT_PASSAGE_WEIGHT,
  DEFAULT_THRESHOLD,
  DEFAULT_WINDOW_DAYS,
  type EventDoc,
  type EventOptions,
} from './event-types.js';
import { docViews, similarities } from './similarity.js';
import { mergeLinks } from './merge-links.js';

const DAY = 86_400_000;

/** The day number of an ISO date (days since 1970-01-01), or null for no or an unreadable date. */
function dayOf(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.round(t / DAY) : null;
}

/** Clusters (lists of doc indices, each sorted, first member smallest) of the docs at `idx`; singletons included. */
export function clusterDocs(docs: readonly EventDoc[], idx: readonly number[], opts: EventOptions): number[][] {
  if (!idx.length) return [];
  const days = idx.map((i) => dayOf(docs[i].date));
  const views = docViews(
    idx.map((i) => docs[i]),
    opts,
  );
  const { edges, score } = similarities(views, days, opts);
  // shared passages
  const passages = new Map<number, number[]>(); // doc -> docs it shares a passage with
  const pos = new Map(idx.map((i, k) => [docs[i].id, k]));
  for (const [a, b] of opts.links ?? []) {
    const x = pos.get(a),
      y = pos.get(b);
    if (x === undefined || y === undefined || x === y) continue;
    const key = Math.min(x, y) * idx.length + Math.max(x, y);
    edges.set(key, (edges.get(key) ?? score(x, y)) + (opts.passageWeight ?? DEFAULT_PASSAGE_WEIGHT));
    pushTo(passages, x, y);
    pushTo(passages, y, x);
  }
  const root = mergeLinks(scoredLinks(edges, days, opts), { days, views, passages }, opts);
  const out = new Map<number, number[]>();
  idx.forEach((i, k) => {
    pushTo(out, root(k), i);
  });
  return [...out.values()];
}

/** The links at or above the threshold once the date factor is applied, strongest first: [score, a, b]. */
function scoredLinks(
  edges: ReadonlyMap<number, number>,
  days: readonly (number | null)[],
  opts: EventOptions,
): [number, number, number][] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const windowDays = opts.windowDays ?? DEFAULT_WINDOW_DAYS;
  const n = days.length;
  const scored: [number, number, number][] = [];
  for (const [key, s0] of edges) {
    const a = Math.floor(key / n),
      b = key % n;
    const da = days[a],
      db = days[b];
    let s = s0;
    if (da !== null && db !== null) {
      const gap = Math.abs(da - db);
      if (gap > windowDays) continue;
      s *= 1 - gap / (2 * (windowDays + 1));
    } else s *= 0.8; // an undated article needs more in common
    if (s >= threshold) scored.push([s, a, b]);
  }
  return scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
}
