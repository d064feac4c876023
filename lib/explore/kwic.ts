// Keyword in context: every occurrence of a term or an entity in every outlet, with the voice it is in
// (own narration, quoted, reported, reused), grouped by outlet. Pure: reads an Analysis, returns rows.
import type { Doc } from '../types.js';
import type { Analysis } from '../pipeline.js';
import { VOICES } from '../framing/voice.js';
import { isTermToken, tokenize } from '../text/tokenize.js';
import { firstEndingAfter } from '../util/search.js';
import type { Voice } from '../framing/types.js';
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
  }));
  const titles = d.titleDocs.map((doc, i) => ({
    doc,
    voice: d.titleVoices[i],
    article: doc.id,
    part: 'title' as const,
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
  /** article id -> its place in the corpus, and its title */
  order: Map<string, number>;
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
  const ix: KwicIndex = {
    sources: srcs,
    words,
    postings,
    bodies: new Map(srcs.filter((s) => s.part === 'text').map((s) => [s.article, s])),
    order: new Map(articles.map((a, i) => [a.id, i])),
    titles: new Map(articles.map((a) => [a.id, a.title])),
  };
  indexes.set(analysis, ix);
  return ix;
}

interface Hit {
  src: Source;
  start: number;
  end: number;
  token: number;
}

/** Occurrences of `term` (a word or a phrase, matched on normalised words; punctuation between words is skipped), headlines included. */
export function kwic(analysis: Analysis, term: string, opts: KwicOptions = {}): KwicRow[] {
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
  return rowsFor(analysis, hits, opts);
}

/** Occurrences of an entity (by id, as in entity rows and `#entity=<id>` links): every merged spelling. */
export function kwicEntity(analysis: Analysis, entityId: string, opts: KwicOptions = {}): KwicRow[] {
  const e = analysis.entities.entities.find((x) => x.id === entityId);
  if (!e) return [];
  const { bodies } = kwicIndex(analysis);
  const hits = e.mentions
    .filter((m) => bodies.has(m.doc))
    .map((m) => {
      const src = bodies.get(m.doc)!;
      return { src, start: m.start, end: m.end, token: tokenAt(src.doc, m.start) };
    });
  return rowsFor(analysis, hits, opts);
}

/** Index of the token that covers or follows offset `pos` (binary search; tokens are in text order). */
function tokenAt(doc: Doc, pos: number): number {
  return Math.min(firstEndingAfter(doc.tokens, pos), Math.max(0, doc.tokens.length - 1));
}

/** Hits as rows, sorted by outlet, then corpus order (headline before text), then offset. */
function rowsFor(analysis: Analysis, hits: Hit[], opts: KwicOptions): KwicRow[] {
  const width = opts.width ?? 60;
  const { order, titles } = kwicIndex(analysis); // built once per analysis, not per term
  const rows = hits.map((h) => {
    const text = h.src.doc.text;
    const row: KwicRow = {
      outlet: h.src.doc.outlet,
      doc: h.src.article,
      title: titles.get(h.src.article) ?? '',
      date: h.src.doc.date,
      voice: VOICES[h.src.voice?.tokenVoice[h.token] ?? 0] ?? 'own',
      part: h.src.part,
      left: clip(text.slice(Math.max(0, h.start - width), h.start), width, 'left'),
      match: text.slice(h.start, h.end),
      right: clip(text.slice(h.end, h.end + width), width, 'right'),
      start: h.start,
      end: h.end,
    };
    return { row, rank: (order.get(h.src.article) ?? 0) * 2 + (h.src.part === 'text' ? 1 : 0) };
  });
  rows.sort((a, b) =>
    a.row.outlet < b.row.outlet ? -1 : a.row.outlet > b.row.outlet ? 1 : a.rank - b.rank || a.row.start - b.row.start,
  );
  const out = rows.map((r) => r.row);
  return opts.max !== undefined ? out.slice(0, opts.max) : out;
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
