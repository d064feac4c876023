// Three kinds of shared text, told apart: reuse between the two outlets, text of a common third-party source, and stock
// phrases. Only reuse can make a pair "uncredited"; common-source and stock text never accuses anyone.
//
// Rules, in order (the first that holds decides a passage's kind):
//  0. reuse: one article credits the other's outlet beside the passage (it took the text from it, quoted or not).
//  1. common-source: quote marks cover (QUOTED_SOURCE of) the passage on either side; or a speaker or document is
//     attributed right next to it ("... via Gawker:", "the amendment reads:", "said in a statement"); or it sits on
//     the line of an embedded social-media post ("... — Donald J. Trump (@realDonaldTrump) June 18, 2018"); or it lies
//     in a block quote (the paragraph after a colon lead-in with a speech cue, or in the first person); or it is a short
//     part of reported speech ("the memo said that ..."); or both articles credit the same third outlet (wire copy
//     credited to an agency on both sides).
//  2. stock: a short passage (<= STOCK_MAX_WORDS matched words) whose words recur in at least STOCK_DOCS articles that
//     share nothing else with each other: the document frequency of the phrase among unrelated pairs, measured on the
//     corpus itself, not looked up in a list. Between two articles of one outlet, a passage of any length that recurs
//     so in FURNITURE_DOCS articles is stock too: the outlet's site furniture (a sign-up box, a scraped name card); in
//     STOCK_DOCS when it is off the subject of both articles (lib/overlap/furniture.ts), as a box is in a small corpus.
//  3. common-source: the same passage is carried by articles of three or more outlets.
//  4. reuse: everything else.
// A pair is `uncredited` only when its reuse passages alone carry strong evidence (STRONG_WORDS matched words and
// STRONG_EVIDENCE evidence), and neither article's citations credit the other where credit is due.
import type { Doc, Paragraph } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import { outletKey } from './outlets.js';
import { QUOTED } from './passages.js';
import { creditNear } from './credit.js';
import type { Citation, Passage, WordPassage } from './types.js';
import { HAS_LETTER } from '../util/letters.js';
import { OFF_SUBJECT_SHARE, subjectShare } from './furniture.js';
import {
  attributionReason,
  blockQuoteShare,
  reportBlockLead,
  reportedSpeech,
  CLOSE_MARK,
  OPEN_MARK,
  openingAttribution,
  quotedBeyondAttribution,
  squash,
} from './attribution.js';

/** The kind of a shared passage. */
export type SharedKind = 'reuse' | 'common-source' | 'stock';

/** Reuse passages of a pair need this many matched words in all before the pair can be called uncredited. */
export const STRONG_WORDS = 20;
/**
 * ... and this much evidence in all (lib/overlap/evidence.ts: -log10 of the chance that unrelated articles share the
 * text), about three 7-word runs seen in no other article of a 1,000-article corpus. Chosen on the development data:
 * on 2,000 generated articles it keeps 910 of the 918 planted uncredited pairs found and no false one; on the AllSides
 * corpus the pairs under it were same-fact sentences around a court order and a bill (docs/notes/2026-12-evidence.md).
 */
export const STRONG_EVIDENCE = 10;
/** A stock phrase is short: passages with more matched words than this are never stock. */
export const STOCK_MAX_WORDS = 15;
/** A phrase is stock when it recurs in at least this many articles that share nothing else with each other. */
export const STOCK_DOCS = 3;
/**
 * Site furniture of any length (a newsletter sign-up box, a scraped name card, a show's plug) is stock between two
 * articles of one outlet when it recurs in at least this many articles that share nothing else: an outlet's own
 * background paragraph, reused in the follow-ups of one story, recurs in fewer. Off the articles' subject (its content
 * words found nowhere else in either), STOCK_DOCS are enough: in a user's folder of one story an outlet has a handful of
 * articles, and its sign-up box sits in three or four.
 */
export const FURNITURE_DOCS = 5;
/**
 * A passage reads as a quote when this share of it, on either side, is inside quote marks. Higher than QUOTED: a shared
 * run that also holds a fair stretch of shared narration around the quote is copied text that happens to hold a quote.
 */
