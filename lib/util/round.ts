// Rounding of reported numbers: one rule, so tables and JSON agree digit for digit.

/** `x` rounded to `digits` decimals (half away from zero for positives, as Math.round). */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
