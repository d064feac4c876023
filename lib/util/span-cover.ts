// Whether a position or a span lies inside any span of a set (spans in any order, overlapping or nested), by one binary
// search: the spans sorted by start, with the furthest end among each prefix. Asking each of n tokens against m spans
// costs n log m instead of n × m.
import { partitionPoint } from './search.js';

/** A set of spans made ready for `covers` and `contains`. */
export interface SpanCover {
  /** span starts, ascending */
  starts: Int32Array;
  /** furthest end among the spans up to each index of `starts` */
  reach: Int32Array;
}

/** The cover of `spans`. */
export function spanCover(spans: readonly { start: number; end: number }[]): SpanCover {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
  const starts = new Int32Array(order.length);
  const reach = new Int32Array(order.length);
  let far = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const s = spans[order[k]];
    starts[k] = s.start;
    far = Math.max(far, s.end);
    reach[k] = far;
  }
  return { starts, reach };
}

/** How many spans start at or before `pos`. */
function startedBy(c: SpanCover, pos: number): number {
  const starts = c.starts;
  return partitionPoint(starts.length, (i) => starts[i] > pos);
}

/** True when some span has start <= pos < end. */
export function covers(c: SpanCover, pos: number): boolean {
  const k = startedBy(c, pos);
  return k > 0 && c.reach[k - 1] > pos;
}

/** True when some span has start <= start and end >= end. */
export function contains(c: SpanCover, start: number, end: number): boolean {
  const k = startedBy(c, start);
  return k > 0 && c.reach[k - 1] >= end;
}
