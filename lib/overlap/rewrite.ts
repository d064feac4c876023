// Graded reuse of one article pair that survives edits: short runs anchored by rare words, and sentence alignment that
// tolerates reordered clauses. Words are folded first: compounds split ("father-of-four" = "father of four"), number
// words to digits ("four" = "4"), digit separators dropped ("1,905" = "1905"), Porter stems ("reported" = "reports").
// Pure: plain data in and out. Cost per pair: O(|A| + |B|) with hashing, plus the shared sentences' postings.
import { round } from '../util/round.js';
import type { Doc, Span } from '../types.js';
import { matchForm, radixSort, wordHash } from './fingerprints.js';
import { isStopword } from '../text/stopwords.js';
import { float64s, giveBack, int32s, typedPool, uint32s, uint8s, type TypedPool } from '../util/typedPool.js';

/** How a pair was made, judged from its shared text: copied verbatim, rewritten (edited, reordered), or not derived. */
export type RewriteGrade = 'near-copy' | 'rewritten' | 'independent';

/** The parameters of the graded score (chosen on the dev data with their rationale in docs/notes/reuse-eval.md). */
export interface RewriteOptions {
  /** words per short run (default 3) */
  run?: number;
  /** words per long run, the verbatim-copy evidence (default 8) */
  longRun?: number;
  /** words per medium run: a clause kept through light edits, what orders lightly edited above paraphrase (default 6) */
  midRun?: number;
  /** words per copied passage: runs this long are whole copied sentences, not edited ones (default 16) */
  copyRun?: number;
  /**
   * share of the derived side's rare vocabulary (distinct words, rarity-weighted) found in the other that independent
   * text on the same subject does not reach; above it a pair below `chance` gets a graded score under 0.1 (default 0.4)
   */
  vocabulary?: number;
  /** a sentence is aligned when this share of its rare-word weight is in one sentence of the other (default 0.5) */
  sentence?: number;
  /** coverage independent text on the same topic reaches by chance; below it a pair is 'independent' (default 0.15) */
  chance?: number;
  /** share of the short-run coverage inside long runs at or above which a pair is a 'near-copy' (default 0.8) */
  verbatim?: number;
  /** and long-run coverage a near-copy needs at least (default 0.25) */
  nearCopy?: number;
}

/** Corpus document frequency of words, keyed by fingerprints' wordHash of the matching form. */
export interface WordRarity {
  /** docs in the corpus */
  docs: number;
  /** sorted distinct word hashes */
  hashes: Uint32Array;
  /** df[i]: docs holding hashes[i] */
  df: Int32Array;
}

/** An article as folded word pieces: what the graded score compares. */
export interface RewriteView {
  doc: string;
  /** interned folded form of each piece */
  form: Int32Array;
  /** rarity weight of each piece: ln((N + 1) / (df + 0.5)), 0 for stopwords */
  weight: Float64Array;
  /** character span of each piece in the article text */
  start: Int32Array;
  end: Int32Array;
  /** sentence index of each piece; sentence spans are doc.sentences */
  sent: Int32Array;
  /** 1 when the piece's word is written in lower case (its first character): not a name (lib/overlap/narration.ts) */
  lower: Uint8Array;
  sentences: { start: number; end: number }[];
  /** k-gram keys sorted, with their start positions in the same order, by k; filled on first use */
  grams: Map<number, { keys: Uint32Array; pos: Int32Array }>;
  /** (form, sentence) of every rare word, sorted by form then sentence, distinct: which sentences hold a form */
  postForm: Int32Array;
  postSent: Int32Array;
}

/** Two sentences aligned as a rewrite of each other, with the share of b's rare-word weight found in a. */
export interface AlignedSentence {
  a: Span;
  b: Span;
  similarity: number;
}

/** The graded comparison of a pair. Coverages are of the more-covered side (the likely derived one). */
export interface PairRewrite {
  grade: RewriteGrade;
  /**
   * graded score in [0, 1]. Independent pairs score under 0.1: 0, or up to 0.09 by the rare vocabulary they share beyond
   * what independent text on one subject shares (`vocabulary`). Rewritten and near-copy pairs score 0.1 and above, rising
   * with their coverage, the share of the derived side in medium runs (edited copy) and the share of its shared text in
   * long runs (verbatim copy): see copyScore
   */
  rewriteScore: number;
  /** rare-word weight of the derived side inside shared short runs */
  runCoverage: number;
  /** rare-word weight of the derived side inside shared long runs (verbatim copy) */
  longCoverage: number;
  /** rare-word weight of the derived side inside shared medium runs (`midRun` words: clauses kept through edits) */
  midCoverage: number;
  /** rarity-weighted share of the derived side's distinct rare words that the other side holds anywhere */
  vocabularyCoverage: number;
  /** rare-word weight of the derived side in aligned sentences, times their similarity */
  sentenceCoverage: number;
  /** aligned sentence pairs, in b's order, best first within ties */
  alignedSentences: AlignedSentence[];
}

/** Default parameters of the graded score. */
export const REWRITE_DEFAULTS: Required<RewriteOptions> = {
  run: 3,
  longRun: 8,
  midRun: 6,
  copyRun: 16,
  vocabulary: 0.4,
  sentence: 0.5,
  chance: 0.15,
  verbatim: 0.8,
  nearCopy: 0.25,
};

const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    zero: '0',
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    thirteen: '13',
    fourteen: '14',
    fifteen: '15',
    sixteen: '16',
    seventeen: '17',
    eighteen: '18',
    nineteen: '19',
    twenty: '20',
    thirty: '30',
    forty: '40',
    fifty: '50',
    sixty: '60',
    seventy: '70',
    eighty: '80',
    ninety: '90',
    hundred: '100',
    thousand: '1000',
    million: 'million',
    billion: 'billion',
    first: '1st',
    second: '2nd',
    third: '3rd',
  }),
);

/**
 * A light English suffix stripper for matching inflections ("reports" = "reported" = "reporting" = "report"):
 * -ies/-ied -> -y; -ing, -ed, -es, -s dropped from longer words; then a final -e ("quote", "quoted" -> "quot").
 * Much cheaper than Porter, and conservative: derivational suffixes (-tion, -ly) are left alone.
 */
export function lightStem(w: string): string {
  if (w.length < 4 || !/^[a-z]+$/.test(w)) return w;
  let s = w;
  if (s.length > 4 && (s.endsWith('ies') || s.endsWith('ied'))) return s.slice(0, -3) + 'y';
  if (s.length > 5 && s.endsWith('ing')) s = undouble(s.slice(0, -3));
  else if (s.length > 4 && s.endsWith('ed')) s = undouble(s.slice(0, -2));
  else if (s.length > 4 && /(?:ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s)) s = s.slice(0, -1);
  return s.length > 3 && s.endsWith('e') ? s.slice(0, -1) : s;
}

