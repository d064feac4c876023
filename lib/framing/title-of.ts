// A speaker phrase the reported-speech finder cut before "of" in a title: "Acting Chief" of Staff Ivo Doe, "Secretary"
// of State Kira Loft, "Department" of Harbours spokesman Ana Brenn. The phrase runs on to the person the title names
// when only "of", capitalised words and a spokesman's or office's word lie between. Pure; one binary search a speaker.
import type { Span } from '../types.js';
import { firstStartingAt } from '../util/search.js';

/** Between the cut phrase and the person: "of", an optional "the", capitalised words and title words. */
const OF_TITLE_TAIL =
  /^\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’&-]*|of|for|and|the|spokes(?:man|woman|person)|secretary|director|chief|chairman|chairwoman|press)\s+){1,8}$/u;
/** How far after the phrase the person may start. */
const REACH = 90;

/**
 * The span of `span` run on to the person mention (of `people`, sorted by start) that the title cut before "of"
 * names ("Secretary" + " of State Kira Loft"), or null when no person follows so.
 */
export function titleRunOn(text: string, span: Span, people: readonly { start: number; end: number }[]): Span | null {
  const i = firstStartingAt(people, span.end);
  const p = people[i];
  if (!p || p.start - span.end > REACH || !OF_TITLE_TAIL.test(text.slice(span.end, p.start))) return null;
  return { doc: span.doc, start: span.start, end: p.end };
}
