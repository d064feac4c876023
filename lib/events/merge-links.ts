// Links merged into events, strongest first, under three checks: an event's date span, undated articles bridging no two
// dated events, and the group-average link of the two clusters (one article on two stories does not chain them).
import { addVec, dot, type SparseVec } from './vectors.js';
import { DEFAULT_PASSAGE_WEIGHT, DEFAULT_TERM_WEIGHT, DEFAULT_THRESHOLD, type EventOptions } from './event-types.js';
import type { DocViews } from './similarity.js';

/**
 * Union the docs along the links, strongest first; returns each doc's cluster root. Two clusters merge only if the
 * merged one stays within maxSpan days, an undated article bridges no two dated clusters, and the clusters' group-average
 * link reaches `groupShare` of the threshold: one article that mentions two stories does not chain them into one.
 */
export function mergeLinks(
  scored: readonly [number, number, number][],
  ctx: { days: readonly (number | null)[]; views: DocViews; passages: ReadonlyMap<number, readonly number[]> },
  opts: EventOptions,
): (k: number) => number {
  const { days, views, passages } = ctx;
  const maxSpan = opts.maxSpanDays ?? 10;
  const parent = days.map((_, k) => k);
  const lo = days.slice(),
    hi = days.slice();
  const sums = new Map<number, ClusterSum>();
  const sumOf = (r: number): ClusterSum =>
    sums.get(r) ?? { ents: views.ents[r], words: views.words ? views.words.vec(r) : null, members: [r] };
  /** how many pairs across the two clusters share a passage */
  const passagePairs = (x: ClusterSum, rOther: number) => {
    let n = 0;
    for (const k of x.members) for (const y of passages.get(k) ?? []) if (find(y) === rOther) n++;
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [, a, b] of scored) {
    const ra = find(a),
      rb = find(b);
    if (ra === rb) continue;
    const l = minN(lo[ra], lo[rb]),
      h = maxN(hi[ra], hi[rb]);
    if (l !== null && h !== null && h - l > maxSpan) continue;
    // an undated article joins one dated story at most: no span cap can hold it
    if ((days[a] === null || days[b] === null) && lo[ra] !== null && lo[rb] !== null) continue;
    const sa = sumOf(ra),
      sb = sumOf(rb);
    const bar = (opts.groupShare ?? 1) * (opts.threshold ?? DEFAULT_THRESHOLD);
    const small = sa.members.length <= sb.members.length ? { x: sa, other: rb } : { x: sb, other: ra };
    // an article that shares a passage with a member joins on that alone: copy is the same story
    const copied = small.x.members.length === 1 && passagePairs(small.x, small.other) > 0;
    if (
      sa.members.length + sb.members.length > 2 &&
      !copied &&
      groupAverage(sa, sb, passagePairs(small.x, small.other), opts) < bar
    )
      continue;
    const r = Math.min(ra, rb),
      o = Math.max(ra, rb);
    parent[o] = r;
    lo[r] = l;
    hi[r] = h;
    // the larger cluster's sums grow in place (a lone article's entity vector is the view's, copied first)
    const [big, rBig, other] = sa.members.length >= sb.members.length ? [sa, ra, sb] : [sb, rb, sa];
    const own = sums.has(rBig);
    sums.delete(o);
    sums.set(r, {
      ents: addVec(big.ents, other.ents, own),
      words: big.words && other.words ? addVec(big.words, other.words, own) : null,
      members: pushAll(big.members, other.members),
    });
  }
  return find;
}

/**
 * Group-average link of two clusters: the mean over their cross pairs of entity cosine + termWeight × word cosine
 * + passageWeight per pair sharing a passage (the vectors are unit vectors, so the dot product of their sums is the
 * sum of the pair cosines).
 */
function groupAverage(a: ClusterSum, b: ClusterSum, passagePairs: number, opts: EventOptions): number {
  const words = a.words && b.words ? dot(a.words, b.words) : 0;
  const sum =
    dot(a.ents, b.ents) +
    (opts.termWeight ?? DEFAULT_TERM_WEIGHT) * words +
    (opts.passageWeight ?? DEFAULT_PASSAGE_WEIGHT) * passagePairs;
  return sum / (a.members.length * b.members.length);
}

/** A cluster's summed entity and word vectors and its size. */
interface ClusterSum {
  ents: SparseVec;
  words: SparseVec | null;
  /** its docs */
  members: number[];
}

/** `a` with the items of `b` appended (a is grown, not copied). */
function pushAll(a: number[], b: readonly number[]): number[] {
  for (const x of b) a.push(x);
  return a;
}

function minN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}
