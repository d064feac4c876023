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

/** A word of a description's phrase: letters with dots, hyphens and apostrophes inside ("U.S.", "GOP-led"). */
const WORD = /^[\p{L}][\p{L}.'’-]*$/u;

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
  const i = rangeAt(d.sentences, pos);
  if (i < 0) return null;
  // (not the statement the pronoun trails: "The family detention centers “are full,” she wrote")
  const end = statementStart(d, pos) ?? pos;
  for (let k = i; k >= 0 && k >= i - LOOKBACK; k--) {
    const s = d.sentences[k];
    if (d.sentences[i].paragraph - s.paragraph > 1) return null;
    const to = k === i ? end : s.end;
    if (rangeAt(quoted, s.start) >= 0 || /^\s*[“"‘`]/u.test(d.text.slice(s.start, s.start + 3))) continue;
    const at = openingDescription(d.text, s.start, to);
    // (a sentence that also names someone leaves "he" open, as the one unnamed speaker's does: "An aide to the mayor
    // said that Kira Loft had not been told . ¶ “…,” he said")
    const names = startingIn(people, s.start, to).some((m) => rangeAt(quoted, m.start) < 0);
    if (at && !names) return { doc: d.id, start: at[0], end: at[1] };
    if (names) return null;
  }
  return null;
}

/** The description a sentence (`text` from `start`, read before `to`) opens on, past an opening phrase and a connective. */
function openingDescription(text: string, start: number, to: number): [number, number] | null {
  let at = start;
  const head = () => text.slice(at, Math.min(to, at + 240));
  const open = OPENING_PHRASE.exec(head());
  if (open) at += open[0].length;
  at += /^\s*/.exec(head())![0].length;
  const conn = CONNECTIVE.exec(head());
  if (conn) at += conn[0].length;
  const det = DETERMINER.exec(head());
  if (!det) return null;
  const words = [...head().slice(det[0].length).matchAll(/\S+/g)].slice(0, MOST_WORDS + 1);
  for (let n = Math.min(MOST_WORDS, words.length); n >= 1; n--) {
    const w = words.slice(0, n);
    const last = w[n - 1][0];
    if (!w.every((x) => WORD.test(x[0])) || !isPersonTitle(last)) continue;
    if (w.slice(0, n - 1).some((x) => NOT_INSIDE.test(x[0]))) continue;
    let end = at + det[0].length + w[n - 1].index + last.length;
    const place = OF_PLACE.exec(text.slice(end, to));
    if (place) end += place[0].trimEnd().length;
    if (!AFTER_HEAD.test(text.slice(end, to))) continue;
    return [at, end];
  }
  return null;
}