export const QUOTED_SOURCE = 0.8;
/** Distinct outlets carrying one passage from which it reads as a common source. */
export const COMMON_OUTLETS = 3;
/** How the `kind_because` of a passage made common-source by its spread alone (rule 3) begins. */
const SPREAD_BECAUSE = 'carried by articles of ';

/**
 * Whether a common-source passage is a third party's text told from the two articles themselves (quote marks, an
 * attribution, a post's signature, a block quote, reported speech, an agency credited on both sides: rule 1), not by
 * its spread alone (rule 3): text many outlets carry may still have passed from one of the pair to the other, as
 * agency copy passes to each paper that runs it.
 */
export function thirdPartyText(x: Pick<Passage, 'kind' | 'kind_because'>): boolean {
  return x.kind === 'common-source' && !x.kind_because.startsWith(SPREAD_BECAUSE);
}

/** One pair as the classifier sees it: its docs (indices into the index), its passages and their word ranges. */
export interface KindPair {
  ia: number;
  ib: number;
  passages: Passage[];
  words: readonly WordPassage[];
}

/** What the classifier reads besides the pairs. */
export interface KindContext {
  docs: readonly Doc[];
  index: FingerprintIndex;
  citesOf: ReadonlyMap<string, readonly Citation[]>;
  /** the paragraphs of doc i (Doc.paragraphs) */
  paras: (i: number) => readonly Paragraph[];
  /** whether a cited outlet is a news agency (the outlet table's `agency`) */
  isAgency?: (name: string) => boolean;
}

/** Set `kind` and `kind_because` on every passage of every pair (in place). */
export function classifyPassages(pairs: readonly KindPair[], ctx: KindContext): void {
  const outletId = outletIds(ctx.docs);
  // rule 1 first: it reads only the two texts
  for (const p of pairs) {
    const third = sharedThirdCredit(p, ctx) ?? wireDateline(p, ctx) ?? agencyInShared(p, ctx);
    for (const x of p.passages) {
      const credit = creditBeside(p, x, ctx);
      if (credit) {
        setKind(x, 'reuse', credit);
        continue;
      }
      const why = thirdPartyReason(p, x, ctx);
      if (why) setKind(x, 'common-source', why);
      else if (third) setKind(x, 'common-source', third);
      else {
        const block = reuseBlock(p, x, ctx);
        if (block?.cited)
          setKind(
            x,
            'common-source',
            `printed as a block quote of ${block.cited} (after \u201C${block.lead}\u201D), an outlet outside the pair`,
          );
        else {
          setKind(x, 'reuse', 'copied or rewritten narration: no quote marks, attribution or common source beside it');
          if (block) x.block = { side: block.side, lead: block.lead };
        }
      }
    }
  }
  markStock(pairs, ctx, outletId);
  for (const p of pairs)
    for (const x of p.passages) {
      const names = x.kind === 'reuse' ? namePhrase(x.text) : null;
      if (names) setKind(x, 'stock', names);
    }
  for (const p of pairs) {
    p.passages.forEach((x, k) => {
      if (x.kind !== 'reuse') return;
      const n = outletsCarrying(ctx.index, p.ia, p.words[k], outletId);
      if (n >= COMMON_OUTLETS)
        setKind(x, 'common-source', `${SPREAD_BECAUSE}${n} or more outlets, so not taken by one from the other`);
    });
  }
}

/** Why a passage is a third party's text, by its quote marks or what is written beside it on either side, or null. */
function thirdPartyReason(p: KindPair, x: Passage, ctx: KindContext): string | null {
  const ta = ctx.docs[p.ia].text,
    tb = ctx.docs[p.ib].text;
  return (
    quoteReason(x) ??
    quoteWithLeadIn(x) ??
    openingAttribution(x.text) ??
    attributionReason(ta, x.a) ??
    attributionReason(tb, x.b) ??
    embeddedPost(ta, x.a, x.quoted_a) ??
    embeddedPost(tb, x.b, x.quoted_b) ??
    blockQuote(ta, ctx.paras(p.ia), x.a) ??
    blockQuote(tb, ctx.paras(p.ib), x.b) ??
    reportedContent(ta, x.a) ??
    reportedContent(tb, x.b)
  );
}

