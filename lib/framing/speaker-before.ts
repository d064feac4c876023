// Speakers written before a quote: "X said: “…”", "X told Y, “…”", "X's statement that “…”", "X slammed Y as “…”",
// "according to X", the sentence's reporter.
import type { Quote } from './types.js';
import { ACCORDING, sentenceReporter } from './sentence-reporters.js';
import { ACT_ALT, PART_ALT, VERB_ALT } from './speech-verbs.js';
import type { Found, QuoteContext } from './quote-context.js';
import { NO_ACT_SUBJECT, PASSIVE_BEFORE, cleanSpeaker, cleanedAt } from './speaker-cleaning.js';
import { sentenceSubject, subjectBefore } from './clause-subjects.js';

const RELATIVE_BEFORE_CALLED = /(?:[^,\s]\s+who|,\s*\p{Ll}+ly|\bwhat(?:\s+is|\s*['’]s)?(?:\s+often)?)\s*$/u;
const CAPITALISED_TAIL = /(?:[A-Z][\p{L}-]*\s*)+$/u;
/** An act verb and its object before a quote that follows "as", a colon or a comma: "Doe slammed the plan as “…”". */
const ACT_BEFORE_QUOTE = new RegExp(`\\b(?:${ACT_ALT})\\b[^.!?"“”]{0,60}?(?:\\s+as|[:,])\\s*$`);
/** "Doe called the strike “a war crime”": "called", an object in lower case, then the quote ("called for/on" is a demand). */
const CALLED_BEFORE_QUOTE = /(?<![A-Za-z-])called\s+(?!for\b|on\b|upon\b)[a-z][^.!?"“”]{0,50}?\s*$/;
const VERB_ANY = new RegExp(`\\b(?:(${VERB_ALT})|(${PART_ALT}))\\b`, 'gi');
const STATEMENT_THAT =
  /([^,;:.!?"“”]{2,80}?)['’]s\s+(?:statement|remarks|words|comments|claim|assertion|announcement|warning)\s+that\s*$/i;
/** 2. Before the quote: X said: “…” / X told Y, “…” / X noted that “…”; a participle continues its clause's subject. */
export function speakerBefore(qc: QuoteContext, q: Quote, ctxFrom: number, prev: Quote | null): Found {
  const ctx = qc.text.slice(ctxFrom, q.start);
  let last: RegExpExecArray | null = null;
  VERB_ANY.lastIndex = 0;
  for (let m = VERB_ANY.exec(ctx); m; m = VERB_ANY.exec(ctx)) last = m;
  if (!last || ctx.length - (last.index + last[0].length) > 70 || !/^[^.!?]*$/.test(ctx.slice(last.index))) return null;
  if (!last[2]) {
    const subj = subjectBefore(ctx.slice(0, last.index));
    return subj ? { text: subj.text, start: ctxFrom + subj.offset, via: 'before' } : null;
  }
  // a participle continues the subject of its clause: the previous quote's speaker, or the sentence subject
  const subj = subjectBefore(ctx.slice(0, last.index).replace(/,\s*$/, ''));
  // "Doe and Brenn were there , with the senator telling the crowd , “…”": the participle's own subject speaks
  const own = WITH_SUBJECT.exec(ctx.slice(0, last.index));
  if (own) return { text: own[1], start: ctxFrom + own.index + own[0].indexOf(own[1]), via: 'before' };
  const sent = qc.sentenceOf(q.start);
  if (prev?.speaker && prev.end >= (sent?.start ?? 0) - 1)
    return {
      text: prev.speaker,
      start: prev.speakerSpan?.start ?? q.start,
      via: 'continued',
      ...(prev.speakerSpan ? { span: prev.speakerSpan } : {}),
    };
  const sFrom = sent ? sent.start : ctxFrom;
  const name = sentenceSubject(qc.text.slice(sFrom, ctxFrom + last.index));
  // "It ’ s worth noting that “…”", "It was a revealing comment, hinting at …": a dummy "it", no one speaks
  if (name && DUMMY_IT.test(qc.text.slice(sFrom + name.offset, sFrom + name.offset + 20))) return null;
  if (name) return { text: name.text, start: sFrom + name.offset, via: 'before' };
  return subj ? { text: subj.text, start: ctxFrom + subj.offset, via: 'before' } : null;
}

/** "it" opening a clause on a copula or a verb of seeming: "It ’ s worth noting", "It was …", "It is unclear". */
const DUMMY_IT =
  /^it\s*(?:['’]\s*s|is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained)\b/iu;

/** "with" and the participle's own subject: an absolute clause ("…, with the senator telling the crowd"). */
const WITH_SUBJECT =
  /,\s*with\s+((?:the|a|an)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}\u2024'’-]*(?:\s+\p{Lu}[\p{L}\u2024'’-]*){0,3})\s*$/u;

/** 2b. X's statement that “…”: the possessor noun phrase, from its last determiner or its final run of capitalised words. */
export function statementThat({ text }: QuoteContext, q: Quote, ctxFrom: number): Found {
  const m = STATEMENT_THAT.exec(text.slice(ctxFrom, q.start));
  const t = m && cleanSpeaker(m[1]);
  if (!m || !t) return null;
  const det = /.*\b(?:the|a|an)\s+/i.exec(t);
  const caps = CAPITALISED_TAIL.exec(t);
  const name = det ? t.slice(det[0].length - det[0].match(/(?:the|a|an)\s+$/i)![0].length) : caps ? caps[0].trim() : t;
  return { text: name, start: ctxFrom + m.index + m[0].indexOf(name), via: 'before' };
}

/**
 * "Doe condemned the “outrageous” attack": an act verb, a determiner and at most two words, then a short quote (at
 * most eight words) inside the verb's object: the words are the subject's, who judges with them.
 */
const ACT_OBJECT_QUOTE = new RegExp(
  `\\b(?:${ACT_ALT})\\s+(?:the|a|an|his|her|their|its|this|that|these|those)\\s+(?:[a-z-]+\\s+){0,2}$`,
);
/** Words of a short quote: a scare quote or a phrase inside a clause. */
const SHORT_QUOTE = 8;

/**
 * 2c. X slammed Y as “…” / X tweeted: “…”: the subject of an act verb whose quote follows "as", a colon or a comma.
 * The subject is read from the sentence's start when an earlier quote of the sentence stands inside a relative or an
 * appositive set off by commas before the verb ("Doe's letter, which … to “salute” officials, criticized the “…”").
 */
export function actBefore({ text, sentenceOf }: QuoteContext, q: Quote, ctxFrom: number): Found {
  const sent = sentenceOf(q.start);
  const found = actIn(text, q, ctxFrom);
  if (!sent || sent.start >= ctxFrom || !found?.setOff) return found && found.subject;
  return actIn(text, q, sent.start)?.subject ?? null;
}

/** actBefore read from `ctxFrom`, with whether the verb's subject was set off by a comma right before it. */
function actIn(text: string, q: Quote, ctxFrom: number): { subject: Found; setOff: boolean } | null {
  const ctx = text.slice(ctxFrom, q.start);
  const short = text.slice(q.inner[0], q.inner[1]).trim().split(/\s+/).length <= SHORT_QUOTE;
  const m =
    ACT_BEFORE_QUOTE.exec(ctx) ??
    (ctx.includes('called') ? CALLED_BEFORE_QUOTE.exec(ctx) : null) ??
    (short ? ACT_OBJECT_QUOTE.exec(ctx) : null);
  const pre = m ? ctx.slice(0, m.index) : '';
  // "the policy, officially called “…”", "guards who called them “…”": a naming participle or a relative, no speaker
  const naming = m && /^called/.test(m[0]) && (NO_ACT_SUBJECT.test(pre) || RELATIVE_BEFORE_CALLED.test(pre));
  const setOff = !!m && /,\s*$/.test(pre);
  const subj = m && !naming && !PASSIVE_BEFORE.test(pre) && subjectBefore(pre);
  return subj ? { subject: { text: subj.text, start: ctxFrom + subj.offset, via: 'before' }, setOff } : null;
}

/** 3. According to X, … “…”. */
export function accordingTo({ text, sentenceOf }: QuoteContext, q: Quote): Found {
  const sent = sentenceOf(q.start);
  const m = sent && ACCORDING.exec(text.slice(sent.start, q.start));
  const t = m && cleanSpeaker(m[1]);
  return sent && m && t ? { text: t, start: sent.start + cleanedAt(m, t), via: 'according' } : null;
}

/** 4. The reporter of the sentence: …, a source revealed on Thursday. / X warned that … “…”. */
export function reporterOf({ text, sentenceOf }: QuoteContext, q: Quote): Found {
  const sent = sentenceOf(q.start);
  const r = sent && sentenceReporter(text, sent.start, sent.end);
  // a reporter written inside the quote is the quote's own words ("“Having said that, I do not …”"), no speaker
  return r && (r.start < q.start || r.start >= q.end) ? { text: r.text, start: r.start, via: 'sentence' } : null;
}
