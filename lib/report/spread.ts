// How a term's uses spread over an outlet's articles. A finding that an outlet "uses a word more than the others"
// reads as the outlet's habit; when one of its articles holds most of the uses ("plan" five times in the one Vox piece
// about a plan, "dam" in two Fox News stories about a dam), it is that article's topic, and a journalist would not print
// it as the outlet's wording. The findings ask this module before they name a term.
import type { Doc } from '../types.js';

/** A term's uses in one outlet's articles: all of them, and those of the article holding the most. */
export interface TermSpread {
  total: number;
  top: number;
  /** the outlet's articles that use it */
  articles: number;
}

/** Key of a (outlet, term) pair in a spread map. */
export function spreadKey(outlet: string, term: string): string {
  return outlet + '\t' + term;
}

/** Uses of the word sequence `words` in doc `d` (token norms, consecutive tokens). */
function usesIn(d: Doc, words: readonly string[]): number {
  const t = d.tokens;
  let n = 0;
  for (let i = 0; i + words.length <= t.length; i++) {
    if (t[i].norm !== words[0]) continue;
    let k = 1;
    while (k < words.length && t[i + k].norm === words[k]) k++;
    if (k === words.length) n++;
  }
  return n;
}

/**
 * The spread of each wanted (outlet, term) over the outlet's docs, keyed by spreadKey. Counted over the whole text
 * (every voice): an approximation of the own-voice counts, enough to tell one article's topic from an outlet's habit.
 */
export function termSpreads(
  docs: readonly Doc[],
  wanted: readonly { outlet: string; term: string }[],
): Map<string, TermSpread> {
  const byOutlet = new Map<string, string[]>();
  for (const w of wanted) {
    const list = byOutlet.get(w.outlet) ?? [];
    if (!list.includes(w.term)) list.push(w.term);
    byOutlet.set(w.outlet, list);
  }
  const out = new Map<string, TermSpread>();
  for (const [o, terms] of byOutlet)
    for (const term of terms) out.set(spreadKey(o, term), { total: 0, top: 0, articles: 0 });
  for (const d of docs) {
    if (d.field === 'title') continue;
    for (const term of byOutlet.get(d.outlet) ?? []) {
      const n = usesIn(d, term.split(' '));
      if (!n) continue;
      const s = out.get(spreadKey(d.outlet, term))!;
      s.total += n;
      s.articles++;
      if (n > s.top) s.top = n;
    }
  }
  return out;
}

/** The most of a term's uses one article may hold for the term to count as its outlet's habit. */
export const MAX_ONE_ARTICLE = 0.5;

/**
 * Whether a term reads as one article's topic rather than its outlet's wording: the outlet has two articles or more
 * and one of them holds more than half the uses. Unknown spreads (no docs given) never are.
 */
export function oneArticleTopic(s: TermSpread | undefined, outletArticles: number): boolean {
  return !!s && outletArticles >= 2 && s.total > 0 && s.top > MAX_ONE_ARTICLE * s.total;
}
