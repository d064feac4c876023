// A description a sentence opens on as its subject: "The former president spoke …", "On Friday, the judge, who …,
// said …", "A Republican member of Congress posted …". News copy carries such a subject on with "he"/"she" as it
// does a name ("The president has given this explanation before. ¶ “…,” he said"); the speaker resolution reads the
// description as it reads a speaker phrase (the title's holder, else an unnamed person). Pure over the doc's text.
import type { Doc, Span } from '../types.js';
import { rangeAt, startingIn } from '../util/search.js';
import { isPersonTitle } from './unknown-people.js';
import { OPENING_PHRASE, statementStart, type PersonAt } from './people-before.js';

/** A connective a sentence may open on before its subject: "But the president …", "Meanwhile , the judge …". */
const CONNECTIVE = /^(?:But|And|So|Yet|Still|However|Meanwhile|Instead|Later|Earlier|Now|Then|Also)\s*,?\s+/u;

/** The determiner of a description: "the", "a", "an", one of many ("One father", "another resident"). */
const DETERMINER = /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+/u;

/**
 * A word of a description's phrase: letters with dots, hyphens and apostrophes inside ("U.S.", "GOP-led"), maybe a
 * possessive as tokenised copy writes it ("Valdor ’ s" in "Valdor ’ s Water Ministry").
 */
