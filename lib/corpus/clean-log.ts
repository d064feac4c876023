// The cleaning log: removals counted per kind (a character kind is recorded once, with its count and first raw
// offset) and the text a removal keeps (clipped). Used by every cleaning step; reads nothing of the others.

import type { Removal } from '../types.js';

const MAX_REMOVED_TEXT = 200;

/** Removals counted per kind: how many, where the first was, and a sample of it. */
export type Counter = Map<string, { count: number; rawStart: number; sample: string }>;

/** Count `n` removals of `kind`; the first one counted gives the offset and the sample. */
export function bump(counts: Counter, kind: string, rawStart: number, sample: string, n = 1): void {
  const e = counts.get(kind);
  if (e) e.count += n;
  else counts.set(kind, { count: n, rawStart, sample });
}

/** The verbatim text a removal records, at most MAX_REMOVED_TEXT characters. */
export function clip(s: string): string {
  return s.length > MAX_REMOVED_TEXT ? s.slice(0, MAX_REMOVED_TEXT) : s;
}

/** Push one removal per counted kind; returns the warning for replacement characters. */
export function recordCounts(counts: Counter, removed: Removal[]): string[] {
  const warnings: string[] = [];
  for (const [kind, v] of counts) {
    removed.push({ kind, text: v.sample, rawStart: v.rawStart, count: v.count });
    if (kind === 'mojibake')
      warnings.push(
        `input contained ${v.count} character(s) garbled by a wrong decoding (such as “${v.sample}”), repaired: the raw text keeps them as given`,
      );
    if (kind === 'replacement-char')
      warnings.push(
        `input contained ${v.count} U+FFFD replacement character(s), removed: text was damaged before loading`,
      );
  }
  return warnings;
}
