// Findings on an outlet reusing its own text: updates and versions of a story, or text carried into another story.
import type { Passage } from '../overlap/types.js';
import { STRONG_EVIDENCE, STRONG_WORDS } from '../overlap/kinds.js';
import type { Finding } from './types.js';
import { percent } from './finding-words.js';
import { pairNames } from '../overlap/article-names.js';
import { kindOf, pairAnchor, reuseAinB, reuseBinA, type EventOf, type OverlapPairLike } from './overlap-pairs.js';

/** A same-outlet pair's source, reusing article and the reused share of the latter. */
function selfReuse(p: OverlapPairLike): { src: string; dst: string; share: number } {
  const [src, dst, share] = p.direction === 'b→a' ? [p.b, p.a, reuseAinB(p)] : [p.a, p.b, reuseBinA(p)];
  return { src, dst, share };
}

/**
 * Whether a same-outlet pair's articles belong to different events: text carried into another story (a background
 * paragraph, a box the outlet prints) is no update or version of the story.
 */
function otherStory(p: OverlapPairLike, eventOf?: EventOf): boolean {
  const a = eventOf?.[p.a],
    b = eventOf?.[p.b];
  return a !== undefined && b !== undefined && a !== b;
}

/** What names the articles in a finding: headlines, dates (ISO) and events by id, as far as they are known. */
export interface SelfReuseNames {
  titles?: ReadonlyMap<string, string>;
  dates?: ReadonlyMap<string, string | null>;
  eventOf?: EventOf;
}

/**
 * The names of a same-outlet pair's reused and source article: headlines that differ, else dates, else "the first /
 * second <outlet> article" (lib/overlap/article-names.ts), never ids.
 */
function selfReuseNames(p: OverlapPairLike, names: SelfReuseNames): { src: string; dst: string } {
  const named = (id: string) => ({
    outlet: p.outlet_a,
    date: names.dates?.get(id) ?? null,
    title: names.titles?.get(id),
  });
  const [na, nb] = pairNames(named(p.a), named(p.b));
  return p.direction === 'b→a' ? { src: nb, dst: na } : { src: na, dst: nb };
}

function selfReuseText(p: OverlapPairLike, names: SelfReuseNames): string {
  const { share } = selfReuse(p);
  const { src, dst } = selfReuseNames(p, names);
  const eventOf = names.eventOf;
  const other = otherStory(p, eventOf);
  const order =
    p.direction === 'unknown'
      ? other
        ? ', an article on another story (order unclear)'
        : ' (order unclear)'
      : other
        ? ', an earlier article on another story'
        : ', which reads as the earlier version';
  return `${percent(share)} of ${dst} is also in ${src}${order}`;
}

/** "updates or versions of its stories", or how many of the pairs join articles of different stories. */
function selfReuseKinds(pairs: readonly OverlapPairLike[], eventOf?: EventOf): string {
  const other = pairs.filter((p) => otherStory(p, eventOf)).length;
  if (!other) return 'updates or versions of its stories';
  if (other === pairs.length) return 'each between articles on different stories';
  return `${other} of them between articles on different stories`;
}

const pairLink = (p: OverlapPairLike) => ({
  href: '#' + pairAnchor(p.a, p.b),
  label: p.passages.length === 1 ? 'the shared passage' : `the ${p.passages.length} shared passages`,
});

/**
 * Whether a pair's reuse passages carry the evidence a claim of copying needs between outlets (STRONG_WORDS matched
 * words and STRONG_EVIDENCE, lib/overlap/kinds.ts): under it, the text two articles of one outlet share is a phrase or
 * clause the writers use again ("according to a person familiar with the situation", a video's "Rough cut (no
 * reporter narration)"), not an update of a story. Results saved without the counts are kept.
 */
function strongReuse(p: OverlapPairLike): boolean {
  const reuse = (p.passages as readonly Partial<Pick<Passage, 'kind' | 'matched'>>[]).filter(
    (x) => kindOf(x) === 'reuse',
  );
  const words = reuse.some((x) => x.matched !== undefined) ? reuse.reduce((n, x) => n + (x.matched ?? 0), 0) : null;
  if (words !== null && words < STRONG_WORDS) return false;
  return p.evidence === undefined || p.evidence >= STRONG_EVIDENCE;
}

/**
 * An outlet reusing its own text: one finding per same-outlet pair, or, for an outlet with more than `perOutlet` such
 * pairs (updates of one story), one finding for the outlet with its largest pair, so its updates do not crowd out the
 * findings between outlets.
 */
export function selfReuseFindings(
  pairs: readonly OverlapPairLike[],
  minShare: number,
  names: SelfReuseNames = {},
  perOutlet = 2,
): Finding[] {
  const eventOf = names.eventOf;
  // only reuse passages are the outlet's own text again: two articles quoting the same statement, or naming the same
  // officials, reuse nothing; the share is that of the reuse passages
  const kept = pairs.filter(
    (x) =>
      x.kind === 'same-outlet' &&
      x.passages.some((y) => kindOf(y) === 'reuse') &&
      Math.max(reuseAinB(x), reuseBinA(x)) >= minShare &&
      strongReuse(x),
  );
  const byOutlet = new Map<string, OverlapPairLike[]>();
  for (const p of kept) (byOutlet.get(p.outlet_a) ?? byOutlet.set(p.outlet_a, []).get(p.outlet_a)!).push(p);
  const out: Finding[] = [];
  for (const p of kept) {
    const mine = byOutlet.get(p.outlet_a)!;
    if (mine.length <= perOutlet) {
      out.push({
        text: `${p.outlet_a} reuses its own text: ${selfReuseText(p, names)}.`,
        evidence: [pairLink(p)],
      });
      continue;
    }
    if (mine[0] !== p) continue; // the outlet's one finding, at the place of its first pair
    const top = [...mine].sort((x, y) => selfReuse(y).share - selfReuse(x).share);
    const docs = new Set(mine.flatMap((x) => [x.a, x.b])).size;
    out.push({
      text: `${p.outlet_a} reuses its own text across ${docs} of its articles (${mine.length} pairs, ${selfReuseKinds(mine, eventOf)}); the most: ${selfReuseText(top[0], names)}.`,
      evidence: top.slice(0, 3).map((x) => ({ ...pairLink(x), label: `the ${percent(selfReuse(x).share)} pair` })),
    });
  }
  return out;
}
