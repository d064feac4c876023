// The end of an outlet-like name the reader cut at its outlet word: "according to The Daily Star, a Lebanese
// newspaper" was cited as "The Daily", "Israel TV's Channel 10 said" as nothing ("Channel" alone is a generic word).
// A name that ends in an outlet word may go on with one capitalised word ("The Daily Star", "The Times Herald") or a
// broadcaster's number ("Channel 10", "Radio 4") on the same line, when what follows them ends a name: punctuation
// (no possessive), a function word or a verb of reporting, as after a name read behind its description. "according to the Times Trump said" keeps "the
// Times": "said" after "Trump" starts a new clause, and a person's name is no part of a newsroom's.
import { givenNames } from '../entities/world.js';
import { ENDS_NAME, NAME_NUMBER, NOT_FIRST, NOT_LAST } from './described-names.js';

/** One capitalised word after the outlet word, or a number after a broadcast word. */
const WORD_TAIL = /^[ \t]+(\p{Lu}[\p{Ll}'\u2019-]{1,20})(?![\p{L}\p{N}])/u;
/** A possessive after the word: it opens a new noun phrase ("… Agency Ban 's office"), no name ends there. */
const POSSESSIVE = /^\s?['\u2019]\s?s\b/;
const NUMBER_TAIL = new RegExp(`^${NAME_NUMBER}`, 'u');
const BROADCAST_END = /(?:Channel|TV|Television|Radio)$/;
/** "of" and one or two capitalised words after the outlet word: a newsroom named for its place ("The Times of Israel",
 * "The Times of India", "The Press of Atlantic City"), another paper than the bare name. */
const OF_TAIL = /^[ \t]+of[ \t]+(\p{Lu}\p{Ll}{1,20})(?:[ \t]+(\p{Lu}\p{Ll}{1,20}))?(?![\p{L}\p{N}'\u2019-])/u;
/** After the whole name: what ENDS_NAME allows, or "said" / "says" (a name read here is one already, not a subject). */
const SAID = /^\s+(?:said|says)\b/;

/**
 * Where an outlet-like name ending at `end` (its last word `written` ends with an outlet word) really ends: after one
 * more capitalised word or a broadcaster's number when the text after them closes the name, else `end`.
 */
export function outletNameTail(text: string, end: number, written: string): number {
  const after = text.slice(end, end + 50);
  const closes = (at: number) => {
    const rest = text.slice(at, at + 30);
    return ENDS_NAME.test(rest) || SAID.test(rest);
  };
  if (BROADCAST_END.test(written)) {
    const n = NUMBER_TAIL.exec(after);
    if (n) return closes(end + n[0].length) ? end + n[0].length : end;
  }
  const of = placeTail(after, closes, end);
  if (of > end) return of;
  // a bare outlet word opens no name a capitalised word completes: "Media Monitors", "News Corp", "Times Square"
  const w = /\s/.test(written.trim()) ? WORD_TAIL.exec(after) : null;
  if (!w) return end;
  const word = w[1].toLowerCase();
  if (NOT_FIRST.has(word) || NOT_LAST.has(word) || givenNames().has(word)) return end;
  const stop = end + w[0].length;
  const rest = text.slice(stop, stop + 30);
  return ENDS_NAME.test(rest) && !POSSESSIVE.test(rest) ? stop : end;
}

/** Medium words after a known name that are more of the same newsroom's name ("Reuters News Agency", "Vice News"). */
const MEDIUM_TAIL =
  /^[ \t]+(?:News(?:[ \t]+(?:Agency|Service|Network))?|Agency|TV|Television|Radio|Network|Newspaper)(?![\p{L}\p{N}])/u;

/**
 * Where a known outlet's name ending at `end` really ends: after medium words that are more of its own name ("told
 * Reuters News Agency", "in an interview with Vice News"), when what follows closes the name as after a described
 * name (punctuation, a function word, a verb of reporting, "said"), else `end`. The outlet cited stays the known one;
 * the span is the whole name.
 */
export function knownNameTail(text: string, end: number): number {
  const m = MEDIUM_TAIL.exec(text.slice(end, end + 40));
  if (!m) return end;
  const stop = end + m[0].length;
  const rest = text.slice(stop, stop + 30);
  return (ENDS_NAME.test(rest) || SAID.test(rest)) && !POSSESSIVE.test(rest) ? stop : end;
}

/**
 * The end of an "of" and place after an outlet word ("The Times of Israel reports"), or `end`: the words after "of"
 * open a name (no function word, title, day or month, no given name) and what follows them closes it. Two words are
 * tried before one ("The Times of South Africa").
 */
function placeTail(after: string, closes: (at: number) => boolean, end: number): number {
  const m = OF_TAIL.exec(after);
  if (!m) return end;
  const bad = (w: string) => NOT_FIRST.has(w.toLowerCase()) || givenNames().has(w.toLowerCase());
  if (bad(m[1]) || (m[2] !== undefined && NOT_LAST.has(m[2].toLowerCase()))) return end;
  if (closes(end + m[0].length)) return end + m[0].length;
  const one = m[0].indexOf(m[1]) + m[1].length;
  return m[2] !== undefined && closes(end + one) ? end + one : end;
}
