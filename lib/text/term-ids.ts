// A doc's terms as word ids in typed arrays, for counting n-grams by id tuples: framing's term tables at 10,000
// articles built a string per n-gram occurrence (tens of millions) only to look it up in a Map. The runs and the
// filters are visitTerms's, so counting over a stream finds the same terms in the same order.
import type { Doc, Token } from '../types.js';
import { termStop } from './stopwords.js';
import { stem as porter } from './stem.js';
import { isTermToken } from './tokenize.js';
import { NUMBER_START } from './ngrams.js';
import type { TermOptions } from './types.js';

/** Flags of a stream position: the word's own (STOP .. CLAUSE, from the vocabulary) and the mask's (MASKED, GAP). */
export const STOP = 1; // not a term alone nor a phrase's last word (termStop: stopword or negation)
export const NO_OPEN = 2; // cannot open a phrase (termStop 'stop')
export const FIGURE = 4; // a figure (NUMBER_START)
export const CLAUSE = 8; // joins clauses: a phrase with it inside runs across two phrases
export const MASKED = 16; // the word's token is left out by the mask
export const GAP = 32; // a left-out token ("'s") lies between the word and the one before it in the run

/** Every token's norm as a number (views of one buffer, aligned with the docs), and the norms by number. */
export interface NormIds {
  norms: string[];
  of: Int32Array[];
}

/**
 * The norms of the docs' tokens as numbers: framing asks several questions of every token's word (house style, name,
 * term entry), and a Map lookup by string per token and question was a large part of its time at 10,000 articles.
 */
export function normIds(docs: readonly Doc[]): NormIds {
  const ids = numberNorms(docs);
  for (let k = 0; k < docs.length; k++) numbered.set(docs[k].tokens, ids.of[k]);
  if (ids.of.length) normsOf.set(ids.of[0].buffer, ids.norms);
  return ids;
}

/** The norm numbers normIds last gave a token list (a view of its call's buffer), kept while the list lives. */
const numbered = new WeakMap<readonly Token[], Int32Array>();
/** A normIds call's buffer -> its norms by number. */
const normsOf = new WeakMap<ArrayBufferLike, string[]>();

/**
 * The norm numbers of these token lists when one normIds call numbered them all (so that one number is one norm
 * across them), else null: the report's word index reads the numbers framing made instead of a Map lookup per token.
 */
export function numberedTokens(lists: readonly (readonly Token[])[]): { of: Int32Array[]; norms: string[] } | null {
  const of: Int32Array[] = [];
  for (const toks of lists) {
    const v = numbered.get(toks);
    if (!v || (of.length > 0 && v.buffer !== of[0].buffer)) return null;
    of.push(v);
  }
  const norms = of.length ? normsOf.get(of[0].buffer) : undefined;
  return norms ? { of, norms } : null;
}

function numberNorms(docs: readonly Doc[]): NormIds {
  let tokens = 0;
  for (const d of docs) tokens += d.tokens.length;
  const buf = new Int32Array(tokens);
  const ids = new Map<string, number>();
  const norms: string[] = [];
  let at = 0;
  const of = docs.map((d) => {
    const v = buf.subarray(at, (at += d.tokens.length));
    const toks = d.tokens;
    for (let i = 0; i < toks.length; i++) {
      let id = ids.get(toks[i].norm);
      if (id === undefined) ids.set(toks[i].norm, (id = norms.push(toks[i].norm) - 1));
      v[i] = id;
    }
    return v;
  });
  return { norms, of };
}

/** The words seen so far: each base word (a token's norm, "US" as "u.s.") an entry, each counted word an id. */
export interface TermVocab {
  /** base word -> entry */
  entries: Map<string, number>;
  /** entry -> the id of its counted word */
  wordOf: number[];
  /** entry -> its word flags (STOP, NO_OPEN, FIGURE, CLAUSE) */
  flagsOf: number[];
  /** id -> the word as counted (Porter-stemmed when the vocabulary stems; two bases with one stem share it) */
  words: string[];
  /** counted word -> id */
  ids: Map<string, number>;
  stem: boolean;
  clause: ReadonlySet<string>;
  /** norm number (NormIds) -> entry + 1 (0 = not looked up yet), when termCodes is given norm numbers */
  byNorm?: Int32Array;
}

/** An empty vocabulary; `clause` are the counted words flagged CLAUSE. */
export function termVocab(stem = false, clause: ReadonlySet<string> = new Set()): TermVocab {
  return { entries: new Map(), wordOf: [], flagsOf: [], words: [], ids: new Map(), stem, clause };
}