const WORD = /^[\p{L}][\p{L}.'’-]*(?:\s['’]\s?s)?$/u;
/** The words of a phrase, a tokenised possessive with the word it follows ("Valdor ’ s"). */
const WORDS = /\S+\s['’]\s?s(?=\s)|\S+/gu;

/** Words no description holds before its head: function words, verbs of saying, "-ed" and "-s" forms of lower case. */
const NOT_INSIDE =
  /^(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|as|that|this|who|which|whose|is|was|are|were|has|had|have|be|been|not|said|says|told|tells|his|her|its|their|\p{Ll}+ed|\p{Ll}+s)$/u;

/** What may follow a description's head: a comma or bracket, or a lower-case word (the verb, an adverb, "who"). */
const AFTER_HEAD = /^\s*(?:[,(]|(?!(?:of|and|or|'s|’s|s)\b)\p{Ll})/u;

/** A post-modifier naming where the person is from: "member of Congress", "Senator from New York". */
const OF_PLACE = /^\s+(?:of|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*)+/u;

/** Most words a description holds after its determiner: "the former Republican Texas governor". */
const MOST_WORDS = 6;

/** Sentences before the pronoun's that a description subject is looked for in. */
const LOOKBACK = 3;

/**
 * The description opening the nearest sentence before `pos` (its own sentence up to `pos`, unless `pos` trails the
 * sentence's statement, then up to LOOKBACK
 * sentences back, over one paragraph break at most) as its subject, as a span of `d.text`: "the former president",
 * "A Republican member of Congress". A sentence that opens on a quote is passed; one that names a person (`people`,
 * outside the quotes `quoted`) ends the search, whatever it opens on: that person is the description's rival.
 */
export function descriptionSubject(
  d: Doc,
  people: readonly PersonAt[],
  quoted: readonly Span[],
  pos: number,
): Span | null {
  // (not the statement the pronoun trails: "The family detention centers “are full,” she wrote")
  for (const s of openingSentences(d, quoted, pos, statementStart(d, pos) ?? pos)) {
    const at = openingPhrases(d.text, s.start, s.to, isPersonTitle)[0];
    // (a sentence that also names someone leaves "he" open, as the one unnamed speaker's does: "An aide to the mayor
    // said that Kira Loft had not been told . ¶ “…,” he said")
    const names = startingIn(people, s.start, s.to).some((m) => rangeAt(quoted, m.start) < 0);
    if (at && !names) return { doc: d.id, start: at[0], end: at[1] };
    if (names) return null;
  }
  return null;
}

/**
 * The phrases the nearest sentences before `pos` (its own sentence up to `pos`, then up to LOOKBACK sentences back,
 * over one paragraph break at most) open on as their subject, for "it" ("The ministry disputed the report . ¶ “…,” it
 * said"): per sentence, nearest first, its candidate phrases longest first: a determiner and up to six words ("The
 * Department of Justice", "A report"), or a run of capitalised words ("Amnesty International"). Which one is a body
 * or a document is for the speaker resolution to read; people named in these sentences are no rivals of "it".
 */
export function openingSubjects(d: Doc, quoted: readonly Span[], pos: number): OpeningSubjects[] {
  const out: OpeningSubjects[] = [];
  for (const s of openingSentences(d, quoted, pos, pos)) {
    const at = openingPhrases(d.text, s.start, s.to, ANY_HEAD, true);
    out.push({ paragraph: s.paragraph, phrases: at.map(([start, end]) => ({ doc: d.id, start, end })) });
  }
  return out;
}

/** One sentence's candidate subject phrases, longest first, with the sentence's paragraph. */
export type OpeningSubjects = { paragraph: number; phrases: Span[] };

/** Any word may close a phrase whose kind the speaker resolution reads. */
const ANY_HEAD = (): boolean => true;

/**
 * The sentences a subject before `pos` is looked for in, nearest first (the first read before `end`): the pronoun's
 * own and up to LOOKBACK before it, over one paragraph break at most; those opening on a quote are passed.
 */
function openingSentences(
  d: Doc,
  quoted: readonly Span[],
  pos: number,
  end: number,
): { start: number; to: number; paragraph: number }[] {
  const i = rangeAt(d.sentences, pos);
  const out: { start: number; to: number; paragraph: number }[] = [];
  for (let k = i; i >= 0 && k >= 0 && k >= i - LOOKBACK; k--) {
    const s = d.sentences[k];
    if (d.sentences[i].paragraph - s.paragraph > 1) break;
    if (rangeAt(quoted, s.start) >= 0 || /^\s*[“"‘`]/u.test(d.text.slice(s.start, s.start + 3))) continue;
    out.push({ start: s.start, to: k === i ? end : s.end, paragraph: s.paragraph });
  }
  return out;
}

/**
 * The phrases a sentence (`text` from `start`, read before `to`) may open on as its subject, past an opening phrase
 * and a connective, longest first: a determiner, up to MOST_WORDS words closing on a word `head` accepts, maybe "of"
 * and a capitalised place, then a comma, a bracket or a lower-case word; with `bare`, also a run of capitalised words
 * with no determiner.
 */
function openingPhrases(
  text: string,
  start: number,
  to: number,
  head: (word: string) => boolean,
  bare = false,
): [number, number][] {
  let at = start;
  const rest = () => text.slice(at, Math.min(to, at + 240));
  const open = OPENING_PHRASE.exec(rest());
  if (open) at += open[0].length;
  at += /^\s*/.exec(rest())![0].length;
  const conn = CONNECTIVE.exec(rest());
  if (conn) at += conn[0].length;
  const det = DETERMINER.exec(rest()) ?? (bare && /^\p{Lu}/u.test(rest()) ? /^/.exec('') : null);
  if (!det) return [];
  const from = det[0].length;
  const words = [...rest().slice(from).matchAll(WORDS)].slice(0, MOST_WORDS + 1);
  const out: [number, number][] = [];
  for (let n = Math.min(MOST_WORDS, words.length); n >= 1; n--) {
    const w = words.slice(0, n);
    const last = w[n - 1][0];
    if (!w.every((x) => WORD.test(x[0])) || !head(last)) continue;
    if (w.slice(0, n - 1).some((x) => NOT_INSIDE.test(x[0]))) continue;
    if (!from && !w.every((x) => /^\p{Lu}/u.test(x[0]))) continue;
    let end = at + from + w[n - 1].index + last.length;
    const place = OF_PLACE.exec(text.slice(end, to));
    if (place) end += place[0].trimEnd().length;
    if (AFTER_HEAD.test(text.slice(end, to))) out.push([at, end]);
  }
  return out;
}
