// Quoted spans of an article: one scanner for every analysis (overlap's quoted share, framing's quotes and speakers).
import type { Paragraph, QuoteSpan } from '../types.js';
import { firstEndingAfter } from '../util/search.js';
import { cliticEnd } from './tokenize.js';
import { singleQuoteEnd, singleScanMemo } from './single-quotes.js';

export type { QuoteSpan };

/** A letter or digit; a module constant, since tsx rebuilds a \p{...} literal written inside a function on every call. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => !!c && LETTER_OR_DIGIT.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Whether the apostrophe at i opens a clitic split off by a tokeniser ("it 's", "they 're"): a space before it and a
 * clitic after (the tokenizer's own test). Inside a PTB quote (`` … '') it is no nested quote mark; on AllSides 2,116
 * of 2,270 nested quotes were such apostrophes, each running to the quote's end.
 */
function spacedClitic(text: string, i: number): boolean {
  return text[i] === "'" && isSpace(text[i - 1]) && cliticEnd(text, i) > i;
}

/**
 * A double quote mark at a position: its length and what it can do. `opener` marks open a quote ("“", "„", "«", "``");
 * `closer` marks close one ("”", "»", "''"); straight '"' does either. A mark that opens in one convention closes in
 * another: "“" closes „German“, "«" closes »Danish«, "”" opens ”Swedish”. `pairs` lists the closers of an opener.
 */
interface DoubleMark {
  len: number;
  role: 'opener' | 'closer' | 'either';
  mark: string;
}

/**
 * The closer of a quote opened by a mark of another convention: „German“, »Danish«, ”Swedish”, ''doubled'' (any closer
 * also ends a quote, as typed text mixes marks). The last three open only with their closer later in the paragraph.
 */
const REVERSED_CLOSER: Readonly<Record<string, string>> = {
  '\u201E': '\u201C',
  '\u00BB': '\u00AB',
  '\u201D': '\u201D',
  "''": "''",
};

/** The double quote mark at text[i], or null. PTB-style `` and '' (as in some scraped corpora) count as marks. */
function doubleMarkAt(text: string, i: number): DoubleMark | null {
  const c = text[i];
  switch (c) {
    case '"':
      return { len: 1, role: 'either', mark: c };
    case '\u201C':
    case '\u201E':
    case '\u00AB':
      return { len: 1, role: 'opener', mark: c };
    case '\u201D':
    case '\u00BB':
      return { len: 1, role: 'closer', mark: c };
    case '`':
      return text[i + 1] === '`' ? { len: 2, role: 'opener', mark: '``' } : null;
    case "'":
      return text[i + 1] === "'" && text[i - 1] !== "'" && text[i + 2] !== "'"
        ? { len: 2, role: 'closer', mark: "''" }
        : null;
    default:
      return null;
  }
}

/** A single mark that is never an apostrophe: ‹ › (and reversed › ‹), and the low ‚ that German closes with ‘. */
const ANGLE_SINGLE: Readonly<Record<string, string>> = { '\u2039': '\u203A', '\u203A': '\u2039', '\u201A': '\u2018' };

/** Scanning state of one paragraph (see scanQuotes). */
class ParagraphScan {
  /** position of the open top-level mark, -1 when none */
  open = -1;
  openKind: 'double' | 'single' = 'double';
  /** the open mark itself ('"', '“', '``', '‘', '‹', …) */
  openMark = '';
  openLen = 1;
  nested = -1;
  nestedLen = 1;
  nestedMark = '';
  group = -1;
  seenMark = false;
  firstNonSpace: number;
  /** the closing mark paired with an open top-level ' or ‘ (single-quotes.ts), -1 when none */
  singleEnd = -1;
  /** the open single quote has no closing mark: it ends at singleEnd, its line's end */
  singleRunsOn = false;
  /** what the paragraph's searches for closing single marks found (single-quotes.ts) */
  readonly singleMemo = singleScanMemo();
  /** the last single closing mark of the paragraph, so "is there a closer later?" is one comparison */
  lastSingleCloser = -1;

  constructor(
    readonly text: string,
    readonly ps: number,
    readonly pe: number,
    readonly out: QuoteSpan[],
    readonly carried: number,
  ) {
    let f = ps;
    while (f < pe && /\s/.test(text[f])) f++;
    this.firstNonSpace = f;
    for (let k = pe - 1; k >= ps; k--)
      if ((text[k] === '\u2019' || text[k] === "'") && !isLetter(text[k + 1]) && !isSpace(text[k - 1])) {
        this.lastSingleCloser = k;
        break;
      }
  }

