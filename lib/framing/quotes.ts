// Direct quotes with their speakers: the doc's quote spans (lib/text/quotes.ts) attributed to who is quoted. The
// combiner: each way of finding a speaker is tried in order around each quote. Where each idea lives:
// - the verbs of saying and of judging: speech-verbs.ts;
// - the doc's text as the speaker patterns read it (periods and party tags masked): speaker-text.ts;
// - a speaker phrase cleaned, and the words that name no one: speaker-cleaning.ts;
// - appositives, party tags and connectives set off after a subject: subject-appositives.ts;
// - the subject of a clause before a verb of saying: clause-subjects.ts;
// - speakers written after a quote: speaker-after.ts; before it: speaker-before.ts;
// - a found speaker given to its quotes (roles, pronouns, continued and nested quotes, titles): quote-assignment.ts;
// - a writing that "reads" its quote ("“…,” the statement read"): writing-reads.ts;
// - reported statements without quote marks: reported-clauses.ts; a sentence's reporter and corrections:
//   sentence-reporters.ts.
import type { Doc } from '../types.js';
import { rangeAt } from '../util/search.js';
import type { Quote } from './types.js';
import type { QuoteContext } from './quote-context.js';
import { accordingTo, actBefore, reporterOf, speakerBefore, statementThat } from './speaker-before.js';
import { assignSpeaker, continuedSpeaker, nestedSpeakers, unspokenTitles, withRole } from './quote-assignment.js';
import { relayedFrom, speakerAfter } from './speaker-after.js';
import { speakerText } from './speaker-text.js';
import { writingReads } from './writing-reads.js';

export { REPORTING_VERBS, REPORTING_PARTICIPLES, STATEMENT_ACTS } from './speech-verbs.js';
export {
  NOT_A_SPEAKER_WORDS,
  NO_SPEAKER_WORDS,
  SUBJECT_PRONOUNS,
  phraseWords,
  wordsNameNoOne,
} from './speaker-cleaning.js';
export { speakerText, writtenEnd } from './speaker-text.js';
export { sentenceReporter } from './sentence-reporters.js';

/** Find the direct quotes of a doc (top-level and nested) and their speakers, in text order. */
export function findQuotes(doc: Doc, masked = speakerText(doc.text)): Quote[] {
  const quotes: Quote[] = doc.quotes.map((q) => ({
    doc: doc.id,
    start: q.start,
    end: q.end,
    inner: [q.inner[0], q.inner[1]],
    depth: q.depth,
    group: q.group,
    speaker: null,
    speakerSpan: null,
    via: null,
  }));
  attributeQuotes(doc, quotes, masked);
  return quotes;
}

/** Attach speakers to quotes (in place), using the text around each quote and the quotes before it. */
export function attributeQuotes(doc: Doc, quotes: Quote[], masked = speakerText(doc.text)): void {
  const text = masked;
  const paras = doc.paragraphs.map((p): [number, number] => [p.start, p.end]);
  const paraOf = (pos: number) => rangeAt(doc.paragraphs, pos);
  const ctx: QuoteContext = {
    doc,
    text,
    sentenceOf: (pos) => {
      const i = rangeAt(doc.sentences, pos);
      return i >= 0 ? doc.sentences[i] : null;
    },
  };
  let lastSpeaker: string | null = null;
  // a programme's title in quote marks ("said on NBC 's “Meet the Press”") is spoken by no one
  const top = quotes.filter((q) => q.depth === 0);
  const byGroup = new Map<number, Quote[]>();
  for (const q of top) (byGroup.get(q.group) ?? byGroup.set(q.group, []).get(q.group)!).push(q);
  for (let qi = 0; qi < top.length; qi++) {
    const q = top[qi];
    const p = paras[paraOf(q.start)] ?? [0, text.length];
    const prevQ = qi > 0 ? top[qi - 1] : null;
    const prev = prevQ && paraOf(prevQ.start) === paraOf(q.start) ? prevQ : null;
    const ctxFrom = Math.max(p[0], prev ? prev.end : p[0]);
    const after = speakerAfter(ctx, q, p);
    const found =
      (after && relayedFrom(ctx, q, ctxFrom, prev, after)) ??
      after ??
      writingReads(ctx, q, ctxFrom, p[1]) ??
      speakerBefore(ctx, q, ctxFrom, prev) ??
      statementThat(ctx, q, ctxFrom) ??
      actBefore(ctx, q, ctxFrom) ??
      accordingTo(ctx, q) ??
      reporterOf(ctx, q) ??
      continuedSpeaker(q, byGroup.get(q.group)!, prev);
    if (found) lastSpeaker = assignSpeaker(doc, q, withRole(ctx, found), lastSpeaker, byGroup.get(q.group)!, text);
  }
  unspokenTitles(doc, top, ctx.sentenceOf);
  nestedSpeakers(quotes, top);
}
