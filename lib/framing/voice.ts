// Whose words: each article split into direct quotes, reported speech, text reused from another article, and the outlet's own narration.
import type { Doc, Span } from '../types.js';
import { findQuotes, speakerText, writtenEnd } from './quotes.js';
import { sentenceReporters, subordinateStatement } from './sentence-reporters.js';
import { round } from '../util/round.js';
import { isTermToken } from '../text/tokenize.js';
import { docTurns } from '../text/transcript.js';
import type { Quote, ReportedSpeech, Voice, VoiceClass } from './types.js';
import { unmarkedQuotes } from './voice-posts.js';
import { reportedClauses } from './voice-clauses.js';
import { attributedLines } from './voice-attributed-lines.js';
import { headlineClauses, headlineReports } from './headline-statements.js';
import { attributionDesk, statementParts, statementVerbs } from './reported-statements.js';
import { ownTurns } from './voice-hosts.js';

const NO_HOSTS: ReadonlySet<string> = new Set();

/**
 * Voice classes in the order of `Voice.tokenVoice` codes (0 = own, 1 = quoted, 2 = reported, 3 = reused, 4 = a
 * reported clause). Code 4 is the clause after a verb of speech in a sentence the outlet narrates ("Lawmakers said
 * voters remembered the lesson of the 1986 amnesty", voice-clauses.ts): the speaker's words, so reported in every
 * table, but its own code because the sentence score (loaded-sentences.ts) reads it as the sentence's words: a reader
 * judges the whole sentence, and BABE's annotators mark "Critics say the plan is reckless" biased as often as narration.
 */
export const VOICES: readonly VoiceClass[] = ['own', 'quoted', 'reported', 'reused', 'reported'];
/** The code of a reported clause in a narrated sentence (see VOICES). */
export const REPORTED_CLAUSE = 4;

/** A buffer of voice codes per character that docVoice may reuse from doc to doc (grown when a text is longer). */
export interface VoiceScratch {
  code: Uint8Array;
}

/**
 * Split a doc into voices. `reused` are spans of this doc that overlap analysis found shared with another article
 * (framing never decides that itself). Precedence where they overlap: quoted > reused > reported > own. `scratch`: a
 * buffer to reuse for the codes per character, when the caller splits many docs (a buffer per doc was 50 MB of
 * short-lived memory at 10,000 articles). `agency`: spans of another outlet's copy run under its dateline
 * (lib/framing/agency-copy.ts): their narration is reused text, while their quotes and reported speech stay what they are.
 * `hosts`: the keys of the outlet's transcript hosts (voice-hosts.ts transcriptHosts): their turns are its own voice.
 */
