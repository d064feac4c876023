// What is written next to a shared passage that says it is a third party's text: a speech or document verb before or
// after it ("said in a statement:", "the amendment reads"), quote marks with their speaker, reported speech ("X told
// the committee that ..."), and block quotes (the paragraph after a lead-in that ends in a colon). lib/overlap/kinds.ts
// reads these to call a passage common-source instead of reuse.
import type { Paragraph } from '../types.js';
import { firstEndingAfter } from '../util/search.js';
import { blockLead, colonLead, reportLead, SENTENCE_END } from '../text/block-lead.js';

// speech and document verbs and nouns that introduce a third party's own text
export const VERB = `(?:${[
  'said says say stated states wrote writes write read reads posted posts tweeted tweets declared',
  'declares announced announces added adds told tells continued continues explained explains noted',
  'notes according_to via from',
]
  .join(' ')
  .split(' ')
  .join('|')
  .replace('_', '\\s+')})`;
export const DOC = `(?:${[
  'statement post posts tweet tweets message letter release text order ruling decision amendment law',
  'bill act article clause section resolution declaration communiqu\\u00e9 communique notice memo email',
  'e-mail transcript report rant video caption excerpt',
  // legal texts that columns and reports print or quote in full (a statute and its sections)
  'statute statutes provision provisions regulation regulations subsection constitution treaty charter indictment',
]
  .join(' ')
  .split(' ')
  .join('|')})`;

// opening and closing marks, PTB-style `` and '' of scraped corpora included (lib/text/quotes.ts reads them all)
export const OPEN_MARK = /``|["\u201C\u201E\u00AB]/u;
export const CLOSE_MARK = /(?:''|["\u201D\u00BB])(?![\s\S]*(?:''|["\u201D\u00BB]))/u;
// the speaker of a quote beside it: `“...,” the minister said` or `The minister said: “...`, the speaker's name with
// the office set off by commas included (`“...,” Ken Cuccinelli, acting director of the agency, said`)
// the verb may be followed by where the words were said or written (`” the senators said in a letter to Secretary of
// State John Kerry .`, `… wrote in a statement on Monday`): a document word of DOC or an occasion after "in" or "on"
const TAIL_ATTRIBUTION = new RegExp(
  `^[\\s,.;:]*(?:\\p{L}[\\p{L}.'\u2019-]*(?:\\s*[,.])*\\s+){0,14}${VERB}\\b` +
    `(?:[\\s\\p{L}.,]{0,30}|\\s+(?:in|on)\\s+(?:a|an|the|his|her|their|its)\\s+(?:\\p{L}+\\s+){0,2}?` +
    `(?:${DOC}|interview|speech|news conference|briefing|call)\\b[\\s\\p{L}.,'\u2019-]{0,60})$`,
  'iu',
);
// or the speaker alone, the verb outside the shared run: `...,'' National Security Council spokesman Tommy Vietor`
/** A sentence ends and a capital opens the next. */
const NEXT_SENTENCE = /[.!?]["\u201D']?\s+\p{Lu}/u;
const ROLE =
  'spokesman|spokeswoman|spokesperson|secretary|minister|official|adviser|advisor|director|chairman|chairwoman|leader|senator|aide|ambassador|envoy';
const SPEAKER_TAIL = new RegExp(
  `^[\\s,.;:]*(?:(?:the|a)\\s+)?(?:(?:\\p{Lu}[\\p{L}.'\u2019-]*|${ROLE})\\s+){0,7}\\p{Lu}[\\p{L}.'\u2019-]*\\s*$`,
  'u',
);
const HEAD_ATTRIBUTION = new RegExp(
  `^(?:\\p{L}[\\p{L}.'-]*[\\s,]+){0,8}?${VERB}\\b[^"\`\\u201C\\u201E\\u00AB]{0,40}[:,]\\s*$`,
  'iu',
);

// the quote's speaker right after a closing mark, either order, up to four words: `'' Romney wrote ,`, `” said the
// minister ,` (case-insensitive: a speaker may be "the minister")
const SPEAKER_WORD = `(?:\\p{L}[\\p{L}.'\u2019-]*\\s+)`;
const AFTER_CLOSE = new RegExp(
  `(''|[\u201D\u00BB])\\s*,?\\s*(?:${SPEAKER_WORD}{1,4}?${VERB}|${VERB}\\s+${SPEAKER_WORD}{0,3}\\p{L}[\\p{L}.'\u2019-]*)\\b\\s*,?`,
  'giu',
);

/**
 * The text with each quote's speaker and verb of saying set right after its closing mark taken out: they are the
 * attribution of the quote, not narration either article could have copied ("..., '' Romney wrote , an apparent
 * reference to a statement" keeps 6 words of narration, not 8).
 */
export function withoutSpeakers(text: string): string {
  return text.replace(AFTER_CLOSE, '$1 ');
}

/** Share of a passage inside quote marks once the speaker attribution at its start or end is set aside. */
export function quotedBeyondAttribution(text: string, quoted: number): number {
  if (!quoted) return 0;
  const open = text.search(OPEN_MARK);
  const head = open > 0 && HEAD_ATTRIBUTION.test(text.slice(0, open)) ? open : 0;
  const close = CLOSE_MARK.exec(text);
  const after = close ? close.index + close[0].length : 0;
  const rest0 = close ? text.slice(after) : '';
  const tail = close && (TAIL_ATTRIBUTION.test(rest0) || SPEAKER_TAIL.test(rest0)) ? text.length - after : 0;
  const rest = text.length - head - tail;
  return rest > 0 ? Math.min(1, (quoted * text.length) / rest) : quoted;
}

/** A passage that opens with its own attribution ("X said in a statement:", "The order reads:") and then the text. */
export function openingAttribution(text: string): string | null {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 120 || colon > text.length * 0.4) return null;
  const head = text.slice(0, colon + 1);
  if (!BEFORE_COLON.test(head)) return null;
  // the attributed text must be all the rest: one quote (and its closing words), or one unquoted sentence or block
  const rest = text.slice(colon + 1).trimStart();
  if (rest.includes('\n')) return null;
  if (rest.search(OPEN_MARK) === 0) {
    const close = CLOSE_MARK.exec(rest);
    if (
      !close ||
      rest
        .slice(close.index + close[0].length)
        .trim()
        .split(/\s+/).length > 4
    )
      return null;
  } else if (NEXT_SENTENCE.test(rest)) return null;
  return `opens with its attribution ("${squash(head)}"), then the third party's text`;
}