/**
 * The side that prints a reuse passage (QUOTED_SOURCE of it) as a block quote after a lead-in ending in a colon that
 * points at a report (reportBlockLead), while the other side narrates it, with that lead-in's last ten words;
 * undefined when neither or both do. One article
 * quoting another's narration, as blogs do ("Democrats are reportedly pleased with the bill:"), is still reuse between
 * the two (the other article is where the text comes from), but quoted, not passed off as its own.
 */
function reuseBlock(p: KindPair, x: Passage, ctx: KindContext): (Passage['block'] & { cited?: string }) | undefined {
  const on = (i: number, span: readonly [number, number]) =>
    blockQuoteShare(ctx.docs[i].text, ctx.paras(i), span, reportBlockLead);
  const a = on(p.ia, x.a),
    b = on(p.ib, x.b);
  const inA = a.share >= QUOTED_SOURCE,
    inB = b.share >= QUOTED_SOURCE;
  if (inA === inB) return undefined;
  const block = inA ? a : b;
  const words = block.lead.split(' ');
  const lead = (words.length > 10 ? '\u2026 ' : '') + words.slice(-10).join(' ');
  return { side: inA ? 'a' : 'b', lead, cited: leadCites(p, inA ? p.ia : p.ib, block.at, ctx) };
}

/**
 * The outlet outside the pair that the lead-in paragraph of block `at` of doc i cites ("... were reported Tuesday by
 * the Wall Street Journal:"), or undefined: the block is that outlet's text, which the other article may carry too.
 */
function leadCites(p: KindPair, i: number, at: number, ctx: KindContext): string | undefined {
  const lead = ctx.paras(i)[at - 1];
  const own = [outletKey(ctx.docs[p.ia].outlet), outletKey(ctx.docs[p.ib].outlet)];
  return ctx.citesOf
    .get(ctx.docs[i].id)
    ?.find(
      (c) => c.kind === 'outlet' && c.start >= lead.start && c.start < lead.end && !own.includes(outletKey(c.cited)),
    )?.cited;
}

/**
 * One side prints the passage (QUOTED_SOURCE of it) as a block quote: in the paragraph after a lead-in ending in a
 * colon that names speech or a document ("Trump continued:", "The memo reads:"), or that speaks in the first person.
 * Columns and transcripts set long quotes off this way, without quote marks.
 */
export function blockQuote(text: string, paras: readonly Paragraph[], span: readonly [number, number]): string | null {
  const { share, lead } = blockQuoteShare(text, paras, span);
  if (share < QUOTED_SOURCE) return null;
  const words = lead.split(' ');
  return `a block quote after \u201C${words.length > 10 ? '\u2026 ' : ''}${words.slice(-10).join(' ')}\u201D`;
}

/**
 * A passage in reported speech is the third party's wording only when it is at most this share of the words the cue
 * reports: a phrase that survived in two paraphrases. The whole paraphrase shared is one outlet's sentence, copied.
 */
export const REPORTED_PART = 0.6;
/**
 * ... and it starts at most this many words after the "that" (a subject and an apposition): further on, the sentence
 * has often left the report ("Sessions, who argued that Congress ... law, helped persuade the president").
 */
export const REPORTED_GAP = 8;

/**
 * One side reports the passage as someone's speech: QUOTED_SOURCE of it follows "<speech verb> (up to 4 words) that"
 * in its sentence ("the memo said that ...", "Clinton told reporters that ..."), active voice, and it stays inside
 * that sentence and is a short part (REPORTED_PART) of what the sentence reports.
 */
export function reportedContent(text: string, span: readonly [number, number]): string | null {
  const [s, e] = span;
  const r = reportedSpeech(text, span);
  if (!r || e - Math.max(s, r.at) < QUOTED_SOURCE * (e - s) || /[\p{L}\p{N}]/u.test(text.slice(r.end, e))) return null;
  const count = (a: number, b: number) =>
    text
      .slice(a, b)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const part = count(Math.max(s, r.at), e),
    of = count(r.at, r.end);
  if (part > REPORTED_PART * of || count(r.at, Math.max(s, r.at)) > REPORTED_GAP) return null;
  return `reported speech: ${part} of the ${of} words reported after \u201C${r.cue}\u201D`;
}

