// Comparators for deterministic sorting: code-point order, never the locale's.

/** Code-point order of two strings (not locale order): the same on every machine. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sort strings in code-point order (a sorted copy; the input is left as it is). */
export function sortedStrings(xs: Iterable<string>): string[] {
  return [...xs].sort(byString);
}