/** The entry of a base word, added on first sight. */
function entryOf(v: TermVocab, base: string): number {
  let e = v.entries.get(base);
  if (e !== undefined) return e;
  const word = v.stem ? porter(base) : base;
  let id = v.ids.get(word);
  if (id === undefined) v.ids.set(word, (id = v.words.push(word) - 1));
  const kind = termStop(base);
  v.flagsOf.push(
    (kind !== 'content' ? STOP : 0) |
      (kind === 'stop' ? NO_OPEN : 0) |
      (NUMBER_START.test(word) ? FIGURE : 0) |
      (v.clause.has(word) ? CLAUSE : 0),
  );
  v.entries.set(base, (e = v.wordOf.push(id) - 1));
  return e;
}

// A token's code in termCodes: bit 0 opens a sentence, bit 1 is a 'word' token, the rest (code >> 2) is the kind:
// POSSESSIVE (the possessive 's, skipped by runs), BREAK (any other token that is not a term) or TERM + its entry.
const POSSESSIVE = 0;
const BREAK = 1;
const TERM = 2;

/**
 * The tokens of a doc as numbers (termStream reads these, not the tokens: a corpus's token objects are spread over
 * hundreds of megabytes, and termTables reads each doc two or three times). `out` is where to write them (a view
 * of one buffer for a whole corpus: a typed array per doc costs more in collections than in work).
 */
export function termCodes(
  doc: Doc,
  vocab: TermVocab,
  out = new Int32Array(doc.tokens.length),
  norms?: { of: Int32Array; count: number },
): Int32Array {
  const toks = doc.tokens;
  if (norms && !vocab.byNorm) vocab.byNorm = new Int32Array(norms.count);
  let sentence = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let kind = BREAK;
    if (isTermToken(t)) kind = TERM + tokenEntry(doc, i, vocab, norms?.of);
    else if (t.norm === "'s") kind = POSSESSIVE;
    out[i] = kind * 4 + (t.kind === 'word' ? 2 : 0) + (t.sentence !== sentence ? 1 : 0);
    sentence = t.sentence;
  }
  return out;
}

/** The entry of term token i: by its norm's number when given (the base differs only for "us", "US" being "u.s."). */
function tokenEntry(doc: Doc, i: number, vocab: TermVocab, normOf: Int32Array | undefined): number {
  const t = doc.tokens[i];
  const us = t.norm === 'us';
  if (normOf && !us) {
    const e = vocab.byNorm![normOf[i]];
    if (e > 0) return e - 1;
    return (vocab.byNorm![normOf[i]] = entryOf(vocab, t.norm) + 1) - 1;
  }
  return entryOf(vocab, us && doc.text.startsWith('US', t.start) ? 'u.s.' : t.norm);
}

/** The 'word' tokens (numbers not counted) of a doc that `mask` keeps, from its termCodes. */
export function keptWords(codes: Int32Array, mask?: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] & 2 && (!mask || mask[i])) n++;
  return n;
}

/**
 * One doc's term runs (visitTerms's: word tokens within a sentence, broken by punctuation other than the possessive
 * 's), flat: position p holds word ids[p] at token index[p]; run r is positions [ends[r-1], ends[r]). Reused from doc
 * to doc (termStream grows it): typed arrays allocated per doc cost more in collections than in work.
 */
export interface TermStream {
  ids: Int32Array;
  flags: Uint8Array;
  index: Int32Array;
  ends: Int32Array;
  /** positions used */
  length: number;
  /** runs used */
  runs: number;
}

/** An empty stream to fill. */
export function termStreamBuffer(): TermStream {
  return {
    ids: new Int32Array(64),
    flags: new Uint8Array(64),
    index: new Int32Array(64),
    ends: new Int32Array(64),
    length: 0,
    runs: 0,
  };
}

/** Make room for `n` positions and runs. */
function reserve(st: TermStream, n: number): void {
  if (st.ids.length >= n) return;
  let size = st.ids.length;
  while (size < n) size *= 2;
  st.ids = new Int32Array(size);
  st.flags = new Uint8Array(size);
  st.index = new Int32Array(size);
  st.ends = new Int32Array(size);
}

/**
 * Fill `st` with the term runs of a doc given its termCodes (opts.keep breaks runs as visitTerms does); `mask` (1 per
 * token to keep) sets MASKED and GAP, so an n-gram touching a left-out token can be skipped as termTables's ngramKept did.
 */