/** "stopp" -> "stop" after a dropped suffix (but "call", "pass", "buzz" keep theirs). */
function undouble(s: string): string {
  const n = s.length;
  return n >= 2 && s[n - 1] === s[n - 2] && !/[lsz]/.test(s[n - 1]) ? s.slice(0, -1) : s;
}

/** Folded matching pieces of one normalised token: [piece, its offset and length inside the token]. */
export function foldToken(norm: string): [string, number, number][] {
  // fast path: a plain lowercase word that is not a number word is its own single piece
  if (/^[a-z']+$/.test(norm) && !NUMBER_WORDS.has(norm)) return [[norm, 0, norm.length]];
  const m = matchForm(norm);
  const out: [string, number, number][] = [];
  const re = /[^-\u2010\u2011]+/g;
  for (let x = re.exec(m); x; x = re.exec(m)) {
    let p = x[0];
    if (/^[$£€¥]?\d[\d,.]*/.test(p)) p = p.replace(/^[$£€¥]/, '').replace(/(\d),(?=\d{3})/g, '$1');
    else p = NUMBER_WORDS.get(p) ?? p;
    out.push([p, x.index, x[0].length]);
  }
  return out;
}

/**
 * Document frequency of every word over a corpus, keyed by wordHash of the token's norm (the fingerprint index's word
 * hash). The parts of a hyphenated compound are looked up by their own hash, i.e. by their df as standalone words.
 * Cost: O(W) hashing and a 4-pass radix sort of W 32-bit keys; no per-word objects.
 */
export function wordRarity(docs: readonly Pick<Doc, 'tokens'>[]): WordRarity {
  let total = 0;
  for (const d of docs) for (const t of d.tokens) if (t.kind === 'word' || t.kind === 'number') total++;
  const key = new Uint32Array(total),
    offsets = new Int32Array(docs.length + 1);
  let g = 0;
  docs.forEach((d, i) => {
    offsets[i] = g;
    for (const t of d.tokens) if (t.kind === 'word' || t.kind === 'number') key[g++] = wordHash(t.norm);
  });
  offsets[docs.length] = g;
  return rarityOfHashes(key, offsets);
}

/**
 * wordRarity from word hashes in corpus order, doc d's at [offsets[d], offsets[d + 1]), e.g. an index's words and
 * offsets. One pass over the words into an open-addressing table (df counted with the last doc seen per hash), then a
 * radix sort of the distinct hashes only.
 */
export function rarityOfHashes(words: Uint32Array, offsets: Int32Array): WordRarity {
  let t = hashTable(1 << 12);
  const docs = offsets.length - 1;
  for (let d = 0; d < docs; d++)
    for (let g = offsets[d]; g < offsets[d + 1]; g++) {
      if (t.size * 2 >= t.keys.length) t = rehash(t);
      const slot = slotOf(t, words[g]);
      if (!t.used[slot]) {
        t.used[slot] = 1;
        t.keys[slot] = words[g];
        t.df[slot] = 1;
        t.last[slot] = d;
        t.size++;
      } else if (t.last[slot] !== d) {
        t.df[slot]++;
        t.last[slot] = d;
      }
    }
  const hashes = new Uint32Array(t.size),
    df = new Int32Array(t.size);
  for (let i = 0, h = 0; i < t.keys.length; i++)
    if (t.used[i]) {
      hashes[h] = t.keys[i];
      df[h++] = t.df[i];
    }
  radixSort(hashes, df);
  return { docs, hashes, df };
}

/** Open-addressing table of 32-bit hashes (capacity a power of two) with a df and the last doc counted per hash. */
interface HashTable {
  keys: Uint32Array;
  used: Uint8Array;
  df: Int32Array;
  last: Int32Array;
  size: number;
}

function hashTable(cap: number): HashTable {
  const c = new Int32Array(cap);
  return { keys: new Uint32Array(cap), used: new Uint8Array(cap), df: c, last: new Int32Array(cap), size: 0 };
}

/** The slot of key h: where it is, or the empty slot where it goes (linear probing; keys are hashes already). */
function slotOf(t: HashTable, h: number): number {
  const mask = t.keys.length - 1;
  let i = h & mask;
  while (t.used[i] && t.keys[i] !== h) i = (i + 1) & mask;
  return i;
}

function rehash(t: HashTable): HashTable {
  const u = hashTable(t.keys.length * 2);
  for (let i = 0; i < t.keys.length; i++)
    if (t.used[i]) {
      const j = slotOf(u, t.keys[i]);
      u.used[j] = 1;
      u.keys[j] = t.keys[i];
      u.df[j] = t.df[i];
      u.last[j] = t.last[i];
    }
  u.size = t.size;
  return u;
}

/** Corpus df of a folded piece (0 when unseen). */
export function dfOf(r: WordRarity, piece: string): number {
  const h = wordHash(piece);
  let lo = 0,
    hi = r.hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (r.hashes[mid] < h) lo = mid + 1;
    else if (r.hashes[mid] > h) hi = mid - 1;
    else return r.df[mid];
  }
  return 0;
}

/**
 * Interning of folded, stemmed forms to small integers, and each distinct token norm folded once into an entry whose
 * pieces are [first[e], first[e] + count[e]) of the piece arrays: form id, rarity weight, [offset, length] in the token.
 * Flat typed arrays, so a view reads a token's pieces without chasing per-token objects.
 */
export interface FormTable {
  ids: Map<string, number>;
  tokens: Map<string, number>;
  first: Int32Array;
  count: Int32Array;
  pieceForm: Int32Array;
  pieceWeight: Float64Array;
  pieceOff: Int32Array;
  pieceLen: Int32Array;
  /** pieces in use */
  pieces: number;
  /** the norm of each entry */
  rep: string[];
  /** entries by a word hash of their norm (open addressing, -1 empty): a typed probe, then one string comparison */
  hashKeys: Uint32Array;
  hashEntry: Int32Array;
  hashed: number;
}

/** Where a doc's words are in a fingerprint index: its word hashes and token indexes (lib/overlap/fingerprints.ts). */
export interface WordPositions {
  offsets: Int32Array;
  words: Uint32Array;
  tokens: Int32Array;
}

/**
 * A fresh form table (its weights come from the rarity of the views built with it), sized for `entries` token norms
 * (e.g. the corpus's distinct word hashes): its arrays grow by doubling past that, and each doubling leaves the old
 * arrays as garbage (typed-array memory, which brings full collections nearer).
 */
export function formTable(entries = 1024): FormTable {
  const cap = Math.max(1024, entries);
  let slots = 1024;
  while (slots < 2 * cap) slots *= 2;
  return {
    ids: new Map(),
    tokens: new Map(),
    first: new Int32Array(cap),
    count: new Int32Array(cap),
    pieceForm: new Int32Array(cap),
    pieceWeight: new Float64Array(cap),
    pieceOff: new Int32Array(cap),
    pieceLen: new Int32Array(cap),
    pieces: 0,
    rep: [],
    hashKeys: new Uint32Array(slots),
    hashEntry: new Int32Array(slots).fill(-1),
    hashed: 0,
  };
}

/** A copy of a typed array at a larger length. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

/** The entry of a token norm in the form table, folded on first sight. */
function foldedToken(norm: string, rarity: WordRarity, forms: FormTable): number {
  const e0 = forms.tokens.get(norm);
  if (e0 !== undefined) return e0;
  const parts = foldToken(norm);
  const e = forms.tokens.size;
  if (e >= forms.first.length) {
    forms.first = grown(forms.first, e * 2);
    forms.count = grown(forms.count, e * 2);
  }
  if (forms.pieces + parts.length > forms.pieceForm.length) {
    const cap = (forms.pieces + parts.length) * 2;
    forms.pieceForm = grown(forms.pieceForm, cap);
    forms.pieceWeight = grown(forms.pieceWeight, cap);
    forms.pieceOff = grown(forms.pieceOff, cap);
    forms.pieceLen = grown(forms.pieceLen, cap);
  }
  forms.first[e] = forms.pieces;
  forms.count[e] = parts.length;
  for (const [p, off, len] of parts) {
    const st = lightStem(p);
    let id = forms.ids.get(st);
    if (id === undefined) forms.ids.set(st, (id = forms.ids.size));
    const k = forms.pieces++;
    forms.pieceForm[k] = id;
    forms.pieceWeight[k] = isStopword(p) ? 0 : Math.log((rarity.docs + 1) / (dfOf(rarity, p) + 0.5));
    forms.pieceOff[k] = off;
    forms.pieceLen[k] = len;
  }
  forms.tokens.set(norm, e);
  forms.rep.push(norm);
  return e;
}

/**
 * The entry of a token norm found by the word hash h of the norm: the entry filed under h when its norm is this one
 * (one string comparison, no string hashing), else the norm's own entry (foldedToken). Entries are the same either way.
 */
function entryByHash(h: number, norm: string, rarity: WordRarity, forms: FormTable): number {
  let mask = forms.hashKeys.length - 1;
  let i = h & mask;
  while (forms.hashEntry[i] >= 0 && forms.hashKeys[i] !== h) i = (i + 1) & mask;
  const e = forms.hashEntry[i];
  if (e >= 0) return forms.rep[e] === norm ? e : foldedToken(norm, rarity, forms);
  const f = foldedToken(norm, rarity, forms);
  if (2 * (forms.hashed + 1) > forms.hashKeys.length) {
    rehashForms(forms);
    mask = forms.hashKeys.length - 1;
    i = h & mask;
    while (forms.hashEntry[i] >= 0) i = (i + 1) & mask;
  }
  forms.hashKeys[i] = h;
  forms.hashEntry[i] = f;
  forms.hashed++;
  return f;
}

function rehashForms(forms: FormTable): void {
  const keys = forms.hashKeys,
    ent = forms.hashEntry;
  forms.hashKeys = new Uint32Array(keys.length * 2);
  forms.hashEntry = new Int32Array(keys.length * 2).fill(-1);
  const mask = forms.hashKeys.length - 1;
  for (let j = 0; j < keys.length; j++)
    if (ent[j] >= 0) {
      let i = keys[j] & mask;
      while (forms.hashEntry[i] >= 0) i = (i + 1) & mask;
      forms.hashKeys[i] = keys[j];
      forms.hashEntry[i] = ent[j];
    }
}

/**
 * Growable scratch arrays of the graded score and the arrays it derives from each view, made once by the caller for a
 * run of pairs (a pairGrader: once per overlap() call) and passed in, so that the hot loops allocate little and no
 * state hides in the module. Views compared with one scratch are best built with it too: what is derived from a view
 * (form sums, sentence groups, weight totals, its pool) is kept here, keyed by the view, and derived again by a
 * scratch that does not hold it. Functions called without one make a fresh one.
 */
export interface RewriteScratch {
  /** rewriteView: the pieces of one view, copied out at their final length (pieceCap long) */
  pieceCap: number;
  sForm: Int32Array;
  sWeight: Float64Array;
  sStart: Int32Array;
  sEnd: Int32Array;
  sSent: Int32Array;
  sLower: Uint8Array;
  /** rareIndex: the rare pieces' forms and positions to sort */
  rareForms: Uint32Array;
  rarePositions: Int32Array;
  /** the radix sorts of gramsOf and rareIndex */
  radixTmp: { key: Uint32Array; val: Int32Array };
  /** sharedStarts: the shared k-gram starts of x and of y */
  hitA: Uint8Array;
  hitB: Uint8Array;
  /** sentenceGroups: a stamp per form (the sentence it was last kept in) */
  formStamp: Int32Array;
  stampNow: number;
  /** stampForms: the forms y holds (firstStamp equal to the call's stamp) and where their postings start in y */
  firstStamp: Int32Array;
  firstPost: Int32Array;
  firstNow: number;
  /** alignSentences: weight per sentence of y (all zero between calls) and the sentences met */
  acc: Float64Array;
  touched: Int32Array;
  /** sentenceGroups: the forms and weights of all groups, copied out at their length */
  groupForms: Int32Array;
  groupWeights: Float64Array;
  groupSent: Int32Array;
  groupStart: Int32Array;
  groupTotal: Float64Array;
  /** the last options merged with the defaults (the same options object on every pair of a grader) */
  lastOpts: RewriteOptions | null;
  lastMerged: Required<RewriteOptions>;
  /** per view: the pool its arrays came from, its form sums, sentence groups and weight totals */
  poolOf: WeakMap<RewriteView, TypedPool>;
  formSums: WeakMap<RewriteView, FormSums>;
  groupsOf: WeakMap<RewriteView, SentenceGroups>;
  weightTotals: WeakMap<RewriteView, { all: number; inSentences: number }>;
}

/** A fresh RewriteScratch (its arrays grow on demand). */
export function rewriteScratch(): RewriteScratch {
  return {
    pieceCap: 0,
    sForm: new Int32Array(0),
    sWeight: new Float64Array(0),
    sStart: new Int32Array(0),
    sEnd: new Int32Array(0),
    sSent: new Int32Array(0),
    sLower: new Uint8Array(0),
    rareForms: new Uint32Array(1024),
    rarePositions: new Int32Array(1024),
    radixTmp: { key: new Uint32Array(1024), val: new Int32Array(1024) },
    hitA: new Uint8Array(1024),
    hitB: new Uint8Array(1024),
    formStamp: new Int32Array(1024),
    stampNow: 0,
    firstStamp: new Int32Array(1024),
    firstPost: new Int32Array(1024),
    firstNow: 0,
    acc: new Float64Array(256),
    touched: new Int32Array(256),
    groupForms: new Int32Array(1024),
    groupWeights: new Float64Array(1024),
    groupSent: new Int32Array(1024),
    groupStart: new Int32Array(1024),
    groupTotal: new Float64Array(1024),
    lastOpts: null,
    lastMerged: REWRITE_DEFAULTS,
    poolOf: new WeakMap(),
    formSums: new WeakMap(),
    groupsOf: new WeakMap(),
    weightTotals: new WeakMap(),
  };
}

function growPieces(sc: RewriteScratch, need: number): void {
  if (need <= sc.pieceCap) return;
  sc.pieceCap = Math.max(need, sc.pieceCap * 2, 1024);
  sc.sForm = grown(sc.sForm, sc.pieceCap);
  sc.sWeight = grown(sc.sWeight, sc.pieceCap);
  sc.sStart = grown(sc.sStart, sc.pieceCap);
  sc.sEnd = grown(sc.sEnd, sc.pieceCap);
  sc.sSent = grown(sc.sSent, sc.pieceCap);
  sc.sLower = grown(sc.sLower, sc.pieceCap);
}

/** 1 when the character at i is its own lower case (narration's test of a name: `c === c.toLowerCase()`), else 0. */
function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 0 : 1;
  const ch = text[i];
  return ch === ch.toLowerCase() ? 1 : 0;
}