export function docVoice(
  doc: Doc,
  reused: readonly Span[] = [],
  scratch?: VoiceScratch,
  agency: readonly Span[] = [],
  hosts: ReadonlySet<string> = NO_HOSTS,
): Voice {
  const text = doc.text;
  const masked = speakerText(text);
  const quotes = withUnmarked(doc, masked, withTurns(doc, findQuotes(doc, masked), hosts));
  const code = codeBuffer(text.length, scratch); // 0 own
  const reported: ReportedSpeech[] = [];
  const top = quotes.filter((q) => q.depth === 0);
  // the first attributed quote whose speaker is written in each sentence (quotes are in text order)
  const attributedIn = new Map<number, Quote>();
  {
    let si = 0;
    const byStart = top
      .filter((q) => q.speaker && q.via !== 'continued' && q.speakerSpan)
      .sort((a, b) => a.speakerSpan!.start - b.speakerSpan!.start);
    for (const q of byStart) {
      while (si < doc.sentences.length && doc.sentences[si].end <= q.speakerSpan!.start) si++;
      const s = doc.sentences[si];
      if (
        s &&
        q.speakerSpan!.start >= s.start &&
        q.speakerSpan!.end <= s.end &&
        q.start < s.end &&
        q.end > s.start &&
        !attributedIn.has(si)
      )
        attributedIn.set(si, q);
    }
  }
  for (let si = 0; si < doc.sentences.length; si++) {
    const s = doc.sentences[si];
    const headline = doc.field === 'title';
    const rs = headline
      ? headlineStatements(doc, masked, s, top, code)
      : sentenceStatements(doc, masked, s, attributedIn.get(si));
    if (rs.length) {
      reported.push(...rs);
      // (a subordinate clause's statement is its range only: "Loft 's remarks came as Ivo Doe said …")
      if (headline) continue;
      if (rs.every((r) => subordinateStatement(masked, r.start))) for (const r of rs) code.fill(2, r.start, r.end);
      else fillStatements(masked, s, rs, code);
    } else
      for (const [ca, cb] of headline ? headlineClauses(masked, s, top) : [[s.start, s.end]])
        for (const [a, b] of reportedClauses(masked, ca, cb)) code.fill(REPORTED_CLAUSE, a, b);
  }
  const lines = namedLines(doc, code);
  if (lines.length) {
    reported.push(...lines);
    reported.sort((a, b) => a.start - b.start);
  }
  for (const r of agency)
    for (let k = Math.max(0, r.start), e = Math.min(text.length, r.end); k < e; k++) if (code[k] === 0) code[k] = 3;
  for (const r of reused)
    if (r.doc === doc.id || r.doc === undefined) code.fill(3, Math.max(0, r.start), Math.min(text.length, r.end));
  for (const q of top) code.fill(1, q.start, q.end);
  const tokenVoice = new Uint8Array(doc.tokens.length);
  const words: Record<VoiceClass, number> = { own: 0, quoted: 0, reported: 0, reused: 0 };
  doc.tokens.forEach((t, i) => {
    tokenVoice[i] = code[t.start];
    if (isTermToken(t)) words[VOICES[code[t.start]]]++;
  });
  const total = words.own + words.quoted + words.reported + words.reused;
  const shares = { own: 0, quoted: 0, reported: 0, reused: 0 } as Record<VoiceClass, number>;
  for (const v of VOICES) shares[v] = total ? words[v] / total : 0;
  return { doc: doc.id, quotes, reported, spans: voiceSpans(doc, code), tokenVoice, words, shares };
}

/**
 * The reported statements of sentence `s` (`masked`: the doc's speakerText): its reporters (sentence-reporters.ts; a
 * sentence joining two reported clauses holds two statements, "The government says …, but critics say …"), else the
 * frame around the attributed quote `q` written in it ("…,” the source said.).
 */
function sentenceStatements(doc: Doc, masked: string, s: { start: number; end: number }, q?: Quote): ReportedSpeech[] {
  const found = sentenceReporters(masked, s.start, s.end);
  if (found.length)
    return found.map((x) => ({
      doc: doc.id,
      start: x.from ?? s.start,
      end: x.to ?? s.end,
      speaker: x.text,
      // (read on the masked text: a blanked tag inside the phrase is white space there)
      speakerSpan: { doc: doc.id, start: x.start, end: writtenEnd(masked, x.start, x.text) },
      cue: x.cue,
    }));
  return q
    ? [{ doc: doc.id, start: s.start, end: s.end, speaker: q.speaker, speakerSpan: q.speakerSpan, cue: 'attribution' }]
    : [];
}

/**
 * Fill a running-text sentence's reported statements `rs` in `code` (reported-statements.ts): each statement as
 * reported, its reporter and the desk's verb of saying as own ("Critics [slammed] the plan as reckless": "reckless" is
 * the critics'). When a reporter's verb is not found near it, the whole sentence is reported, as before; the desk
 * spans found stay own.
 */
function fillStatements(
  masked: string,
  s: { start: number; end: number },
  rs: ReportedSpeech[],
  code: Uint8Array,
): void {
  const parts = rs.map((r) =>
    r.cue === 'attribution'
      ? { statements: [[s.start, s.end]], desk: deskOf(masked, s, r) }
      : statementParts(masked, s, {
          start: r.speakerSpan!.start,
          end: r.speakerSpan!.end,
          cue: r.cue ?? '',
          from: r.start,
          to: r.end,
        }),
  );
  const statements = parts.every((p) => p) ? parts.flatMap((p) => p!.statements) : [[s.start, s.end]];
  for (const [a, b] of statements) code.fill(2, a, b);
  for (const [a, b] of statements) for (const [x, y] of statementVerbs(masked, a, b)) code.fill(0, x, y);
  for (const p of parts) for (const [a, b] of p?.desk ?? []) code.fill(0, Math.max(a, s.start), Math.min(b, s.end));
}

