// The content-word view of articles for event finding (lib/events/events.ts): each article's tf-idf unit vector of its
// content words, headline words counted extra, the heaviest kept. Words are numbered once per corpus, and df, weights
// and the packed vectors come from flat typed arrays: one Map lookup per word occurrence, few objects for the collector
// (docs/notes/2026-12-evspeed.md). The vectors are those the Map-based version built, bit for bit, in the same order.
import { heaviest, type PackedVec, type SparseVec } from './vectors.js';

/** What the word view reads of one article. */
export interface WordDoc {
  /** content words of the body with their counts */
  terms?: ReadonlyMap<string, number>;
  /** content words of the headline */
  titleTerms?: readonly string[];
}

/** The word view: packed unit vectors, each word's idf (by packed number), and each doc's vector as a Map. */
export interface WordView {
  /** per doc, word numbers ascending: numbered by first appearance over the docs' kept words in order */
  packed: PackedVec[];
  /** idf of each packed word number */
  idf: Float64Array;
  /** the doc's unit vector as a Map (word -> weight, in the order kept); built on each call */
  vec: (doc: number) => SparseVec;
}

/** Switches of the word view (EventOptions' names). */
export interface WordOptions {
  headlineWeight: number;
  idfFloor: number;
  topTerms: number;
}

/** Per doc a run [start[i], start[i + 1]) of word numbers and weights (or counts), flat over the docs. */
interface Runs {
  ids: Int32Array;
  w: Float64Array;
  start: Int32Array;
}

/**
 * Each doc's content-word vector: weight idf × (1 + log count), idf = log((n + 1) / df) + `idfFloor`, the `topTerms`
 * heaviest kept (ties by word), scaled to unit length.
 */
export function wordView(docs: readonly WordDoc[], opts: WordOptions): WordView {
  const { words, df, runs } = internWords(docs, opts.headlineWeight);
  const idf = df.map((n) => Math.log((docs.length + 1) / n) + opts.idfFloor);
  const { ids, w: ws } = runs;
  for (let j = 0; j < ids.length; j++) {
    const c = ws[j];
    ws[j] = idf[ids[j]] * (1 + (c === 1 ? 0 : Math.log(c))); // log 1 is 0: the same product
  }
  const kept = keepHeaviest(runs, opts.topTerms, (a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  const { packed, numberOf, size } = packRuns(kept, words.length);
  const packedIdf = new Float64Array(size);
  numberOf.forEach((x, id) => {
    if (x >= 0) packedIdf[x] = idf[id];
  });
  const vec = (k: number): SparseVec => {
    const m: SparseVec = new Map();
    for (let j = kept.start[k]; j < kept.start[k + 1]; j++) m.set(words[kept.ids[j]], kept.w[j]);
    return m;
  };
  return { packed, idf: packedIdf, vec };
}

/**
 * The docs' words numbered once, with df and per doc a run of (word, count): body words with a count above 0, with
 * `h` more when the headline has them too, then the headline's own words with count `h` (none when `h` is 0). df
 * counts every body word and headline word once per doc.
 */
function internWords(docs: readonly WordDoc[], h: number): { words: string[]; df: number[]; runs: Runs } {
  const idOf = new Map<string, number>();
  const words: string[] = [],
    df: number[] = [],
    inTitle: number[] = [],
    inBody: number[] = [];
  const intern = (k: string): number => {
    let id = idOf.get(k);
    if (id === undefined) {
      idOf.set(k, (id = words.length));
      words.push(k);
      df.push(0);
      inTitle.push(-1);
      inBody.push(-1);
    }
    return id;
  };
  let total = 0;
  for (const d of docs) total += (d.terms?.size ?? 0) + (d.titleTerms?.length ?? 0);
  const runs: Runs = { ids: new Int32Array(total), w: new Float64Array(total), start: new Int32Array(docs.length + 1) };
  let at = 0;
  const put = (id: number, count: number) => {
    runs.ids[at] = id;
    runs.w[at++] = count;
  };
  docs.forEach((d, i) => {
    const title: number[] = [];
    for (const k of d.titleTerms ?? []) {
      const id = intern(k);
      if (inTitle[id] === i) continue;
      title.push(id);
      inTitle[id] = i;
    }
    // forEach, not for-of: no [word, count] pair allocated per entry
    d.terms?.forEach((n, k) => {
      const id = intern(k);
      inBody[id] = i;
      df[id]++;
      if (n > 0) put(id, inTitle[id] === i ? n + h : n);
    });
    for (const id of title) {
      if (inBody[id] === i) continue;
      df[id]++;
      if (h > 0) put(id, h);
    }
    runs.start[i + 1] = at;
  });
  return { words, df, runs };
}

/**
 * Per run, the `top` heaviest entries scaled to unit length: all of them in order when there are no more; otherwise
 * those above the cut in order, then those at the cut ordered by `tie` on their word numbers. The norm sums the
 * squares in that order.
 */
function keepHeaviest(runs: Runs, top: number, tie: (a: number, b: number) => number): Runs {
  const n = runs.start.length - 1;
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.min(top, runs.start[i + 1] - runs.start[i]);
  const out: Runs = { ids: new Int32Array(total), w: new Float64Array(total), start: new Int32Array(n + 1) };
  const { ids, w } = runs;
  let at = 0;
  for (let i = 0; i < n; i++) {
    const s = runs.start[i],
      e = runs.start[i + 1];
    const keep = heaviest(w, top, (a, b) => tie(ids[a], ids[b]), s, e);
    let norm = 0;
    for (const j of keep) norm += w[j] * w[j];
    norm = Math.sqrt(norm) || 1;
    for (const j of keep) {
      out.ids[at] = ids[j];
      out.w[at++] = w[j] / norm;
    }
    out.start[i + 1] = at;
  }
  return out;
}

/**
 * The kept runs packed over a numbering of their words by first appearance (docs in order, each doc's words as kept):
 * the numbering packVectors gave the Map vectors, so every dot product sums in the same order.
 */
function packRuns(kept: Runs, vocabulary: number): { packed: PackedVec[]; numberOf: Int32Array; size: number } {
  const numberOf = new Int32Array(vocabulary).fill(-1);
  const weightOf = new Float64Array(vocabulary);
  let next = 0;
  const packed: PackedVec[] = [];
  for (let i = 0; i + 1 < kept.start.length; i++) {
    const s = kept.start[i],
      e = kept.start[i + 1];
    const nums = new Int32Array(e - s);
    for (let j = s; j < e; j++) {
      const id = kept.ids[j];
      if (numberOf[id] < 0) numberOf[id] = next++;
      nums[j - s] = numberOf[id];
      weightOf[numberOf[id]] = kept.w[j];
    }
    nums.sort();
    packed.push({ ids: nums, w: Float64Array.from(nums, (x) => weightOf[x]) });
  }
  return { packed, numberOf, size: next };
}
