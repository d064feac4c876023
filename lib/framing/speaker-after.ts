// Speakers written after a quote: "“…,” X said", "“…,” said X", lists ("Sens. A, R-Val., and B, D-Orl., said"),
// names set off with descriptions, and quotes an outlet relays ("Doe said “…,” Reuters reported").
import { pronounCalling, relayAfter } from './quote-relays.js';
import { apposedSpeaker } from './quote-appositives.js';
import type { Doc } from '../types.js';
import type { Quote } from './types.js';
import { partyTagAfter } from '../entities/tags.js';
import { BRACKETED, SENTENCE_BREAK, TAG_IN_BRACKETS_END, appositiveAt } from './subject-appositives.js';
import type { Found, QuoteContext } from './quote-context.js';
import { VERB_ALT } from './speech-verbs.js';
import { attributionSpeaker, cleanSpeaker, cleanedAt } from './speaker-cleaning.js';
import { speakerBefore } from './speaker-before.js';
import { writtenEnd } from './speaker-text.js';

/**
 * "…," the source pointed out / "…," he added / "…," said the minister. The verb is matched in lower case (no "i"
 * flag), as in THAT_CLAUSE and TRAILING_ATTRIBUTION: a capitalised "States" or "Reports" after a name is part of it
 * ("the United States", "Rasmussen Reports"), not a reporting verb.
 */
const AFTER_SUBJ_VERB = new RegExp(
  `^\\s*[,.]?\\s*([^,.;:!?"“”«»\\n]{1,90}?)\\s*,?\\s+(?:further\\s+|also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+)?(?:${VERB_ALT})\\b`,
);
const AFTER_VERB_SUBJ = new RegExp(
  `^\\s*,?\\s*(?:${VERB_ALT})\\s+([^,.;:!?"“”«»\\n]{1,90}?)(?=\\s*(?:[,.;:!?"“]|\`\`|$|\\s(?:on|in|during|at|after|before|earlier|late|last|this|to|that|when|while|about|as)\\b))`,
  'i',
);
/** A name of capitalised words (titles' periods masked): an item of a list of speakers. */
const LIST_NAME = "\\p{Lu}[\\p{L}\u2024'’.-]*(?:\\s+\\p{Lu}[\\p{L}\u2024'’.-]*)*";
/**
 * "…,” Sens. Ana Doe, R-Val., and Ivo Brenn, D-Orl., said (party tags blanked): a list of names with commas before the
 * verb, closing on "and", which AFTER_SUBJ_VERB (no commas) cannot read.
 */
const AFTER_LIST_VERB = new RegExp(
  `^\\s*[,.]?\\s*(${LIST_NAME}(?:\\s*,\\s*${LIST_NAME})*\\s*,?\\s+and\\s+${LIST_NAME})\\s*,?\\s+(?:also\\s+|later\\s+)?(?:${VERB_ALT})\\b`,
  'u',
);
/**
 * "…,” Ana Doe, a Valdor Republican, said / "…,” the mayor's spokesman, Ivo Brenn, told: the words before the verb
 * hold commas (names set off with descriptions), which AFTER_SUBJ_VERB cannot read; `apposedSpeaker` reads them.
 */
const AFTER_APPOSED_VERB = new RegExp(
  `^\\s*[,.]?\\s*([^;:!?"“”«»\\n]{1,200}?,[^;:!?"“”«»\\n]{1,200}?)\\s*,\\s+(?:(?:further|also|later|then|again|previously|\\p{Ll}+ly)\\s+)?(?:${VERB_ALT})\\b`,
  'u',
);
/** A short bracket inside a phrase: a state or a ticker ("( Md . )", "( FB.O )"). */
const SHORT_BRACKET = /\([^()\n]{1,12}\)/g;
/** A bracket with its periods and commas masked as a title's periods are (same length): no end of the phrase. */
const maskMarks = (b: string): string => b.replace(/[.,]/g, '\u2024');

