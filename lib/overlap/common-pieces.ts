// Stock phrases made of common pieces. A short formula two unrelated articles share ("to bring it up for a vote",
// "at a time when the Obama administration", "President Obama's national security adviser Susan Rice") is held by too
// few articles for the phrase count of stock.ts (its 7-word shingles are in these two only), yet every three-word run
// of it recurs across the corpus. Judged by the corpus itself, as issue #15 asks: a short passage of a pair that shares
// nothing else, each of whose three-word runs is written in PIECE_DOCS or more articles, is a formula, not evidence
// that one outlet took it from the other. A copied sentence holds a run of its own (a name, a number, a place:
// "funding for up to 4,000 National Guard troops"), which few articles write.
import { NARRATION_BECAUSE, setKind, type KindContext, type KindPair } from './kind-pair.js';
import { reuseWords, STRONG_WORDS } from './reuse-strength.js';
import { STOCK_MAX_WORDS } from './stock.js';

/** Words per piece. */
const PIECE = 3;
/**
 * A passage of at most SHORT_MAX_WORDS matched words is read by two-word pieces too: a chance phrase of common words
 * ("for a final vote later this week", "is scheduled to testify before the panel") holds a three-word run few
 * articles write, yet every two words of it are common; a copied fragment holds a name, number or rare word whose
 * two-word runs few articles write ("up to 4,000 National Guard troops").
 */
const SHORT_PIECE = 2;
export const SHORT_MAX_WORDS = 8;
/**
 * A piece is common when this many articles write it: the pair's two and three more (STOCK_DOCS beside the pair).
 * On AllSides, 5 marks 47 passages of none-needed pairs and none of a credited or uncredited pair. A count of writers,
 * not a share of the corpus: on half of AllSides, 5 marks no passage the whole set keeps as reuse, while 3 (the share
 * of the whole set's 5) marks 24 such, story facts among them ("civil war in which more than 70,000 people have"); on a
 * cut of 15 articles it marks nothing (too few writers to judge a phrase), and on the generated 10,000 one passage.
 */
export const PIECE_DOCS = 5;

/** A 53-bit key of the `len` (2 or 3) word hashes at g (two 32-bit mixes; collisions only merge two rare pieces). */
function pieceKey(words: Uint32Array, g: number, len: number): number {
  const a = words[g],
    b = words[g + 1],
    c = len === 3 ? words[g + 2] : 0x5bd1e995;
  const h1 = Math.imul(Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b, 0xc2b2ae35) ^ c;
  const h2 = Math.imul(Math.imul(c ^ 0x27d4eb2f, 0x165667b1) ^ a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77);
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}

/** The short narration passages of pairs that share nothing else: the candidates, as [pair, passage index]. */
function candidates(pairs: readonly KindPair[], maxWords: number): [KindPair, number][] {
  const out: [KindPair, number][] = [];
  for (const p of pairs) {
    const total = reuseWords(p.passages);
    p.passages.forEach((x, k) => {
      if (x.kind !== 'reuse' || x.kind_because !== NARRATION_BECAUSE) return;
      if (x.matched > maxWords || total - x.matched >= STRONG_WORDS) return;
      out.push([p, k]);
    });
  }
  return out;
}

/** How many of the passage's `len`-word runs are written in fewer than PIECE_DOCS articles, and the fewest articles
 * writing one of them (Infinity when it has no run). */
function rarePieces(
  p: KindPair,
  k: number,
  index: Pick<KindContext['index'], 'offsets' | 'words'>,
  count: PieceCounts,
  len: number,
): { rare: number; fewest: number } {
  const w = p.words[k];
  const { offsets, words } = index;
  let rare = 0,
    fewest = Infinity;
  for (let g = offsets[p.ia] + w.a0; g + len <= offsets[p.ia] + w.a1; g++) {
    const n = count.get(pieceKey(words, g, len))![0];
    if (n < PIECE_DOCS) rare++;
    fewest = Math.min(fewest, n);
  }
  return { rare: fewest < Infinity ? rare : Infinity, fewest };
}
type PieceCounts = Map<number, [number, number]>;

