// Term counts per outlet (or per event × outlet) of the tokens framing keeps: the tables distinctive terms contrast.
// Terms are counted by word-id tuples (lib/text/term-ids.ts); a term's string is built once, when first counted.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import {
  keptWords,
  type NormIds,
  streamTermHash,
  streamTermText,
  termCodes,
  termStream,
  termStreamBuffer,
  termVocab,
  visitStream,
  wordHashes,
  type TermStream,
  type TermVocab,
} from '../text/term-ids.js';
import type { TermOptions } from '../text/types.js';
import { addTuple, idTuples, tupleId, type IdTuples } from '../util/id-tuples.js';
import type { OutletTermTable } from './types.js';

/** Count terms per outlet (n-grams with a number or across a clause word dropped); `masks` (doc id -> 1 per token to keep) restrict counting, e.g. to own-voice tokens; an n-gram counts only if all its tokens are kept. */
export function outletTermTable(
  docs: readonly Doc[],
  masks: ReadonlyMap<string, Uint8Array> = new Map(),
  opts: TermOptions & { phraseMin?: number } = {},
): OutletTermTable {
  return termTables(docs, [(d) => d.outlet], masks, opts)[0];
}

type Table = OutletTermTable & { words: number[] };

/**
 * outletTermTable for several groupings of the same docs (a column per `group(doc)`, e.g. the outlet, or event × outlet):
 * each table is the one outletTermTable makes of the docs with `outlet` set to the group (framing counts per outlet and
 * per event × outlet). `opts.norms`: the docs' norm numbers (normIds of these docs, in this order), when known.
 */
export function termTables(
  docs: readonly Doc[],
  groups: readonly ((d: Doc) => string)[],
  masks: ReadonlyMap<string, Uint8Array> = new Map(),
  opts: TermOptions & { phraseMin?: number; norms?: NormIds } = {},
): OutletTermTable[] {
  const keyOf = groups.map((g) => docs.map(g));
  const tables = keyOf.map((keys): Table => {
    const outlets = [...new Set(keys)].sort(byString);
    return { outlets, counts: outlets.map(() => new Map()), totals: outlets.map(() => 0), words: outlets.map(() => 0) };
  });
  // Dropped: an n-gram with a figure in any word ("26 december"), one whose inner word joins clauses ("intelligence and
  // ahmed"), and one with a token outside the mask (visitStream).
  const vocab = termVocab(opts.stem ?? false, CLAUSE_WORDS);
  const codes = corpusCodes(docs, vocab, opts.norms);
  const mask = docs.map((d) => masks.get(d.id));
  const st = termStreamBuffer();
  const first = wordHashes(vocab.words); // every word is in the vocabulary once the codes are made
  const sketch = phraseSketch(docs, codes, mask, opts, vocab, st, first);
  const kept = sketch ? (s: number, n: number) => sketched(sketch, streamTermHash(st, vocab.words, s, n, first)) : null;
  const pass: CountPass = { opts, vocab, st, kept, codes, mask, terms: termNumbers(st, vocab, kept) };
  tables.forEach((t, g) => {
    const col = new Map(t.outlets.map((o, i) => [o, i]));
    countInto(
      t,
      keyOf[g].map((k) => col.get(k)!),
      pass,
    );
  });
  return tables;
}

/** termCodes of every doc, as views of one buffer. */
function corpusCodes(docs: readonly Doc[], vocab: TermVocab, norms?: NormIds): Int32Array[] {
  let tokens = 0;
  for (const d of docs) tokens += d.tokens.length;
  const buf = new Int32Array(tokens);
  let at = 0;
  return docs.map((d, j) =>
    termCodes(
      d,
      vocab,
      buf.subarray(at, (at += d.tokens.length)),
      norms && { of: norms.of[j], count: norms.norms.length },
    ),
  );
}

/** A counting sketch of phrases: 2 bits per slot, each saturating at 2 (seen once, seen twice or more). */
interface Sketch {
  bits: Uint8Array;
  mask: number;
}