/**
 * The folded view of an article for graded comparison. With `at` (the doc's index in a fingerprint index of the same
 * docs) the word tokens are read from the index's positions and their entries found by its word hashes. `pool`: where
 * its arrays come from (a pairGrader's); `sc`: the scratch it is built in and its derived arrays kept in.
 */
export function rewriteView(
  doc: Pick<Doc, 'id' | 'tokens' | 'sentences' | 'text'>,
  rarity: WordRarity,
  forms: FormTable,
  at?: { pos: WordPositions; doc: number },
  pool?: TypedPool,
  sc: RewriteScratch = rewriteScratch(),
): RewriteView {
  const toks = doc.tokens;
  // one pass over the word tokens, each token's pieces written into scratch arrays (copied out at their length)
  const from = at ? at.pos.offsets[at.doc] : 0,
    to = at ? at.pos.offsets[at.doc + 1] : toks.length;
  let n = 0,
    rare = 0;
  let { sForm, sWeight, sStart, sEnd, sSent, sLower } = sc;
  for (let g = from; g < to; g++) {
    const t = at ? toks[at.pos.tokens[g]] : toks[g];
    if (!at && t.kind !== 'word' && t.kind !== 'number') continue;
    const e = at ? entryByHash(at.pos.words[g], t.norm, rarity, forms) : foldedToken(t.norm, rarity, forms);
    const pieces = forms.count[e],
      p0 = forms.first[e];
    if (n + pieces > sc.pieceCap) {
      growPieces(sc, n + pieces);
      ({ sForm, sWeight, sStart, sEnd, sSent, sLower } = sc);
    }
    const s = t.sentence,
      lower = lowerAt(doc.text, t.start);
    if (pieces === 1) {
      const w = forms.pieceWeight[p0];
      sForm[n] = forms.pieceForm[p0];
      sWeight[n] = w;
      sStart[n] = t.start;
      sEnd[n] = t.end;
      sLower[n] = lower;
      sSent[n++] = s;
      if (w > 0) rare++;
      continue;
    }
    for (let k = p0; k < p0 + pieces; k++, n++) {
      const w = forms.pieceWeight[k];
      sForm[n] = forms.pieceForm[k];
      sWeight[n] = w;
      sStart[n] = t.start + forms.pieceOff[k];
      sEnd[n] = Math.min(t.end, t.start + forms.pieceOff[k] + forms.pieceLen[k]);
      sSent[n] = s;
      sLower[n] = lower;
      if (w > 0) rare++;
    }
  }
  const form = copied(pool, sc.sForm, n),
    weight = copied(pool, sc.sWeight, n),
    start = copied(pool, sc.sStart, n),
    end = copied(pool, sc.sEnd, n),
    sent = copied(pool, sc.sSent, n),
    lower = copied(pool, sc.sLower, n);
  const { postForm, postSent, sums } = rareIndex(sc, form, weight, sent, rare, pool);
  const v: RewriteView = {
    doc: doc.id,
    form,
    weight,
    start,
    end,
    sent,
    lower,
    sentences: doc.sentences,
    grams: new Map(),
    postForm,
    postSent,
  };
  if (pool) sc.poolOf.set(v, pool);
  sc.formSums.set(v, sums);
  return v;
}

