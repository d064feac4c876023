// Direct quotes with their speakers: straight and curly marks, nested single quotes, multi-paragraph quotes.
import type { Doc, Span } from '../types.js';

/** One direct quote: the span includes the quote marks; `inner` is the quoted words. */
export interface Quote extends Span {
  /** the quoted words without the marks */
  inner: [number, number];
  /** 0 for a top-level quote, 1 for a quote nested inside another (‘...’ inside “...”) */
  depth: number;
  /** the parts of one multi-paragraph quote share a group number (the index of the first part) */
  group: number;
  /** who is quoted, as written, or resolved from a pronoun ("he added") to the last speaker before it; null when the text does not say */
  speaker: string | null;
  /** where the speaker phrase is written (the pronoun for resolved speakers) */
  speakerSpan: Span | null;
  /** how the speaker was found: 'after' ("…," X said), 'before' (X said: "…"), 'according' (according to X), 'sentence' (the sentence's reporter), 'continued' (the previous quote's speaker), 'pronoun' */
  via: 'after' | 'before' | 'according' | 'sentence' | 'continued' | 'pronoun' | null;
}

/** Reporting verbs (finite forms) that introduce or close a quote or reported speech. */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'emphasized', 'emphasised', 'emphasizes',
  'stressed', 'stresses', 'explained', 'explains', 'revealed', 'reveals', 'confirmed', 'confirms', 'announced', 'announces', 'declared',
  'asserted', 'insisted', 'argued', 'warned', 'warns', 'pointed out', 'points out', 'wrote', 'writes', 'reported', 'reports', 'continued',
  'commented', 'remarked', 'replied', 'responded', 'claimed', 'claims', 'affirmed', 'reiterated', 'clarified', 'indicated', 'mentioned',
  'acknowledged', 'concluded', 'highlighted', 'underlined', 'underscored', 'disclosed', 'denied', 'cautioned', 'observed', 'recalled',
  'urged', 'asked', 'believes', 'believed', 'predicted', 'estimated', 'alleged', 'admitted', 'suggested',
];
/** Participles that continue an earlier speaker ("…, adding, “…”"). */
export const REPORTING_PARTICIPLES = [
  'saying', 'adding', 'noting', 'stating', 'stressing', 'emphasizing', 'emphasising', 'explaining', 'warning', 'pointing out', 'asserting',
  'insisting', 'arguing', 'affirming', 'reiterating', 'declaring', 'confirming', 'indicating', 'clarifying', 'revealing', 'telling', 'writing',
];

