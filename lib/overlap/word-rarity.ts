// Document frequency of every word over a corpus, keyed by the fingerprint index's word hash: the rarity that weighs
// each word of the graded score. Typed arrays, an open-addressing table and a radix sort; no per-word objects.
import type { Doc } from '../types.js';
import { radixSort, wordHash } from './fingerprints.js';
import type { WordRarity } from './rewrite-types.js';

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