/**
 * A view's rare pieces ordered by form, then position (one stable radix sort of their forms, taken in position order):
 * from it the postings, the distinct (form, sentence) of pieces inside sentences (sentence indexes rise with position),
 * and the form sums, each summed in position order. `rare`: the pieces of positive weight.
 */
function rareIndex(
  sc: RewriteScratch,
  form: Int32Array,
  weight: Float64Array,
  sent: Int32Array,
  rare: number,
  pool: TypedPool | undefined,
): { postForm: Int32Array; postSent: Int32Array; sums: FormSums } {
  const { forms: byForm, positions } = rareScratch(sc, rare);
  for (let i = 0, k = 0; i < form.length; i++)
    if (weight[i] > 0) {
      byForm[k] = form[i];
      positions[k++] = i;
    }
  // stable: positions stay in order within a form
  radixSort(byForm, positions, sc.radixTmp);
  let distinct = 0,
    posts = 0;
  for (let k = 0, lastF = -1, lastS = -1; k < rare; k++) {
    const f = byForm[k],
      s = sent[positions[k]];
    if (f !== lastF) {
      distinct++;
      lastF = f;
      lastS = -1;
    }
    if (s >= 0 && s !== lastS) {
      posts++;
      lastS = s;
    }
  }
  // every element of postForm, postSent and forms is written below (the sums accumulate from zero)
  const postForm = int32s(pool, posts, false),
    postSent = int32s(pool, posts, false);
  const sums = {
    forms: int32s(pool, distinct, false),
    all: float64s(pool, distinct),
    inSent: float64s(pool, distinct),
    one: float64s(pool, distinct),
  };
  for (let k = 0, d = -1, p = 0, lastS = -1; k < rare; k++) {
    const f = byForm[k],
      i = positions[k],
      w = weight[i],
      s = sent[i];
    if (d < 0 || sums.forms[d] !== f) {
      sums.forms[++d] = f;
      lastS = -1;
    }
    sums.all[d] += w;
    if (s >= 0) sums.inSent[d] += w;
    sums.one[d] = Math.max(sums.one[d], w);
    if (s >= 0 && s !== lastS) {
      postForm[p] = f;
      postSent[p++] = lastS = s;
    }
  }
  return { postForm, postSent, sums };
}

/** The first n values of a scratch array, copied into an array of length n (from the pool when given). */
function copied<T extends Int32Array | Float64Array | Uint8Array>(pool: TypedPool | undefined, src: T, n: number): T {
  const out = (
    src instanceof Float64Array
      ? float64s(pool, n, false)
      : src instanceof Uint8Array
        ? uint8s(pool, n, false)
        : int32s(pool, n, false)
  ) as T;
  out.set(src.subarray(0, n));
  return out;
}

