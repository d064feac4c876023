// Quoted spans of an article: one scanner for every analysis (overlap's quoted share, framing's quotes and speakers).
import type { Paragraph, QuoteSpan } from '../types.js';
import { firstEndingAfter } from '../util/search.js';

export type { QuoteSpan };

const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Quoted spans of a text, paragraph by paragraph, in text order: straight and curly double marks, guillemets, single
 * marks (told apart from apostrophes), quotes nested one deep, a quote left open running to the end of its paragraph
 * and continued by a paragraph that reopens it, an opener inside an open quote ending the quote never closed.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried = -1; // group of a quote left open at the end of the previous paragraph
  for (const { start: ps, end: pe } of paragraphs) {
    let open = -1; // position of the open top-level mark
    let openKind = 'double' as 'double' | 'single';
    let nested = -1;
    let group = -1;
    let seenMark = false;
    let firstNonSpace = ps;
    while (firstNonSpace < pe && /\s/.test(text[firstNonSpace])) firstNonSpace++;
    // the last single closing mark of the paragraph, so "is there a closer later?" is one comparison
    let lastSingleCloser = -1;
    for (let k = pe - 1; k >= ps; k--)
      if ((text[k] === '\u2019' || text[k] === "'") && !isLetter(text[k + 1]) && !isSpace(text[k - 1])) {
        lastSingleCloser = k;
        break;
      }
    const hasLaterCloser = (from: number) => lastSingleCloser >= from;
    const startAt = (i: number, kind: 'double' | 'single') => {
      open = i;
      openKind = kind;
      nested = -1;
      // a paragraph that opens with a quote mark continues a quote left open in the previous paragraph
      group = carried >= 0 && !seenMark && firstNonSpace === i ? carried : out.length;
    };
    const close = (i: number, markLen: number) => {
      push(out, open, i + markLen, open + 1, i, 0, group);
      open = -1;
      nested = -1;
    };
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) {
        if (open >= 0 && openKind === 'single') continue; // a double mark inside a single-quoted quote: ignore
        if (open < 0) {
          if (DOUBLE_CLOSE.has(c) || (c === '"' && !isSpace(text[i - 1]) && isSpace(text[i + 1]) && !seenMark)) {
            // a closing mark with no opener: the quote was carried over from the previous paragraph without being reopened
            if (carried >= 0 && !seenMark) push(out, ps, i + 1, ps, i, 0, carried);
            seenMark = true;
            continue;
          }
          startAt(i, 'double');
        } else if (DOUBLE_OPEN.has(c) && i > open + 1) {
          // an opener while a quote is open: the earlier quote was never closed; end it here and start again
          push(out, open, i, open + 1, trimEnd(text, open + 1, i), 0, group);
          startAt(i, 'double');
        } else {
          if (nested >= 0) push(out, nested, i, nested + 1, i, 1, group); // unclosed nested quote ends with its parent
          close(i, 1);
        }
        seenMark = true;
        continue;
      }
      if (c === '\u2018' || c === '\u2019' || c === "'") {
        const prev = text[i - 1],
          next = text[i + 1];
        if (isLetter(prev) && isLetter(next)) continue; // an apostrophe inside a word: Syria’s, don’t
        const opener =
          (c === '\u2018' || c === "'") && !isLetter(prev) && (isLetter(next) || next === '"' || next === '\u201C');
        const closer = (c === '\u2019' || c === "'") && !isSpace(prev) && !isLetter(next);
        if (open >= 0 && openKind === 'double') {
          if (nested < 0 && opener) nested = i;
          else if (nested >= 0 && closer && !(prev === 's' && next === ' ' && !hasLaterCloser(i + 1))) {
            push(out, nested, i + 1, nested + 1, i, 1, group);
            nested = -1;
          }
        } else if (open >= 0 && openKind === 'single') {
          if (closer && !(prev === 's' && !hasLaterCloser(i + 1))) close(i, 1);
        } else if (c === '\u2018' && opener && hasLaterCloser(i + 1)) {
          startAt(i, 'single');
          seenMark = true;
        }
      }
    }
    carried = -1;
    if (open >= 0) {
      // the quote runs to the end of the paragraph; the next paragraph may reopen it
      if (nested >= 0) push(out, nested, pe, nested + 1, pe, 1, group);
      push(out, open, pe, open + 1, pe, 0, group);
      if (openKind === 'double') carried = group;
    }
  }
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

function push(
  out: QuoteSpan[],
  start: number,
  end: number,
  is: number,
  ie: number,
  depth: number,
  group: number,
): void {
  if (ie <= is) return;
  out.push({ start, end, inner: [is, ie], depth, group });
}

/** The top-level quotes of a doc's quote spans (sorted and disjoint), the ones shares of quoted text are measured on. */
export function topLevelQuotes(spans: readonly QuoteSpan[]): QuoteSpan[] {
  return spans.filter((q) => q.depth === 0);
}

/** Share of the characters of [start, end) that lie inside the given (sorted, disjoint) quote spans. */
export function quotedShare(spans: readonly Pick<QuoteSpan, 'start' | 'end'>[], start: number, end: number): number {
  if (end <= start) return 0;
  let inside = 0;
  for (let k = firstEndingAfter(spans, start); k < spans.length && spans[k].start < end; k++)
    inside += Math.min(end, spans[k].end) - Math.max(start, spans[k].start);
  return inside / (end - start);
}
