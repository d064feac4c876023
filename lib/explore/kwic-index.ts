// The word index keyword-in-context reads: every article body and headline of an analysis, the word tokens of each,
// and where each normalised word occurs. Built once per analysis in typed arrays (a corpus of 10,000 articles has
// 5 million words: as arrays of numbers they were millions of slots for the garbage collector to walk).
import type { Doc } from '../types.js';
import type { Analysis } from '../pipeline.js';
import { isTermToken } from '../text/tokenize.js';
import { numberedTokens } from '../text/term-ids.js';
import type { Voice } from '../framing/types.js';

/** A searchable text: an article body or its headline, with the voice of each token. */
export interface Source {
  doc: Doc;
  voice: Voice | undefined;
  article: string;
  part: 'title' | 'text';
  /** the place of its outlet among the corpus's outlets (code-unit order, as strings compare with <) */
  outlet: number;
  /** where its hits sort: outlet, then the article's place in the corpus, the headline before the text */
  rank: number;
}

/** Every source of an analysis with its words, and where each word occurs. */
export interface KwicIndex {
  sources: Source[];
  /** the outlets, in code-unit order (Source.outlet indexes this) */
  outlets: string[];
  /** per source, the token index of each of its words */
  words: Int32Array[];
  /** per source, the id of each of its words */
  wordIds: Int32Array[];
  /** normalised word -> id */
  ids: Map<string, number>;
  /** the occurrences of word id k are postings[2 * offsets[k] .. 2 * offsets[k + 1]) */
  offsets: Int32Array;
  /** flat pairs [source index, position in that source's words], grouped by word id, in text order within a word */
  postings: Int32Array;
  /** article id -> its body source */
  bodies: Map<string, Source>;
  /** article id -> its title */
  titles: Map<string, string>;
}

const indexes = new WeakMap<Analysis, KwicIndex>();

/** The analysis's kwic index (each call after the first is a lookup: a report asks for hundreds of terms). */
export function kwicIndex(analysis: Analysis): KwicIndex {
  const cached = indexes.get(analysis);
  if (cached) return cached;
  const articles = analysis.corpus.articles;
  const srcs = sources(analysis);
  const outlets = rankSources(srcs, new Map(articles.map((a, i) => [a.id, i])), articles.length);
  const { words, wordIds, ids, counts } = wordsOf(srcs);
  const { offsets, postings } = postingsOf(wordIds, counts, ids.size);
  const ix: KwicIndex = {
    sources: srcs,
    outlets,
    words,
    wordIds,
    ids,
    offsets,
    postings,
    bodies: new Map(srcs.filter((s) => s.part === 'text').map((s) => [s.article, s])),
    titles: new Map(articles.map((a) => [a.id, a.title])),
  };
  indexes.set(analysis, ix);
  return ix;
}

/** Article bodies, then headlines (as framing analysed them), each with its voices. */
function sources(analysis: Analysis): Source[] {
  const d = analysis.framing.detail;
  const voiceOf = new Map(d.voices.map((v) => [v.doc, v]));
  const bodies = analysis.docs.map((doc): Source => ({
    doc,
    voice: voiceOf.get(doc.id),
    article: doc.id,
    part: 'text',
    outlet: 0,
    rank: 0,
  }));
  const titles = d.titleDocs.map((doc, i): Source => ({
    doc,
    voice: d.titleVoices[i],
    article: doc.id,
    part: 'title',
    outlet: 0,
    rank: 0,
  }));
  return [...bodies, ...titles];
}

/**
 * Give each source its outlet's place and one number to sort its hits by: outlet, then the article's place in the
 * corpus (`order`), the headline before the text. Returns the outlets in order.
 */
function rankSources(srcs: Source[], order: ReadonlyMap<string, number>, articles: number): string[] {
  const outlets = [...new Set(srcs.map((s) => s.doc.outlet))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const outletRank = new Map(outlets.map((o, i) => [o, i]));
  const span = 2 * (articles + 1);
  for (const s of srcs) {
    s.outlet = outletRank.get(s.doc.outlet)!;
    s.rank = s.outlet * span + (order.get(s.article) ?? 0) * 2 + (s.part === 'text' ? 1 : 0);
  }
  return outlets;
}

/** Each source's word tokens and word ids, and how often each id occurs. */
function wordsOf(srcs: readonly Source[]): {
  words: Int32Array[];
  wordIds: Int32Array[];
  ids: Map<string, number>;
  counts: Int32Array;
} {
  const ids = new Map<string, number>();
  const c = { counts: new Int32Array(1 << 12) };
  const words: Int32Array[] = [];
  const wordIds: Int32Array[] = [];
  // the norm numbers framing gave these tokens, when it numbered them all in one call: a number per norm, so the ids
  // are those a Map by norm gives, in the same order of first sight
  const numbered = numberedTokens(srcs.map((s) => s.doc.tokens));
  const idOfNorm = numbered ? new Int32Array(numbered.norms.length).fill(-1) : null;
  srcs.forEach((src, s) => {
    const toks = src.doc.tokens;
    let n = 0;
    for (const t of toks) if (isTermToken(t)) n++;
    const w = new Int32Array(n);
    const id = new Int32Array(n);
    const of = numbered?.of[s];
    n = 0;
    for (let i = 0; i < toks.length; i++) {
      if (!isTermToken(toks[i])) continue;
      let k = of ? idOfNorm![of[i]] : (ids.get(toks[i].norm) ?? -1);
      if (k < 0) k = newWord(ids, toks[i].norm, c, idOfNorm, of?.[i]);
      c.counts[k]++;
      w[n] = i;
      id[n++] = k;
    }
    words.push(w);
    wordIds.push(id);
  });
  return { words, wordIds, ids, counts: c.counts };
}

/** Give a word first seen its id (the next one), its count a slot, and its norm number the id. */
function newWord(
  ids: Map<string, number>,
  norm: string,
  c: { counts: Int32Array },
  idOfNorm: Int32Array | null,
  normNumber: number | undefined,
): number {
  const k = ids.size;
  ids.set(norm, k);
  if (idOfNorm && normNumber !== undefined) idOfNorm[normNumber] = k;
  if (k === c.counts.length) {
    const grown = new Int32Array(c.counts.length * 2);
    grown.set(c.counts);
    c.counts = grown;
  }
  return k;
}

/** The occurrences of every word id as flat [source, position] pairs, grouped by id (sources and positions in order). */
function postingsOf(
  wordIds: readonly Int32Array[],
  counts: Int32Array,
  nIds: number,
): { offsets: Int32Array; postings: Int32Array } {
  const offsets = new Int32Array(nIds + 1);
  for (let k = 0; k < nIds; k++) offsets[k + 1] = offsets[k] + counts[k];
  const next = offsets.slice(0, nIds);
  const postings = new Int32Array(2 * offsets[nIds]);
  wordIds.forEach((id, s) => {
    for (let p = 0; p < id.length; p++) {
      const at = 2 * next[id[p]]++;
      postings[at] = s;
      postings[at + 1] = p;
    }
  });
  return { offsets, postings };
}
