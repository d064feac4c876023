// Candidate pairs from the inverted shingle index (a self-join over postings), and boilerplate shingles by document frequency.
// Cost: O(total shingles + sum over kept shingles of df^2), df capped, so near-linear in corpus size for news text.
import type { FingerprintIndex } from './fingerprints.js';

/** How candidate pairs and boilerplate are chosen. */
export interface CandidateOptions {
  /** a pair is a candidate when it shares at least this many distinct non-boilerplate shingles (default 3) */
  minShared?: number;
  /** shingles in more docs than this are checked for boilerplate (default max(3, ceil(5% of docs))) */
  boilerplateDf?: number;
  /** two docs sharing at least this many frequent shingles count as related (a syndicated text, not boilerplate; default 40) */
  relatedRun?: number;
  /** frequent shingles kept as reuse still pair up their docs only up to this df (default 1000) */
  maxPairDf?: number;
  /**
   * an article of at most this many words is a candidate with one shared shingle held by at most `rareDf` articles
   * (default 150; 0 turns the rule off): a short edited article keeps few runs of five words, and a rare one is worth
   * grading
   */
  shortWords?: number;
  /** how many articles may hold the one shingle that makes a short article a candidate (default 10) */
  rareDf?: number;
}

/** Candidate pairs (a < b, sorted) with how many distinct shingles they share, and the boilerplate flag of every shingle id. */
export interface Candidates {
  pairs: { a: number; b: number; shared: number }[];
  /** 1 for shingle ids treated as boilerplate (never seeds, never evidence) */
  boilerplate: Uint8Array;
  /** the df above which a shingle was checked for boilerplate */
  boilerplateDf: number;
  /** how many shingle ids were found to be boilerplate */
  boilerplateCount: number;
}

/** The default boilerplate threshold for a corpus of n docs: max(3, ceil(0.05 n)). */
export function defaultBoilerplateDf(n: number): number {
  return Math.max(3, Math.ceil(0.05 * n));
}

/**
 * Candidate pairs and boilerplate (`scratch`: an array free for the call, e.g. buildIndex's spare). Rule: a shingle held by more than `boilerplateDf` docs is boilerplate when the docs
 * holding it are mostly unrelated — of (up to 32) sampled neighbouring doc pairs in its postings, fewer than half share
 * `minShared` rarer shingles or `relatedRun` frequent ones. So a dateline or signature in every article is dropped, while
 * a text syndicated to many outlets is kept.
 */
export function candidatePairs(index: FingerprintIndex, opts: CandidateOptions = {}, scratch?: Int32Array): Candidates {
  const N = index.docs;
  const minShared = Math.max(1, opts.minShared ?? 3);
  const T = opts.boilerplateDf ?? defaultBoilerplateDf(N);
  const relatedRun = opts.relatedRun ?? 40;
  const maxPairDf = Math.max(T, opts.maxPairDf ?? 1000);
  const short = shortRule(index, opts.shortWords ?? 150, opts.rareDf ?? 10);
  const { df, postStart, postings } = index;
  const boilerplate = new Uint8Array(index.shingles);
  // one stamp per shingle for both passes (a fresh array of millions each pass costs pages and collections), in the
  // caller's scratch when given (at least index.shingles long, any contents)
  const seen =
    scratch && scratch.length >= index.shingles ? scratch.subarray(0, index.shingles) : new Int32Array(index.shingles);

  // pass 1: pairs related through rarer shingles (df <= T)
  const low = selfJoin(index, (s) => df[s] >= 2 && df[s] <= T, minShared, seen);
  const related = new Set<number>();
  for (const p of low) related.add(p.a * N + p.b);

  // frequent shingles: count shared frequent shingles over sampled neighbouring pairs in their postings
  const frequent: number[] = [];
  for (let s = 0; s < index.shingles; s++) if (df[s] > T) frequent.push(s);
  if (!frequent.length)
    return {
      pairs: withShort(index, low, short, T, minShared, seen),
      boilerplate,
      boilerplateDf: T,
      boilerplateCount: 0,
    };
  const samplesOf = (s: number): number[] => {
    const from = postStart[s],
      m = df[s];
    const k = Math.min(32, m - 1);
    const out: number[] = [];
    for (let i = 0; i < k; i++) {
      const x = from + Math.floor((i * (m - 1)) / k);
      out.push(postings[x] * N + postings[x + 1]);
    }
    return out;
  };
  const freqShared = new Map<number, number>();
  for (const s of frequent) for (const key of samplesOf(s)) freqShared.set(key, (freqShared.get(key) ?? 0) + 1);
  let boilerplateCount = 0;
  let keptFrequent = 0;
  for (const s of frequent) {
    const keys = samplesOf(s);
    let rel = 0;
    for (const key of keys) if (related.has(key) || (freqShared.get(key) ?? 0) >= relatedRun) rel++;
    if (rel * 2 < keys.length) {
      boilerplate[s] = 1;
      boilerplateCount++;
    } else keptFrequent++;
  }
  if (!keptFrequent)
    return { pairs: withShort(index, low, short, T, minShared, seen), boilerplate, boilerplateDf: T, boilerplateCount };
  // pass 2: every non-boilerplate shingle up to maxPairDf
  const pairs = selfJoin(index, (s) => df[s] >= 2 && df[s] <= maxPairDf && !boilerplate[s], minShared, seen, short);
  return { pairs, boilerplate, boilerplateDf: T, boilerplateCount };
}

