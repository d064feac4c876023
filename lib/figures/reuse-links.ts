// What the reuse network draws between two outlets, from the article pairs: one arrow per direction of reuse
// (credited or not), and one faint line per outlet pair that shares only common-source or stock text. Pure.
import type { OverlapResult } from '../overlap/overlap.js';
import { byString } from '../util/compare.js';

/** A link between two outlets as drawn: reuse from `from` to `to` (directed or not), or common-source text only. */
export interface ReuseLink {
  from: string;
  to: string;
  kind: 'credited' | 'uncredited' | 'common';
  /** false when the pairs' order is unknown (reuse), and always for common-source links */
  directed: boolean;
  /** article pairs behind the link */
  pairs: number;
  /** of which not credited */
  uncredited: number;
  /** words of the reusing articles inside reuse passages (common links: words inside shared passages) */
  words: number;
  /** the strongest pair's evidence of copying (0 for common links) */
  evidence: number;
}

/** What the network needs from the overlap result. */
export type LinkInput = Pick<OverlapResult, 'docs' | 'pairs'>;

/** Reuse and common-source links between outlets, and the article pairs inside each outlet that reuse its own text. */
export interface ReuseLinks {
  links: ReuseLink[];
  /** outlet -> pairs of its own articles that share reuse passages */
  selfPairs: Map<string, number>;
}

type Pair = OverlapResult['pairs'][number];

/** The reusing side of a reuse pair: source and reusing outlet, and the reusing article's words in reuse passages. */
function reuseSide(p: Pair, words: ReadonlyMap<string, number>): { from: string; to: string; words: number } {
  const wa = p.reuse_a_in_b * (words.get(p.a) ?? 0),
    wb = p.reuse_b_in_a * (words.get(p.b) ?? 0);
  if (p.direction === 'a→b') return { from: p.outlet_a, to: p.outlet_b, words: wb };
  if (p.direction === 'b→a') return { from: p.outlet_b, to: p.outlet_a, words: wa };
  const [from, to] = [p.outlet_a, p.outlet_b].sort(byString);
  return { from, to, words: Math.max(wa, wb) };
}

/** Add one pair to its link (made on first use). */
function addPair(links: Map<string, ReuseLink>, key: string, base: ReuseLink, p: Pair, words: number): void {
  const l = links.get(key) ?? base;
  l.pairs++;
  l.words += words;
  if (p.credit === 'uncredited') {
    l.uncredited++;
    l.kind = 'uncredited';
  }
  if (base.kind !== 'common') l.evidence = Math.max(l.evidence, p.evidence);
  links.set(key, l);
}

/**
 * Links between outlets: each credited or uncredited cross-outlet pair adds to the arrow from its source outlet to its
 * reusing outlet (undirected when the order is unknown; uncredited when any of its pairs is); every other cross-outlet
 * pair adds to the one common-source line of its two outlets. Strongest first (reuse before common, then words).
 */
export function reuseLinks(result: LinkInput): ReuseLinks {
  const words = new Map(result.docs.map((d) => [d.id, d.words]));
  const links = new Map<string, ReuseLink>();
  const selfPairs = new Map<string, number>();
  for (const p of result.pairs) {
    if (p.kind === 'same-outlet') {
      if (p.matched.reuse > 0) selfPairs.set(p.outlet_a, (selfPairs.get(p.outlet_a) ?? 0) + 1);
      continue;
    }
    const reuse = p.credit === 'credited' || p.credit === 'uncredited';
    if (reuse) {
      const s = reuseSide(p, words);
      const directed = p.direction !== 'unknown';
      const base: ReuseLink = { ...s, kind: 'credited', directed, pairs: 0, uncredited: 0, words: 0, evidence: 0 };
      addPair(links, `r\u0000${s.from}\u0000${s.to}\u0000${directed}`, base, p, s.words);
    } else {
      const [from, to] = [p.outlet_a, p.outlet_b].sort(byString);
      const shared = Math.max(p.a_in_b * (words.get(p.a) ?? 0), p.b_in_a * (words.get(p.b) ?? 0));
      const base: ReuseLink = {
        from,
        to,
        kind: 'common',
        directed: false,
        pairs: 0,
        uncredited: 0,
        words: 0,
        evidence: 0,
      };
      addPair(links, `c\u0000${from}\u0000${to}`, base, p, shared);
    }
  }
  const out = [...links.values()].map((l) => ({ ...l, words: Math.round(l.words) }));
  const rank = (l: ReuseLink) => (l.kind === 'common' ? 1 : 0);
  out.sort((a, b) => rank(a) - rank(b) || b.words - a.words || byString(a.from, b.from) || byString(a.to, b.to));
  return { links: out, selfPairs };
}

/** The key of an outlet pair whatever the direction. */
export function pairKey(a: string, b: string): string {
  return byString(a, b) <= 0 ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
