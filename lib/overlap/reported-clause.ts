// The clause a sentence reports someone said, in the three forms news prose writes it: "<speaker> said that <clause>"
// (reportedSpeech, lib/overlap/attribution.ts), "<speaker> said <clause>" without "that" ("An official said the new
// measures were …", "Clinton told reporters the plan …") and "<clause>, <speaker> said (on Friday)." with the
// attribution after it. A speaker that is a citation of an outlet ("Reuters said …", "…, the Post said.") reports an
// outlet's text, not a third party's, and is no reported speech here.
import type { Citation } from './types.js';
import { OWN_INTERVIEW, reportedSpeech, sentenceEnd, sentenceStart, squash } from './attribution.js';

/** A reported clause: the cue as written, where what it reports begins (`at`) and ends (`end`), and its form. */
export interface ReportedClause {
  cue: string;
  at: number;
  end: number;
  form: 'that' | 'bare' | 'after';
}

// "said" / "says" or "told" right after its subject (a word, not a comma or a quote mark: ", he said" closes a quote),
// and no "that" after it (the "that" form is reportedSpeech's); "told" takes its hearer first ("told reporters the …")
const BARE = /(?<=[\p{L}\p{N}]\.?\s+)(?:said|says|told)\b(?!\s+that\b)(?!\s*[,:;"\u201C\u201D`'])/giu;
// what may follow the clause before the sentence's end: ", <speaker, up to 12 words> <verb>" and at most when and
// where it was said (", acting Secretary … Chad Wolf said on Friday.", ", officials told reporters."), or ", <verb>
// <speaker>" (", said Chad Wolf."); not a relative clause (", which he announced …") nor a verb with a clause of its
// own (", the group said it will sue.")
const W = "[\\p{L}\\p{N}.'\\u2019-]+";
const ADJUNCT =
  '(?:on|in|at|during|last|this|late|early|earlier|later|again|today|yesterday|tonight|recently|previously|' +
  'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const AFTER = new RegExp(
  `^,\\s*(?:(?!(?:who|which|that|whose|where|when|while|but|and|as|if|because)\\b)(?:${W}\\s+){1,12}?` +
    '(?:said|says|added|adds|announced|announces|stated|wrote|writes|argued|argues|claimed|claims|warned|warns|' +
    `insisted|insists|explained|noted|confirmed|told(?:\\s+${W}){1,3}?)(?:\\s+${ADJUNCT}\\b(?:\\s+${W}){0,5})?` +
    `|(?:said|says|added|adds)\\s+(?:(?:the|a|an)\\s+)?\\p{Lu}${W.slice(0, -1)}*(?:\\s+${W}){0,9})\\s*$`,
  'u',
);
/** How far before a cue its subject may begin: a cited outlet there is the speaker ("The Post said that …"). */
const SUBJECT_CHARS = 40;
// the speaker of a quote just closed ("…, '' he said in a statement"): the verb attributes the quote, not a clause;
// but "and" or "but" right after the mark opens a new predicate ("… '' and said Obama has …", "'' but he said the …"):
// a quote's attribution follows a comma, never a conjunction
const QUOTE_TAIL = /(?:''|["\u201D])\s*,?\s*(?!(?:and|but)\s)(?:\S+\s+){0,3}$/iu;
const PASSIVE_BEFORE = /\b(?:was|were|been|is|are|be|being|it)\s+$/iu;

/**
 * Whether a citation of a named outlet (another or the doc's own) lies in [s, e) of its doc: the cue names an outlet,
 * not a speaker. Generic media ("state TV", "local media") are not: beside a speaker they are the speaker's channel
 * ("The government, via state TV reports, claims that …"), and with none they name no outlet whose text this could be.
 */
function citesIn(cites: readonly Citation[], s: number, e: number): boolean {
  return cites.some((c) => c.kind !== 'generic' && c.start < e && c.end > s);
}

/**
 * The "said <clause>" form: the last bare speech verb before the passage ends, in the passage's sentence; not the verb
 * of a quote's speaker right after its closing mark, nor "told us" (an outlet's own interview).
 */
function bareClause(text: string, from: number, e: number): ReportedClause | null {
  const span = text.slice(from, e);
  let last: RegExpExecArray | null = null;
  for (const m of span.matchAll(BARE)) {
    if (from + m.index + m[0].length >= e) break;
    last = m;
  }
  const before = span.slice(0, last?.index ?? 0);
  if (!last || PASSIVE_BEFORE.test(before) || QUOTE_TAIL.test(before)) return null;
  const at = from + last.index + last[0].length;
  if (
    OWN_INTERVIEW.test(
      text
        .slice(at, at + 24)
        .split(/\s+/)
        .slice(0, 3)
        .join(' '),
    )
  )
    return null;
  if (text.slice(from, at).includes('\n')) return null;
  // the cue: the verb and up to three words of its subject before it
  const head = span.slice(0, last.index).trimEnd().split(/\s+/).slice(-3).join(' ');
  return { cue: squash(`${head} ${last[0]}`), at, end: sentenceEnd(text, at), form: 'bare' };
}

/** The "<clause>, <speaker> said." form: the clause from the sentence's start to the comma before its attribution. */
function afterClause(text: string, from: number, e: number): ReportedClause | null {
  const end = sentenceEnd(text, e);
  const sentence = text.slice(from, end);
  // the attribution follows one of the sentence's last three commas, after the passage
  let k = sentence.length;
  for (let tries = 0; tries < 3; tries++) {
    k = sentence.lastIndexOf(',', k - 1);
    if (k < 0 || from + k < e - 1) return null;
    if (AFTER.test(sentence.slice(k)))
      return { cue: squash(sentence.slice(k)), at: from, end: from + k, form: 'after' };
  }
  return null;
}

/**
 * The clause around [s, e) that its sentence reports someone said, in any of the three forms (the "that" form first)
 * or in the "that" form only, unless the cue cites an outlet (`cites`: the doc's citations); null when the passage is
 * in no reported clause.
 */
export function reportedClause(
  text: string,
  [s, e]: readonly [number, number],
  cites: readonly Citation[] = [],
  forms: 'that' | 'all' = 'all',
): ReportedClause | null {
  const from = sentenceStart(text, s);
  const that = reportedSpeech(text, [s, e], forms === 'all');
  const found: ReportedClause | null = that
    ? { ...that, form: 'that' }
    : forms === 'that'
      ? null
      : (bareClause(text, from, e) ?? afterClause(text, from, e));
  if (!found) return null;
  // where a cited outlet would be the speaker: the attribution after the clause, or the cue and the words before it
  const cue =
    found.form === 'after'
      ? [found.end, sentenceEnd(text, found.end)]
      : [Math.max(from, found.at - found.cue.length - SUBJECT_CHARS), found.at];
  return citesIn(cites, cue[0], cue[1]) ? null : found;
}
