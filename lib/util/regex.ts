// Pure: text made safe to put inside a regular expression.

/** `s` with every regex special character escaped, to match itself literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