/** One article credits the other's outlet beside the passage: it took (and perhaps quoted) the other's text. */
function creditBeside(p: KindPair, x: Passage, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  if (outletKey(A.outlet) === outletKey(B.outlet)) return null;
  const byB = creditNear(ctx.citesOf.get(B.id) ?? [], A.outlet, ctx.paras(p.ib), x.b[0], x.b[1]);
  const byA = byB ? null : creditNear(ctx.citesOf.get(A.id) ?? [], B.outlet, ctx.paras(p.ia), x.a[0], x.a[1]);
  const c = byB ?? byA;
  return c ? `taken from the other outlet, which is credited beside it ("${squash(c.text)}")` : null;
}

function setKind(x: Passage, kind: SharedKind, because: string): void {
  x.kind = kind;
  x.kind_because = because;
}

function quoteReason(x: Passage): string | null {
  const qa = quotedBeyondAttribution(x.text, x.quoted_a) >= QUOTED_SOURCE,
    qb = quotedBeyondAttribution(x.b_text, x.quoted_b) >= QUOTED_SOURCE;
  if (qa && qb) return 'inside quote marks in both articles: a quote of a third party';
  if (qa || qb) return 'inside quote marks in one article: a quote of a third party printed by both';
  return null;
}

/** Narration shorter than this many words beside a quote is a lead-in ("X said the plan was"), not copied text. */
export const LEAD_IN_WORDS = 7;

/**
 * A passage that is mostly a quote (QUOTED on one side) whose unquoted rest, on that side, is under LEAD_IN_WORDS
 * words: a partial quote with its lead-in ("officials said separating families was ``certainly not ...''"), or the end
 * of a quote with its speaker ("... break on Syria,'' a former official" when the passage starts inside the quote).
 */
function quoteWithLeadIn(x: Passage): string | null {
  const count = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  for (const [text, q] of [
    [x.text, x.quoted_a],
    [x.b_text, x.quoted_b],
  ] as const) {
    const open = text.search(OPEN_MARK);
    // the passage opens inside a quote when it has a closing mark and no opening one
    const inside = open < 0 ? CLOSE_MARK.exec(text) : null;
    if (q < QUOTED || (open < 0 && !inside)) continue;
    // the words before the first opening mark and after the last closing mark (if it closes inside the passage)
    const close = inside ?? CLOSE_MARK.exec(text.slice(open + 1));
    const from = inside ? 0 : open + 1;
    const rest =
      (inside ? 0 : count(text.slice(0, open))) + (close ? count(text.slice(from + close.index + close[0].length)) : 0);
    if (rest < LEAD_IN_WORDS)
      return `mostly a quote of a third party; the ${rest} words around it are too few to be copied narration`;
  }
  return null;
}

/** Content words of a name phrase are at least this share capitalised: a way of naming someone, not narration. */
export const NAME_SHARE = 0.7;

/**
 * A passage made of names (a title and a name, an institution, a list of states): most of its content words are
 * capitalised past the first word. Two articles naming one person or body the same way have not copied each other.
 */
export function namePhrase(text: string): string | null {
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  let content = 0,
    caps = 0;
  words.forEach((w, i) => {
    const bare = w.replace(/^[^\p{L}]+/u, '');
    if (i === 0 || !bare || STOP_SHORT.has(bare.toLowerCase())) return;
    content++;
    if (bare[0] !== bare[0].toLowerCase()) caps++;
  });
  if (content < 3 || caps < NAME_SHARE * content) return null;
  return `names and titles (${caps} of ${content} words capitalised): how both name someone, not copied narration`;
}
const STOP_SHORT = new Set(
  'a an the of for and or to in on at by with from as is was are were be said says that this'.split(' '),
);

// the signature line of an embedded social-media post, at the end of the post's line: "— Donald J. Trump
// (@realDonaldTrump) October 22, 2018" (spaced "( @ handle )" in pre-tokenised text), "A post shared by X (@x) on …"
const POST_SIGNATURE =
  /(?:[\u2014\u2013-]\s*[^\n()\u2014\u2013]{1,60}\(\s*@\s*\w{1,30}\s*\)\s*(?:\p{L}+\.?\s+\d{1,2}\s*,\s*\d{4})?|A post shared by [^\n]{1,80})\s*$/u;