// "... via Gawker:" / "The amendment reads:" / "said in a statement:" / "The statement said" — a colon after a cue,
// or a
// cue naming a document, at the end of the text just before the passage (same sentence)
const BEFORE_COLON = new RegExp(
  `\\b${VERB}\\b[^.!?\\n:]{0,80}:\\s*(?:\`\`|[\\u201C\\u201D"'\\u2018\\u2019(\\[])?\\s*$`,
  'iu',
);
const BEFORE_DOC = new RegExp(
  `\\b(?:${DOC}\\s+(?:\\p{L}+\\s+){0,2}${VERB}|${VERB}\\s+(?:\\p{L}+\\s+){0,3}${DOC})(?:\\s+that)?\\s*[,:\\u2014\\u2013-]?\\s*$`,
  'iu',
);
// ", he said in a statement" / "— the statement reads" just after the passage
const AFTER_DOC = new RegExp(
  `^[,;:\\s\\u2014\\u2013-]*(?:\\p{L}+\\s+){0,4}(?:${VERB}\\s+(?:\\p{L}+\\s+){0,3}${DOC}|${DOC}\\s+(?:\\p{L}+\\s+){0,2}${VERB})\\b`,
  'iu',
);

const DOC_WORD = new RegExp(`\\b${DOC}\\b`, 'iu');
const CUE_WORDS = new Set(
  VERB.slice(3, -1)
    .split('|')
    .concat(DOC.slice(3, -1).split('|'))
    .map((w) => w.toLowerCase()),
);

const SPACE_OPEN = ' \t\n\r\u201C\u201D"\'\u2018\u2019([`';
const SPACE_PUNCT = ' \t\n\r,:\u2014\u2013-';

