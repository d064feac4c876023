// Photo captions printed inside an article's body. A wire story's page carries its pictures' captions as paragraphs
// ("FILE - In this March 6, 2015, file photo, agents enter … ( AP Photo/Jane Doe, File )"; "FILE PHOTO - The minister
// arrives … REUTERS/Jane Doe"; "… voted against the amendment . | AP Photo/J. Doe"). A caption ends with a full stop,
// so it passes for running prose, and its formula words ("photo", "file") would count as the outlet's wording. A
// caption is told by its formula, never by its outlet: an opening ("FILE -", "In this … photo,", "Cover image :") or a
// photo credit closing the paragraph or set off by a bar. The text is kept; these are spans to mask from term counts.
import type { Doc } from '../types.js';
import {
  PHOTO_AGENCIES,
  PICTURE_LIBRARIES,
  PICTURE_NOUNS,
  alternation,
  capitalised,
} from '../corpus/caption-credits.js';

/** A caption's tokens [from, to) in its doc. */
export interface CaptionSpan {
  from: number;
  to: number;
}

// the credit words, one list with the loader's caption lines (lib/corpus/caption-credits.ts)
const NOUNS = alternation(PICTURE_NOUNS);
const CAPITAL_NOUNS = alternation(capitalised(PICTURE_NOUNS));
const LIBRARIES = alternation(PICTURE_LIBRARIES);
// the formulas a caption opens with: the wire's file-picture marks, "In this <date> (file) photo," and a label
const FILE_MARK = /^FILE(?:\s+PHOTO)?\s*[-–—:]/;
const IN_THIS = new RegExp(
  String.raw`^(?:[A-Z][\w ]{0,20}:\s*)?In this\b[^.\n]{0,80}?\b(?:${NOUNS}|handout)\b\s*(?:,|made|taken|provided|released|from)`,
);
const LABEL = new RegExp(String.raw`^(?:Cover |Top |Main |Lead )?(?:${NOUNS})(?:\s+credit)?\s*:`, 'i');
// a credit closing the paragraph: bracketed ("( AP Photo/Jane Doe, File )", "(Getty Images)"), after a full stop as an
// agency in capitals over the photographer ("REUTERS/Jane Doe", a redacted "███/Jane Doe"), a handout "(… via AP)",
// or "Photo Credit : …"
const BRACKET_CREDIT = new RegExp(
  String.raw`\(\s*(?:[^()\n]{0,40}\b(?:${CAPITAL_NOUNS})\s*(?:[/:][^()\n]{0,80})?|[^()\n]{0,40}\b(?:${LIBRARIES})\b[^()\n]{0,30}|[^()\n]{0,60}\bvia (?:${alternation([...PHOTO_AGENCIES, ...PICTURE_LIBRARIES])})\s*)\)\s*$`,
);
const SLASH_CREDIT = /[.!?]["”’)\s]*(?:[A-Z]{2,}|█+)\s*\/\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$/;
const CREDIT_LABEL = new RegExp(String.raw`\b(?:${NOUNS})\s+(?:Credit|courtesy)\s*:[^\n]{0,80}$`, 'i');
// a credit after a bar, the caption before it: "… the program . | AP Photo/J. Doe", "| Photo by Jane Doe"
const BAR_CREDIT = new RegExp(
  String.raw`\|\s*(?:[A-Z][\w.]*\s+)?(?:${CAPITAL_NOUNS})\s*(?:\/|by\b|:)\s*[^\s|]*(?:\s*,?\s*[A-Z][\w'’.-]*){0,2}`,
);

/** A line of more words than this opening with a caption formula is an article on one line: its first sentence only. */
const MAX_CAPTION_WORDS = 120;

/** The [start, end) character ranges of a body's lines (the paragraphs its text keeps). */
function lines(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) out.push([start, end]);
    if (nl < 0) return out;
    start = nl + 1;
  }
}

/**
 * The caption of `line` as a character range within it, or undefined: a line opening with a formula is a caption to
 * its end (`opened`), one closed by a credit too, with the credit's own range (`credit`) kept for a long line; a bar
 * credit ends the caption where it ends.
 */
function captionIn(line: string): { end: number; opened: boolean; credit?: number } | undefined {
  const body = line.trimStart();
  if (FILE_MARK.test(body) || IN_THIS.test(body) || LABEL.test(body)) return { end: line.length, opened: true };
  const closing = BRACKET_CREDIT.exec(line) ?? SLASH_CREDIT.exec(line) ?? CREDIT_LABEL.exec(line);
  if (closing) return { end: line.length, opened: false, credit: closing.index };
  const bar = BAR_CREDIT.exec(line);
  return bar ? { end: bar.index + bar[0].length, opened: false } : undefined;
}

/** Words among tokens [from, to). */
function wordsIn(d: Doc, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (d.tokens[i].kind === 'word') n++;
  return n;
}

/**
 * The photo captions of a body, as token spans: each paragraph that opens with a caption formula or carries a photo
 * credit, from its start to the credit's end (the paragraph's end when it closes it). An article written on one line
 * loses only its first sentence (a formula) or its closing credit, never its whole text. Headlines have none.
 */
export function captionSpans(d: Doc): readonly CaptionSpan[] {
  let spans = found.get(d);
  if (!spans) found.set(d, (spans = findCaptions(d)));
  return spans;
}

/**
 * Each doc's caption spans, found once: the pipeline's shown term counts and framing's house-style masks both read
 * them, and a doc's text and tokens do not change after analysis.
 */
const found = new WeakMap<Doc, readonly CaptionSpan[]>();

function findCaptions(d: Doc): CaptionSpan[] {
  if (d.field === 'title' || !d.tokens.length) return [];
  const out: CaptionSpan[] = [];
  const t = d.tokens;
  const tokenAt = (from: number, c: number) => {
    let k = from;
    while (k < t.length && t[k].start < c) k++;
    return k;
  };
  let k = 0;
  for (const [start, end] of lines(d.text)) {
    k = tokenAt(k, start);
    const cap = captionIn(d.text.slice(start, end));
    if (!cap) continue;
    let from = k;
    let to = tokenAt(from, start + cap.end);
    if (wordsIn(d, from, to) > MAX_CAPTION_WORDS) {
      if (cap.opened) to = firstSentenceEnd(d, from, to);
      else if (cap.credit !== undefined) from = tokenAt(from, start + cap.credit);
      else continue;
    }
    if (to > from) out.push({ from, to });
  }
  return out;
}

/** The end token of the sentence holding token `from`, at most `to`. */
function firstSentenceEnd(d: Doc, from: number, to: number): number {
  const s = d.sentences[d.tokens[from].sentence];
  return s ? Math.min(s.tokenEnd, to) : to;
}

/**
 * `masks` (per doc, 1 = counted) with every photo caption's tokens set to 0, or undefined when no doc has a caption:
 * the term counts a user reads (top terms, notebook 01, terms.csv) leave captions out as framing's term counts do
 * (boilerplateMasks' `captions`), so "photo" and "file" are no wire's frequent words. The masks given are not changed.
 */
export function captionFreeMasks(
  docs: readonly Doc[],
  masks: ReadonlyMap<string, Uint8Array>,
): Map<string, Uint8Array> | undefined {
  let out: Map<string, Uint8Array> | undefined;
  for (const d of docs) {
    const spans = captionSpans(d);
    if (!spans.length) continue;
    const keep = masks.get(d.id)?.slice() ?? new Uint8Array(d.tokens.length).fill(1);
    for (const c of spans) keep.fill(0, c.from, c.to);
    (out ??= new Map(masks)).set(d.id, keep);
  }
  return out;
}
