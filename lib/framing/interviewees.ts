// Who answers in an interview printed without labels: the person the narration before the questions names ("Galvan ,
// 25 , is an undocumented college student …", "It was the first time Castro visited one of these camps …"), read by
// the full name the article gives them ("Aurea Galvan"). Pure.
import type { Doc, Span } from '../types.js';
import { docFullNames } from './full-names.js';
import { notAFirstName } from './person-names.js';
import { STOPWORDS } from '../text/stopwords.js';

/** An interviewee: the name to give the answers, and where the narration writes it. */
export interface Interviewee {
  name: string;
  span: Span;
}

/**
 * A paragraph that opens on a person it introduces: one or two capitalised words, then a comma, an age, or "is"/"was"
 * ("Sarr is a 42-year-old …", "Yasmin 36 , of Jalapa …", "Gu , from Shanghai …"). Group 1: the name.
 */
const OPENING_NAME = /^\s*(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*)?)(?=[ \t]+(?:,|\d|is\b|was\b|has\b))/u;

/**
 * A capitalised word written alone, after no other capitalised word ("the first time Castro visited", not "the United
 * States" or "Silicon Valley"), to look up among the article's surnames: narration calls a person it introduced by
 * the surname alone.
 */
const LONE_CAPITALISED = /(?<![\p{Lu}][\p{L}'’.-]*[ \t]+|[\p{L}'’-])\p{Lu}[\p{L}'’-]*\p{L}(?![ \t]+\p{Lu})/gu;

/** The most capitalised words of a paragraph looked up (a bound on long paragraphs). */
const MAX_WORDS = 40;

/** The doc's full names by surname (full-names.ts), made once per doc when asked. */
export type FullNames = () => ReadonlyMap<string, string>;

/** A lazily made FullNames of a doc. */
export function fullNamesOf(doc: Doc): FullNames {
  let names: Map<string, string> | null = null;
  return () => (names ??= docFullNames(doc.text, notAFirstName));
}

/**
 * The person a narration paragraph [start, end) names: the name it opens on, else its first word written alone that is
 * the surname of a full name the article writes; read by that full name when there is one. Null when it names no one.
 */
export function paragraphInterviewee(doc: Doc, start: number, end: number, names: FullNames): Interviewee | null {
  const text = doc.text.slice(start, end);
  const opening = OPENING_NAME.exec(text);
  const first = opening?.[1].split(/[ \t]/)[0].toLowerCase();
  if (opening && first && !STOPWORDS.has(first) && !notAFirstName(first)) {
    const at = start + opening.index + opening[0].length - opening[1].length;
    const last = opening[1].split(/[ \t]/).pop()!.toLowerCase();
    const full = opening[1].includes(' ') ? opening[1] : (names().get(last) ?? opening[1]);
    return { name: full, span: { doc: doc.id, start: at, end: at + opening[1].length } };
  }
  let n = 0;
  for (const m of text.matchAll(LONE_CAPITALISED)) {
    if (++n > MAX_WORDS) break;
    const full = names().get(m[0].toLowerCase());
    if (full) return { name: full, span: { doc: doc.id, start: start + m.index, end: start + m.index + m[0].length } };
  }
  return null;
}
