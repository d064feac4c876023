// Keyword in context: every occurrence of a term or an entity in every outlet, with the voice it is in
// (own narration, quoted, reported, reused), grouped by outlet. Pure: reads an Analysis, returns rows.
import type { Doc } from '../types.js';
import type { Analysis } from '../pipeline.js';
import { VOICES } from '../framing/voice.js';
import { isTermToken, tokenize } from '../text/tokenize.js';
import { firstEndingAfter } from '../util/search.js';
import type { Voice, VoiceClass } from '../framing/types.js';
import type { KwicRow } from './types.js';

/** How much context each side, in characters (default 60), and how many rows at most (default all). */
export interface KwicOptions {
  width?: number;
  max?: number;
}

/** The normalised word forms of a query ("Coup", "armed groups"), as the tokenizer normalises article text. */
export function queryWords(term: string): string[] {
  return tokenize(term)
    .filter(isTermToken)
    .map((t) => t.norm);
}

/** A searchable text: an article body or its headline, with the voice of each token. */
interface Source {
  doc: Doc;
  voice: Voice | undefined;
  article: string;
  part: 'title' | 'text';
  /** where its hits sort: outlet (code-unit order), then corpus order, headline before text (set by kwicIndex) */
  rank: number;
}

/** Article bodies, then headlines (as framing analysed them), each with its voices. */
function sources(analysis: Analysis): Source[] {
  const d = analysis.framing.detail;
  const voiceOf = new Map(d.voices.map((v) => [v.doc, v]));
  const bodies = analysis.docs.map((doc) => ({
    doc,
    voice: voiceOf.get(doc.id),
    article: doc.id,
    part: 'text' as const,
    rank: 0,
  }));
  const titles = d.titleDocs.map((doc, i) => ({
    doc,
    voice: d.titleVoices[i],
    article: doc.id,
    part: 'title' as const,
    rank: 0,
  }));
  return [...bodies, ...titles];
}

/** Every source of an analysis with its word-token positions, and where each word occurs: built once per analysis. */
interface KwicIndex {
  sources: Source[];
  /** per source, the indices of its word tokens */
  words: number[][];
  /** normalised word -> flat pairs [source index, position in that source's words, ...], in text order */
  postings: Map<string, number[]>;
  /** article id -> its body source */
  bodies: Map<string, Source>;
  /** article id -> its title */
  titles: Map<string, string>;
}

const indexes = new WeakMap<Analysis, KwicIndex>();

/** The analysis's kwic index (each call after the first is a lookup: a report asks for hundreds of terms). */
function kwicIndex(analysis: Analysis): KwicIndex {
  const cached = indexes.get(analysis);
  if (cached) return cached;
  const srcs = sources(analysis);
  const words: number[][] = [];
  const postings = new Map<string, number[]>();
  srcs.forEach((src, s) => {
    const toks = src.doc.tokens;
    const w: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      if (!isTermToken(toks[i])) continue;
      const list = postings.get(toks[i].norm);
      if (list) list.push(s, w.length);
      else postings.set(toks[i].norm, [s, w.length]);
      w.push(i);
    }
    words.push(w);
  });
  const articles = analysis.corpus.articles;
  rankSources(srcs, new Map(articles.map((a, i) => [a.id, i])), articles.length);
  const ix: KwicIndex = {
    sources: srcs,
    words,
    postings,
    bodies: new Map(srcs.filter((s) => s.part === 'text').map((s) => [s.article, s])),
    titles: new Map(articles.map((a) => [a.id, a.title])),
  };
  indexes.set(analysis, ix);
  return ix;
}

/**
 * Give each source one number to sort its hits by: outlet first (code-unit order, as strings compare with <), then
 * the article's place in the corpus (`order`), the headline before the text. Comparing numbers instead of outlet
 * names keeps sorting the hundreds of thousands of hits of a frequent word cheap.
 */
