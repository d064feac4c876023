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

/** An outlet's wanted terms by their first word: each term's place in the outlet's list and its words. */
type ByFirstWord = Map<string, { at: number; words: string[] }[]>;

/** `forms`: each wanted term's forms (a word and its plural counted as one term, lib/report/term-rows.ts), else the term. */
function byFirstWord(terms: readonly string[], forms: ReadonlyMap<string, readonly string[]>): ByFirstWord {
  const out: ByFirstWord = new Map();
  terms.forEach((term, at) => {
    for (const form of forms.get(term) ?? [term]) {
      const words = form.split(' ');
      const l = out.get(words[0]);
      if (l) l.push({ at, words });
      else out.set(words[0], [{ at, words }]);
    }
  });
  return out;
}

/**
 * Uses of each wanted term in doc `d` (as consecutive token norms, every start counted), added into `n` by the term's
 * place: one pass over the tokens, each asked for the terms its norm opens (a scan per term was the report's cost).
 */
function usesIn(d: Doc, byFirst: ByFirstWord, n: Int32Array): void {
  const t = d.tokens;
  for (let i = 0; i < t.length; i++) {
    const cands = byFirst.get(t[i].norm);
    if (!cands) continue;
    for (const { at, words } of cands) {
      if (i + words.length > t.length) continue;
      let k = 1;
      while (k < words.length && t[i + k].norm === words[k]) k++;
      if (k === words.length) n[at]++;
    }
  }
}

/**
 * The spread of each wanted (outlet, term) over the outlet's docs, keyed by spreadKey; a term with `forms` counts the
 * uses of each form. Counted over the whole text
 * (every voice): an approximation of the own-voice counts, enough to tell one article's topic from an outlet's habit.
 */
export function termSpreads(
  docs: readonly Doc[],
  wanted: readonly { outlet: string; term: string; forms?: readonly string[] }[],
): Map<string, TermSpread> {
  const byOutlet = new Map<string, string[]>();
  const forms = new Map<string, readonly string[]>();
  for (const w of wanted) {
    if (w.forms?.length) forms.set(w.term, w.forms);
    const list = byOutlet.get(w.outlet) ?? [];
    if (!list.includes(w.term)) list.push(w.term);
    byOutlet.set(w.outlet, list);
  }
  const out = new Map<string, TermSpread>();
  const perOutlet = new Map<string, { byFirst: ByFirstWord; spreads: TermSpread[]; n: Int32Array }>();
  for (const [o, terms] of byOutlet)
    for (const term of terms) out.set(spreadKey(o, term), { total: 0, top: 0, articles: 0 });
  for (const [o, terms] of byOutlet) {
    const spreads = terms.map((term) => out.get(spreadKey(o, term))!);
    perOutlet.set(o, { byFirst: byFirstWord(terms, forms), spreads, n: new Int32Array(terms.length) });
  }
  for (const d of docs) {
    const p = d.field === 'title' ? undefined : perOutlet.get(d.outlet);
    if (!p) continue;
    p.n.fill(0);
    usesIn(d, p.byFirst, p.n);
    p.spreads.forEach((s, k) => {
      const n = p.n[k];
      if (!n) return;
      s.total += n;
      s.articles++;
      if (n > s.top) s.top = n;
    });
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