/** The desk's span of a sentence attributed by its quote's speaker (attributionDesk), as a list. */
function deskOf(masked: string, s: { start: number; end: number }, r: ReportedSpeech): [number, number][] {
  const d = r.speakerSpan && attributionDesk(masked, s, r.speakerSpan);
  return d ? [d] : [];
}

/**
 * A headline's reported statements (headline-statements.ts), filled in `code`: the statement after each reporter's
 * verb to its clause's end; the reporter, the desk's verb and the desk's other clauses stay the outlet's own, and a
 * quote is its speaker's alone ("Doe claims 'the port is closed' and mocks rival").
 */
function headlineStatements(
  doc: Doc,
  masked: string,
  s: { start: number; end: number },
  quotes: readonly Quote[],
  code: Uint8Array,
): ReportedSpeech[] {
  return headlineReports(masked, s, quotes).map(({ reporter: x, end, range: [a, b] }) => {
    code.fill(2, a, b);
    const speakerSpan = { doc: doc.id, start: x.start, end };
    return { doc: doc.id, start: a, end: b, speaker: x.text, speakerSpan, cue: x.cue };
  });
}

/**
 * The lines that give a named person's statement after the name and a colon (voice-attributed-lines.ts), as their
 * statements. Filled in `code` as a reported clause: reported in every table, but a reader (and the sentence score)
 * judges the headline whole, as it judges "Critics say the plan is reckless".
 */
function namedLines(doc: Doc, code: Uint8Array): ReportedSpeech[] {
  // a transcript's turn ("Ana Doe : Is there a pattern ?") is its speaker's quote already (withTurns)
  const turns = docTurns(doc);
  const lines = attributedLines(doc.text).filter(({ span: [a] }) => !turns.some((t) => a >= t.labelStart && a < t.end));
  return lines.map(({ span: [start, end], speaker }) => {
    for (let k = start; k < end; k++) if (code[k] === 0) code[k] = REPORTED_CLAUSE; // a reporter's 2 stays
    const [a, b] = speaker;
    return {
      doc: doc.id,
      start,
      end,
      speaker: doc.text.slice(a, b),
      speakerSpan: { doc: doc.id, start: a, end: b },
      cue: 'name and colon',
    };
  });
}

/**
 * The quotes with a transcript's turns among them (transcript.ts): each turn is its speaker's quote, found 'transcript',
 * its speaker span the label (inside the quote, as its marks are); a quote inside a turn is the speaker quoting someone else, one level deeper. Text order.
 * The turns of the outlet's own hosts and staff (voice-hosts.ts) are its narration: no quotes.
 */
function withTurns(doc: Doc, quotes: Quote[], hosts: ReadonlySet<string>): Quote[] {
  const all = docTurns(doc);
  const own = ownTurns(all, hosts, doc.text);
  const turns = all.filter((t) => !own.has(t));
  if (!turns.length) return quotes;
  const inTurn = (q: Quote) => turns.some((t) => q.start >= t.start && q.end <= t.end);
  const out: Quote[] = quotes.map((q) => (inTurn(q) ? { ...q, depth: q.depth + 1 } : q));
  for (const t of turns)
    out.push({
      doc: doc.id,
      start: t.labelStart, // the label is the turn's mark, as quote marks are a quote's: inner is the speech
      end: t.end,
      inner: [t.start, t.end],
      depth: 0,
      group: -1,
      speaker: t.speaker,
      speakerSpan: { doc: doc.id, start: t.labelStart, end: t.labelEnd },
      via: 'transcript',
    });
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  out.forEach((q, i) => {
    if (q.via === 'transcript') q.group = i;
  });
  return out;
}

/**
 * The quotes with the doc's quotes without marks among them (voice-posts.ts: embedded posts, block quotes); a marked
 * quote inside one is its author quoting someone, one level deeper. Text order.
 */
