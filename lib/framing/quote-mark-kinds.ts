// Why a short phrase stands in quote marks. Scare quotes hold a word at a distance ("the “zero tolerance” policy",
// no one named); a partial quote reports a word someone used ("what Trump called a “Muslim ban”", "White House
// officials insisted they did not set out to create a “Muslim ban”"); a term being introduced is named once in quote
// marks ("the screening known as a “credible fear” interview") and then written bare. Only the first is the outlet's
// distance from the word. Pure: a doc, its voice and one quote in, a kind out.
import type { Doc } from '../types.js';
import type { Quote, Voice } from './types.js';
import { firstTokenAt } from '../text/tokenize.js';
import { rangeAt } from '../util/search.js';
import { ownedQuote } from './quote-owners.js';
import { clauseSpeaks } from './quote-clauses.js';
import { VOICES } from './voice.js';

/** 'distance': scare quotes; 'attributed': a word given to a speaker; 'introduced': a term named as such. */
export type QuoteMarkKind = 'distance' | 'attributed' | 'introduced';

/** Words that give the quoted phrase to whoever uses it: "which Republicans call “…”", "dubbed “…” by critics". */
const CALLING = new Set(['call', 'calls', 'calling', 'dub', 'dubs', 'dubbed', 'dubbing']);
/** Verbs before "as" that report someone else's word: "derided as “…”", "challenged as a form of “…”". */
const CALLING_AS = new Set(
  'decry decries decried deride derides derided describe describes described brand brands branded label labels labeled labelled characterize characterizes characterized challenge challenges challenged denounce denounces denounced dismiss dismisses dismissed condemn condemns condemned portray portrays portrayed cast casts frame frames framed'.split(
    ' ',
  ),
);
/** Nouns that mention the phrase as someone's word: "the loaded term “…”", "his use of the phrase “…”". */
const MENTION = new Set(
  'term terms phrase phrases word words label labels slogan slogans epithet moniker nickname euphemism buzzword'.split(
    ' ',
  ),
);
/** Words before "called" that make it a report of someone's word ("what Trump called", "which Obama has called"). */
const CALLER = new Set(['what', 'which', 'who', 'he', 'she', 'they', 'we', 'i', 'you', 'has', 'have', 'had']);
/** "is called", "being called": a name, whoever gave it. */
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'being', 'been']);
const SKIP = new Set(['a', 'an', 'the', 'of', 'form']);
const STOPS = new Set(['.', '!', '?', ':', ';']);
const GLOSS_PUNCT = new Set([',', '—', '–', '-', '--', '(', '”', '"', "''", '’', "'"]);
/** Prepositions opening a relative clause that defines the term: "in which", "under which", "by which". */
const GLOSS_PREP = new Set(['in', 'under', 'by', 'during', 'through']);

/** What in the text decides a quote's kind: nested in a longer quote, a verb of calling ("which critics call"), a
 * naming phrase ("known as", an impersonal "called"), the quote finder's speaker, a sentence of reported speech, an
 * owner named by a possessive or a relative clause ("Obama's “red line”", "the “red line” Obama laid down"), a clause
 * that gives it to someone ("called Morsi a “…”", "insisting on a “…”", "ruled that … “…”"), a gloss after the quote
 * ("…,” under which"), or nothing (distance). */
export type QuoteMarkCue =
  'nested' | 'calling' | 'naming' | 'speaker' | 'reported' | 'owner' | 'clause' | 'gloss' | null;

/** A quote's kind and what decided it. */
export interface QuoteMarkReading {
  kind: QuoteMarkKind;
  cue: QuoteMarkCue;
}

/**
 * The kind of the quote `q` of doc `d`, from the text around it: a quote nested in another, after a verb of calling,
 * with a speaker the quote finder found (a continued speaker aside: that is the previous quote's, not this phrase's)
 * or inside a sentence of reported speech is attributed; after "known as", "referred to as", "termed" or a "called"
 * with no one calling it, or followed by a gloss, is a term introduced; anything else is distance. "So-called" is the
 * caller's test.
 */
