// Line reading: raw text split into lines (a line ends at \n, \r\n, \r, U+2028 or U+2029) with their raw offsets,
// each normalised (lib/corpus/char-normalize.ts) and cut inside (lib/corpus/inline-cuts.ts); the state of one
// cleaning (the lines, each marked when removed, and the removals so far); a line removed whole; and the character
// removals of the kept lines recorded at the end (a removed line is recorded whole, not by its characters).

import type { Removal } from '../types.js';
import { bump, clip, recordCounts, type Counter } from './clean-log.js';
import { normalizeLine } from './char-normalize.js';
import { cutInline } from './inline-cuts.js';

export interface Line {
  raw: string;
  rawStart: number;
  norm: string;
  /** flat pairs [normOffset, rawOffset] mapping `norm` back to raw */
  segs: number[];
  /** why removed, or null if kept */
  kind: string | null;
}

/** Split raw text into lines with their offsets (linear). */
export function splitLines(raw: string): { raw: string; rawStart: number }[] {
  const out: { raw: string; rawStart: number }[] = [];
  const re = /\r\n|[\n\r\u2028\u2029]/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    out.push({ raw: raw.slice(start, m.index), rawStart: start });
    start = m.index + m[0].length;
  }
  out.push({ raw: raw.slice(start), rawStart: start });
  return out;
}

/** One cleaning in progress: the lines (each marked when removed) and the removals recorded so far. */
export interface Cleaning {
  lines: Line[];
  /** per line, the character removals of step 1 (merged into the totals only if the line is kept) */
  localCounts: Counter[];
  /** per line, the link cards cut from it (recorded only if the line is kept) */
  localCards: Removal[][];
  removed: Removal[];
}

/** Where a line's text starts in the raw input (after its leading whitespace). */
export function lineLead(l: Line): number {
  return l.rawStart + (l.raw.length - l.raw.trimStart().length);
}

/** Mark a line removed as `kind` and record it with its verbatim text. */
export function removeLine(c: Cleaning, l: Line, kind: string): void {
  l.kind = kind;
  c.removed.push({ kind, text: clip(l.raw.trim()), rawStart: lineLead(l) });
}

/** Step 1 on every line of the raw text. */
export function readLines(raw: string): Cleaning {
  const lines: Line[] = [];
  const localCounts: Counter[] = [];
  const localCards: Removal[][] = [];
  for (const { raw: r, rawStart } of splitLines(raw)) {
    const local: Counter = new Map();
    const cards: Removal[] = [];
    const n = cutInline(normalizeLine(r, rawStart, local), cards);
    lines.push({ raw: r, rawStart, norm: n.text, segs: n.segs, kind: null });
    localCounts.push(local);
    localCards.push(cards);
  }
  return { lines, localCounts, localCards, removed: [] };
}

/** Record the character removals of kept lines (removed lines are recorded whole); returns the warnings they raise. */
export function recordCharacters(c: Cleaning): string[] {
  const counts: Counter = new Map();
  c.lines.forEach((l, i) => {
    if (l.kind || !l.norm) return;
    for (const [k, v] of c.localCounts[i]) bump(counts, k, v.rawStart, v.sample, v.count);
    c.removed.push(...c.localCards[i]);
  });
  return recordCounts(counts, c.removed);
}
