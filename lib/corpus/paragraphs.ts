// Paragraphs of a cleaned text: blocks separated by blank lines, lines within a block joined by "\n"; in a text with
// no blank line at all, every line is a paragraph. joinParagraphs builds the text of the kept lines with its offset
// map; plainParagraphs finds the paragraphs of a text kept as given (records).

import type { Paragraph } from '../types.js';
import { splitLines, type Line } from './line-reading.js';

/** True when a blank line separates two lines of text (then paragraphs are blocks; otherwise every line is one). */
function hasBlankBetween(lines: readonly Line[]): boolean {
  let sawText = false;
  let blankAfterText = false;
  for (const l of lines) {
    if (!l.norm) {
      if (sawText) blankAfterText = true;
    } else {
      if (blankAfterText) return true;
      sawText = true;
    }
  }
  return false;
}

/** The kept lines as paragraphs joined by blank lines, with the paragraph spans and the map back to raw offsets. */
export function joinParagraphs(lines: readonly Line[]): { text: string; paragraphs: Paragraph[]; offsets: number[] } {
  const hasBlank = hasBlankBetween(lines);
  const paras: string[] = [];
  const offsets: number[] = [];
  let cur: string[] = [];
  let at = 0;
  let curLen = 0;
  const flush = () => {
    if (!cur.length) return;
    paras.push(cur.join('\n'));
    at += paras[paras.length - 1].length + 2;
    cur = [];
    curLen = 0;
  };
  for (const l of lines) {
    if (!l.norm) {
      flush();
      continue;
    }
    if (l.kind) continue;
    if (!hasBlank) flush();
    const lineAt = at + curLen;
    curLen += l.norm.length + 1;
    for (let k = 0; k < l.segs.length; k += 2) offsets.push(lineAt + l.segs[k], l.segs[k + 1]);
    cur.push(l.norm);
  }
  flush();
  const paragraphs: Paragraph[] = [];
  let pos = 0;
  for (const p of paras) {
    paragraphs.push({ start: pos, end: pos + p.length });
    pos += p.length + 2;
  }
  return { text: paras.join('\n\n'), paragraphs, offsets };
}

/** Paragraph offsets of a text kept as given: blocks between blank lines, or every line when there is no blank line. */
export function plainParagraphs(text: string): Paragraph[] {
  const lines = splitLines(text);
  const blank = (l: { raw: string }) => !/\S/.test(l.raw);
  const hasBlank = lines.some(blank); // the text is trimmed: a blank line always separates text
  const out: Paragraph[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) out.push({ start, end });
    start = -1;
  };
  for (const l of lines) {
    if (blank(l)) {
      flush();
      continue;
    }
    if (!hasBlank) flush();
    const lead = l.raw.length - l.raw.trimStart().length;
    if (start < 0) start = l.rawStart + lead;
    end = l.rawStart + l.raw.trimEnd().length;
  }
  flush();
  return out;
}
