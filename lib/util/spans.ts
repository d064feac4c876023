// Half-open offset ranges [start, end): overlap tests and covered length.

/** True when [aStart, aEnd) and [bStart, bEnd) share at least one position. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

/** Number of distinct positions covered by half-open ranges (any order). */
export function coveredLength(ranges: readonly [number, number][]): number {
  const r = ranges.slice().sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let total = 0,
    s = -1,
    e = -1;
  for (const [x, y] of r) {
    if (x > e) {
      if (e > s) total += e - s;
      s = x;
      e = y;
    } else if (y > e) e = y;
  }
  if (e > s) total += e - s;
  return total;
}
