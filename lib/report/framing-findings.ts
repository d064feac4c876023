// Findings about framing: own narration against quoted and reused text, distinctive and loaded terms, and unnamed
// sources, for the outlets with the most text.
import { byString } from '../text/counts.js';
import type { Finding } from './types.js';
import type { TermSpread } from './spread.js';
import { storyWords } from './story-words.js';
import { percent } from './finding-words.js';
import { MAX_TERM_OUTLETS } from './term-findings.js';
import { leaningFindings, leaningTerms, type LeanRow } from './leaning-findings.js';
import { loadedFindings, oneArticleTerms, type LoadedHitLike } from './loaded-findings.js';
import { unnamedSourceFindings } from './unnamed-source-findings.js';

/** The outlets the framing findings compare: all of them, or the MAX_TERM_OUTLETS with the most words. */
function biggest(words: readonly [string, number][]): Set<string> {
  const sorted = [...words].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  return new Set(sorted.slice(0, MAX_TERM_OUTLETS).map(([o]) => o));
}

/** Articles per outlet, from a doc -> outlet map. */
function articleCounts(outletOf: Readonly<Record<string, string>>): Map<string, number> {
  const n = new Map<string, number>();
  for (const o of Object.values(outletOf)) n.set(o, (n.get(o) ?? 0) + 1);
  return n;
}

/**
 * Findings about framing: how much of each outlet is its own narration, the terms it leans on, loaded terms in its own
 * voice, who it quotes.
 */
export function framingFindings(
  f: {
    voice: readonly { doc: string; own: number; quoted: number; reported: number; reused: number; words: number }[];
    distinctive: readonly LeanRow[];
    loaded: readonly { outlet: string; term: string; theme: string; own: number; forms?: string }[];
    sources: readonly { outlet: string; kind: string; name: string; count: number }[];
    /** the lexicon hits behind `loaded` (framing detail), to tell a term one article repeats from an outlet's habit */
    loadedHits?: readonly LoadedHitLike[];
    /** each doc's event, to tell a term most outlets on a story write from one outlet's wording (none: one story) */
    eventOf?: Readonly<Record<string, string>>;
  },
  outletOf: Readonly<Record<string, string>>,
  spread?: ReadonlyMap<string, TermSpread>,
  /** why an outlet's clear term is not its wording (term-aside.ts: house spelling, one article's topic) */
  aside?: (outlet: string, term: string) => string | undefined,
): Finding[] {
  const out: Finding[] = [];
  const byOutlet = new Map<string, { words: number; own: number; quoted: number; reused: number }>();
  for (const v of f.voice) {
    const o = outletOf[v.doc] ?? v.doc;
    const x = byOutlet.get(o) ?? { words: 0, own: 0, quoted: 0, reused: 0 };
    x.words += v.words;
    x.own += v.own * v.words;
    x.quoted += (v.quoted + v.reported) * v.words;
    x.reused += v.reused * v.words;
    byOutlet.set(o, x);
  }
  // extremes among the outlets with the most text: a single column is 100% own words by nature
  const big = biggest([...byOutlet].map(([o, x]) => [o, x.words] as [string, number]));
  // an outlet of one article is one piece (a 99% own-words essay), not a habit: the extremes are outlets of several
  // articles when two have text, else every big outlet, one-article ones named so beside an outlet of several
  const articles = articleCounts(outletOf);
  const several = [...byOutlet].filter(([o, x]) => x.words > 0 && big.has(o) && (articles.get(o) ?? 0) >= 2);
  const shares = (several.length > 1 ? several : [...byOutlet].filter(([o, x]) => x.words > 0 && big.has(o))).map(
    ([o, x]) => ({
      o: several.length && (articles.get(o) ?? 0) === 1 ? `${o} (one article)` : o,
      own: x.own / x.words,
      quoted: x.quoted / x.words,
      reused: x.reused / x.words,
    }),
  );
  if (shares.length > 1) {
    const s = [...shares].sort((a, b) => a.own - b.own || byString(a.o, b.o));
    const lo = s[0],
      hi = s[s.length - 1];
    out.push({
      text: `${hi.o} writes most in its own words (${percent(hi.own)} own narration); ${lo.o} the least (${percent(lo.own)}: ${percent(lo.quoted)} quoted or reported speech, ${percent(lo.reused)} reused text).`,
      evidence: [{ href: '#table-voice', label: 'voice shares' }],
    });
  }
  out.push(...leaningFindings(leaningTerms(f.distinctive, big, articles, spread, aside), big, byOutlet.size));
  const hits = f.loadedHits ?? [];
  out.push(
    ...loadedFindings(f.loaded, oneArticleTerms(hits, articles), storyWords(hits, outletOf, f.eventOf), articles),
  );
  out.push(...unnamedSourceFindings(f.sources));
  return out;
}
