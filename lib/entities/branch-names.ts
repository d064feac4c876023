// A body named by its kind or its own name and then a place or a people: "Embassy Cairo" (a cable's name for the
// embassy in Cairo), "Bank Muscat", "Radio Canada", "Trinity College Dublin"; "Fox News Latino", "Al Jazeera Arabic" (an outlet's edition for a
// people or in a language). The whole names the body, never a person; title case alone would type it one.
// (fallback-types.ts `nameAndTown` reads the same shape after a word no list knows: "Dynamo Moscow".)
import type { Doc } from '../types.js';
import { type TypeEvidence, SPEECH_VERBS } from './evidence.js';
import { STOPWORDS } from '../text/stopwords.js';
import { headTypeOf } from './head-words.js';
import type { Unit, Ctx } from './scan-context.js';

/** The text of the segment's units from..to (inclusive). */
function wordsOf(d: Doc, seg: readonly Unit[], from: number, to: number): string {
  return d.text.slice(d.tokens[seg[from].i].start, d.tokens[seg[to].i].end);
}

/**
 * "King's College London", "Trinity College Dublin": a name of three words or more, an organisation's head word, then
 * its seat (one word, a place the gazetteer knows). Not before a lower-case word, which the place modifies: "the White
 * House Iran policy", "a State Department Iran staffer"; a function word or a verb of saying after it ends the name.
 */
function seatAfterHead(d: Doc, seg: readonly Unit[], norms: readonly string[], ctx: Ctx): boolean {
  const n = seg.length;
  if (n < 3 || headTypeOf(norms[n - 2]) !== 'org' || ctx.gaz.get(wordsOf(d, seg, n - 1, n - 1))?.type !== 'place')
    return false;
  const next = d.tokens[seg[n - 1].i + 1];
  if (!next || next.kind !== 'word' || !LOWER_FIRST.test(d.text.slice(next.start, next.end))) return true;
  // "Trinity College Dublin said", "... Oxford before joining": a function word or a verb of saying ends the name
  return STOPWORDS.has(next.norm) || SPEECH_VERBS.has(next.norm);
}

const LOWER_FIRST = /^\p{Ll}/u;

/**
 * The evidence that a run of two or more words names a body's branch: an organisation's head word first and a
 * gazetteer place after it ("Embassy Tripoli", "Consulate Jeddah"), or a body (the gazetteer's, or two words or more ending
 * in an organisation's head word) and one word of a people or a language after it ("Fox News Latino"); null otherwise. A place's head word first is a place's name
 * ("Lake Geneva"), read by the gazetteer's geographic words.
 */
export function branchName(d: Doc, seg: readonly Unit[], norms: readonly string[], ctx: Ctx): TypeEvidence | null {
  const n = seg.length;
  if (n < 2) return null;
  if (headTypeOf(norms[0]) === 'org' && ctx.gaz.get(wordsOf(d, seg, 1, n - 1))?.type === 'place')
    return { type: 'org', strength: 2, cue: "a body's word before a place" };
  if (seatAfterHead(d, seg, norms, ctx)) return { type: 'org', strength: 2, cue: "a body's head before its seat" };
  // "AP Iranian [President]": a people's word before a title is the title's, no edition
  if (ctx.beforeTitle || ctx.gaz.get(wordsOf(d, seg, n - 1, n - 1))?.type !== 'demonym') return null;
  // the body: an organisation the gazetteer knows, or a name ending in an organisation's head word ("Fox News")
  const body = ctx.gaz.get(wordsOf(d, seg, 0, n - 2))?.type ?? (n > 2 ? headTypeOf(norms[n - 2]) : null);
  return body === 'org' ? { type: 'org', strength: 2, cue: "a body's edition" } : null;
}
