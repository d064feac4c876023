// Findings about top terms: the terms every outlet ranks high, and each outlet's own frequent term.
import { byString } from '../text/counts.js';
import { isPlainTerm } from '../framing/plain-terms.js';
import type { Finding } from './types.js';
import { oneArticleTopic, spreadKey, type TermSpread } from './spread.js';
import { listWords } from './finding-words.js';

/** Outlets the distinct-terms finding names at most. */
export const MAX_TERM_OUTLETS = 8;

const NAME_SPLIT = /[^\p{L}\p{N}]+/u;

/** True when a term is a word of the outlet's own name ("npr" for NPR Online News): house style, not a finding. */
function ownNameWord(outlet: string, term: string): boolean {
  return outlet.toLowerCase().split(NAME_SPLIT).includes(term);
}

/**
 * Findings about top terms: terms every outlet has among its top terms, and each outlet's most frequent term no other
 * outlet ranks (neither a word of general English nor of the outlet's own name).
 */
export function termFindings(
  rows: readonly { outlet: string; term: string; count: number; display?: string }[],
  opts: {
    spread?: ReadonlyMap<string, TermSpread>;
    articles?: ReadonlyMap<string, number>;
    /** outlet -> words: "the outlets with the most text" (else their top terms' counts stand in) */
    words?: Readonly<Record<string, number>>;
  } = {},
): Finding[] {
  const byOutlet = new Map<string, { term: string; count: number; display?: string }[]>();
  // lists compared by key, words shown as the corpus writes them ("Assad")
  const shownAs = new Map(rows.map((r) => [r.term, r.display ?? r.term]));
  for (const r of rows) {
    const list = byOutlet.get(r.outlet) ?? [];
    list.push(r);
    byOutlet.set(r.outlet, list);
  }
  if (byOutlet.size < 2) return [];
  const ev = [{ href: '#fig-top-terms-by-outlet', label: 'top terms chart' }];
  const out: Finding[] = [];
  const sets = [...byOutlet.values()].map((l) => new Set(l.map((x) => x.term)));
  const shared = [...sets[0]].filter((t) => sets.every((s) => s.has(t)));
  if (shared.length)
    out.push({
      text: `Every outlet has ${listWords(shared.slice(0, 5).map((t) => `“${shownAs.get(t) ?? t}”`))} among its most frequent terms.`,
      evidence: ev,
    });
  const own: string[] = [];
  // the outlets with the most text when there are many (one line cannot list 100): by their words when given, which
  // the title says; their top terms' counts moved with how the rows were folded and swapped outlets of like size
  const size = ([o, l]: [string, readonly { count: number }[]]) =>
    opts.words?.[o] ?? l.reduce((n, x) => n + x.count, 0);
  const listed = [...byOutlet]
    .sort((x, y) => size(y) - size(x) || byString(x[0], y[0]))
    .slice(0, MAX_TERM_OUTLETS)
    .sort((x, y) => byString(x[0], y[0]));
  for (const [outlet, list] of listed) {
    const others = [...byOutlet].filter(([o]) => o !== outlet).map(([, l]) => new Set(l.map((x) => x.term)));
    const first = [...list]
      .sort((x, y) => y.count - x.count || byString(x.term, y.term))
      .find(
        (x) =>
          others.every((s) => !s.has(x.term)) &&
          !isPlainTerm(x.term) &&
          !ownNameWord(outlet, x.term) &&
          !oneArticleTopic(opts.spread?.get(spreadKey(outlet, x.term)), opts.articles?.get(outlet) ?? 0),
      );
    if (first)
      own.push(
        `${outlet}${opts.articles?.get(outlet) === 1 ? ' (one article)' : ''}: “${first.display ?? first.term}” (${first.count})`,
      );
  }
  const among = byOutlet.size > MAX_TERM_OUTLETS ? ` (among the ${MAX_TERM_OUTLETS} outlets with the most text)` : '';
  if (own.length)
    out.push({ text: `Frequent terms that only one outlet ranks high${among} — ${own.join('; ')}.`, evidence: ev });
  return out;
}
