// Keyword in context: every occurrence of a term or an entity in every outlet, with the voice it is in
// (own narration, quoted, reported, reused), grouped by outlet. Pure: reads an Analysis, returns rows.
import type { Doc } from '../types.js';
import type { Analysis } from '../pipeline.js';
import { VOICES } from '../framing/voice.js';
import { isTermToken, tokenize } from '../text/tokenize.js';
import { firstEndingAfter } from '../util/search.js';
import type { VoiceClass } from '../framing/types.js';
import { kwicIndex, type Source } from './kwic-index.js';
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

interface Hit {
  src: Source;
  start: number;
  end: number;
  token: number;
}

/** Occurrences of `term` (a word or a phrase, matched on normalised words; punctuation between words is skipped), headlines included. */
export function kwic(analysis: Analysis, term: string, opts: KwicOptions = {}): KwicRow[] {
  const hits: Hit[] = [];
  eachTermHit(analysis, term, (src, start, end, token) => hits.push({ src, start, end, token }));
  return rowsFor(analysis, sortedHits(hits), opts.width, opts.max);
}

/** Occurrences of an entity (by id, as in entity rows and `#entity=<id>` links): every merged spelling. */
export function kwicEntity(analysis: Analysis, entityId: string, opts: KwicOptions = {}): KwicRow[] {
  const hits: Hit[] = [];
  eachEntityHit(analysis, entityId, (src, start, end, token) => hits.push({ src, start, end, token }));
  return rowsFor(analysis, sortedHits(hits), opts.width, opts.max);
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
 * a row, or even a sorted list, for every occurrence of a frequent word (hundreds of thousands at 10,000 articles).
 */
export function kwicDigest(
  analysis: Analysis,
  key: { term: string } | { entity: string },
  perOutlet: number,
  width?: number,
): KwicDigest {
  const by: (KwicDigest['by'][number] | undefined)[] = [];
  const first: Hit[][] = []; // per outlet, its first hits in kwic's order (at most perOutlet)
  let n = 0;
  const count = (src: Source, start: number, end: number, token: number) => {
    const o = src.outlet;
    const c = (by[o] ??= { outlet: src.doc.outlet, own: 0, quoted: 0, reported: 0, reused: 0, total: 0 });
    c[voiceAt(src, token)]++;
    c.total++;
    n++;
    const list = (first[o] ??= []);
    // most hits of a frequent word come after the lines already kept: no object for them
    if (list.length < perOutlet || precedes(src.rank, start, list[list.length - 1]))
      keepFirst(list, { src, start, end, token }, perOutlet);
  };
  if ('term' in key) eachTermHit(analysis, key.term, count);
  else eachEntityHit(analysis, key.entity, count);
  const kept = first.flatMap((hs) => hs ?? []);
  return { n, by: by.filter((c) => c !== undefined), rows: rowsFor(analysis, kept, width) };
}

/** True when a hit at (rank, start) sorts before `h` (a tie keeps the earlier hit first, as a stable sort does). */
function precedes(rank: number, start: number, h: Hit): boolean {
  return rank - h.src.rank < 0 || (rank === h.src.rank && start < h.start);
}

/** Insert `h` among the first `max` hits of `list`, in kwic's order, dropping the last when there are more. */
function keepFirst(list: Hit[], h: Hit, max: number): void {
  let i = list.length;
  while (i > 0 && precedes(h.src.rank, h.start, list[i - 1])) i--;
  list.splice(i, 0, h);
  if (list.length > max) list.pop();
}

/** Each hit of a term's normalised words, in index order (sources in order, then text order). */
function eachTermHit(
  analysis: Analysis,
  term: string,
  f: (src: Source, start: number, end: number, token: number) => void,
): void {
  const ix = kwicIndex(analysis);
  const want = queryWords(term).map((w) => ix.ids.get(w));
  if (!want.length || want.some((k) => k === undefined)) return;
  const first = want[0]!;
  for (let p = 2 * ix.offsets[first]; p < 2 * ix.offsets[first + 1]; p += 2) {
    const s = ix.postings[p];
    const w = ix.postings[p + 1];
    const ids = ix.wordIds[s];
    if (w + want.length > ids.length) continue;
    let k = 1;
    while (k < want.length && ids[w + k] === want[k]) k++;
    if (k < want.length) continue;
    const words = ix.words[s];
    const toks = ix.sources[s].doc.tokens;
    f(ix.sources[s], toks[words[w]].start, toks[words[w + k - 1]].end, words[w]);
  }
}

/** Each hit of an entity's mentions in article bodies, in mention order. */
function eachEntityHit(
  analysis: Analysis,
  entityId: string,
  f: (src: Source, start: number, end: number, token: number) => void,
): void {
  const e = analysis.entities.entities.find((x) => x.id === entityId);
  if (!e) return;
  const { bodies } = kwicIndex(analysis);
  for (const m of e.mentions) {
    const src = bodies.get(m.doc);
    if (src) f(src, m.start, m.end, tokenAt(src.doc, m.start));
  }
}

/** Index of the token that covers or follows offset `pos` (binary search; tokens are in text order). */
function tokenAt(doc: Doc, pos: number): number {
  return Math.min(firstEndingAfter(doc.tokens, pos), Math.max(0, doc.tokens.length - 1));
}

/** The order of hits: outlet, then corpus order (headline before text), then offset. */
function before(a: Hit, b: Hit): number {
  return a.src.rank - b.src.rank || a.start - b.start;
}

/** Hits sorted by outlet, then corpus order (headline before text), then offset (a stable sort: ties keep their order). */
function sortedHits(hits: Hit[]): Hit[] {
  return hits.sort(before);
}

/** The voice of a source's token (own narration when framing has no voices for its text). */
function voiceAt(src: Source, token: number): VoiceClass {
  return VOICES[src.voice?.tokenVoice[token] ?? 0] ?? 'own';
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
      voice: voiceAt(h.src, h.token),
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
  // in the folded text every white space is one ' ': the first and last word are cut at a space
  const flat = folded(s) ? s : s.replace(SPACE_RUNS, ' ');
  if (flat.length < width) return flat;
  if (side === 'left') return '…' + flat.slice(flat.indexOf(' ') + 1);
  const last = flat.lastIndexOf(' ');
  return (last < 0 ? flat : flat.slice(0, last)) + '…';
}

const SPACE_RUNS = /\s+/g;

/** True when `s` holds no white space (`\s`) other than single spaces: folding runs of it to ' ' would not change it. */
function folded(s: string): boolean {
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if ((c >= 9 && c <= 13) || (c >= 128 && isUnicodeSpace(c))) return false;
    else space = false;
  }
  return true;
}

/** The non-ASCII code units `\s` matches: no-break, Ogham, en quad to hair, line and paragraph separators, narrow
 * no-break, medium mathematical, ideographic spaces and the byte-order mark. */
function isUnicodeSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
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
