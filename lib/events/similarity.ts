// How alike two articles are: entity cosine + termWeight × content-word cosine, and the pairs alike enough, near
// enough in date and sharing an uncommon entity or word, to be links (vectors.ts does the arithmetic).
import {
  countKeys,
  denseDots,
  dotPacked,
  idfWeights,
  packVectors,
  scoredPairs,
  unitVector,
  type SparseVec,
} from './vectors.js';
import { wordView, type WordView } from './words.js';
import {
  DEFAULT_IDF_FLOOR,
  DEFAULT_TERM_WEIGHT,
  DEFAULT_THRESHOLD,
  DEFAULT_WINDOW_DAYS,
  type EventDoc,
  type EventOptions,
} from './event-types.js';

/** Each doc's two views: entity vector (entities in many articles left out) and, with a term weight, word vector. */
export interface DocViews {
  ents: SparseVec[];
  words: WordView | null;
  /** idf above which a key is rare enough to propose a pair */
  rare: number;
}

/**
 * The docs' views. Entities in many articles (a president, a country) say little about which story an article
 * reports: they are left out of the entity view. Common words stay in the word view, weighing little, but never
 * propose a pair.
 */
export function docViews(docs: readonly EventDoc[], opts: EventOptions): DocViews {
  const n = docs.length;
  const maxDf = Math.max(50, (opts.commonShare ?? 0.05) * n);
  const rare = Math.log((n + 1) / maxDf);
  const entIdf = idfWeights(docs.map((d) => d.entities));
  const ents = docs.map((d) => unitVector(countKeys(d.entities), entIdf, rare));
  const words =
    (opts.termWeight ?? DEFAULT_TERM_WEIGHT) > 0
      ? wordView(docs, {
          headlineWeight: opts.headlineWeight ?? 2,
          idfFloor: opts.idfFloor ?? DEFAULT_IDF_FLOOR,
          topTerms: opts.topTerms ?? 60,
        })
      : null;
  return { ents, words, rare };
}

/**
 * Similarity of docs: entity cosine + termWeight × content-word cosine (`score`), and the pairs (keyed a * n + b, a < b)
 * that share an uncommon entity or an uncommon content word, are dated at most `windowDays` apart (or undated) and
 * score at least the threshold (`edges`: the date factor is at most 1, so no other pair links without a passage).
 */
export function similarities(
  views: DocViews,
  days: readonly (number | null)[],
  opts: EventOptions,
): { edges: Map<number, number>; score: (a: number, b: number) => number } {
  const { ents, words, rare } = views;
  const termWeight = opts.termWeight ?? DEFAULT_TERM_WEIGHT;
  const floor = opts.idfFloor ?? DEFAULT_IDF_FLOOR;
  const entIds = new Map<string, number>();
  const pe = packVectors(ents, entIds);
  const pw = words ? words.packed : null;
  // proposing keys, one numbering: every entity of the entity view (it holds only uncommon ones), then rare words
  const offset = entIds.size;
  const keysOf = pe.map((v, k) => {
    const keys = Array.from(v.ids);
    if (words) for (const id of words.packed[k].ids) if (words.idf[id] > rare + floor) keys.push(offset + id);
    return keys;
  });
  const score = (a: number, b: number) => dotPacked(pe[a], pe[b]) + (pw ? termWeight * dotPacked(pw[a], pw[b]) : 0);
  // the same sums as `score`, each doc spread once over dense arrays (vectors.ts, denseDots)
  const entFrom = denseDots(pe, entIds.size);
  const wordFrom = words ? denseDots(words.packed, words.idf.length) : null;
  const scoreFrom = (a: number) => {
    const e = entFrom(a),
      w = wordFrom ? wordFrom(a) : null;
    return w ? (b: number) => e(b) + termWeight * w(b) : (b: number) => e(b) + 0;
  };
  const edges = scoredPairs(
    keysOf,
    days,
    opts.windowDays ?? DEFAULT_WINDOW_DAYS,
    scoreFrom,
    opts.threshold ?? DEFAULT_THRESHOLD,
  );
  return { edges, score };
}