export function quoteMarkKind(d: Doc, v: Voice, q: Quote): QuoteMarkReading {
  if (q.depth > 0) return { kind: 'attributed', cue: 'nested' };
  const first = firstTokenAt(d.tokens, q.start);
  const after = firstTokenAt(d.tokens, q.end);
  const calling = callingKind(wordsBefore(d, first, 9));
  if (calling) return { kind: calling, cue: calling === 'attributed' ? 'calling' : 'naming' };
  if (q.speaker && q.via !== 'continued') return { kind: 'attributed', cue: 'speaker' };
  if (inReported(d, v, first - 1, q.start) || inReported(d, v, after, q.start))
    return { kind: 'attributed', cue: 'reported' };
  if (ownedQuote(d, first, after, lastWordIn(d, q))) return { kind: 'attributed', cue: 'owner' };
  if (clauseSpeaks(d, first)) return { kind: 'attributed', cue: 'clause' };
  return glossed(d, after) ? { kind: 'introduced', cue: 'gloss' } : { kind: 'distance', cue: null };
}

/**
 * The kind a verb of calling just before token i gives a phrase written there without quote marks: 'introduced' after
 * a "called" with no one calling ("a procedure called expedited removal", "known as"), 'attributed' after a caller's
 * verb, or null.
 */
export function callingBefore(d: Doc, i: number): QuoteMarkKind | null {
  return callingKind(wordsBefore(d, i, 9));
}

/** The last word inside the quote marks, lower case ('' when there is none). */
function lastWordIn(d: Doc, q: Quote): string {
  for (let i = firstTokenAt(d.tokens, q.inner[1]) - 1; i >= 0 && d.tokens[i].end > q.inner[0]; i--)
    if (d.tokens[i].kind === 'word') return d.tokens[i].norm;
  return '';
}

/** Whether token i is reported speech in the sentence holding `pos`. */
function inReported(d: Doc, v: Voice, i: number, pos: number): boolean {
  if (i < 0 || i >= d.tokens.length || VOICES[v.tokenVoice[i]] !== 'reported') return false;
  const s = rangeAt(d.sentences, pos);
  return s >= 0 && d.tokens[i].start >= d.sentences[s].start && d.tokens[i].end <= d.sentences[s].end;
}

/** Whether a gloss of the term follows the quote at token i: "“deferred action,” during which …", "— meaning …". */
function glossed(d: Doc, i: number): boolean {
  while (
    i < d.tokens.length &&
    d.tokens[i].kind === 'punct' &&
    GLOSS_PUNCT.has(d.text.slice(d.tokens[i].start, d.tokens[i].end))
  )
    i++;
  const w = d.tokens[i]?.norm;
  return w === 'meaning' || w === 'whereby' || (GLOSS_PREP.has(w ?? '') && d.tokens[i + 1]?.norm === 'which');
}

/** Up to n word tokens before token i, nearest last, stopping at a sentence's end or a colon. */
function wordsBefore(d: Doc, i: number, n: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= 0 && out.length < n; j--) {
    const t = d.tokens[j];
    if (t.kind === 'word') out.unshift(t.norm);
    else if (t.kind === 'punct' && STOPS.has(d.text.slice(t.start, t.end))) break;
  }
  return out;
}

/** The kind a verb of calling just before the quote marks gives it, or null when there is none. */
function callingKind(words: readonly string[]): QuoteMarkKind | null {
  let k = words.length - 1;
  while (k > 0 && SKIP.has(words[k])) k--; // "known as a “…”", "challenged as a form of “…”"
  const last = words[k];
  if (CALLING.has(last) || MENTION.has(last)) return 'attributed';
  if (last === 'termed') return 'introduced';
  if (last === 'called')
    return !PASSIVE.has(words[k - 1]) && words.slice(Math.max(0, k - 6), k).some((x) => CALLER.has(x))
      ? 'attributed'
      : 'introduced';
  if (last !== 'as' || k === 0) return null;
  const verb = words[k - 1];
  if (verb === 'known' || (verb === 'to' && words[k - 2] === 'referred')) return 'introduced';
  return CALLING_AS.has(verb) ? 'attributed' : null;
}
