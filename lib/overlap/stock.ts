// Rule 2 of the passage kinds: stock phrases and site furniture. A short reuse passage whose words recur in STOCK_DOCS
// articles that share nothing else with each other is a formula, by the phrase's document frequency among unrelated
// pairs measured on the corpus itself (not looked up in a list). Between two articles of one outlet, a passage of any
// length that recurs so in FURNITURE_DOCS articles is the outlet's site furniture (a sign-up box, a scraped name
// card); in STOCK_DOCS when it is off the subject of both articles (lib/overlap/furniture.ts).
import type { Passage } from './types.js';
import { OFF_SUBJECT_SHARE, subjectShare } from './furniture.js';
import { reuseWords, STRONG_WORDS } from './reuse-strength.js';
import { setKind, type KindContext, type KindPair } from './kind-pair.js';
import { siteIds } from './publisher.js';

/** A stock phrase is short: passages with more matched words than this are never stock. */
export const STOCK_MAX_WORDS = 15;
/** A phrase is stock when it recurs in at least this many articles that share nothing else with each other. */
export const STOCK_DOCS = 3;
/**
 * Site furniture of any length (a newsletter sign-up box, a scraped name card, a show's plug) is stock between two
 * articles of one outlet when it recurs in at least this many articles that share nothing else: an outlet's own
 * background paragraph, reused in the follow-ups of one story, recurs in fewer. Off the articles' subject (its content
 * words found nowhere else in either), STOCK_DOCS are enough: in a user's folder of one story an outlet has a handful of
 * articles, and its sign-up box sits in three or four.
 */
export const FURNITURE_DOCS = 5;

/**
 * Stock phrases: short reuse passages whose shingles recur in STOCK_DOCS or more articles among pairs that share
 * nothing else (the pair's other reuse passages stay under STRONG_WORDS); and, between two articles of one outlet,
 * passages of any length that recur so in FURNITURE_DOCS articles (the outlet's furniture). Two rounds, so a pair made
 * of several stock phrases is recognised as sharing nothing else once its first phrases are known to be stock.
 */
export function markStock(
  pairs: readonly KindPair[],
  ctx: Pick<KindContext, 'docs' | 'index'>,
  outletId: Int32Array,
): void {
  const { offsets, shingle, n } = ctx.index;
  const sites = siteIds(ctx.docs);
  // two articles of one site are of one outlet whatever names the corpus files them under (lib/overlap/publisher.ts)
  const site = (p: KindPair) =>
    outletId[p.ia] !== outletId[p.ib] && sites.id[p.ia] >= 0 && sites.id[p.ia] === sites.id[p.ib]
      ? sites.names[sites.id[p.ia]]
      : null;
  // a long passage can be stock only between two articles of one outlet, as its furniture
  const short = (p: KindPair, x: Passage) =>
    x.matched <= STOCK_MAX_WORDS || outletId[p.ia] === outletId[p.ib] || site(p) !== null;
  for (let round = 0; round < 2; round++) {
    // short phrases and long furniture are counted apart: a phrase inside an outlet's furniture is no evidence that
    // the phrase is stock between other outlets
    const shortOf = new Map<number, number[]>(),
      longOf = new Map<number, number[]>();
    const docsOf = (x: Passage) => (x.matched > STOCK_MAX_WORDS ? longOf : shortOf);
    for (const p of pairs) {
      const total = reuseWords(p.passages);
      p.passages.forEach((x, k) => {
        if (x.kind !== 'reuse' || !short(p, x) || total - x.matched >= STRONG_WORDS) return;
        const w = p.words[k];
        for (let g = offsets[p.ia] + w.a0; g <= offsets[p.ia] + w.a1 - n; g++) {
          const s = shingle[g];
          if (s < 0) continue;
          const l = docsOf(x).get(s) ?? docsOf(x).set(s, []).get(s)!;
          if (l.length < STOCK_DOCS * 2) for (const d of [p.ia, p.ib]) if (!l.includes(d)) l.push(d);
        }
      });
    }
    let changed = false;
    for (const p of pairs) {
      p.passages.forEach((x, k) => {
        if (x.kind !== 'reuse' || !short(p, x)) return;
        const w = p.words[k];
        const long = x.matched > STOCK_MAX_WORDS;
        let most = 0,
          common = 0,
          furniture = 0,
          all = 0;
        for (let g = offsets[p.ia] + w.a0; g <= offsets[p.ia] + w.a1 - n; g++) {
          const s = shingle[g];
          if (s < 0) continue;
          const d = docsOf(x).get(s)?.length ?? 0;
          most = Math.max(most, d);
          all++;
          if (d >= STOCK_DOCS) common++;
          if (d >= FURNITURE_DOCS) furniture++;
        }
        // the phrase is the passage: most of its shingles recur, not just one word run inside a longer copy; a long
        // passage (furniture) recurs in FURNITURE_DOCS, or in STOCK_DOCS when it is off the subject of both articles
        // (checked last: it reads the two articles' words)
        const stockLike = most >= STOCK_DOCS && common * 2 >= all;
        const furnitureLike = most >= FURNITURE_DOCS && furniture * 2 >= all;
        if (long ? furnitureLike || (stockLike && offSubject(p, k, ctx)) : stockLike) {
          setKind(x, 'stock', stockBecause(long, most, site(p)));
          changed = true;
        }
      });
    }
    if (!changed) break;
  }
}

/** Why a passage is stock: a formula (short), or furniture its outlet (or the one site of both articles) prints. */
function stockBecause(long: boolean, most: number, site: string | null): string {
  if (!long) return `a formulaic phrase: it recurs in ${most} articles that share nothing else with each other`;
  if (site)
    return `publisher boilerplate: ${site} prints it in ${most} or more of its own articles that share nothing else, whatever outlet they are filed under`;
  return `site furniture: the outlet prints it in ${most} or more articles that share nothing else`;
}

/** Whether a pair's passage k is off the subject of both its articles (site furniture, not background text). */
function offSubject(p: KindPair, k: number, ctx: Pick<KindContext, 'docs' | 'index'>): boolean {
  const w = p.words[k];
  const a = subjectShare(ctx.docs[p.ia], ctx.index, p.ia, w.a0, w.a1);
  const b = subjectShare(ctx.docs[p.ib], ctx.index, p.ib, w.b0, w.b1);
  return a <= OFF_SUBJECT_SHARE && b <= OFF_SUBJECT_SHARE;
}