/** Count, in one pass over the corpus's words, the articles writing each `len`-word run of the candidates. */
function countPieces(cands: readonly [KindPair, number][], ctx: Pick<KindContext, 'index'>, len: number): PieceCounts {
  const { offsets, words, docs } = ctx.index;
  // piece key -> [articles holding it, the last article counted]
  const count: PieceCounts = new Map();
  for (const [p, k] of cands) {
    const w = p.words[k];
    for (let g = offsets[p.ia] + w.a0; g + len <= offsets[p.ia] + w.a1; g++)
      count.set(pieceKey(words, g, len), [0, -1]);
  }
  for (let d = 0; d < docs; d++)
    for (let g = offsets[d]; g + len <= offsets[d + 1]; g++) {
      const c = count.get(pieceKey(words, g, len));
      if (c && c[1] !== d) {
        c[0]++;
        c[1] = d;
      }
    }
  return count;
}

/**
 * Mark as stock the short narration passages of pairs that share nothing else whose every three-word run is written
 * in PIECE_DOCS or more articles of the corpus (see the head of this file). One pass over the corpus's words, counting
 * only the candidates' pieces. Two common phrases written side by side by chance ("is up for reelection in 2016 and",
 * "been in the country for more than") hold one rarer run where they meet; such a passage is stock too when it and
 * every other reuse passage of its pair are of this sort and the pair's reuse is under the evidence floor: a copied
 * fragment holds a rare word inside it, which is in three runs, and a pair with any other reuse keeps it.
 */
export function markCommonPieces(
  pairs: readonly KindPair[],
  ctx: Pick<KindContext, 'index'>,
  outletId: Int32Array,
): void {
  const cands = candidates(pairs, STOCK_MAX_WORDS);
  if (!cands.length) return;
  const count = countPieces(cands, ctx, PIECE);
  const rare = new Map<KindPair, Map<number, { rare: number; fewest: number }>>();
  for (const [p, k] of cands)
    (rare.get(p) ?? rare.set(p, new Map()).get(p)!).set(k, rarePieces(p, k, ctx.index, count, PIECE));
  for (const [p, byPassage] of rare) {
    const joined =
      reuseWords(p.passages) < STRONG_WORDS &&
      p.passages.every((x, k) => x.kind !== 'reuse' || (byPassage.get(k)?.rare ?? Infinity) <= 1);
    for (const [k, { rare: n, fewest }] of byPassage) {
      if (n === 0)
        setKind(
          p.passages[k],
          'stock',
          `a formula of common phrases: each of its three-word runs is written in ${fewest} or more articles of the corpus`,
        );
      else if (n === 1 && joined)
        setKind(
          p.passages[k],
          'stock',
          `common phrases joined: each of its three-word runs but one is written in ${PIECE_DOCS} or more articles of the corpus, and the pair shares nothing else`,
        );
    }
  }
  markCommonWords(
    pairs.filter((p) => outletId[p.ia] !== outletId[p.ib]),
    ctx,
  );
}

/** Mark as stock the passages of SHORT_MAX_WORDS or fewer words of cross-outlet pairs that share nothing else whose
 * every two-word run is written in PIECE_DOCS or more articles (see SHORT_PIECE): a chance phrase of common words. An
 * outlet's own short phrase repeated (same-outlet pairs) is its own text, and stays reuse. */
function markCommonWords(pairs: readonly KindPair[], ctx: Pick<KindContext, 'index'>): void {
  const cands = candidates(pairs, SHORT_MAX_WORDS);
  if (!cands.length) return;
  const count = countPieces(cands, ctx, SHORT_PIECE);
  for (const [p, k] of cands) {
    const { rare, fewest } = rarePieces(p, k, ctx.index, count, SHORT_PIECE);
    if (rare === 0)
      setKind(
        p.passages[k],
        'stock',
        `a chance phrase of common words: each of its two-word runs is written in ${fewest} or more articles of the corpus`,
      );
  }
}
