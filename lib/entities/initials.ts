// Initials before a surname ("P. Simmons", "S. Waugh", "T.O'Gorman"). The sentence splitter ends a sentence at
// "P." before a capital, so the surname starts the next sentence; the mention finder reattaches the initial here.
import type { Doc } from '../types.js';

/** A one-letter capital word token ("P" of "P."). */
function isInitialLetter(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  if (!t || t.kind !== 'word' || t.end - t.start !== 1) return false;
  const c = d.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/**
 * The start offset of the initials written right before token `i` ("P. " in "P. Simmons", "A.J. " in "A.J. Smith"),
 * or -1. An initial is a capital letter and a period with at most one space before the name, on the same line. A
 * middle initial after a first name ("Juan A. Samaranch") is left out (-1): the first name is a run of its own.
 */
export function initialStart(d: Doc, i: number): number {
  const toks = d.tokens;
  let k = i;
  let start = -1;
  for (;;) {
    const dot = toks[k - 1];
    if (!dot || dot.norm !== '.' || !isInitialLetter(d, k - 2) || toks[k - 2].end !== dot.start) break;
    const gap = toks[k].start - dot.end;
    if (gap > 1 || (gap === 1 && d.text.charCodeAt(dot.end) !== 32)) break;
    start = toks[k - 2].start;
    k -= 2;
  }
  if (start < 0) return -1;
  // "Juan A. Samaranch": a capitalised word right before the initial is a first name the run already holds
  const before = toks[k - 1];
  if (before && before.kind === 'word' && d.text.charCodeAt(before.end) === 32 && before.end + 1 === toks[k].start) {
    const c = d.text.charCodeAt(before.start);
    if (c >= 65 && c <= 90 && before.end - before.start > 1) return -1;
  }
  return start;
}
