// Someone else's words that the copy sets apart without quote marks, read as quotes (lib/framing/voice.ts):
// - an embedded social-media post: the text before the post's signature ("… ridiculous and will be overturned !
//   — Donald J. Trump ( @ realDonaldTrump ) February 4 , 2017", "A post shared by …"), from the start of its line, is
//   the poster's, who is its speaker;
// - a block quote: the paragraph after a line that ends in a colon and names speech or a document ("He said :",
//   "The AP writes :", "… issued this statement :"; lib/text/block-lead.ts, which the overlap layer reads too), whose
//   speaker is that line's reporter when it names one;
// - an interview's answers after its questions, without labels (voice-interview.ts), without a written speaker.
import type { Doc, Span } from '../types.js';
import type { Quote } from './types.js';
import { subjectBefore } from './clause-subjects.js';
import { writtenEnd } from './quotes.js';
import { blockLead, colonLead, firstPerson, reportLead } from '../text/block-lead.js';
import { interviewAnswers } from './voice-interview.js';
import { POST_DASH, POST_DATE, POST_HANDLE, POST_NAME, POST_SHARED_BY } from '../text/post-signature.js';

/** A handle in brackets anywhere in a line: a line with a signature of its own. */
const POST_HANDLE_RE = new RegExp(POST_HANDLE, 'u');

/**
 * A post's signature: a dash, the poster's name, "( @ handle )" and the date ("January 28 , 2017"; a signature that
 * ends its line may lack it), or "A post shared by …" at the end of a line. Group 1: the name.
 */
const SIGNATURE = new RegExp(
  `${POST_DASH}\\s*(${POST_NAME}?)\\s*${POST_HANDLE}\\s*(?:${POST_DATE}|(?=\\s*(?:\\n|$)))` +
    `|\\b${POST_SHARED_BY}([^\\n(]{1,60}?)\\s*${POST_HANDLE}[^\\n]{0,40}(?=\\n|$)`,
  'gu',
);