function skipBack(text: string, i: number, chars: string): number {
  while (i > 0 && chars.includes(text[i - 1])) i--;
  return i;
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function wordBack(text: string, i: number): number {
  while (i > 0 && isLetter(text[i - 1])) i--;
  return i;
}

const VERB_WORDS = new Set(
  VERB.slice(3, -1)
    .split('|')
    .flatMap((w) => w.split(' '))
    .filter((w) => w !== 'to'),
);

/** A cue verb among the (at most 80) characters before the lead's last colon: the gate before BEFORE_COLON. */
function cueBeforeColon(lead: string): boolean {
  const c = lead.lastIndexOf(':');
  let i = c,
    n = 0;
  while (i > 0 && n < 80 && !'.!?\n:'.includes(lead[i - 1])) {
    i--;
    n++;
  }
  for (const w of lead
    .slice(i, c)
    .toLowerCase()
    .split(/[^a-z]+/))
    if (VERB_WORDS.has(w)) return true;
  return false;
}

/** Whether a lead ends in a colon (before spaces and opening marks), and its last word before "that", lowercased. */
function leadEnd(lead: string): [boolean, string] {
  let i = skipBack(lead, lead.length, SPACE_OPEN);
  const colon = lead[i - 1] === ':';
  i = skipBack(lead, i, SPACE_PUNCT);
  let j = wordBack(lead, i);
  let w = lead.slice(j, i).toLowerCase();
  if (w === 'that') {
    i = skipBack(lead, j, ' \t\n\r');
    j = wordBack(lead, i);
    w = lead.slice(j, i).toLowerCase();
  }
  return [colon, w];
}

/** Why the passage at [s, e) of a text reads as a third party's text by what is written right next to it, or null. */
export function attributionReason(text: string, [s, e]: readonly [number, number]): string | null {
  const before = text.slice(Math.max(0, s - 160), s);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const lead = cut >= 0 ? before.slice(cut + 2) : before;
  // cheap gates first: the regexes run only when the lead ends in a colon or a cue word
  const [colon, last] = leadEnd(lead);
  const m =
    (colon && cueBeforeColon(lead) ? BEFORE_COLON.exec(lead) : null) ??
    (CUE_WORDS.has(last) ? BEFORE_DOC.exec(lead) : null);
  if (m) return `attributed right before it ("${squash(lead.slice(Math.max(0, m.index - 30)))}")`;
  const after = text.slice(e, e + 100);
  const a = DOC_WORD.test(after) ? AFTER_DOC.exec(after) : null;
  if (a) return `attributed right after it ("${squash(a[0])}")`;
  return null;
}

export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

// ---- block quotes: the paragraph after a lead-in that ends in a colon ("Trump continued:", "The memo reads:")

const FIRST_SENTENCE_END = new RegExp(SENTENCE_END.source, 'u');

/**
 * The lead-in of paragraph k when it is a block quote (lib/text/block-lead.ts: the paragraph before ends in a colon
 * and names speech or a document, or the block speaks in the first person).
 */
export function blockLeadIn(text: string, paras: readonly Paragraph[], k: number): string | null {
  if (k < 1) return null;
  return blockLead(text, [paras[k - 1].start, paras[k - 1].end], [paras[k].start, paras[k].end]);
}

/**
 * The lead-in of paragraph k when the paragraph before ends in a colon and points at a report or a piece of writing:
 * the way blogs and columns set off text quoted from another article ("Democrats are reportedly pleased with the
 * bill:", "As the story notes:"). A plain colon ("The plan has three parts:") introduces the writer's own text.
 */
export function reportBlockLead(text: string, paras: readonly Paragraph[], k: number): string | null {
  if (k < 1) return null;
  const lead = colonLead(text, paras[k - 1].start, paras[k - 1].end);
  return lead !== null && reportLead(lead) ? squash(lead) : null;
}

/**
 * The share of [s, e) inside block-quote paragraphs (`leadOf`: blockLeadIn), the first such block's lead-in, and the
 * index of its paragraph (-1 without one).
 */
export function blockQuoteShare(
  text: string,
  paras: readonly Paragraph[],
  [s, e]: readonly [number, number],
  leadOf: (text: string, paras: readonly Paragraph[], k: number) => string | null = blockLeadIn,
): { share: number; lead: string; at: number } {
  let inside = 0,
    lead = '',
    at = -1;
  // from the first paragraph ending after s (binary search: a long article has many passages and many paragraphs)
  for (let k = Math.max(1, firstEndingAfter(paras, s)); k < paras.length && paras[k].start < e; k++) {
    const q = paras[k];
    const l = leadOf(text, paras, k);
    if (l === null) continue;
    inside += Math.min(e, q.end) - Math.max(s, q.start);
    if (at < 0) [lead, at] = [l, k];
  }
  return { share: inside / Math.max(1, e - s), lead, at };
}

// ---- reported speech: "the memo said that ...", "Clinton told reporters on Monday that ..."

// VERB without the source words, and a few verbs that only report speech
const SPEECH = `(?:${[...VERB_WORDS]
  .filter((w) => !/^(?:from|via|according)\b/.test(w))
  .concat(
    'argued argues claimed claims warned warns insisted insists testified testifies asserted alleged maintains maintained contends contended'.split(
      ' ',
    ),
  )
  .join('|')})`;
// ... and, read only by the looser rule after stock phrases (reportedClause's 'all' forms), the participle that adds a
// clause to a sentence already attributed ("…, adding that the plan …") and verbs of admitting: before stock they
// would take the name phrases a reported clause often holds ("Trump insisting that House Minority Leader …")
const SPEECH_LOOSE = `(?:${SPEECH.slice(3, -1)}|${(
  'saying adding telling noting stating writing explaining arguing claiming warning insisting announcing declaring ' +
  'asserting acknowledging conceding acknowledged acknowledges conceded concedes'
)
  .split(' ')
  .join('|')})`;
// a speech verb, up to 4 words (no punctuation), then "that"; the word before the verb is checked apart (passive)
const reportedCue = (verbs: string) =>
  new RegExp(`\\b(${verbs})\\s+(?:[\\p{L}\\p{N}.'\\u2019-]+\\s+){0,4}?that\\b`, 'giu');
const REPORTED = reportedCue(SPEECH);
const REPORTED_LOOSE = reportedCue(SPEECH_LOOSE);
const PASSIVE = new Set(['was', 'were', 'been', 'is', 'are', 'be', 'being', "'s", '\u2019s']);
const ADVERB = /^(?:\p{L}+ly|also|not|never|then|later|since|previously|repeatedly)$/iu;

/** Whether the verb at `i` is passive: was/were/been/is/are/be/being before it, an adverb or two apart. */
function passiveBefore(text: string, i: number): boolean {
  const words = text
    .slice(Math.max(0, i - 60), i)
    .trim()
    .split(/\s+/)
    .reverse();
  for (const w of words.slice(0, 3)) {
    const lw = w.toLowerCase();
    if (PASSIVE.has(lw)) return true;
    if (!ADVERB.test(lw)) return false;
  }
  return false;
}

/** The start of the sentence holding offset s: after the last sentence end or newline, at most 400 characters back. */
export function sentenceStart(text: string, s: number): number {
  const from = Math.max(0, s - 400);
  const before = text.slice(from, s);
  let cut = Math.max(0, before.lastIndexOf('\n') + 1);
  for (const m of before.matchAll(SENTENCE_END)) cut = Math.max(cut, m.index + m[0].length);
  return from + cut;
}

// "told the newspaper that": an outlet's own interview, its paraphrase its own text, not a third party's
export const OWN_INTERVIEW =
  /\b(?:the|this)\s+(?:newspaper|paper|magazine|network|station|outlet|publication|website)\b|\b(?:us|me)\b/iu;

/**
 * Reported speech around [s, e): the last "<speech verb> (up to 4 words) that" in the passage's sentence before the
 * passage's middle (a cue late in the passage, "… came up with , adding that he", reports what follows the passage,
 * not the passage), when it is active ("were told that" is not) and not an outlet's own interview: the cue as written,
 * the offset just past its "that" and the end of the sentence (what the cue reports). `loose` adds the participles and
 * verbs of admitting (SPEECH_LOOSE).
 */
export function reportedSpeech(
  text: string,
  [s, e]: readonly [number, number],
  loose = false,
): { cue: string; at: number; end: number } | null {
  const from = sentenceStart(text, s);
  const span = text.slice(from, e);
  const mid = (s + e) / 2;
  let last: RegExpMatchArray | null = null;
  for (const m of span.matchAll(loose ? REPORTED_LOOSE : REPORTED)) {
    if (from + m.index + m[0].length > mid) break;
    last = m;
  }
  if (!last || passiveBefore(text, from + last.index!) || OWN_INTERVIEW.test(last[0])) return null;
  const at = from + last.index! + last[0].length;
  if (text.slice(from, at).includes('\n')) return null;
  return { cue: squash(last[0]), at, end: sentenceEnd(text, at) };
}

/** The end of the sentence holding offset i (the next sentence end or newline), for how much a cue reports. */
export function sentenceEnd(text: string, i: number): number {
  const rest = text.slice(i, i + 1200);
  let end = rest.indexOf('\n');
  if (end < 0) end = rest.length;
  const m = FIRST_SENTENCE_END.exec(rest.slice(0, end));
  return i + (m ? m.index : end);
}