function rankSources(srcs: Source[], order: ReadonlyMap<string, number>, articles: number): void {
  const outlets = [...new Set(srcs.map((s) => s.doc.outlet))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const outletRank = new Map(outlets.map((o, i) => [o, i]));
  const span = 2 * (articles + 1);
  for (const s of srcs)
    s.rank = outletRank.get(s.doc.outlet)! * span + (order.get(s.article) ?? 0) * 2 + (s.part === 'text' ? 1 : 0);
}

interface Hit {
  src: Source;
  start: number;
  end: number;
  token: number;
}

/** Occurrences of `term` (a word or a phrase, matched on normalised words; punctuation between words is skipped), headlines included. */
export function kwic(analysis: Analysis, term: string, opts: KwicOptions = {}): KwicRow[] {
  return rowsFor(analysis, sortedHits(termHits(analysis, term)), opts.width, opts.max);
}

/** Occurrences of an entity (by id, as in entity rows and `#entity=<id>` links): every merged spelling. */
export function kwicEntity(analysis: Analysis, entityId: string, opts: KwicOptions = {}): KwicRow[] {
  return rowsFor(analysis, sortedHits(entityHits(analysis, entityId)), opts.width, opts.max);
}

/** What kwicDigest returns: every occurrence counted (as kwicSummary counts rows), the first rows of each outlet. */
export interface KwicDigest {
  n: number;
  by: ReturnType<typeof kwicSummary>;
  /** the first `perOutlet` rows of each outlet, in kwic's order */
  rows: KwicRow[];
}

/**
 * The occurrences of a term (or, with `entity`, of an entity id) counted per outlet and voice, with only the first
 * `perOutlet` rows of each outlet built: the same numbers and rows as kwicSummary and a per-outlet cut of kwic, without
 * cutting context for every occurrence of a frequent word (hundreds of thousands at 10,000 articles).
 */
export function kwicDigest(
  analysis: Analysis,
  key: { term: string } | { entity: string },
  perOutlet: number,
  width?: number,
): KwicDigest {
  const raw = 'term' in key ? termHits(analysis, key.term) : entityHits(analysis, key.entity);
  const hits = sortedHits(raw);
  const by: KwicDigest['by'] = [];
  const kept: Hit[] = [];
  let last: KwicDigest['by'][number] | undefined;
  for (const h of hits) {
    if (!last || last.outlet !== h.src.doc.outlet) {
      last = { outlet: h.src.doc.outlet, own: 0, quoted: 0, reported: 0, reused: 0, total: 0 };
      by.push(last);
    }
    if (last.total < perOutlet) kept.push(h);
    last[voiceOf(h)]++;
    last.total++;
  }
  return { n: hits.length, by, rows: rowsFor(analysis, kept, width) };
}

/** The hits of a term's normalised words, in index order. */
function termHits(analysis: Analysis, term: string): Hit[] {
  const want = queryWords(term);
  if (!want.length) return [];
  const hits: Hit[] = [];
  const ix = kwicIndex(analysis);
  const post = ix.postings.get(want[0]) ?? [];
  for (let p = 0; p < post.length; p += 2) {
    const src = ix.sources[post[p]];
    const words = ix.words[post[p]];
    const w = post[p + 1];
    if (w + want.length > words.length) continue;
    const toks = src.doc.tokens;
    let k = 1;
    while (k < want.length && toks[words[w + k]].norm === want[k]) k++;
    if (k === want.length)
      hits.push({ src, start: toks[words[w]].start, end: toks[words[w + k - 1]].end, token: words[w] });
  }
  return hits;
}

/** The hits of an entity's mentions in article bodies. */
function entityHits(analysis: Analysis, entityId: string): Hit[] {
  const e = analysis.entities.entities.find((x) => x.id === entityId);
  if (!e) return [];
  const { bodies } = kwicIndex(analysis);
  return e.mentions
    .filter((m) => bodies.has(m.doc))
    .map((m) => {
      const src = bodies.get(m.doc)!;
      return { src, start: m.start, end: m.end, token: tokenAt(src.doc, m.start) };
    });
}

/** Index of the token that covers or follows offset `pos` (binary search; tokens are in text order). */
function tokenAt(doc: Doc, pos: number): number {
  return Math.min(firstEndingAfter(doc.tokens, pos), Math.max(0, doc.tokens.length - 1));
}

/** Hits sorted by outlet, then corpus order (headline before text), then offset (a stable sort: ties keep their order). */
function sortedHits(hits: Hit[]): Hit[] {
  return hits.sort((a, b) => a.src.rank - b.src.rank || a.start - b.start);
}

/** The voice of a hit's first token (own narration when framing has no voices for its text). */
function voiceOf(h: Hit): VoiceClass {
  return VOICES[h.src.voice?.tokenVoice[h.token] ?? 0] ?? 'own';
}

/** Sorted hits as rows (the first `max`), with `width` characters of context each side (default 60). */
function rowsFor(analysis: Analysis, hits: readonly Hit[], width = 60, max?: number): KwicRow[] {
  const { titles } = kwicIndex(analysis);
  return (max !== undefined ? hits.slice(0, max) : hits).map((h): KwicRow => {
    const text = h.src.doc.text;
    return {
      outlet: h.src.doc.outlet,
      doc: h.src.article,
      title: titles.get(h.src.article) ?? '',
      date: h.src.doc.date,
      voice: voiceOf(h),
      part: h.src.part,
      left: clip(text.slice(Math.max(0, h.start - width), h.start), width, 'left'),
      match: text.slice(h.start, h.end),
      right: clip(text.slice(h.end, h.end + width), width, 'right'),
      start: h.start,
      end: h.end,
    };
  });
}

/** Context cut at a word boundary, whitespace folded, with an ellipsis where text was cut. */
function clip(s: string, width: number, side: 'left' | 'right'): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length < width) return flat;
  if (side === 'left') return '…' + flat.replace(/^\S*\s/, '');
  return flat.replace(/\s\S*$/, '') + '…';
}

/** Occurrences per outlet and voice: one row per outlet with a count per voice (what the explorer heads each group with). */
export function kwicSummary(
  rows: readonly KwicRow[],
): { outlet: string; own: number; quoted: number; reported: number; reused: number; total: number }[] {
  const by = new Map<
    string,
    { outlet: string; own: number; quoted: number; reported: number; reused: number; total: number }
  >();
  for (const r of rows) {
    const s = by.get(r.outlet) ?? { outlet: r.outlet, own: 0, quoted: 0, reported: 0, reused: 0, total: 0 };
    s[r.voice]++;
    s.total++;
    by.set(r.outlet, s);
  }
  return [...by.values()];
}