  hasLaterCloser(from: number): boolean {
    return this.lastSingleCloser >= from;
  }

  startAt(i: number, kind: 'double' | 'single', mark: string, len: number): void {
    this.open = i;
    this.openKind = kind;
    this.openMark = mark;
    this.openLen = len;
    this.nested = -1;
    // a paragraph that opens with a quote mark continues a quote left open in the previous paragraph
    this.group = this.carried >= 0 && !this.seenMark && this.firstNonSpace === i ? this.carried : this.out.length;
  }

  close(i: number, markLen: number): void {
    this.singleEnd = -1;
    this.singleRunsOn = false;
    push(this.out, this.open, i + markLen, this.open + this.openLen, i, 0, this.group);
    this.open = -1;
    this.nested = -1;
  }

  /** Run over the paragraph; returns the group of a double quote left open at its end, or -1. */
  scan(): number {
    const { text, pe } = this;
    for (let i = this.ps; i < pe; i++) {
      if (i === this.singleEnd && this.singleRunsOn) {
        this.close(trimEnd(text, this.open + 1, i), 0);
        continue;
      }
      const m = i === this.singleEnd ? null : doubleMarkAt(text, i);
      if (m) {
        this.onDouble(i, m);
        i += m.len - 1;
      } else if (text[i] === '\u2018' || text[i] === '\u2019' || text[i] === "'" || i === this.singleEnd)
        this.onSingle(i);
      else if (Object.hasOwn(ANGLE_SINGLE, text[i])) this.onAngleSingle(i);
    }
    return this.finish();
  }

  /** Can this mark close the open double quote? Closers and straight marks can; "“" only after „, "«" only after ». */
  closesOpen(m: DoubleMark): boolean {
    return m.role !== 'opener' || REVERSED_CLOSER[this.openMark] === m.mark;
  }

  /** Does `mark` occur in the paragraph after position `from`? */
  later(mark: string, from: number): boolean {
    const k = this.text.indexOf(mark, from);
    return k >= 0 && k < this.pe;
  }

  onDouble(i: number, m: DoubleMark): void {
    const { text } = this;
    if (this.open >= 0 && this.openKind === 'single') return; // a double mark inside a single-quoted quote: ignore
    if (this.open < 0) {
      if (this.isOrphanCloser(i, m)) {
        // a closing mark with no opener: the quote was carried over from the previous paragraph without being reopened
        if (this.carried >= 0 && !this.seenMark) push(this.out, this.ps, i + m.len, this.ps, i, 0, this.carried);
        this.seenMark = true;
        return;
      }
      this.startAt(i, 'double', m.mark, m.len);
    } else if (!this.closesOpen(m) && i > this.open + this.openLen && !this.closingBacktick(i, m)) {
      // an opener while a quote is open: the earlier quote was never closed; end it here and start again
      push(this.out, this.open, i, this.open + this.openLen, trimEnd(text, this.open + this.openLen, i), 0, this.group);
      this.startAt(i, 'double', m.mark, m.len);
    } else {
      // an unclosed nested quote ends with its parent
      if (this.nested >= 0) push(this.out, this.nested, i, this.nested + this.nestedLen, i, 1, this.group);
      this.close(i, m.len);
    }
    this.seenMark = true;
  }

  /**
   * Whether a "``" met while a "``" quote is open closes it: some outlets print "``" for both marks ("`` It failed .
   * `` The report says …"). It does when no closing mark ('' or a straight or closing curly one) follows before the
   * next opener or the paragraph's end; with one there, the quote before was left unclosed and this one opens. The
   * search stops at the next mark, so a paragraph is read once.
   */
  closingBacktick(i: number, m: DoubleMark): boolean {
    if (m.mark !== '``' || this.openMark !== '``') return false;
    for (let k = i + m.len; k < this.pe; k++) {
      const next = doubleMarkAt(this.text, k);
      if (next) return next.role === 'opener';
    }
    return true;
  }

  /** A closer with no quote open: a carried-over quote's end, unless it opens a reversed-convention quote (»so«, ”so”). */
  isOrphanCloser(i: number, m: DoubleMark): boolean {
    const prev = this.text[i - 1],
      next = this.text[i + m.len];
    if (m.role === 'closer')
      return !(
        isSpace(prev) &&
        isLetter(next) &&
        REVERSED_CLOSER[m.mark] &&
        this.later(REVERSED_CLOSER[m.mark], i + m.len)
      );
    return m.role === 'either' && !isSpace(prev) && isSpace(next) && !this.seenMark;
  }

