// How an outlet's own-narration uses of a loaded word spread over its articles. "Politico uses loaded terms, most often
// “influx” (4, all in one article)" reads as Politico's habit while it is one article's subject; a word its outlet
// writes in several articles says more about the outlet. The report's loaded-terms finding and notebook 04's loaded
// line both ask here, so they order an outlet's words alike (words of several articles first) and say the spread alike.
import { loadedRowKey } from '../framing/loaded-row-key.js';
import type { TermSpread } from './spread.js';

/** A lexicon hit as the spread reads it (lib/framing/loaded.ts LoadedHit). */
export type LoadedHitLike = { doc: string; outlet: string; term: string; voice: string; text?: string };

/** Key of an outlet's loaded-table row: outlet, NUL, loadedRowKey (the row's term, or its word for a wildcard). */
export const loadedKey = (outlet: string, term: string, form?: string): string =>
  outlet + '\u0000' + loadedRowKey(term, form);

/**
 * Each (outlet, row key) -> the spread of its own-narration hits over the outlet's articles; with `group`, the keys
 * it maps to one name (the rows a finding shows as one word, "militant/militants") are counted together under it, and
 * the keys it maps to undefined are left out.
 */
export function loadedSpreads(
  hits: readonly LoadedHitLike[],
  group: (key: string) => string | undefined = (k) => k,
): Map<string, TermSpread> {
  const byDoc = new Map<string, Map<string, number>>();
  for (const h of hits) {
    if (h.voice !== 'own') continue;
    const k = group(loadedKey(h.outlet, h.term, h.text));
    if (k === undefined) continue;
    const docs = byDoc.get(k) ?? byDoc.set(k, new Map()).get(k)!;
    docs.set(h.doc, (docs.get(h.doc) ?? 0) + 1);
  }
  const out = new Map<string, TermSpread>();
  for (const [k, docs] of byDoc) {
    const s: TermSpread = { total: 0, top: 0, articles: docs.size };
    for (const n of docs.values()) {
      s.total += n;
      s.top = Math.max(s.top, n);
    }
    out.set(k, s);
  }
  return out;
}

/**
 * The share of a word's uses one article must hold to carry it: two thirds (the distinctive terms' topic rule takes
 * half, lib/report/spread.ts, over a term's many uses; a loaded word has few, and in an outlet of two articles half
 * would mark nearly every word, "6 of 11 in one article" included).
 */
export const CARRIED_SHARE = 2 / 3;

/**
 * Whether one article carries a word of an outlet of two articles or more: it holds two thirds of its uses or more.
 * Such a word comes after the words of several articles.
 */
export function carriedByOne(s: TermSpread | undefined, outletArticles: number): boolean {
  return !!s && outletArticles >= 2 && s.total > 0 && s.top >= CARRIED_SHARE * s.total;
}

/**
 * The spread said beside a word's count `n` (its own-narration uses): ", all in one article", ", 3 of them in one
 * article", ", in 3 articles"; '' for one use, an outlet of one article or an unknown spread.
 */
export function spreadNote(s: TermSpread | undefined, n: number, outletArticles: number): string {
  if (!s || n < 2 || outletArticles < 2) return '';
  const top = Math.min(s.top, n);
  if (carriedByOne(s, outletArticles)) return top >= n ? ', all in one article' : `, ${top} of them in one article`;
  return `, in ${Math.min(s.articles, n)} articles`;
}
