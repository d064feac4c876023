// A document run into from narration: "The second email came at 4:54 p.m. ET, with a subject line: “Update 1: …" and
// "at 4:54 p.m. ET, another e-mail reported ``firing at …": a few words of narration (a time, a sender), the sentence's
// lead-in naming a document and ending in a colon or a verb of saying, then the document's own words in quote marks
// to the passage's end. The words after the lead-in are the document's, printed by both: common source, as a colon
// lead-in at the passage's start already is (attribution.ts). The narration before it is too short to be copied text.
import { DOC, OPEN_MARK } from './attribution.js';

/** Narration before the document's words, in words, under which it is a lead-in, not copied text. */
export const RUN_IN_WORDS = 12;
/** Words after a closing mark that may end the passage ("…,'' the email said"). */
const AFTER_CLOSE_WORDS = 4;

const DOC_WORD = new RegExp(`(?<![\\p{L}])${DOC}(?![\\p{L}])`, 'iu');
/** The lead-in's end: a colon, or a verb of saying or reporting, before the opening mark. */
const LEAD_END =
  /(?::|(?<![\p{L}])(?:said|says|stated|states|read|reads|reported|reports|wrote|writes|warned|added|noted|declared))\s*$/iu;
/** A closing quote mark. */
const CLOSE = /''|["\u201D\u00BB]/gu;
/** Where a sentence ends before the lead-in: after a lower-case word, not an abbreviation ("p.m . ET", "U.S . Mission"). */
const SENTENCE_END = /(?<=(?:^|\s)[\p{Ll}\p{N}]{2,30}\s?)[.!?]["\u201D']?\s+(?=\p{Lu})|\n/gu;

const words = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** The start of the sentence holding position `at` (looking back at most 240 characters). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 240);
  let start = from;
  for (const m of text.slice(from, at).matchAll(SENTENCE_END)) start = from + m.index + m[0].length;
  return start;
}

/** Whether the passage's words from `q` on are one quote: no closing mark, or one with a few words after it. */
function quoteToEnd(rest: string): boolean {
  const closes = [...rest.matchAll(CLOSE)];
  if (!closes.length) return true;
  const last = closes[closes.length - 1];
  return closes.length === 1 && words(rest.slice(last.index + last[0].length)) <= AFTER_CLOSE_WORDS;
}

/**
 * Why the passage at [s, e) of a text is a document run into from narration (see the top of this file), or null: an
 * opening quote mark in its first half after fewer than RUN_IN_WORDS words, the sentence before that mark naming a
 * document (DOC: "email", "memo", "letter", "statement") and ending in a colon or a verb of saying, and the words
 * from the mark on one quote.
 */
export function documentRunIn(text: string, [s, e]: readonly [number, number]): string | null {
  const passage = text.slice(s, e);
  const q = passage.search(OPEN_MARK);
  if (q <= 0 || q > passage.length / 2 || words(passage.slice(0, q)) >= RUN_IN_WORDS) return null;
  const lead = text.slice(sentenceStart(text, s + q), s + q);
  if (!LEAD_END.test(lead) || !DOC_WORD.test(lead) || !quoteToEnd(passage.slice(q + 1))) return null;
  const shown = lead.replace(/\s+/g, ' ').trim().slice(-80);
  return `a document's words run into from narration ("${shown}"): the document's text, printed by both`;
}
