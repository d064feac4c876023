// Wire press digests ("PRESS DIGEST - Tunisia - Aug 31"): a summary of the day's stories in a country's papers, each
// paper's stories under its name on a line of its own in capitals ("KOMPAS", "JAKARTA POST", "LA PRESSE"). Such a
// line is the newspaper, an organisation, though its words may be a place's ("JAKARTA", "INDONESIA").
import type { Doc } from '../types.js';
import { UPPER_WORD } from '../util/letters.js';

const DIGEST = /\bpress digest\b/i;

/** The doc's first sentence calls it a press digest. */
export function isPressDigest(d: Doc): boolean {
  const s = d.sentences[0];
  if (!s || s.tokenEnd <= s.tokenStart) return false;
  return DIGEST.test(d.text.slice(d.tokens[s.tokenStart].start, d.tokens[s.tokenEnd - 1].end));
}

/**
 * Sentence si (not the first) of a press digest is a paper's name alone on its line: one to four words in capitals
 * and nothing else (a dateline "TUNIS 1996-08-31" has a number, a story line has lower case). Its [start, end], or
 * null.
 */
export function digestPaper(d: Doc, si: number): [number, number] | null {
  const s = d.sentences[si];
  const n = s.tokenEnd - s.tokenStart;
  if (si === 0 || n < 1 || n > 4) return null;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = d.tokens[k];
    if (t.kind !== 'word' || !UPPER_WORD.test(d.text.slice(t.start, t.end))) return null;
  }
  const start = d.tokens[s.tokenStart].start;
  const end = d.tokens[s.tokenEnd - 1].end;
  const before = start === 0 ? '\n' : d.text[start - 1];
  const after = end === d.text.length ? '\n' : d.text[end];
  return before === '\n' && after === '\n' ? [start, end] : null;
}