/** The share of the span [s, e) on lines of embedded social-media posts, and the first such line's signature. */
function postShare(text: string, s: number, e: number): { share: number; signature: string } {
  let onPosts = 0;
  let signature = '';
  for (let at = text.lastIndexOf('\n', s - 1) + 1; at < e;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const m = POST_SIGNATURE.exec(text.slice(Math.max(at, end - 160), end));
    if (m) {
      onPosts += Math.min(end, e) - Math.max(at, s);
      signature ||= squash(m[0]).replace(/^[\u2014\u2013-]\s*/u, '');
    }
    at = end + 1;
  }
  return { share: onPosts / Math.max(1, e - s), signature };
}

/**
 * The passage is a third party's own words on one side: QUOTED_SOURCE of it lies on lines of embedded social-media
 * posts, each ending with the post's signature, or inside quote marks and on such lines together (a post both quoted
 * and embedded, one after the other). Carried by both (rule 1), never narration one outlet took from the other.
 * `quoted` is the passage's quoted share on that side (0 when unknown).
 */
export function embeddedPost(text: string, [s, e]: readonly [number, number], quoted = 0): string | null {
  const { share, signature } = postShare(text, s, e);
  if (!signature || share + quoted < QUOTED_SOURCE) return null;
  return `${quoted > 0.05 ? 'quoted and ' : ''}an embedded social-media post, signed "${signature}"`;
}

/**
 * A third outlet that both articles credit as a source of text (not "told X", an interview) outside their shared
 * passages, each in a paragraph holding a shared passage or in its first paragraph (a dateline such as "(Agency) -").
 */
function sharedThirdCredit(p: KindPair, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const ca = ctx.citesOf.get(A.id),
    cb = ctx.citesOf.get(B.id);
  if (!ca?.length || !cb?.length) return null;
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  const inA = thirdCredits(
    ca,
    own,
    ctx.paras(p.ia),
    p.passages.map((x) => x.a),
  );
  if (!inA.size) return null;
  const inB = thirdCredits(
    cb,
    own,
    ctx.paras(p.ib),
    p.passages.map((x) => x.b),
  );
  const both = [...inA.keys()]
    .filter((k) => inB.has(k))
    .map((k) => inA.get(k)!)
    .sort();
  return both[0] ? `both articles credit ${both[0]}, so both carry its copy` : null;
}

const DATELINE_END = /\(\s*[A-Za-z]+\s*\)\s*(?:\u2014|\u2013|--?)$/u;

/**
 * One article is a third outlet's wire copy by its dateline ("BEIRUT (AP) —"): the text it shares with the other is
 * that agency's, carried by both, unless the other article is the agency itself.
 */
function wireDateline(p: KindPair, ctx: KindContext): string | null {
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  for (const d of [A, B])
    for (const c of ctx.citesOf.get(d.id) ?? [])
      if (c.kind === 'outlet' && DATELINE_END.test(c.text) && !own.includes(outletKey(c.cited)))
        return `${d.outlet}'s article is ${c.cited} wire copy ("${squash(c.text)}"), so both carry the agency's text`;
  return null;
}

/**
 * The shared text itself names a news agency that neither article is ("… told The Associated Press that …", "…,
 * Reuters reported" on both sides): both carry that agency's reporting, its copy, not one outlet's text taken by the
 * other.
 */
function agencyInShared(p: KindPair, ctx: KindContext): string | null {
  if (!ctx.isAgency) return null;
  const A = ctx.docs[p.ia],
    B = ctx.docs[p.ib];
  const own = [outletKey(A.outlet), outletKey(B.outlet)];
  const named = (doc: string, spans: readonly [number, number][]) => {
    const out = new Map<string, Citation>();
    for (const c of ctx.citesOf.get(doc) ?? []) {
      const key = outletKey(c.cited);
      if (c.kind !== 'outlet' || own.includes(key) || !ctx.isAgency!(c.cited)) continue;
      if (spans.some(([s, e]) => s <= c.name.start && c.name.end <= e) && !out.has(key)) out.set(key, c);
    }
    return out;
  };
  const inA = named(
    A.id,
    p.passages.map((x) => x.a),
  );
  if (!inA.size) return null;
  const inB = named(
    B.id,
    p.passages.map((x) => x.b),
  );
  const key = [...inA.keys()].sort().find((k) => inB.has(k));
  if (key === undefined) return null;
  const c = inA.get(key)!;
  return `the shared text names ${c.cited} on both sides ("${squash(c.text)}"), so both carry the agency's reporting`;
}