/** Count a phrase of hash `h` in the sketch. */
function mark(sk: Sketch, h: number): void {
  const slot = h & sk.mask,
    at = slot >>> 2,
    shift = (slot & 3) * 2;
  if (((sk.bits[at] >> shift) & 3) < 2) sk.bits[at] += 1 << shift;
}

/** True when the phrase of hash `h` was counted twice or more (or shares its slot with others as often). */
function sketched(sk: Sketch, h: number): boolean {
  const slot = h & sk.mask;
  return ((sk.bits[slot >>> 2] >> ((slot & 3) * 2)) & 3) >= 2;
}

/**
 * Phrases seen fewer than `phraseMin` times in the whole corpus (default 2) count in the totals but get no entry of
 * their own: distinctiveTerms never reports them, and most 2-3-word sequences of a large corpus occur once. A first
 * pass marks phrases in a counting sketch (hash collisions only let extra phrases through, never drop one). The sketch
 * has at least 4 slots per possible phrase start (up to 2^28 slots, 64 MB): a fixed 4 M slots saturated at 10,000
 * articles and let 1 M phrases seen once through. Null when every phrase is kept.
 */
function phraseSketch(
  docs: readonly Doc[],
  codes: readonly Int32Array[],
  masks: readonly (Uint8Array | undefined)[],
  opts: TermOptions & { phraseMin?: number },
  vocab: TermVocab,
  st: TermStream,
  first: Int32Array,
): Sketch | null {
  const phraseMin = Math.min(2, opts.phraseMin ?? 2);
  const nMax = opts.ngrams?.[1] ?? 1;
  if (phraseMin <= 1 || nMax <= 1) return null;
  let tokens = 0;
  for (const d of docs) tokens += d.tokens.length;
  let slots = 1 << 22;
  while (slots < 4 * tokens * (nMax - 1) && slots < 1 << 28) slots *= 2;
  const sk: Sketch = { bits: new Uint8Array(slots / 4), mask: slots - 1 };
  // the first pass visits phrases only (single words are never sketched)
  const phraseOpts: TermOptions = { ...opts, ngrams: [Math.max(2, opts.ngrams?.[0] ?? 1), nMax] };
  const visit = (s: number, n: number) => mark(sk, streamTermHash(st, vocab.words, s, n, first));
  docs.forEach((_, j) => visitStream(termStream(codes[j], opts, vocab, st, masks[j]), phraseOpts, visit));
  return sk;
}

/** What the counting passes read besides the tables. */
interface CountPass {
  opts: TermOptions;
  vocab: TermVocab;
  st: TermStream;
  kept: ((s: number, n: number) => boolean) | null;
  /** per doc: termCodes and mask */
  codes: readonly Int32Array[];
  mask: readonly (Uint8Array | undefined)[];
  terms: TermNumbers;
}

/**
 * The counting pass of one table: the docs column by column (in corpus order within a column), each term counted in a
 * dense array by term number, then the column's Map made of the terms in order of first use, which is the order the
 * terms were first counted in the column.
 */
function countInto(t: Table, cols: readonly number[], pass: CountPass): void {
  const { opts, st, terms } = pass;
  const order = cols.map((_, j) => j).sort((a, b) => cols[a] - cols[b] || a - b);
  let counts: Int32Array = new Int32Array(1024);
  const touched: number[] = [];
  const count = (s: number, n: number) => {
    t.totals[col]++;
    const k = terms.numberOf(s, n);
    if (k < 0) return;
    if (k >= counts.length) counts = grown(counts, k);
    if (counts[k]++ === 0) touched.push(k);
  };
  let col = -1;
  for (let x = 0; x <= order.length; x++) {
    const j = order[x];
    if (x === order.length || cols[j] !== col) {
      if (col >= 0) t.counts[col] = columnMap(counts, touched, terms.text, !terms.spaced.value);
      if (x === order.length) break;
      col = cols[j];
    }
    t.words[col] += keptWords(pass.codes[j], pass.mask[j]);
    visitStream(termStream(pass.codes[j], opts, pass.vocab, st, pass.mask[j]), opts, count);
  }
}