  onSingle(i: number): void {
    const { text } = this;
    const c = text[i],
      prev = text[i - 1],
      next = text[i + 1];
    if (isLetter(prev) && isLetter(next)) return; // an apostrophe inside a word: Syria’s, don’t
    const opener =
      (c === '\u2018' || c === "'") &&
      !isLetter(prev) &&
      (isLetter(next) || next === '"' || next === '\u201C') &&
      !spacedClitic(text, i);
    const closer =
      ((c === '\u2019' || c === "'") && !isSpace(prev) && !isLetter(next)) ||
      (c === '\u2018' && (this.nested >= 0 ? this.nestedMark : this.openMark) === '\u201A' && !isSpace(prev));
    if (this.open >= 0 && this.openKind === 'double') {
      if (this.nested < 0 && opener) this.openNested(i, c);
      else if (this.nested >= 0 && closer && !(prev === 's' && next === ' ' && !this.hasLaterCloser(i + 1)))
        this.closeNested(i);
    } else if (this.open >= 0 && this.openKind === 'single') {
      if (this.openMark === '\u2039' || this.openMark === '\u203A') return; // ‹…› closes with its pair
      if (this.singleEnd >= 0 ? i === this.singleEnd : closer) this.close(i, 1);
    } else if (this.open < 0) this.openSingle(i);
  }

  /** A top-level ' or ‘ opens a quote when single-quotes.ts pairs it with a closing mark in the paragraph. */
  openSingle(i: number): void {
    const end = singleQuoteEnd(this.text, i, this.ps, this.pe, this.singleMemo);
    if (!end) return;
    this.startAt(i, 'single', this.text[i], 1);
    this.singleEnd = end.at;
    this.singleRunsOn = !end.closed;
    this.seenMark = true;
  }

  /** ‹ › (either way round) and ‚: single marks that are never apostrophes; they open only before their closer. */
  onAngleSingle(i: number): void {
    const c = this.text[i];
    // ‚ closes with ‘ or ’; breadcrumbs (Home › News) have no closer and open nothing
    const opens = c === '\u201A' || this.later(ANGLE_SINGLE[c], i + 1);
    if (this.open >= 0 && this.openKind === 'double') {
      if (this.nested < 0 && opens) this.openNested(i, c);
      else if (this.nested >= 0 && ANGLE_SINGLE[this.nestedMark] === c) this.closeNested(i);
    } else if (this.open >= 0 && this.openKind === 'single') {
      if (ANGLE_SINGLE[this.openMark] === c) this.close(i, 1);
    } else if (opens && !isSpace(this.text[i + 1] === ' ' ? this.text[i + 2] : this.text[i + 1])) {
      this.startAt(i, 'single', c, 1);
      this.seenMark = true;
    }
  }

  openNested(i: number, mark: string): void {
    this.nested = i;
    this.nestedLen = 1;
    this.nestedMark = mark;
  }

  closeNested(i: number): void {
    push(this.out, this.nested, i + 1, this.nested + this.nestedLen, i, 1, this.group);
    this.nested = -1;
  }

  /** The quote left open runs to the end of the paragraph; the next paragraph may reopen it. */
  finish(): number {
    if (this.open < 0) return -1;
    const { pe } = this;
    if (this.nested >= 0) push(this.out, this.nested, pe, this.nested + this.nestedLen, pe, 1, this.group);
    push(this.out, this.open, pe, this.open + this.openLen, pe, 0, this.group);
    return this.openKind === 'double' ? this.group : -1;
  }
}

/**
 * Quoted spans of a text, paragraph by paragraph, in text order: straight and curly double marks, guillemets either
 * way round (« » and » «), low-high German marks („ “), PTB-style `` and '', single marks (told apart from
 * apostrophes) and ‹ ›, quotes nested one deep, a quote left open running to the end of its paragraph and continued by
 * a paragraph that reopens it, an opener inside an open quote ending the quote never closed.
 */
export function scanQuotes(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried = -1; // group of a quote left open at the end of the previous paragraph
  for (const { start, end } of paragraphs) carried = new ParagraphScan(text, start, end, out, carried).scan();
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