/** Third outlets (by key) a doc credits as a source of text, outside the hull of its shared passages. */
function thirdCredits(
  cites: readonly Citation[],
  own: readonly string[],
  paras: readonly Paragraph[],
  spans: readonly [number, number][],
): Map<string, string> {
  // the hull of the shared passages: a credit between two of them is part of the shared text, edited
  let lo = Infinity,
    hi = -Infinity;
  for (const [s, e] of spans) {
    lo = Math.min(lo, s);
    hi = Math.max(hi, e);
  }
  const out = new Map<string, string>();
  for (const c of cites) {
    if (c.kind !== 'outlet' || (c.start < hi && lo < c.end) || /^told\b/i.test(c.text)) continue;
    const key = outletKey(c.cited);
    if (own.includes(key) || out.has(key)) continue;
    const inPara = (q: Paragraph) => c.start < q.end && q.start < c.end;
    const near =
      !paras.length ||
      inPara(paras[0]) ||
      paras.some((q) => inPara(q) && spans.some(([s, e]) => q.start < e && s < q.end));
    if (near) out.set(key, c.cited);
  }
  return out;
}

function outletIds(docs: readonly Doc[]): Int32Array {
  const ids = new Map<string, number>();
  const out = new Int32Array(docs.length);
  docs.forEach((d, i) => {
    const k = outletKey(d.outlet);
    if (!ids.has(k)) ids.set(k, ids.size);
    out[i] = ids.get(k)!;
  });
  return out;
}

/** Distinct outlets (capped at COMMON_OUTLETS) holding at least half of a passage's shingles (from the postings). */
function outletsCarrying(index: FingerprintIndex, ia: number, w: WordPassage, outletId: Int32Array): number {
  const { offsets, shingle, postStart, postings, n } = index;
  const from = offsets[ia] + w.a0,
    to = offsets[ia] + w.a1 - n;
  let total = 0,
    many = 0,
    least = COMMON_OUTLETS;
  for (let g = from; g <= to; g++) {
    const s = shingle[g];
    if (s < 0) continue;
    total++;
    const seen: number[] = [];
    for (let x = postStart[s]; x < postStart[s + 1] && seen.length < COMMON_OUTLETS; x++) {
      const o = outletId[postings[x]];
      if (!seen.includes(o)) seen.push(o);
    }
    if (seen.length >= COMMON_OUTLETS) many++;
    else least = Math.min(least, seen.length);
  }
  return total && many * 2 >= total ? COMMON_OUTLETS : least;
}

/**
 * Stock phrases: short reuse passages whose shingles recur in STOCK_DOCS or more articles among pairs that share
 * nothing else (the pair's other reuse passages stay under STRONG_WORDS); and, between two articles of one outlet,
 * passages of any length that recur so in FURNITURE_DOCS articles (the outlet's furniture). Two rounds, so a pair made
 * of several stock phrases is recognised as sharing nothing else once its first phrases are known to be stock.
 */
