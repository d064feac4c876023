// Wire sign-off lines: "-- Ann Body, Cardale Newsroom +44 171 542 8062", "-- Harbour Energy Desk 212-555-0100". The
// desk that filed the story is named by a place or beat before "Newsroom" or "Desk": an organisation (the agency's
// office), while the rest of such a short line is page furniture. In lower case ("-- Johannesburg newsroom +27 11
//482 1003") the desk word names no office: the words before it are the place the story was filed from.
import type { Doc } from '../types.js';

/** The words that name a news agency's office when capitalised after a place or a beat. */
const DESK_WORDS: ReadonlySet<string> = new Set(['newsroom', 'desk']);
/** Words before "Desk" that make it a page label ("News Desk", "Photo Desk"), not an office with a name. */
const LABEL_WORDS: ReadonlySet<string> = new Set(['news', 'photo', 'picture', 'web', 'digital', 'city', 'copy']);

function capWord(d: Doc, k: number, si: number): boolean {
  const t = d.tokens[k];
  if (!t || t.sentence !== si || t.kind !== 'word') return false;
  const c = d.text.charCodeAt(t.start);
  return c >= 65 && c <= 90;
}

/**
 * The first and last token of "<Place or beat> Newsroom|Desk" in sentence si: one to three capitalised words, then
 * the desk word, starting a cell (the line's start, or after a dash or comma). With the desk word capitalised the
 * span is the office (`place` false); in lower case it is the words before it, a place. null when there is none.
 */
export function deskSignoff(d: Doc, si: number): { first: number; last: number; place: boolean } | null {
  const s = d.sentences[si];
  for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
    if (!DESK_WORDS.has(d.tokens[k].norm)) continue;
    let first = k;
    while (first > k - 3 && capWord(d, first - 1, si)) first--;
    if (first === k || LABEL_WORDS.has(d.tokens[k - 1].norm)) continue;
    const p = d.tokens[first - 1];
    const place = !capWord(d, k, si);
    if (!p || p.sentence !== si || p.norm === ',' || p.norm === '-' || p.norm === '--')
      return { first, last: place ? k - 1 : k, place };
  }
  return null;
}