/** Scratch of rareIndex, n long: the rare pieces' forms and positions to sort; radixTmp grown to match. */
function rareScratch(sc: RewriteScratch, n: number): { forms: Uint32Array; positions: Int32Array } {
  if (sc.rareForms.length < n) {
    sc.rareForms = new Uint32Array(n * 2);
    sc.rarePositions = new Int32Array(n * 2);
  }
  if (sc.radixTmp.key.length < n) sc.radixTmp = { key: new Uint32Array(n * 2), val: new Int32Array(n * 2) };
  return { forms: sc.rareForms.subarray(0, n), positions: sc.rarePositions.subarray(0, n) };
}

/**
 * Give a view's arrays, and those computed from it, back to its pool (views of a pairGrader, after their last pair).
 * The view must not be used afterwards.
 */
function recycleView(sc: RewriteScratch, v: RewriteView): void {
  const pool = sc.poolOf.get(v);
  if (!pool) return;
  sc.poolOf.delete(v);
  giveBack(pool, v.form, v.weight, v.start, v.end, v.sent, v.lower, v.postForm, v.postSent);
  for (const g of v.grams.values()) giveBack(pool, g.keys, g.pos);
  v.grams.clear();
  const fs = sc.formSums.get(v);
  if (fs) giveBack(pool, fs.forms, fs.all, fs.inSent, fs.one);
  sc.formSums.delete(v);
  const gs = sc.groupsOf.get(v);
  if (gs) giveBack(pool, gs.sent, gs.start, gs.total, gs.forms, gs.weights);
  sc.groupsOf.delete(v);
  sc.weightTotals.delete(v);
}

/** Hash of the k forms starting at i (the caller checks i + k <= length). */
function gramKey(f: Int32Array, i: number, k: number): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < k; j++) h = Math.imul(h ^ f[i + j], 0x01000193) + j;
  return h >>> 0;
}

/** The k-gram keys of a view, sorted, with their start positions (computed once per k). */
function gramsOf(sc: RewriteScratch, v: RewriteView, k: number): { keys: Uint32Array; pos: Int32Array } {
  let g = v.grams.get(k);
  if (g) return g;
  const m = Math.max(0, v.form.length - k + 1);
  const pool = sc.poolOf.get(v);
  const keys = uint32s(pool, m, false),
    pos = int32s(pool, m, false);
  for (let i = 0; i < m; i++) {
    keys[i] = gramKey(v.form, i, k);
    pos[i] = i;
  }
  if (sc.radixTmp.key.length < m) sc.radixTmp = { key: new Uint32Array(m * 2), val: new Int32Array(m * 2) };
  radixSort(keys, pos, sc.radixTmp);
  g = { keys, pos };
  v.grams.set(k, g);
  return g;
}

/** Sum of a view's rare-word weight, in word order (kept per view: `all` in runCoverage/sentenceCoverage). */
function totalsOf(sc: RewriteScratch, v: RewriteView): { all: number; inSentences: number } {
  let t = sc.weightTotals.get(v);
  if (t) return t;
  let all = 0,
    inSentences = 0;
  for (let i = 0; i < v.weight.length; i++) all += v.weight[i];
  for (let i = 0; i < v.weight.length; i++) if (v.sent[i] >= 0) inSentences += v.weight[i];
  sc.weightTotals.set(v, (t = { all, inSentences }));
  return t;
}

/** Run coverage of one side (see runCoverage). */
interface RunCover {
  short: number;
  long: number;
  chains: number[];
}

/**
 * Rare-word weight of `x` inside k-word runs it shares with `y` (a run counts only when anchored by a rare word), and
 * inside long runs: chains of consecutive shared k-word runs spanning at least `long` words (verbatim copy); `chains`
 * holds the same for each length of `lengths`. All as shares of x's rare-word weight.
 */
export function runCoverage(
  x: RewriteView,
  y: RewriteView,
  k: number,
  long = Infinity,
  lengths: readonly number[] = [],
  sc: RewriteScratch = rewriteScratch(),
): RunCover {
  sharedStarts(sc, x, y, k);
  return coverOf(sc, x, sc.hitA, k, long, lengths);
}

/** runCoverage of both sides of a pair, from one merge-join: [a by b, b by a]. */
function runCoverages(
  sc: RewriteScratch,
  a: RewriteView,
  b: RewriteView,
  k: number,
  long: number,
  lengths: readonly number[],
): [RunCover, RunCover] {
  sharedStarts(sc, a, b, k);
  return [coverOf(sc, a, sc.hitA, k, long, lengths), coverOf(sc, b, sc.hitB, k, long, lengths)];
}

/** Mark in hitA / hitB the starts of x's / y's k-grams the other side holds, when anchored by a rare word. */
function sharedStarts(sc: RewriteScratch, x: RewriteView, y: RewriteView, k: number): void {
  const gx = gramsOf(sc, x, k),
    gy = gramsOf(sc, y, k);
  const nx = x.form.length,
    ny = y.form.length;
  if (sc.hitA.length < nx) sc.hitA = new Uint8Array(nx * 2);
  if (sc.hitB.length < ny) sc.hitB = new Uint8Array(ny * 2);
  const { hitA, hitB } = sc;
  hitA.fill(0, 0, nx);
  hitB.fill(0, 0, ny);
  // merge-join of the two sorted key lists: every start of a key both hold, on both sides
  const kx = gx.keys,
    ky = gy.keys;
  const na = kx.length,
    nb = ky.length;
  for (let a = 0, b = 0; a < na && b < nb;) {
    const u = kx[a],
      v = ky[b];
    if (u !== v) {
      // most keys are not shared: step the smaller side without a branch to mispredict
      a += +(u < v);
      b += +(u > v);
      continue;
    }
    for (; a < na && kx[a] === u; a++) if (anchored(x.weight, gx.pos[a], k)) hitA[gx.pos[a]] = 1;
    for (; b < nb && ky[b] === u; b++) if (anchored(y.weight, gy.pos[b], k)) hitB[gy.pos[b]] = 1;
  }
}

/** True when one of the k words from i has rarity weight. */
function anchored(weight: Float64Array, i: number, k: number): boolean {
  for (let j = i; j < i + k; j++) if (weight[j] > 0) return true;
  return false;
}

