// The form table: folded, stemmed word forms interned to small integers, and each distinct token norm folded once into
// its pieces (form id, rarity weight, place in the token), in flat typed arrays shared by every view of a corpus.
import { isStopword } from '../text/stopwords.js';
import { foldToken, lightStem } from './word-fold.js';
import { dfOf } from './word-rarity.js';
import type { WordRarity } from './rewrite-types.js';

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
export function grown<T extends Int32Array | Float64Array | Uint8Array>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  b.set(a);
  return b;
}

/** The entry of a token norm in the form table, folded on first sight. */
export function foldedToken(norm: string, rarity: WordRarity, forms: FormTable): number {
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
export function entryByHash(h: number, norm: string, rarity: WordRarity, forms: FormTable): number {
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