function markStock(pairs: readonly KindPair[], ctx: Pick<KindContext, 'docs' | 'index'>, outletId: Int32Array): void {
  const { offsets, shingle, n } = ctx.index;
  // a long passage can be stock only between two articles of one outlet, as its furniture
  const short = (p: KindPair, x: Passage) => x.matched <= STOCK_MAX_WORDS || outletId[p.ia] === outletId[p.ib];
  for (let round = 0; round < 2; round++) {
    // short phrases and long furniture are counted apart: a phrase inside an outlet's furniture is no evidence that
    // the phrase is stock between other outlets
    const shortOf = new Map<number, number[]>(),
      longOf = new Map<number, number[]>();
    const docsOf = (x: Passage) => (x.matched > STOCK_MAX_WORDS ? longOf : shortOf);
    for (const p of pairs) {
      const total = reuseWords(p.passages);
      p.passages.forEach((x, k) => {
        if (x.kind !== 'reuse' || !short(p, x) || total - x.matched >= STRONG_WORDS) return;
        const w = p.words[k];
        for (let g = offsets[p.ia] + w.a0; g <= offsets[p.ia] + w.a1 - n; g++) {
          const s = shingle[g];
          if (s < 0) continue;
          const l = docsOf(x).get(s) ?? docsOf(x).set(s, []).get(s)!;
          if (l.length < STOCK_DOCS * 2) for (const d of [p.ia, p.ib]) if (!l.includes(d)) l.push(d);
        }
      });
    }
    let changed = false;
    for (const p of pairs) {
      p.passages.forEach((x, k) => {
        if (x.kind !== 'reuse' || !short(p, x)) return;
        const w = p.words[k];
        const long = x.matched > STOCK_MAX_WORDS;
        let most = 0,
          common = 0,
          furniture = 0,
          all = 0;
        for (let g = offsets[p.ia] + w.a0; g <= offsets[p.ia] + w.a1 - n; g++) {
          const s = shingle[g];
          if (s < 0) continue;
          const d = docsOf(x).get(s)?.length ?? 0;
          most = Math.max(most, d);
          all++;
          if (d >= STOCK_DOCS) common++;
          if (d >= FURNITURE_DOCS) furniture++;
        }
        // the phrase is the passage: most of its shingles recur, not just one word run inside a longer copy; a long
        // passage (furniture) recurs in FURNITURE_DOCS, or in STOCK_DOCS when it is off the subject of both articles
        // (checked last: it reads the two articles' words)
        const stockLike = most >= STOCK_DOCS && common * 2 >= all;
        const furnitureLike = most >= FURNITURE_DOCS && furniture * 2 >= all;
        if (long ? furnitureLike || (stockLike && offSubject(p, k, ctx)) : stockLike) {
          setKind(
            x,
            'stock',
            !long
              ? `a formulaic phrase: it recurs in ${most} articles that share nothing else with each other`
              : `site furniture: the outlet prints it in ${most} or more articles that share nothing else`,
          );
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
}

/** A pair's reuse passages, each distinct passage text once: one phrase repeated in both articles aligns once per occurrence, and it is evidence once. */
function distinctReuse<T extends Pick<Passage, 'kind' | 'text'>>(passages: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of passages) if (x.kind === 'reuse') out.push(x);
  if (out.length < 2) return out;
  const seen = new Set<string>();
  const distinct: T[] = [];
  for (const x of out) {
    const key = x.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    distinct.push(x);
  }
  return distinct;
}

/** Matched words of a pair's reuse passages, each distinct passage text counted once. */
export function reuseWords(passages: readonly Pick<Passage, 'kind' | 'matched' | 'text'>[]): number {
  return distinctReuse(passages).reduce((w, x) => w + x.matched, 0);
}

/** Evidence (lib/overlap/evidence.ts) of a pair's reuse passages, summed, each distinct passage text counted once. */
export function reuseEvidence(passages: readonly Pick<Passage, 'kind' | 'evidence' | 'text'>[]): number {
  return Math.round(distinctReuse(passages).reduce((e, x) => e + x.evidence, 0) * 100) / 100;
}

/** Whether two docs are known (from their records) to be about different events. */
export function differentEvents(a: object, b: object): boolean {
  const ea = (a as { event?: unknown }).event,
    eb = (b as { event?: unknown }).event;
  return typeof ea === 'string' && typeof eb === 'string' && ea !== '' && eb !== '' && ea !== eb;
}

/** Whether a pair's passage k is off the subject of both its articles (site furniture, not background text). */
function offSubject(p: KindPair, k: number, ctx: Pick<KindContext, 'docs' | 'index'>): boolean {
  const w = p.words[k];
  const a = subjectShare(ctx.docs[p.ia], ctx.index, p.ia, w.a0, w.a1);
  const b = subjectShare(ctx.docs[p.ib], ctx.index, p.ib, w.b0, w.b1);
  return a <= OFF_SUBJECT_SHARE && b <= OFF_SUBJECT_SHARE;
}