export function termStream(
  codes: Int32Array,
  opts: TermOptions,
  vocab: TermVocab,
  st: TermStream,
  mask?: Uint8Array,
): TermStream {
  reserve(st, codes.length + 1);
  const { ids, flags, index, ends } = st;
  const { wordOf, flagsOf } = vocab;
  let len = 0,
    runs = 0,
    gap = 0;
  const close = () => {
    if (len > (runs ? ends[runs - 1] : 0)) ends[runs++] = len;
    gap = 0;
  };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    if (code & 1) close();
    const kind = code >> 2;
    if (opts.keep && !opts.keep[i]) close();
    else if (kind >= TERM) {
      ids[len] = wordOf[kind - TERM];
      flags[len] = flagsOf[kind - TERM] | (mask && !mask[i] ? MASKED : 0) | gap;
      index[len++] = i;
      gap = 0;
    } else if (kind === BREAK) close();
    else if (mask && !mask[i] && len > (runs ? ends[runs - 1] : 0)) gap = GAP;
  }
  close();
  st.length = len;
  st.runs = runs;
  return st;
}

/**
 * Visit the n-grams of a stream in visitTerms's order (per run, by length, then by start), with visitTerms's stopword
 * and figure rules and termTables's: no figure in any word (unless opts.numbers), no CLAUSE word inside, no MASKED word
 * and no GAP within.
 */
export function visitStream(st: TermStream, opts: TermOptions, f: (s: number, n: number) => void): void {
  const [nMin, nMax] = opts.ngrams ?? [1, 1];
  const dropStop = opts.stopwords ?? true;
  const keepNumbers = opts.numbers ?? false;
  const fl = st.flags;
  // flags that rule a word out anywhere in an n-gram (GAP too, after the first word)
  const anywhere = MASKED | (keepNumbers ? 0 : FIGURE);
  for (let r = 0, a = 0; r < st.runs; a = st.ends[r++]) {
    const b = st.ends[r];
    for (let n = nMin; n <= nMax; n++) {
      for (let s = a; s + n <= b; s++) if (admits(fl, s, n, dropStop, anywhere)) f(s, n);
    }
  }
}

/** visitTerms's stopword rules for the n-gram [s, s+n), then (phraseAdmits) termTables's for a phrase. */
function admits(fl: Uint8Array, s: number, n: number, dropStop: boolean, anywhere: number): boolean {
  if (n === 1) return !(dropStop && fl[s] & STOP) && !(fl[s] & anywhere);
  return !(dropStop && (fl[s] & NO_OPEN || fl[s + n - 1] & STOP)) && phraseAdmits(fl, s, n, anywhere);
}

/** No word of the phrase [s, s+n) carries `anywhere`, none after the first a GAP, none inside is a CLAUSE word. */
function phraseAdmits(fl: Uint8Array, s: number, n: number, anywhere: number): boolean {
  const after = anywhere | GAP;
  if (fl[s] & anywhere || fl[s + n - 1] & after) return false;
  for (let k = s + 1; k < s + n - 1; k++) if (fl[k] & (after | CLAUSE)) return false;
  return true;
}

/**
 * FNV-1a of the term's string (its words joined by a space) without building it. `first`: wordHashes(words), when the
 * caller hashes many terms: the first word's part is read, not hashed again.
 */
export function streamTermHash(
  st: TermStream,
  words: readonly string[],
  s: number,
  n: number,
  first?: Int32Array,
): number {
  let h = first ? first[st.ids[s]] : fnvWord(0x811c9dc5, words[st.ids[s]]);
  for (let k = s + 1; k < s + n; k++) h = fnvWord(Math.imul(h ^ 32, 0x01000193), words[st.ids[k]]);
  return h >>> 0;
}

/** FNV-1a state `h` carried over the characters of `w`. */
function fnvWord(h: number, w: string): number {
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  return h;
}

/** The FNV-1a state after each word alone (by word id), for streamTermHash's `first`. */
export function wordHashes(words: readonly string[]): Int32Array {
  return Int32Array.from(words, (w) => fnvWord(0x811c9dc5, w));
}

/** The term's string: its words joined by a space. */
export function streamTermText(st: TermStream, words: readonly string[], s: number, n: number): string {
  let term = words[st.ids[s]];
  for (let k = 1; k < n; k++) term += ' ' + words[st.ids[s + k]];
  return term;
}