/** Words of the outlet's narration around a post: quote marks, a verb of speech or posting. */
const NARRATION_CUE = /``|''|["\u201C\u201D]|\b(?:said|says|told|tweeted|wrote|writes|according|added|posted)\b/;

/**
 * The start of a post whose signature's line opens at `lineStart`, taking in up to two earlier lines of the same post
 * ("Clearly the flyer is meant to scare and divide our residents ." above "We won't stand for it . — Name ( @ handle )
 * …"): a line of a post's length (280 characters at most) in the first person (lib/text/block-lead.ts), with no quote
 * mark, no verb of speech, no closing colon and no signature of its own, after `floor` (the previous signature's end).
 */
function earlierLines(text: string, lineStart: number, floor: number): number {
  let start = lineStart;
  for (let n = 0; n < 2; n++) {
    let e = start - 1;
    while (e > 0 && /\s/.test(text[e - 1])) e--;
    const s = text.lastIndexOf('\n', e - 1) + 1;
    if (e <= 0 || s < floor || e - s > 280) break;
    const line = text.slice(s, e);
    if (!firstPerson(line) || NARRATION_CUE.test(line) || line.endsWith(':') || POST_HANDLE_RE.test(line)) break;
    start = s;
  }
  return start;
}

/** The embedded posts of a text: each post's [start, end) (its words, without the signature) and the poster's name's. */
export function embeddedPosts(text: string): { post: [number, number]; name: [number, number] }[] {
  const out: { post: [number, number]; name: [number, number] }[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(SIGNATURE)) {
    const at = m.index;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let start = Math.max(lineStart, prevEnd);
    // a post broken over a line after the previous signature: ", …" or a lower-case word opens its line
    if (start === lineStart && prevEnd >= 0 && prevEnd < lineStart && /^\s*[\p{Ll},]/u.test(text.slice(lineStart)))
      if (!text.slice(prevEnd, lineStart - 1).includes('\n')) start = prevEnd;
    if (start === lineStart) start = earlierLines(text, lineStart, prevEnd);
    prevEnd = at + m[0].length;
    while (start < at && /\s/.test(text[start])) start++;
    let end = at;
    while (end > start && /\s/.test(text[end - 1])) end--;
    const group = m[1] !== undefined ? 1 : 2;
    const name = m[group].trim();
    const nameStart = at + m[0].indexOf(name);
    if (end - start < 2 || !name) continue;
    out.push({ post: [start, end], name: [nameStart, nameStart + name.length] });
  }
  return out;
}

/** A verb of speech or writing before the lead-in's colon, with its "this" ("issued this statement :" has none). */
const LEAD_VERB =
  /\b(?:said|says|wrote|writes|added|adds|continued|continues|reported|reports|noted|notes|explained|explains|tweeted|posted|declared|stated|states)\s*(?:(?:this|these|the\s+following|as\s+follows)\s*)?:\s*$/;

/** Subjects that name no speaker: "it", "this", "Here are a few other groups". */
const NO_SPEAKER = /^(?:it|this|that|there|here\b.*(?<!\bwhat\s.*))$/is;
/** "here is what", "what" before the subject of a lead-in. */
const WHAT = /^(?:here\s+(?:is|are)\s+)?what\s+/i;

/**
 * The speaker of a lead-in ending at `nl`: the subject before its verb in the colon's sentence ("Trump continued :",
 * "The AP writes :"), as the doc writes it, or null ("… in his post :", "Here is a 2011 statement :").
 */
function leadInSpeaker(doc: Doc, masked: string, nl: number): { speaker: Span | null; text: string | null } {
  const colon = masked.lastIndexOf(':', nl);
  const sent = doc.sentences.find((s) => s.start <= colon && s.end > colon);
  const m = sent ? LEAD_VERB.exec(masked.slice(sent.start, colon + 1)) : null;
  if (!sent || !m) return { speaker: null, text: null };
  const pre = masked.slice(sent.start, sent.start + m.index);
  const subj = subjectBefore(pre);
  if (!subj || NO_SPEAKER.test(subj.text)) return { speaker: null, text: null };
  // "here is what the relevant statute (says :)": the statute
  const what = WHAT.exec(subj.text)?.[0].length ?? 0;
  const start = sent.start + subj.offset + what;
  const end = writtenEnd(doc.text, start, subj.text.slice(what));
  return { speaker: { doc: doc.id, start, end }, text: doc.text.slice(start, end) };
}

/** The next line after `from` that holds text: [start, end) trimmed, or null. */
function nextLine(text: string, from: number): [number, number] | null {
  let s = from;
  while (s < text.length && /\s/.test(text[s])) s++;
  if (s >= text.length) return null;
  const nl = text.indexOf('\n', s);
  let e = nl < 0 ? text.length : nl;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return e > s ? [s, e] : null;
}

/**
 * The block quotes of a doc: the line after each lead-in line (lib/text/block-lead.ts, the overlap layer's reader), unless a quote mark opens it (the quote
 * scanner reads those) or it ends in a colon itself (a list's heading). `masked`: the doc's speakerText.
 */
function blockQuotes(
  doc: Doc,
  masked: string,
): { span: [number, number]; speaker: Span | null; text: string | null }[] {
  const text = doc.text;
  const out: { span: [number, number]; speaker: Span | null; text: string | null }[] = [];
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    const line = nextLine(text, nl + 1);
    if (!line || /^["“”'‘’`«]/.test(text[line[0]]) || /:$/.test(text.slice(line[0], line[1]))) continue;
    // a third party's words ("He said :") or another outlet's report ("The Times reports :")
    const lead = colonLead(text, lineStart, nl);
    if (lead === null || (blockLead(text, [lineStart, nl], line) === null && !reportLead(lead))) continue;
    out.push({ span: line, ...leadInSpeaker(doc, masked, nl) });
  }
  return out;
}

/**
 * The quotes without marks of a doc (embedded posts and block quotes), top level, in text order; `quotes` are the
 * marked ones, so a block or post a marked quote already opens is left to it.
 */
export function unmarkedQuotes(doc: Doc, masked: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const opened = (s: number, e: number) => quotes.some((q) => q.depth === 0 && q.start <= s && q.end >= e);
  for (const { post, name } of embeddedPosts(doc.text))
    if (!opened(post[0], post[1]))
      out.push(
        unmarked(doc, post, doc.text.slice(name[0], name[1]), { doc: doc.id, start: name[0], end: name[1] }, 'post'),
      );
  const free = (s: number, e: number) => !opened(s, e) && !out.some((q) => q.start < e && q.end > s);
  for (const b of blockQuotes(doc, masked))
    if (free(b.span[0], b.span[1])) out.push(unmarked(doc, b.span, b.text, b.speaker, 'block'));
  // an interview's answers printed without labels (voice-interview.ts), given to the interviewee the narration names
  for (const { span, interviewee } of interviewAnswers(doc))
    if (free(span[0], span[1]))
      out.push(unmarked(doc, span, interviewee?.name ?? null, interviewee?.span ?? null, 'block'));
  return out.sort((a, b) => a.start - b.start);
}

function unmarked(
  doc: Doc,
  [start, end]: [number, number],
  speaker: string | null,
  speakerSpan: Span | null,
  via: 'post' | 'block',
): Quote {
  return { doc: doc.id, start, end, inner: [start, end], depth: 0, group: -1, speaker, speakerSpan, via };
}