/**
 * Pairs (a < b) sharing at least minShared distinct shingles that pass `keep`, by a dense counter per doc. `seen`: one
 * stamp per shingle id, any contents (reset here).
 */
function selfJoin(
  index: FingerprintIndex,
  keep: (s: number) => boolean,
  minShared: number,
  seen: Int32Array,
  short: ShortRule = NO_SHORT,
): { a: number; b: number; shared: number }[] {
  const N = index.docs;
  const { offsets, shingle, shared, postStart, postings, df } = index;
  seen.fill(-1);
  const cnt = new Int32Array(N);
  // per pair: 1 when a shingle held by at most short.rareDf docs is among the shared ones (short articles only)
  const rare = new Uint8Array(short.words > 0 ? N : 0);
  const isShort = (d: number) => offsets[d + 1] - offsets[d] <= short.words;
  const touched: number[] = [];
  const out: { a: number; b: number; shared: number }[] = [];
  for (let a = 0; a < N; a++) {
    const aShort = short.words > 0 && isShort(a);
    for (let g = offsets[a]; g < offsets[a + 1]; g++) {
      if (!shared[g]) continue;
      const s = shingle[g];
      if (s < 0 || seen[s] === a) continue;
      seen[s] = a;
      if (!keep(s)) continue;
      const rareHere = short.words > 0 && df[s] <= short.rareDf;
      for (let x = postStart[s]; x < postStart[s + 1]; x++) {
        const b = postings[x];
        if (b <= a) continue;
        if (cnt[b] === 0) touched.push(b);
        cnt[b]++;
        if (rareHere && (aShort || isShort(b))) rare[b] = 1;
      }
    }
    if (touched.length) {
      touched.sort((x, y) => x - y);
      for (const b of touched) {
        if (cnt[b] >= minShared || (rare.length && rare[b])) out.push({ a, b, shared: cnt[b] });
        cnt[b] = 0;
        if (rare.length) rare[b] = 0;
      }
      touched.length = 0;
    }
  }
  return out;
}

/**
 * The pass-1 pairs, with the short articles' pairs through one rare shingle added (a second join, only when the rule is
 * on for the corpus: pass 1 keeps to minShared, as boilerplate detection reads it).
 */
function withShort(
  index: FingerprintIndex,
  low: { a: number; b: number; shared: number }[],
  short: ShortRule,
  T: number,
  minShared: number,
  seen: Int32Array,
): { a: number; b: number; shared: number }[] {
  return short.words > 0 ? selfJoin(index, (s) => index.df[s] >= 2 && index.df[s] <= T, minShared, seen, short) : low;
}

/**
 * The short-article rule for this corpus: off (NO_SHORT) when no article has at most `words` words, so a corpus of
 * long articles pays nothing for it in the joins.
 */
function shortRule(index: FingerprintIndex, words: number, rareDf: number): ShortRule {
  for (let d = 0; d < index.docs; d++) if (index.offsets[d + 1] - index.offsets[d] <= words) return { words, rareDf };
  return NO_SHORT;
}

/** When a short article is a candidate with fewer shared shingles (CandidateOptions.shortWords, rareDf). */
interface ShortRule {
  words: number;
  rareDf: number;
}
const NO_SHORT: ShortRule = { words: 0, rareDf: 0 };