/** Coverage of x from the marks of its shared k-gram starts. */
function coverOf(
  sc: RewriteScratch,
  x: RewriteView,
  hit: Uint8Array,
  k: number,
  long: number,
  lengths: readonly number[],
): RunCover {
  const n = x.form.length;
  const all = totalsOf(sc, x).all;
  const chains = lengths.map(() => 0);
  let got = 0,
    gotLong = 0,
    coveredTo = 0;
  for (let i = 0; i < n;) {
    if (!hit[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && hit[j + 1]) j++;
    // starts i..j are shared: words [i, j + k) are covered
    let w = 0;
    for (let p = Math.max(i, coveredTo); p < j + k; p++) w += x.weight[p];
    got += w;
    if (j + k - i >= long) gotLong += w;
    for (let c = 0; c < lengths.length; c++) if (j + k - i >= lengths[c]) chains[c] += w;
    coveredTo = j + k;
    i = j + 1;
  }
  if (all <= 0) return { short: 0, long: 0, chains };
  return { short: got / all, long: gotLong / all, chains: chains.map((c) => c / all) };
}

/**
 * The sentences of a view as groups of their distinct rare forms, in first-occurrence order, each with the weight of
 * its first occurrence: what alignSentences reads of x (stopwords, repeats and words outside sentences dropped once
 * per view instead of once per pair). Group g is forms[start[g], start[g + 1]) of sentence sent[g], weighing total[g].
 */
interface SentenceGroups {
  sent: Int32Array;
  start: Int32Array;
  total: Float64Array;
  forms: Int32Array;
  weights: Float64Array;
  /** largest form id of the view */
  maxForm: number;
}
function sentenceGroups(sc: RewriteScratch, x: RewriteView): SentenceGroups {
  let r = sc.groupsOf.get(x);
  if (r) return r;
  const n = x.form.length;
  let maxForm = 0;
  for (let i = 0; i < n; i++) if (x.form[i] > maxForm) maxForm = x.form[i];
  if (sc.formStamp.length <= maxForm) sc.formStamp = new Int32Array((maxForm + 1) * 2);
  if (sc.groupForms.length < n + 1) {
    sc.groupForms = new Int32Array((n + 1) * 2);
    sc.groupWeights = new Float64Array((n + 1) * 2);
    sc.groupSent = new Int32Array((n + 1) * 2);
    sc.groupStart = new Int32Array((n + 1) * 2);
    sc.groupTotal = new Float64Array((n + 1) * 2);
  }
  const forms = sc.groupForms,
    weights = sc.groupWeights,
    sent = sc.groupSent,
    start = sc.groupStart,
    total = sc.groupTotal,
    formStamp = sc.formStamp;
  let m = 0,
    groups = 0;
  // runs of one sentence index, as alignSentences compared them; runs outside sentences (-1) are never aligned
  for (let i = 0; i < n;) {
    const s = x.sent[i];
    let j = i;
    if (++sc.stampNow === 0x7fffffff) formStamp.fill((sc.stampNow = 0));
    const stamp = ++sc.stampNow;
    const from = m;
    let t = 0;
    for (; j < n && x.sent[j] === s; j++) {
      // without a branch to mispredict (half the pieces are stopwords): every piece is written and kept (m moves on)
      // only when rare and new to the sentence; a weight times 0 adds +0, and a stopword leaves its form's stamp as it
      // was, so a later rare piece of that form is still new
      const f = x.form[j],
        w = x.weight[j],
        keep = +!(w <= 0) & +(formStamp[f] !== stamp);
      formStamp[f] += (stamp - formStamp[f]) * keep;
      forms[m] = f;
      weights[m] = w;
      m += keep;
      t += w * keep;
    }
    // two distinct rare forms at least (`seen >= 2`), inside a sentence
    if (s >= 0 && m - from >= 2) {
      sent[groups] = s;
      start[groups] = from;
      total[groups++] = t;
    } else m = from;
    i = j;
  }
  start[groups] = m;
  const pool = sc.poolOf.get(x);
  r = {
    sent: copied(pool, sent, groups),
    start: copied(pool, start, groups + 1),
    total: copied(pool, total, groups),
    forms: copied(pool, forms, m),
    weights: copied(pool, weights, m),
    maxForm,
  };
  sc.groupsOf.set(x, r);
  return r;
}

/**
 * Stamp the forms y holds, for one call of alignSentences or sentenceBound, and where each form's postings start in y
 * (a direct lookup instead of a binary search). Returns the stamp; a form of x is in y when firstStamp[form] equals it.
 */
function stampForms(sc: RewriteScratch, gx: SentenceGroups, y: RewriteView): number {
  let maxForm = gx.maxForm;
  if (y.postForm.length) maxForm = Math.max(maxForm, y.postForm[y.postForm.length - 1]);
  if (sc.firstStamp.length <= maxForm) {
    sc.firstStamp = new Int32Array((maxForm + 1) * 2);
    sc.firstPost = new Int32Array((maxForm + 1) * 2);
  }
  if (++sc.firstNow === 0x7fffffff) sc.firstStamp.fill((sc.firstNow = 0));
  const yStamp = ++sc.firstNow;
  const { firstStamp, firstPost } = sc;
  // backwards, every posting written: the last write of a form is its first posting (no branch on a new form)
  const post = y.postForm;
  for (let p = post.length - 1; p >= 0; p--) {
    firstStamp[post[p]] = yStamp;
    firstPost[post[p]] = p;
  }
  return yStamp;
}

/** The rare weight of sentence group g's forms that the stamped y holds anywhere (in the group's order). */
function heldWeight(firstStamp: Int32Array, gx: SentenceGroups, g: number, yStamp: number): number {
  let shared = 0;
  // a weight times 0 adds +0, which leaves the sum as it was: the same sum as adding the held weights only
  for (let q = gx.start[g]; q < gx.start[g + 1]; q++) shared += gx.weights[q] * +(firstStamp[gx.forms[q]] === yStamp);
  return shared;
}

/** Each sentence of x aligned to the sentence of y holding most of its rare-word weight (any order), if >= minSim. */
export function alignSentences(
  x: RewriteView,
  y: RewriteView,
  minSim: number,
  sc: RewriteScratch = rewriteScratch(),
): { sx: number; sy: number; similarity: number; weight: number }[] {
  if (sc.acc.length < y.sentences.length) sc.acc = new Float64Array(y.sentences.length * 2);
  const acc = sc.acc; // all zero between calls: each sentence's touched entries are reset after it
  const out: { sx: number; sy: number; similarity: number; weight: number }[] = [];
  // sentences of y met by one sentence of x (each once: its acc turns non-zero)
  if (sc.touched.length < y.sentences.length) sc.touched = new Int32Array(y.sentences.length * 2);
  const touched = sc.touched;
  const gx = sentenceGroups(sc, x);
  const yStamp = stampForms(sc, gx, y);
  const { firstStamp, firstPost } = sc;
  for (let g = 0; g < gx.sent.length; g++) {
    const total = gx.total[g];
    // the best sentence holds at most the group's forms that y holds at all (summed in the same order, so the float sum
    // is no smaller): under minSim of the weight, no sentence of y can align and its postings need not be read
    if (heldWeight(firstStamp, gx, g, yStamp) / total < minSim) continue;
    let nt = 0;
    for (let q = gx.start[g]; q < gx.start[g + 1]; q++) {
      const f = gx.forms[q];
      if (firstStamp[f] !== yStamp) continue;
      for (let p = firstPost[f]; p < y.postForm.length && y.postForm[p] === f; p++) {
        const t = y.postSent[p];
        if (acc[t] === 0) touched[nt++] = t;
        acc[t] += gx.weights[q];
      }
    }
    let best = -1;
    for (let i = 0; i < nt; i++) {
      const t = touched[i];
      if (best < 0 || acc[t] > acc[best] || (acc[t] === acc[best] && t < best)) best = t;
    }
    if (best >= 0 && acc[best] / total >= minSim)
      out.push({ sx: gx.sent[g], sy: best, similarity: acc[best] / total, weight: total });
    for (let i = 0; i < nt; i++) acc[touched[i]] = 0;
  }
  return out;
}

/**
 * An upper bound of x's sentence coverage by y (alignSentences, sentenceCoverage): a sentence of x can align only when
 * the rare weight of its forms that y holds anywhere reaches `minSim` of its weight, and then counts at most that held
 * weight (its best sentence of y holds a subset of those forms). No postings are read.
 */
function sentenceBound(sc: RewriteScratch, x: RewriteView, y: RewriteView, minSim: number): number {
  const all = totalsOf(sc, x).inSentences;
  if (all <= 0) return 0;
  const gx = sentenceGroups(sc, x);
  const yStamp = stampForms(sc, gx, y);
  let got = 0;
  for (let g = 0; g < gx.sent.length; g++) {
    const shared = heldWeight(sc.firstStamp, gx, g, yStamp);
    if (shared / gx.total[g] >= minSim) got += shared;
  }
  return Math.min(1, got / all);
}

/** Sentence coverage of x by y: aligned sentences' weight times similarity over all of x's rare-word weight. */
function sentenceCoverage(
  sc: RewriteScratch,
  x: RewriteView,
  aligned: readonly { similarity: number; weight: number }[],
): number {
  const all = totalsOf(sc, x).inSentences;
  let got = 0;
  for (const a of aligned) got += a.weight * a.similarity;
  return all > 0 ? Math.min(1, got / all) : 0;
}

/**
 * Grade a pair of folded views; the side more covered by the other is taken as the derived one.
 * coverage = max(short-run coverage, sentence coverage); verbatim = long-run / short-run coverage.
 * Below `chance` coverage the pair is 'independent'; its score is the vocabulary floor (`vocabularyFloor`), under 0.1.
 * Above it the pair is rewritten or a near-copy and scores `copyScore` (0.1 to 1): how much was taken, edited copy
 * keeps clauses (medium runs), verbatim copy keeps whole sentences (long runs), paraphrase keeps words and short runs.
 */
export function comparePair(
  a: RewriteView,
  b: RewriteView,
  opts: RewriteOptions = {},
  scratch: RewriteScratch = rewriteScratch(),
): PairRewrite {
  return gradedPair(scratch, a, b, opts);
}

/** comparePair, with the pair's run coverages when the caller has them already (a pairGrader's mayReuse). */
function gradedPair(
  scratch: RewriteScratch,
  a: RewriteView,
  b: RewriteView,
  opts: RewriteOptions,
  known?: [RunCover, RunCover],
): PairRewrite {
  const o = opts === scratch.lastOpts ? scratch.lastMerged : mergeOpts(scratch, opts);
  const [rcA, rcB] = known ?? runCoverages(scratch, a, b, o.run, o.longRun, [o.midRun, o.copyRun]);
  const side = (x: RewriteView, y: RewriteView, rc: RunCover) => {
    const aligned = alignSentences(x, y, o.sentence, scratch);
    const sc = sentenceCoverage(scratch, x, aligned);
    const run = rc.short,
      long = rc.long,
      mid = rc.chains[0];
    const cov = Math.max(run, sc),
      verbatim = run > 0 ? Math.min(1, long / run) : 0;
    const vocab = cov < o.chance ? vocabularyCoverage(x, y, scratch) : 1;
    const score =
      cov < o.chance
        ? vocabularyFloor(vocab, o.vocabulary)
        : copyScore(cov, o.chance, { run, mid, long, copy: rc.chains[1] });
    return { x, y, aligned, run, long, mid, sc, cov, verbatim, vocab, score };
  };
  const ba = side(b, a, rcB),
    ab = side(a, b, rcA);
  const d = ba.score >= ab.score ? ba : ab;
  const grade: RewriteGrade =
    d.cov < o.chance ? 'independent' : d.verbatim >= o.verbatim && d.long >= o.nearCopy ? 'near-copy' : 'rewritten';
  const alignedSentences = d.aligned.map((s) => {
    const sx = d.x.sentences[s.sx],
      sy = d.y.sentences[s.sy];
    const spanX: Span = { doc: d.x.doc, start: sx.start, end: sx.end },
      spanY: Span = { doc: d.y.doc, start: sy.start, end: sy.end };
    return d.x === a
      ? { a: spanX, b: spanY, similarity: round(s.similarity, 4) }
      : { a: spanY, b: spanX, similarity: round(s.similarity, 4) };
  });
  return {
    grade,
    rewriteScore: round(d.score, 4),
    runCoverage: round(d.run, 4),
    longCoverage: round(d.long, 4),
    midCoverage: round(d.mid, 4),
    vocabularyCoverage: round(d.vocab, 4),
    sentenceCoverage: round(d.sc, 4),
    alignedSentences,
  };
}

/**
 * Score of a pair above chance, in [0.1, 1]: 0.1 + 0.9 times the mean of four shares, equally weighted:
 * - how much was taken: coverage above chance, (coverage - chance) / (1 - chance);
 * - how much was taken in clauses: coverage by medium runs (`midRun` words), which orders lightly edited copy (a word
 *   changed here and there) above paraphrase (words and short runs kept, clauses rebuilt);
 * - how verbatim the taking was, at one clause and at about a sentence: long-run and copy-run coverage over short-run
 *   coverage, which orders copy above edited copy however much was taken: a text that copies two paragraphs word for
 *   word and writes the rest is a copy.
 * run, mid, long and copy are the derived side's coverage by shared runs of `run`, `midRun`, `longRun` and `copyRun`
 * words; coverage is max(run coverage, sentence coverage).
 */
export function copyScore(
  coverage: number,
  chance: number,
  c: { run: number; mid: number; long: number; copy: number },
): number {
  const taken = Math.max(0, (coverage - chance) / (1 - chance));
  const verbatim = c.run > 0 ? Math.min(1, c.long / c.run) + Math.min(1, c.copy / c.run) : 0;
  return 0.1 + 0.9 * ((taken + c.mid + verbatim) / 4);
}

/**
 * Score of a pair below chance, in [0, 0.09]: 0 up to `vocabulary` rare-vocabulary coverage, then rising linearly to
 * 0.09 at full coverage. Text on one subject shares its names and terms, so independent pairs share some rare
 * vocabulary; a paraphrase keeps most of its source's rare words though it rebuilds every clause (no shared runs, no
 * aligned sentences). The floor ranks such a pair above independent ones without calling it rewritten: its grade stays
 * 'independent', and every score under 0.1 means 'independent'.
 */
export function vocabularyFloor(vocab: number, threshold: number): number {
  return vocab > threshold ? (0.09 * (vocab - threshold)) / (1 - threshold) : 0;
}

function mergeOpts(sc: RewriteScratch, opts: RewriteOptions): Required<RewriteOptions> {
  sc.lastMerged = { ...REWRITE_DEFAULTS, ...opts };
  sc.lastOpts = opts;
  return sc.lastMerged;
}

/** A view's distinct rare forms, sorted, with their summed weight over all words and over words in sentences. */
interface FormSums {
  forms: Int32Array;
  all: Float64Array;
  inSent: Float64Array;
  /** the weight of one occurrence of the form (its largest, when pieces of one stem differ in rarity) */
  one: Float64Array;
}
function formSumsOf(sc: RewriteScratch, v: RewriteView): FormSums {
  const r = sc.formSums.get(v);
  if (r) return r;
  let rare = 0;
  for (let i = 0; i < v.weight.length; i++) if (v.weight[i] > 0) rare++;
  const { sums } = rareIndex(sc, v.form, v.weight, v.sent, rare, sc.poolOf.get(v));
  sc.formSums.set(v, sums);
  return sums;
}

/**
 * An upper bound of x's coverage by y: the share of x's rare-word weight whose form y holds at all. Run coverage and
 * sentence coverage both count only such words, so below `chance` (less a rounding margin) the side is independent.
 */
export function coverageBound(x: RewriteView, y: RewriteView, sc: RewriteScratch = rewriteScratch()): number {
  const fx = formSumsOf(sc, x),
    fy = formSumsOf(sc, y).forms,
    t = totalsOf(sc, x);
  let all = 0,
    inSent = 0;
  // a merge of the sorted distinct forms, stepping without branches (see vocabularyCoverage)
  const forms = fx.forms;
  for (let a = 0, b = 0; a < forms.length && b < fy.length;) {
    const u = forms[a],
      v = fy[b],
      held = +(u === v);
    all += fx.all[a] * held;
    inSent += fx.inSent[a] * held;
    a += +(u <= v);
    b += +(u >= v);
  }
  return Math.max(t.all > 0 ? all / t.all : 0, t.inSentences > 0 ? inSent / t.inSentences : 0);
}

/**
 * Rare-vocabulary coverage of x by y: the rarity-weighted share of x's distinct rare words (folded forms) that y holds
 * anywhere, each word counted once however often x repeats it. Order and runs do not matter: what a paraphrase keeps.
 */
export function vocabularyCoverage(x: RewriteView, y: RewriteView, sc: RewriteScratch = rewriteScratch()): number {
  const fx = formSumsOf(sc, x),
    fy = formSumsOf(sc, y).forms;
  const forms = fx.forms,
    one = fx.one;
  let all = 0,
    got = 0,
    a = 0;
  // a merge of the two sorted distinct form lists that steps without branches (most forms are not shared, and a
  // mispredicted branch a step cost more than the step): a weight times 0 adds +0, which leaves a sum as it was, so
  // both sums add the same weights in the same order as testing each form
  for (let b = 0; a < forms.length && b < fy.length;) {
    const u = forms[a],
      v = fy[b],
      w = one[a],
      step = +(u <= v);
    all += w * step;
    got += w * +(u === v);
    a += step;
    b += +(u >= v);
  }
  for (; a < forms.length; a++) all += one[a];
  return all > 0 ? got / all : 0;
}

/** A pair grader; `mayReuse(ia, ib)` is false only when the pair is sure to be graded 'independent' (cheap bound). */
export interface PairGrader {
  (ia: number, ib: number): PairRewrite;
  mayReuse(ia: number, ib: number): boolean;
  /** The folded view of doc i (built on first use), e.g. for a graded pair's narration (lib/overlap/narration.ts). */
  view(i: number): RewriteView;
  /** Drop doc i's view (built again if asked for later): call it after a doc's last pair to bound the memory held. */
  release(i: number): void;
}

/**
 * Grades pairs of a corpus by doc index; word rarity and each doc's view are computed once, on first use. `positions`:
 * a fingerprint index of the same docs (lib/overlap/fingerprints.ts), to build the views from its word positions.
 */
export function pairGrader(
  docs: readonly Pick<Doc, 'id' | 'tokens' | 'sentences' | 'text'>[],
  opts: RewriteOptions = {},
  rarityOf: () => WordRarity = () => wordRarity(docs),
  positions?: WordPositions,
  sc: RewriteScratch = rewriteScratch(),
): PairGrader {
  let rarity: WordRarity | null = null;
  let forms: FormTable | null = null;
  const views = new Map<number, RewriteView>();
  // released views' arrays back the next views (lib/util/typedPool.ts: fewer full collections at scale)
  const pool = typedPool();
  const view = (i: number): RewriteView => {
    rarity ??= rarityOf();
    // about one entry per distinct word of the corpus
    forms ??= formTable(rarity.hashes.length);
    const at = positions ? { pos: positions, doc: i } : undefined;
    return views.get(i) ?? views.set(i, rewriteView(docs[i], rarity, forms, at, pool, sc)).get(i)!;
  };
  const o = { ...REWRITE_DEFAULTS, ...opts };
  const chance = o.chance - 1e-9;
  // the run coverages of the last pair mayReuse let through: grading it next reuses them (one merge-join, not two)
  let last: { ia: number; ib: number; rc: [RunCover, RunCover] } | null = null;
  const grade = ((ia: number, ib: number) => {
    const known = last && last.ia === ia && last.ib === ib ? last.rc : undefined;
    last = null;
    return gradedPair(sc, view(ia), view(ib), opts, known);
  }) as PairGrader;
  grade.mayReuse = (ia, ib) => {
    const a = view(ia),
      b = view(ib);
    last = null;
    if (coverageBound(a, b, sc) < chance && coverageBound(b, a, sc) < chance) return false;
    // a side's coverage is max(run coverage, sentence coverage): the run coverage itself (one merge-join, as
    // comparePair computes it) and the sentence bound, without aligning sentences
    const [ra, rb] = runCoverages(sc, a, b, o.run, o.longRun, [o.midRun, o.copyRun]);
    last = { ia, ib, rc: [ra, rb] };
    return (
      Math.max(ra.short, sentenceBound(sc, a, b, o.sentence)) >= chance ||
      Math.max(rb.short, sentenceBound(sc, b, a, o.sentence)) >= chance
    );
  };
  grade.view = view;
  grade.release = (i) => {
    if (last && (last.ia === i || last.ib === i)) last = null;
    const v = views.get(i);
    if (!v) return;
    views.delete(i);
    recycleView(sc, v);
  };
  return grade;
}
