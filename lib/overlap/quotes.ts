// Spans of text inside quotation marks, so shared quotes can be told apart from copied narration.

/** A quoted span [start, end) of a text, quote marks included. */
export interface QuoteSpan {
  start: number;
  end: number;
}

const OPENERS = new Set(['"', '\u201C', '\u201E', '\u00AB']);
const CLOSERS = new Set(['"', '\u201D', '\u00BB']);

/**
 * Quoted spans of a text by a linear scan: an opening mark opens, the next closing mark closes (straight and curly
 * marks mixed, as pasted copy often has them); a quote left open runs to the end of its paragraph (blank line).
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (j < text.length && text[j] === '\n' && open >= 0) {
        out.push({ start: open, end: trimEnd(text, i) });
        open = -1;
      }
      continue;
    }
    if (open < 0) {
      if (OPENERS.has(c)) open = i;
    } else if (c === '\u201C' && i > 0 && /\s/.test(text[i - 1])) {
      // a new opening mark after a space: the previous quote was never closed
      out.push({ start: open, end: trimEnd(text, i) });
      open = i;
    } else if (CLOSERS.has(c)) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: trimEnd(text, text.length) });
  return out;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Share of the characters of [start, end) that lie inside the given (sorted, disjoint) quote spans. */
export function quotedShare(spans: readonly QuoteSpan[], start: number, end: number): number {
  if (end <= start) return 0;
  let inside = 0;
  // binary search the first span that ends after start
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < spans.length && spans[k].start < end; k++) inside += Math.min(end, spans[k].end) - Math.max(start, spans[k].start);
  return inside / (end - start);
}
