// Word-shingle fingerprints of a corpus in typed arrays, and an inverted index from shingle to the articles that hold it.
// Cost: O(total words) for interning and hashing, O(total shingles) for the 2-pass radix sort; no per-shingle objects.
import type { Doc } from '../types.js';
import { stripDiacritics } from '../text/normalize.js';
import { isTermToken } from '../text/tokenize.js';

/** How articles are cut into shingles. */
export interface FingerprintOptions {
  /** words per shingle (default 5) */
  n?: number;
  /** seed of the 32-bit hash (default 0x9e3779b9) */
  seed?: number;
}

/** The fingerprint index of a corpus: every array is indexed by a global word position g (all docs' words concatenated). */
export interface FingerprintIndex {
  /** words per shingle */
  n: number;
  /** number of docs */
  docs: number;
  /** word positions of doc d are [offsets[d], offsets[d+1]) */
  offsets: Int32Array;
  /** 32-bit hash of each position's word in its match form (seeds are verified on these) */
  words: Uint32Array;
  /** index into doc.tokens of each position */
  tokens: Int32Array;
  /** shingle id (a run of equal hashes) of the shingle starting at each position, -1 when fewer than n words follow */
  shingle: Int32Array;
  /** 1 at each position whose shingle is held by two or more docs (lets a scan skip the unshared majority sequentially) */
  shared: Uint8Array;
  /** number of distinct shingle ids */
  shingles: number;
  /** per shingle id: number of docs holding it */
  df: Int32Array;
  /** per shingle id: its docs (ascending) are postings[postStart[s], postStart[s+1]) */
  postStart: Int32Array;
  postings: Int32Array;
}

/** Words (index positions) of doc i: the length of its slice of the index's word arrays. */
export function docWords(index: Pick<FingerprintIndex, 'offsets'>, i: number): number {
  return index.offsets[i + 1] - index.offsets[i];
}

/** The matching form of a word token: its norm with Latin diacritics stripped and an abbreviation's final period dropped. */
export function matchForm(norm: string): string {
  let s = norm;

  if (/[^\x00-\x7f]/.test(s)) s = stripDiacritics(s);
  if (s.length > 1 && s.charCodeAt(s.length - 1) === 46) s = s.slice(0, -1);
  return s;
}

/** Seeded 32-bit FNV-1a over UTF-16 code units, finished with murmur3's fmix. */
export function hash32(s: string, seed = 0x9e3779b9): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** hash32 of matchForm(norm), without building the string when the word is plain ASCII (the common case). */
export function wordHash(norm: string, seed = 0x9e3779b9): number {
  let end = norm.length;
  if (end > 1 && norm.charCodeAt(end - 1) === 46) end--;
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < end; i++) {
    const c = norm.charCodeAt(i);
    if (c > 127) return hash32(matchForm(norm), seed);
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Build the fingerprint index of docs: word positions, shingle ids, document frequencies and postings. `spare`: when
 * given, receives the sort's payload array, free after the build and at least as long as the shingle ids, for the
 * caller's scratch (lib/overlap/overlap.ts): every fresh array of millions brings the next full collection nearer.
 */
export function buildIndex(
  docs: readonly Doc[],
  opts: FingerprintOptions = {},
  spare?: Int32Array[],
): FingerprintIndex {
  const n = Math.max(1, opts.n ?? 5);
  const seed = opts.seed ?? 0x9e3779b9;
  const { offsets, words, tokens, docOf } = wordPositions(docs, seed);
  const { key, at } = shingleHashes(offsets, words, n, seed);
  const tmp = { key: new Uint32Array(key.length), val: new Int32Array(key.length) };
  radixSort(key, at, tmp);
  // the sort's scratch, free again, holds the runs' df and postings (the same length: one slot per shingle at most);
  // the docs of the positions become their shingle ids in place
  const runs = shingleRuns(key, at, docOf, offsets, n, tmp);
  spare?.push(at);
  return { n, docs: docs.length, offsets, words, tokens, ...runs };
}

/**
 * Every word and number token of the corpus as a position: its word hash, token index and doc (the doc array becomes
 * the index's shingle ids in shingleRuns: one array of millions fewer). Sized by the docs' word counts (`Doc.words`,
 * the same tokens), or by all tokens when a count is short.
 */
function wordPositions(
  docs: readonly Doc[],
  seed: number,
): { offsets: Int32Array; words: Uint32Array; tokens: Int32Array; docOf: Int32Array } {
  let words = 0,
    all = 0;
  for (const d of docs) {
    words += d.words;
    all += d.tokens.length;
  }
  // (a count that is not a number fails both comparisons)
  return (words >= 0 && words <= all && filledPositions(docs, seed, words)) || filledPositions(docs, seed, all)!;
}

/** wordPositions in arrays of `cap` positions (trimmed to the words found), or null when there are more words. */
function filledPositions(
  docs: readonly Doc[],
  seed: number,
  cap: number,
): { offsets: Int32Array; words: Uint32Array; tokens: Int32Array; docOf: Int32Array } | null {
  const offsets = new Int32Array(docs.length + 1);
  const words = new Uint32Array(cap);
  const tokens = new Int32Array(cap);
  const docOf = new Int32Array(cap);
  let g = 0;
  for (let di = 0; di < docs.length; di++) {
    offsets[di] = g;
    const toks = docs[di].tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!isTermToken(t)) continue;
      if (!(g < cap)) return null;
      words[g] = wordHash(t.norm, seed);
      tokens[g] = i;
      docOf[g] = di;
      g++;
    }
  }
  offsets[docs.length] = g;
  // views, not copies: a copy of three arrays of millions of words costs fresh pages and brings the next full
  // collection nearer (V8 starts one for about every 64 MB of typed-array memory allocated)
  return { offsets, words: words.subarray(0, g), tokens: tokens.subarray(0, g), docOf: docOf.subarray(0, g) };
}

