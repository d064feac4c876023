// Transcripts: broadcast and interview text where each paragraph opens with its speaker's name in capitals and a
// colon ("AMY GOODMAN: We're turning now to …", "SEN. JANE DOE: Thank you."). The paragraph after the label is that
// person's speech, not the outlet's narration, and the label is a stage direction, not a mention of the person. An
// article is a transcript when at least two labels each open two or more paragraphs: speakers take turns. Furniture
// lines that also open with capitals and a colon ("RELATED:", "UPDATE:") do not take turns, and a label made of
// common words is no name.
import { STOPWORDS } from './stopwords.js';

/** One turn: the speaker label at a paragraph's start and the speech after it. */
export interface TranscriptTurn {
  /** the label as written, without the colon ("AMY GOODMAN") */
  label: string;
  /** the speaker's name in reading case ("Amy Goodman"), for tables */
  speaker: string;
  /** the label with its colon: text offsets [labelStart, labelEnd) */
  labelStart: number;
  labelEnd: number;
  /** the speech: from after the colon to the paragraph's end */
  start: number;
  end: number;
}

// up to five words in capitals (titles with a full stop, hyphens, apostrophes, accented capitals), then a colon
const LABEL = /^[ \t]*((?:\p{Lu}[\p{Lu}\p{M}.'’-]*[ \t]+){0,4}\p{Lu}[\p{Lu}\p{M}.'’-]*\p{Lu}[.]?)[ \t]*:[ \t]*/u;

/** A word's first letter (with the space or hyphen before it); global, used with replace, which restarts it. */
const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;

/** Labels of site furniture that open a line with capitals and a colon but are nobody's turn. */
const FURNITURE = new Set([
  'related',
  'update',
  'updated',
  'breaking',
  'correction',
  'watch',
  'video',
  'photos',
  'note',
]);

/** A label that can be a name: its last word neither a common word nor furniture ("THE FACTS", "READ MORE"). */
function nameLike(label: string): boolean {
  const words = label.toLowerCase().split(/[ \t]+/);
  const last = words[words.length - 1].replace(/[.'’]+$/, '');
  return !STOPWORDS.has(last) && !FURNITURE.has(last) && !words.some((w) => FURNITURE.has(w));
}

/** "SEN. KEVIN DE LEÓN" -> "Sen. Kevin De León": each word's first letter kept, the rest lowered. */
export function readingCase(label: string): string {
  return label.toLowerCase().replace(WORD_INITIAL, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The labelled paragraphs of a text (any label), in order. */
function labelled(text: string, paragraphs: readonly { start: number; end: number }[]): TranscriptTurn[] {
  const out: TranscriptTurn[] = [];
  for (const p of paragraphs) {
    const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (!m || !nameLike(m[1])) continue;
    const labelStart = p.start + m[0].indexOf(m[1]);
    const start = p.start + m[0].length;
    if (start >= p.end) continue;
    out.push({
      label: m[1],
      speaker: readingCase(m[1]),
      labelStart,
      labelEnd: p.start + m[0].trimEnd().length,
      start,
      end: p.end,
    });
  }
  return out;
}

/**
 * The turns of a transcript: every paragraph opened by a speaker label, when two or more labels each open two or
 * more paragraphs; otherwise none (an article with one "UPDATE:" line or one quoted exchange is no transcript).
 */
export function transcriptTurns(text: string, paragraphs: readonly { start: number; end: number }[]): TranscriptTurn[] {
  const turns = labelled(text, paragraphs);
  if (turns.length < 4) return [];
  const count = new Map<string, number>();
  for (const t of turns) count.set(t.label, (count.get(t.label) ?? 0) + 1);
  let speakers = 0;
  for (const n of count.values()) if (n >= 2) speakers++;
  return speakers >= 2 ? turns : [];
}

const byDoc = new WeakMap<object, TranscriptTurn[]>();

/**
 * A doc's transcript turns, found once: voice.ts (turns as quotes) and boilerplate.ts (labels as furniture) both ask
 * for every doc, so the answer is kept with the doc object (a WeakMap: nothing outlives the doc).
 */
export function docTurns(d: { text: string; paragraphs: readonly { start: number; end: number }[] }): TranscriptTurn[] {
  let t = byDoc.get(d);
  if (!t) byDoc.set(d, (t = transcriptTurns(d.text, d.paragraphs)));
  return t;
}