const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).map((x) => x.replace(/ /g, '\\s+')).join('|');
const VERB_ALT = alt(REPORTING_VERBS);
const PART_ALT = alt(REPORTING_PARTICIPLES);
/** "…," the source pointed out / "…," he added / "…," said the minister */
const AFTER_SUBJ_VERB = new RegExp(`^\\s*[,.]?\\s*([^,.;:!?"“”«»\\n]{1,90}?)\\s+(?:further\\s+|also\\s+|later\\s+|then\\s+|again\\s+|previously\\s+)?(?:${VERB_ALT})\\b`, 'i');
const AFTER_VERB_SUBJ = new RegExp(`^\\s*,?\\s*(?:${VERB_ALT})\\s+([^,.;:!?"“”«»\\n]{1,90}?)(?=\\s*(?:[,.;:!?]|$|\\s(?:on|in|during|at|after|before|earlier|late|last|this|to|that|when|while|about|as)\\b))`, 'i');
const VERB_ANY = new RegExp(`\\b(?:(${VERB_ALT})|(${PART_ALT}))\\b`, 'gi');
const ACCORDING = /\baccording\s+to\s+([^,;:"“”«»\n]{2,140}?)(?=\s*[,;:]|\s*$)/i;
const STATEMENT_THAT = /([^,;:.!?"“”]{2,80}?)['’]s\s+(?:statement|remarks|words|comments|claim|assertion|announcement|warning)\s+that\s*$/i;
const PRONOUN = /^(?:he|she|they|it|we)$/i;
const DOUBLE_OPEN = new Set(['\u201C', '\u201E', '\u00AB']);
const DOUBLE_CLOSE = new Set(['\u201D', '\u00BB']);
const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/** Paragraph extents of a doc, from its sentences (sentences never cross paragraphs). */
export function docParagraphs(doc: Doc): [number, number][] {
  const out: [number, number][] = [];
  for (const s of doc.sentences) {
    const p = out[s.paragraph];
    if (p) p[1] = Math.max(p[1], s.end);
    else out[s.paragraph] = [s.start, s.end];
  }
  return out.filter(Boolean);
}

/** Find the direct quotes of a doc (top-level and nested) and their speakers, in text order. */
export function findQuotes(doc: Doc): Quote[] {
  const quotes = scanQuotes(doc.id, doc.text, docParagraphs(doc));
  attributeQuotes(doc, quotes);
  return quotes;
}

/** Quote marks only: pair the marks paragraph by paragraph (no speakers). */
export function scanQuotes(docId: string, text: string, paragraphs: readonly [number, number][]): Quote[] {
  const out: Quote[] = [];
  let carried = -1; // group of a quote left open at the end of the previous paragraph
  for (const [ps, pe] of paragraphs) {
    let open = -1; // position of the open top-level mark
    let openKind = 'double' as 'double' | 'single';
    let nested = -1;
    let group = -1;
    let seenMark = false;
    let firstNonSpace = ps;
    while (firstNonSpace < pe && /\s/.test(text[firstNonSpace])) firstNonSpace++;
    // the last single closing mark of the paragraph, so "is there a closer later?" is one comparison
    let lastSingleCloser = -1;
    for (let k = pe - 1; k >= ps; k--) if ((text[k] === '\u2019' || text[k] === "'") && !isLetter(text[k + 1]) && !isSpace(text[k - 1])) { lastSingleCloser = k; break; }
    const hasLaterCloser = (from: number) => lastSingleCloser >= from;
    const startAt = (i: number, kind: 'double' | 'single') => {
      open = i;
      openKind = kind;
      nested = -1;
      // a paragraph that opens with a quote mark continues a quote left open in the previous paragraph
      group = carried >= 0 && !seenMark && firstNonSpace === i ? carried : out.length;
    };
    const close = (i: number, markLen: number) => {
      push(out, docId, open, i + markLen, open + 1, i, 0, group);
      open = -1;
      nested = -1;
    };
    for (let i = ps; i < pe; i++) {
      const c = text[i];
      if (c === '"' || DOUBLE_OPEN.has(c) || DOUBLE_CLOSE.has(c)) {
        if (open >= 0 && openKind === 'single') continue; // a double mark inside a single-quoted quote: ignore
        if (open < 0) {
          if (DOUBLE_CLOSE.has(c) || (c === '"' && !isSpace(text[i - 1]) && isSpace(text[i + 1]) && !seenMark)) {
            // a closing mark with no opener: the quote was carried over from the previous paragraph without being reopened
            if (carried >= 0 && !seenMark) push(out, docId, ps, i + 1, ps, i, 0, carried);
            seenMark = true;
            continue;
          }
          startAt(i, 'double');
        } else if (DOUBLE_OPEN.has(c) && i > open + 1) {
          // an opener while a quote is open: the earlier quote was never closed; end it here and start again
          push(out, docId, open, i, open + 1, trimEnd(text, open + 1, i), 0, group);
          startAt(i, 'double');
        } else {
          if (nested >= 0) push(out, docId, nested, i, nested + 1, i, 1, group); // unclosed nested quote ends with its parent
          close(i, 1);
        }
        seenMark = true;
        continue;
      }
      if (c === '\u2018' || c === '\u2019' || c === "'") {
        const prev = text[i - 1], next = text[i + 1];
        if (isLetter(prev) && isLetter(next)) continue; // an apostrophe inside a word: Syria’s, don’t
        const opener = (c === '\u2018' || c === "'") && !isLetter(prev) && (isLetter(next) || next === '"' || next === '\u201C');
        const closer = (c === '\u2019' || c === "'") && !isSpace(prev) && !isLetter(next);
        if (open >= 0 && openKind === 'double') {
          if (nested < 0 && opener) nested = i;
          else if (nested >= 0 && closer && !(prev === 's' && next === ' ' && !hasLaterCloser(i + 1))) {
            push(out, docId, nested, i + 1, nested + 1, i, 1, group);
            nested = -1;
          }
        } else if (open >= 0 && openKind === 'single') {
          if (closer && !(prev === 's' && !hasLaterCloser(i + 1))) close(i, 1);
        } else if (c === '\u2018' && opener && hasLaterCloser(i + 1)) {
          startAt(i, 'single');
          seenMark = true;
        }
      }
    }
    carried = -1;
    if (open >= 0) {
      // the quote runs to the end of the paragraph; the next paragraph may reopen it
      if (nested >= 0) push(out, docId, nested, pe, nested + 1, pe, 1, group);
      push(out, docId, open, pe, open + 1, pe, 0, group);
      if (openKind === 'double') carried = group;
    }
  }
  out.sort((a, b) => a.start - b.start || a.depth - b.depth);
  return out;
}

function trimEnd(text: string, from: number, to: number): number {
  while (to > from && /\s/.test(text[to - 1])) to--;
  return to;
}

function push(out: Quote[], doc: string, start: number, end: number, is: number, ie: number, depth: number, group: number): void {
  if (ie <= is) return;
  out.push({ doc, start, end, inner: [is, ie], depth, group, speaker: null, speakerSpan: null, via: null });
}

const HONORIFIC_DOT = /\b(Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Gen|Lt|Col|Sgt|Capt|Prof|Rev|St|Jr)\./g;

/** A speaker phrase cleaned: trimmed, leading conjunctions/adverbs dropped; null when it cannot be a speaker. */
function cleanSpeaker(s: string): string | null {
  let t = s.replace(/\s+/g, ' ').trim();
  t = t.replace(/^(?:and|but|as|while|then|so|where|when)\s+/i, '');
  t = t.replace(/\s+(?:who|which|that)\s+.*$/i, '');
  t = t.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  // trailing adverbs belong to the verb: "the source further", "US officials recently"
  for (let prev = ''; prev !== t; ) { prev = t; t = t.replace(/\s+(?:also|further|then|later|again|previously|once|have|has|had|was|were|is|are|been|would|will|could|did|does|do|\p{Ll}+ly)$/u, ''); }
  if (!t || t.length > 90) return null;
  const words = t.split(' ');
  if (words.length > 10) return null;
  if (/^(?:it|this|that|there|which|what)$/i.test(t)) return null;
  return t;
}

/** The subject noun phrase at the end of a clause: "The source, speaking on condition of anonymity," → "The source". */
function subjectBefore(pre: string): { text: string; offset: number } | null {
  let s = pre.replace(/\s+$/, '');
  // drop a trailing parenthetical clause set off by commas
  const paren = /,\s*[^,]{1,80},?$/.exec(s);
  if (paren && /^,\s*(?:speaking|who|according|citing|in|on|asked|quoted|requesting|declining|adding)\b/i.test(paren[0])) s = s.slice(0, paren.index);
  s = s.replace(/[,\s]+$/, '');
  const b = /(?:^|[,;:.!?]\s+|\b(?:and|but|while|as|that|when|after|before|because|although)\s+)(?=[^,;:.!?]*$)/i.exec(s);
  const from = b ? b.index + b[0].length : 0;
  let phrase = s.slice(from);
  // an introductory adverbial ("Earlier on Thursday") is not a speaker: a clause boundary above already removed most
  const text = cleanSpeaker(phrase);
  if (!text) return null;
  const offset = from + phrase.indexOf(text.split(' ')[0]);
  return { text, offset };
}

/** Attach speakers to quotes (in place), using the text around each quote and the quotes before it. */
export function attributeQuotes(doc: Doc, quotes: Quote[]): void {
  // the period of an honorific ("Mr. Trump said") is not a clause boundary: masked here (same length), restored in speakers
  const text = doc.text.replace(HONORIFIC_DOT, '$1\u2024');
  const paras = docParagraphs(doc);
  // binary searches: the paragraph and the sentence containing a position
  const paraOf = (pos: number) => {
    let lo = 0, hi = paras.length - 1, ans = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (paras[mid][0] <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
    return ans >= 0 && pos < paras[ans][1] ? ans : -1;
  };
  const sentenceOf = (pos: number) => {
    const ss = doc.sentences;
    let lo = 0, hi = ss.length - 1, ans = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (ss[mid].start <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1; }
    return ans >= 0 && pos < ss[ans].end ? ss[ans] : null;
  };
  let lastSpeaker: { name: string; span: Span } | null = null;
  const top = quotes.filter((q) => q.depth === 0);
  const byGroup = new Map<number, Quote[]>();
  for (const q of top) {
    const g = byGroup.get(q.group) ?? [];
    g.push(q);
    byGroup.set(q.group, g);
  }
  for (let qi = 0; qi < top.length; qi++) {
    const q = top[qi];
    const p = paras[paraOf(q.start)] ?? [0, text.length];
    const prevQ = qi > 0 ? top[qi - 1] : null;
    const sameParaPrev = prevQ && paraOf(prevQ.start) === paraOf(q.start) ? prevQ : null;
    let found: { text: string; start: number; via: Quote['via'] } | null = null;
    // 1. after the quote: “…,” X said / said X
    const afterFrom = q.end;
    const after = text.slice(afterFrom, Math.min(p[1], afterFrom + 160));
    const innerEnd = text.slice(q.inner[0], q.inner[1]).trimEnd();
    const quoteEndsClause = /[,?!]$/.test(innerEnd) || /^\s*,/.test(after);
    if (quoteEndsClause || /^\s*[,.]?\s*(?:he|she|they)\s/i.test(after)) {
      let m = AFTER_VERB_SUBJ.exec(after);
      if (m && !/^\s*(?:he|she|they)\b/i.test(after)) {
        const t = cleanSpeaker(m[1]);
        if (t) found = { text: t, start: afterFrom + m.index + m[0].indexOf(m[1]), via: 'after' };
      }
      if (!found) {
        m = AFTER_SUBJ_VERB.exec(after);
        const t = m && cleanSpeaker(m[1]);
        if (m && t && !/^(?:the|a|an)$/i.test(t)) found = { text: t, start: afterFrom + m.index + m[0].indexOf(m[1]), via: 'after' };
      }
    }
    // 2. before the quote: X said: “…” / X told Y, “…” / X noted that “…”
    if (!found) {
      const ctxFrom = Math.max(p[0], sameParaPrev ? sameParaPrev.end : p[0]);
      const ctx = text.slice(ctxFrom, q.start);
      let last: RegExpExecArray | null = null;
      VERB_ANY.lastIndex = 0;
      for (let m = VERB_ANY.exec(ctx); m; m = VERB_ANY.exec(ctx)) last = m;
      if (last && ctx.length - (last.index + last[0].length) <= 70 && /^[^.!?]*$/.test(ctx.slice(last.index))) {
        if (last[2]) {
          // a participle continues the subject of its clause: the previous quote's speaker, or the sentence subject
          const pre = ctx.slice(0, last.index);
          const subj = subjectBefore(pre.replace(/,\s*$/, ''));
          if (sameParaPrev?.speaker && sameParaPrev.end >= (sentenceOf(q.start)?.start ?? 0) - 1) {
            found = { text: sameParaPrev.speaker, start: sameParaPrev.speakerSpan?.start ?? q.start, via: 'continued' };
          } else {
            const sent = sentenceOf(q.start);
            const sFrom = sent ? sent.start : ctxFrom;
            const name = sentenceSubject(text.slice(sFrom, ctxFrom + last.index));
            if (name) found = { text: name.text, start: sFrom + name.offset, via: 'before' };
            else if (subj) found = { text: subj.text, start: ctxFrom + subj.offset, via: 'before' };
          }
        } else {
          const subj = subjectBefore(ctx.slice(0, last.index));
          if (subj) found = { text: subj.text, start: ctxFrom + subj.offset, via: 'before' };
        }
      }
    }
    // 2b. X's statement that “…”
    if (!found) {
      const ctxFrom = Math.max(p[0], sameParaPrev ? sameParaPrev.end : p[0]);
      const m = STATEMENT_THAT.exec(text.slice(ctxFrom, q.start));
      const t = m && cleanSpeaker(m[1]);
      if (m && t) {
        // the possessor noun phrase: from its last determiner, or its final run of capitalised words
        const det = /.*\b(?:the|a|an)\s+/i.exec(t);
        const caps = /(?:[A-Z][\p{L}-]*\s*)+$/u.exec(t);
        const name = det ? t.slice(det[0].length - (det[0].match(/(?:the|a|an)\s+$/i)![0].length)) : caps ? caps[0].trim() : t;
        found = { text: name, start: ctxFrom + m.index + m[0].indexOf(name), via: 'before' };
      }
    }
    // 3. according to X, … “…”
    if (!found) {
      const sent = sentenceOf(q.start);
      if (sent) {
        const m = ACCORDING.exec(text.slice(sent.start, q.start));
        const t = m && cleanSpeaker(m[1]);
        if (m && t) found = { text: t, start: sent.start + m.index + m[0].indexOf(m[1]), via: 'according' };
      }
    }
    // 4. the reporter of the sentence: …, a source revealed on Thursday. / X warned that … “…”
    if (!found) {
      const sent = sentenceOf(q.start);
      if (sent) {
        const r = sentenceReporter(text, sent.start, sent.end);
        if (r) found = { text: r.text, start: r.start, via: 'sentence' };
      }
    }
    // 5. a later part of the same multi-paragraph quote may carry the attribution; else the previous quote in the paragraph
    if (!found) {
      const g = byGroup.get(q.group)!;
      if (g[0] !== q && g[0].speaker) found = { text: g[0].speaker, start: g[0].speakerSpan?.start ?? q.start, via: 'continued' };
      else if (sameParaPrev?.speaker) found = { text: sameParaPrev.speaker, start: sameParaPrev.speakerSpan?.start ?? q.start, via: 'continued' };
    }
    if (found) {
      const written = found.text.replace(/\u2024/g, '.');
      const span: Span = { doc: doc.id, start: found.start, end: found.start + written.length };
      if (PRONOUN.test(written)) {
        q.speaker = lastSpeaker ? lastSpeaker.name : written.toLowerCase();
        q.via = 'pronoun';
      } else {
        q.speaker = written;
        q.via = found.via;
        if (found.via !== 'continued') lastSpeaker = { name: written, span };
      }
      q.speakerSpan = span;
      // give the speaker to earlier parts of the same multi-paragraph quote
      for (const other of byGroup.get(q.group)!) if (!other.speaker) { other.speaker = q.speaker; other.speakerSpan = span; other.via = 'continued'; }
    }
  }
  // nested quotes are spoken by whoever speaks the enclosing quote
  let pi = 0;
  for (const q of quotes) {
    if (q.depth === 0) continue;
    while (pi < top.length && top[pi].end < q.end) pi++;
    const parent = pi < top.length && top[pi].start <= q.start ? top[pi] : undefined;
    if (parent) { q.speaker = parent.speaker; q.speakerSpan = parent.speakerSpan; q.via = parent.via; }
  }
}

const NAME_SKIP = /^(?:On|In|At|Earlier|Later|Last|This|Meanwhile|However|The|A|An|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

/** The first run of capitalised words that can be a sentence's subject ("On Dec. 8, Bassem Al-Awadi reiterated …" → "Bassem Al-Awadi"). */
function sentenceSubject(s: string): { text: string; offset: number } | null {
  const re = /(?:^|[\s,(])((?:(?:[A-Z][\p{L}’'-]*|al-[\p{L}’'-]+)\s+){0,4}(?:[A-Z][\p{L}’'-]*|al-[\p{L}’'-]+))/gu;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const words = m[1].split(/\s+/).filter((w) => !NAME_SKIP.test(w));
    if (!words.length) continue;
    const before = s.slice(0, m.index + m[0].indexOf(m[1]));
    if (/\b(?:of|to|with|from|in|by|for|at|on)\s*$/i.test(before)) continue;
    const t = words.join(' ').replace(/[’']s$/, '');
    return { text: t, offset: s.indexOf(words[0], m.index) };
  }
  return null;
}

/** The reporter of a sentence of reported speech, if any: "X noted that …", "according to X", "…, X revealed on Thursday." */
export function sentenceReporter(text: string, start: number, end: number): { text: string; start: number; cue: string } | null {
  const s = text.slice(start, end);
  const acc = ACCORDING.exec(s);
  if (acc) {
    const t = cleanSpeaker(acc[1]);
    if (t) return { text: t, start: start + acc.index + acc[0].indexOf(acc[1]), cue: 'according to' };
  }
  const that = THAT_CLAUSE.exec(s);
  if (that) {
    const subj = subjectBefore(s.slice(0, that.index));
    if (subj && !/^(?:it|this)$/i.test(subj.text)) return { text: subj.text, start: start + subj.offset, cue: that[1].toLowerCase() + ' that' };
  }
  const tail = TRAILING_ATTRIBUTION.exec(s);
  if (tail) {
    const t = cleanSpeaker(tail[1]);
    if (t) return { text: t, start: start + tail.index + tail[0].indexOf(tail[1]), cue: tail[2].toLowerCase() };
  }
  return null;
}

/** "X noted that", "X told Iraqi media that": a reporting verb followed within a few words by "that". */
const THAT_CLAUSE = new RegExp(`\\b(${VERB_ALT}|${PART_ALT})\\b(?:\\s+[^\\s.,;:!?"“”]+){0,4}?\\s+that\\b`, 'i');
/** "…, a well-informed government source revealed on Thursday." */
const TRAILING_ATTRIBUTION = new RegExp(`,\\s+([^,;:"“”]{2,80}?)\\s+(?:further\\s+|also\\s+)?(${VERB_ALT})(?:\\s+(?:on|in|earlier|late|last|this|to)\\b[^,.;:"“”]{0,40})?[.!]?[”"’]?\\s*$`, 'i');