/** 1. After the quote: “…,” X said / said X. */
export function speakerAfter({ text, doc }: QuoteContext, q: Quote, p: [number, number]): Found {
  // (a short bracket's marks are masked as a title's: "said Montgomery County ( Md . ) Police Chief Ivo Doe" is one name)
  const after = text.slice(q.end, Math.min(p[1], q.end + 160)).replace(SHORT_BRACKET, maskMarks);
  const innerEnd = text.slice(q.inner[0], q.inner[1]).trimEnd();
  const quoteEndsClause = /[,?!]$/.test(innerEnd) || /^\s*,/.test(after);
  if (!quoteEndsClause && !/^\s*[,.]?\s*(?:he|she|they)\s/i.test(after)) return null;
  let m = AFTER_VERB_SUBJ.exec(after);
  if (m && !/^\s*(?:he|she|they)\b/i.test(after)) {
    // (a tag in brackets closing the name is no part of it: "said Rep. Ivo Doe ( R-Val. )")
    const t = cleanSpeaker(m[1].replace(TAG_IN_BRACKETS_END, ''));
    if (t) return { text: t, start: q.end + cleanedAt(m, t), via: 'after' };
  }
  m = AFTER_SUBJ_VERB.exec(after);
  const t = m && attributionSpeaker(m[1]);
  if (m && t && !/^(?:the|a|an)$/i.test(t)) return { text: t, start: q.end + cleanedAt(m, t), via: 'after' };
  // "…,” Sens. Ana Doe, R-Val., and Ivo Brenn, D-Orl., said: the whole list speaks (sources.ts splits it)
  // (read from the doc's own text: the party tags the masked text blanked are part of the phrase)
  m = AFTER_LIST_VERB.exec(after);
  const list = m && cleanSpeaker(m[1]);
  if (!m || !list) return apposedAfter(text, doc, q, p);
  const start = q.end + cleanedAt(m, list);
  const end = q.end + m.index + m[0].indexOf(m[1]) + m[1].length;
  return { text: doc.text.slice(start, end).replace(/\s+/g, ' '), start, via: 'after' };
}

/**
 * 1c. "…,” Ana Doe, a Valdor Republican, said; "…,” Doe, who chairs the panel, said; "…,” the mayor's spokesman, Ivo
 * Brenn, told: the name speaks, and the description set off by commas is its role (read from the doc's own text,
 * party tags included).
 */
function apposedAfter(text: string, doc: Doc, q: Quote, p: [number, number]): Found {
  const m = AFTER_APPOSED_VERB.exec(text.slice(q.end, Math.min(p[1], q.end + 300)));
  // (no sentence's end and no quote mark of pre-tokenised text inside: "… , '' Doe , a Valdor Republican , said")
  // (a bracket's periods close nothing: "Col. Ivo Doe ( Ret . ), author of …")
  if (!m || SENTENCE_BREAK.test(m[1].replace(BRACKETED, ' ')) || /``|''/.test(m[1])) return null;
  const a = apposedSpeaker(m[1], appositiveAt);
  const t = a && cleanSpeaker(m[1].slice(a.start, a.end));
  if (!a || !t) return null;
  const at = q.end + m.index + m[0].indexOf(m[1]);
  const start = at + a.start + Math.max(0, m[1].slice(a.start, a.end).indexOf(t.split(' ')[0]));
  // a party tag the masked text blanked inside the name's segment ("Sen. Ana Doe, R-Utah, a member of the panel")
  const tag = partyTagAfter(doc.text, writtenEnd(doc.text, start, t.replace(/\u2024/g, '.')));
  const parts = a.role.map(([s, e]) =>
    doc.text
      .slice(at + s, at + e)
      .replace(/\s+/g, ' ')
      .trim(),
  );
  const role = (tag ? [doc.text.slice(tag.start, tag.end), ...parts] : parts).join(', ');
  return { text: t, start, via: 'after', ...(role ? { role } : {}) };
}

/**
 * 1b. "Doe said there were “serious gaps,” Reuters reported": when the phrase after the quote is the outlet that relays
 * it, the speaker the sentence names before the quote ("which she called “…”" too) speaks; null when none is written.
 */
export function relayedFrom(
  qc: QuoteContext,
  q: Quote,
  ctxFrom: number,
  prev: Quote | null,
  after: NonNullable<Found>,
): Found {
  if (relayAfter(qc.doc.text, q.end)?.start !== after.start) return null;
  const sent = qc.sentenceOf(q.start);
  const from = Math.max(ctxFrom, sent ? sent.start : ctxFrom);
  const before = speakerBefore(qc, q, ctxFrom, prev);
  if (before && before.via === 'before' && before.start >= from) return before;
  const called = pronounCalling(qc.text.slice(from, q.start));
  return called ? { text: called.text, start: from + called.offset, via: 'before' } : null;
}