function withUnmarked(doc: Doc, masked: string, quotes: Quote[]): Quote[] {
  const extra = unmarkedQuotes(doc, masked, quotes);
  if (!extra.length) return quotes;
  const inside = (q: Quote) => extra.some((x) => q.start >= x.start && q.end <= x.end);
  const out: Quote[] = [...quotes.map((q) => (inside(q) ? { ...q, depth: q.depth + 1 } : q)), ...extra];
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  out.forEach((q, i) => {
    if (q.group === -1) q.group = i;
  });
  return out;
}

/** `n` zeroed voice codes: the front of the scratch buffer (grown when short), or a new array without one. */
function codeBuffer(n: number, scratch: VoiceScratch | undefined): Uint8Array {
  if (!scratch) return new Uint8Array(n);
  if (scratch.code.length < n) scratch.code = new Uint8Array(Math.max(n, scratch.code.length * 2));
  else scratch.code.fill(0, 0, n);
  return scratch.code;
}

/** Add the run [a, b) of one voice, whitespace trimmed, to its list (joined to the last span when only space lies between). */
function addRun(out: Record<VoiceClass, Span[]>, doc: Doc, code: Uint8Array, a: number, b: number): void {
  let x = a,
    y = b;
  while (x < y && /\s/.test(doc.text[x])) x++;
  while (y > x && /\s/.test(doc.text[y - 1])) y--;
  if (y <= x) return;
  const list = out[VOICES[code[a]]];
  const last = list[list.length - 1];
  if (last && spaceTo(doc.text, last.end, x)) last.end = y;
  else list.push({ doc: doc.id, start: x, end: y });
}

const SPACE_RUN = /\s*/y;

/** True when text[from, to) is whitespace only (the run of \s from `from` reaches `to`): no copy of the gap per run. */
function spaceTo(text: string, from: number, to: number): boolean {
  SPACE_RUN.lastIndex = from;
  SPACE_RUN.test(text);
  return SPACE_RUN.lastIndex >= to;
}

/** Maximal runs of each voice over the doc's sentences (spans never include text outside sentences). */
function voiceSpans(doc: Doc, code: Uint8Array): Record<VoiceClass, Span[]> {
  const out: Record<VoiceClass, Span[]> = { own: [], quoted: [], reported: [], reused: [] };
  for (const s of doc.sentences) {
    let runStart = s.start;
    for (let i = s.start + 1; i <= s.end; i++) {
      if (i === s.end || code[i] !== code[runStart]) {
        addRun(out, doc, code, runStart, i);
        runStart = i;
      }
    }
  }
  return out;
}

/** A keep-mask over a doc's tokens: 1 where the token's voice is one of `include`. */
export function voiceMask(voice: Voice, include: readonly VoiceClass[] = ['own']): Uint8Array {
  const want = VOICES.map((v) => include.includes(v));
  const m = new Uint8Array(voice.tokenVoice.length);
  for (let i = 0; i < m.length; i++) m[i] = want[voice.tokenVoice[i]] ? 1 : 0;
  return m;
}

/** One row per doc: the share of its words in each voice (rounded to 4 decimals). */
export function voiceRows(
  voices: readonly Voice[],
): { doc: string; own: number; quoted: number; reported: number; reused: number; words: number }[] {
  return voices.map((v) => ({
    doc: v.doc,
    own: round(v.shares.own, 4),
    quoted: round(v.shares.quoted, 4),
    reported: round(v.shares.reported, 4),
    reused: round(v.shares.reused, 4),
    words: v.words.own + v.words.quoted + v.words.reported + v.words.reused,
  }));
}

/** Every direct quote of the docs as rows: {doc, speaker, via, depth, text}. */
export function quoteRows(
  voices: readonly Voice[],
  docs: readonly Doc[],
): { doc: string; speaker: string; via: string; depth: number; start: number; end: number; text: string }[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const rows: { doc: string; speaker: string; via: string; depth: number; start: number; end: number; text: string }[] =
    [];
  for (const v of voices) {
    const d = byId.get(v.doc);
    for (const q of v.quotes)
      rows.push({
        doc: v.doc,
        speaker: q.speaker ?? '',
        via: q.via ?? '',
        depth: q.depth,
        start: q.start,
        end: q.end,
        text: d ? d.text.slice(q.inner[0], q.inner[1]) : '',
      });
  }
  return rows;
}