/** Shingle hashes at every position with n words ahead in the same doc, with their positions (unsorted). */
function shingleHashes(
  offsets: Int32Array,
  words: Uint32Array,
  n: number,
  seed: number,
): { key: Uint32Array; at: Int32Array } {
  const docs = offsets.length - 1;
  let count = 0;
  for (let d = 0; d < docs; d++) count += Math.max(0, offsets[d + 1] - offsets[d] - n + 1);
  // one slot more than the keys: the sorted keys' buffer becomes the postings' starts (shingleRuns)
  const key = new Uint32Array(count + 1).subarray(0, count);
  const at = new Int32Array(count);
  let k = 0;
  for (let d = 0; d < docs; d++) {
    const end = offsets[d + 1] - n + 1;
    for (let p = offsets[d]; p < end; p++) {
      let h = seed >>> 0;
      // (x + j) | 0 wraps as ToInt32 would in the next step, so the hash is unchanged but stays a small integer
      for (let j = 0; j < n; j++) h = (Math.imul((h ^ words[p + j]) >>> 0, 0x9e3779b1) + j) | 0;
      key[k] = fmix(h >>> 0);
      at[k] = p;
      k++;
    }
  }
  return { key, at };
}

/**
 * Runs of equal sorted hashes are shingle ids; the distinct docs of a run are its postings. `space`: two arrays as long
 * as the keys, free for the df and the postings (the results are views of them and of one new array, not copies).
 * `docOf`, the doc of each position, is overwritten with the shingle ids: every shingle start is in `at` once, and its
 * doc is read before its id is written; the last n - 1 positions of each doc start no shingle and get -1.
 */
function shingleRuns(
  key: Uint32Array,
  at: Int32Array,
  docOf: Int32Array,
  offsets: Int32Array,
  n: number,
  space: { key: Uint32Array; val: Int32Array },
): Pick<FingerprintIndex, 'shingle' | 'shared' | 'shingles' | 'df' | 'postStart' | 'postings'> {
  const count = key.length;
  const total = docOf.length;
  const shingle = docOf;
  const dfList = new Int32Array(space.key.buffer, space.key.byteOffset, count).fill(0);
  // the starts are written over the sorted keys already read (run + 1 <= i at key i), in the slot left after them
  const postStartList = new Int32Array(key.buffer, key.byteOffset, count + 1);
  const post = space.val;
  const shared = new Uint8Array(total);
  let np = 0;
  let run = -1;
  let lastDoc = -1;
  let runStart = 0;
  let last = 0;
  for (let i = 0; i < count; i++) {
    const k = key[i];
    if (i === 0 || k !== last) {
      last = k;
      if (run >= 0) {
        postStartList[run + 1] = np;
        if (dfList[run] > 1) markShared(shared, at, runStart, i);
      } else postStartList[0] = 0;
      run++;
      runStart = i;
      lastDoc = -1;
    }
    const p = at[i];
    const d = docOf[p];
    shingle[p] = run;
    if (d !== lastDoc) {
      post[np++] = d;
      dfList[run]++;
      lastDoc = d;
    }
  }
  if (run >= 0) {
    postStartList[run + 1] = np;
    if (dfList[run] > 1) markShared(shared, at, runStart, count);
  }
  for (let d = 0; d + 1 < offsets.length; d++)
    shingle.fill(-1, Math.max(offsets[d], offsets[d + 1] - n + 1), offsets[d + 1]);
  return {
    shingle,
    shared,
    shingles: run + 1,
    df: dfList.subarray(0, run + 1),
    postStart: postStartList.subarray(0, run + 2),
    postings: post.subarray(0, np),
  };
}

/** Mark the positions at[from..to) as holding a shingle two or more docs share. */
function markShared(shared: Uint8Array, at: Int32Array, from: number, to: number): void {
  for (let j = from; j < to; j++) shared[at[j]] = 1;
}

/** The bucket counts of radixSort (reused: a sort runs to its end before the next starts). */
const radixCounts = new Int32Array(257);

/**
 * Stable LSD radix sort of 32-bit keys (four 8-bit passes, cache-friendly scatter) carrying a payload; sorts both arrays
 * in place. `tmp`: scratch arrays at least as long as the keys (new ones by default).
 */
export function radixSort(
  key: Uint32Array,
  val: Int32Array,
  tmp: { key: Uint32Array; val: Int32Array } = { key: new Uint32Array(key.length), val: new Int32Array(key.length) },
): void {
  const m = key.length;
  let k1: Uint32Array = key,
    v1: Int32Array = val;
  let k2: Uint32Array = tmp.key,
    v2: Int32Array = tmp.val;
  const cnt = radixCounts;
  for (let shift = 0; shift < 32; shift += 8) {
    cnt.fill(0);
    for (let i = 0; i < m; i++) cnt[((k1[i] >>> shift) & 0xff) + 1]++;
    for (let b = 0; b < 256; b++) cnt[b + 1] += cnt[b];
    for (let i = 0; i < m; i++) {
      const x = k1[i];
      const j = cnt[(x >>> shift) & 0xff]++;
      k2[j] = x;
      v2[j] = v1[i];
    }
    const tk = k1;
    k1 = k2;
    k2 = tk;
    const tv = v1;
    v1 = v2;
    v2 = tv;
  }
  // after an even number of passes the sorted data is back in the original arrays
}
