// Binary searches over sorted arrays: the one place the loop is written.

/**
 * The first index i in [lo, hi) where `isAfter(i)` is true, for a predicate false then true along the range; hi if
 * none.
 */
export function partitionPoint(hi: number, isAfter: (i: number) => boolean, lo = 0): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the first range whose end is after `pos` (ranges sorted by start, disjoint); `ranges.length` if none. */
export function firstEndingAfter(ranges: readonly { end: number }[], pos: number): number {
  let lo = 0,
    hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first item whose start is at or after `pos` (items sorted by start); `items.length` if none. */
export function firstStartingAt(items: readonly { start: number }[], pos: number): number {
  let lo = 0,
    hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the half-open range [start, end) that contains `pos` (ranges sorted, disjoint), or -1. */
export function rangeAt(ranges: readonly { start: number; end: number }[], pos: number): number {
  const i = firstEndingAfter(ranges, pos);
  return i < ranges.length && ranges[i].start <= pos ? i : -1;
}

/** The items (sorted by start) that start in [from, to), by two binary searches. */
export function startingIn<T extends { start: number }>(items: readonly T[], from: number, to: number): readonly T[] {
  return to <= from ? [] : items.slice(firstStartingAt(items, from), firstStartingAt(items, to));
}