/** A copy of `a` with room for index `k`. */
function grown(a: Int32Array, k: number): Int32Array {
  let size = a.length;
  while (size <= k) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/**
 * The column's term -> count Map, in order of first use (the dense counts and the touched list are reset). `distinct`:
 * every term number has its own string (no counted word holds a space), so no two numbers need summing.
 */
function columnMap(
  counts: Int32Array,
  touched: number[],
  text: readonly string[],
  distinct: boolean,
): Map<string, number> {
  const out = new Map<string, number>();
  if (distinct) for (const k of touched) out.set(text[k], counts[k]);
  else
    for (const k of touched) {
      const t = text[k];
      out.set(t, (out.get(t) ?? 0) + counts[k]); // numbers of one string (words holding spaces) summed
    }
  for (const k of touched) counts[k] = 0;
  touched.length = 0;
  return out;
}

/** Term numbers of the stream being counted, and each number's string. */
interface TermNumbers {
  numberOf: (s: number, n: number) => number;
  text: string[];
  /** true once a numbered term has a word holding a space: two numbers may then share a string ("a b" + "c", "a" + "b c") */
  spaced: { value: boolean };
}

/** True when a word of the stream's term [s, s + n) holds a space. */
function holdsSpacedWord(st: TermStream, words: readonly string[], s: number, n: number): boolean {
  for (let k = s; k < s + n; k++) if (words[st.ids[k]].includes(' ')) return true;
  return false;
}

/**
 * Numbers for the terms of the stream being counted: a word by its id, a phrase of 2 or 3 words by its id tuple, a
 * longer one by its string; -1 for a phrase the sketch leaves out. A term's string is built when the term is first numbered.
 */
function termNumbers(st: TermStream, vocab: TermVocab, kept: CountPass['kept']): TermNumbers {
  const tuples: IdTuples = idTuples();
  const long = new Map<string, number>();
  const text: string[] = [];
  const numberOfTuple: number[] = []; // tuple number -> term number (the term's place in `text`)
  let single: Int32Array = new Int32Array(1024); // word id -> term number + 1 (0 = not counted yet)
  const spaced = { value: false };
  // a new term's number, its string kept (and checked for a word holding a space)
  const add = (s: number, n: number, t: string): number => {
    if (!spaced.value && holdsSpacedWord(st, vocab.words, s, n)) spaced.value = true;
    return text.push(t) - 1;
  };
  const numberOf = (s: number, n: number): number => {
    const ids = st.ids;
    if (n > 3) {
      const t = streamTermText(st, vocab.words, s, n);
      let k = long.get(t);
      if (k === undefined) {
        if (kept && !kept(s, n)) return -1;
        long.set(t, (k = add(s, n, t)));
      }
      return k;
    }
    const a = ids[s];
    if (n === 1) {
      // single words by id, without hashing: most terms counted are single words
      if (a < single.length && single[a] > 0) return single[a] - 1;
      if (a >= single.length) single = grown(single, a);
      single[a] = text.length + 1;
      return add(s, 1, vocab.words[a]);
    }
    const b = ids[s + 1],
      c = n > 2 ? ids[s + 2] : -1;
    const k = tupleId(tuples, a, b, c);
    if (k >= 0) return numberOfTuple[k];
    if (kept && !kept(s, n)) return -1;
    numberOfTuple[addTuple(tuples, a, b, c)] = text.length;
    return add(s, n, streamTermText(st, vocab.words, s, n));
  };
  return { numberOf, text, spaced };
}

/** Words that join clauses or coordinate; inside an n-gram they mean it runs across two phrases ("damascus to meet"). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'but',
  'to',
  'that',
  'which',
  'who',
  'as',
  'while',
  'when',
  'if',
  'than',
  'because',
]);
