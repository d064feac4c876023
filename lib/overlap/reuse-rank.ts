// Which pair of articles shows the most evidence that one outlet took text from another, and why, in words: the order a
// reader should look at pairs in. A pair with a credit verdict (its reuse is strong enough to be evidence of copying)
// comes first, then the pair whose reuse passages are least likely by chance (their evidence), then the one with the
// most words of copied or rewritten narration. The share of an article that is reused comes only after these: a few
// words of a name or a clause make a large share of a short article, and say nothing of copying. Pure.
import type { OverlapPair } from './overlap.js';
import type { Passage } from './types.js';
import { STRONG_EVIDENCE, STRONG_WORDS } from './reuse-strength.js';

/** The pair fields the order reads. */
export type RankedPair = Pick<
  OverlapPair,
  | 'a'
  | 'b'
  | 'credit'
  | 'evidence'
  | 'matched'
  | 'rewritten_words'
  | 'reuse_a_in_b'
  | 'reuse_b_in_a'
  | 'a_in_b'
  | 'b_in_a'
> & { passages?: readonly Pick<Passage, 'kind' | 'quote' | 'matched'>[]; rewritten_verbatim?: number };

/**
 * Matched words of copied or rewritten narration in a pair (0: it shares only common-source or stock text): the reuse
 * passages' matched words and the rewritten narration outside them. Aligned sentences copied word for word
 * (`rewritten_verbatim`) lie inside the reuse passages already: counted twice, a near-copy of 606 matched words read
 * as "1170 words" in notebook 02 beside "606 matched words of reuse" in the pair table.
 */
export function reuseWordsOf(
  p: Pick<OverlapPair, 'matched' | 'rewritten_words'> & { rewritten_verbatim?: number },
): number {
  const rewritten = Math.max(0, (p.rewritten_words ?? 0) - (p.rewritten_verbatim ?? 0));
  return (p.matched?.reuse ?? 0) + rewritten;
}

/**
 * Matched words of reuse passages inside quote marks (in one article or both): words a third party said that one
 * outlet took from the other's reporting, its interview or its article, crediting it beside them ("“We're going to
 * run this to ground,” he told CNN"). Reuse, but not narration.
 */
export function quotedReuseWordsOf(p: Pick<RankedPair, 'passages'>): number {
  return (p.passages ?? []).reduce((n, x) => n + (x.kind === 'reuse' && x.quote !== 'narration' ? x.matched : 0), 0);
}

/**
 * The reuse of a pair in words: "N words of copied or rewritten narration", or, when some of it lies inside quote
 * marks, how much is quoted words one outlet took from the other's reporting (quotedReuseWordsOf). Within one outlet
 * (`across` false) quoted words are its own article's quotes printed again: "N reused words, Q of them in quote marks".
 */
export function reuseWhat(
  p: Pick<RankedPair, 'matched' | 'rewritten_words' | 'passages'> & { rewritten_verbatim?: number },
  across = true,
): string {
  const words = reuseWordsOf(p),
    quoted = Math.min(words, quotedReuseWordsOf(p));
  if (!quoted) return `${words} words of copied or rewritten narration`;
  if (!across) return `${words} reused words, ${quoted} of them in quote marks`;
  const taken = "in quote marks that one outlet took from the other's interview or article";
  if (quoted === words) return `${words} reused words, all ${taken}`;
  return `${words} reused words, ${words - quoted} of copied or rewritten narration and ${quoted} ${taken}`;
}

const verdict = (p: RankedPair) => (p.credit === 'credited' || p.credit === 'uncredited' ? 1 : 0);
const reuseShare = (p: RankedPair) => Math.max(p.reuse_a_in_b, p.reuse_b_in_a);
const cover = (p: RankedPair) => Math.max(p.a_in_b, p.b_in_a);
const evidenceOf = (p: RankedPair) => (reuseWordsOf(p) > 0 ? (p.evidence ?? 0) : 0);

/**
 * Most evidence of reuse first: a credit verdict, then the reuse passages' evidence, then words of copied or rewritten
 * narration, then the reused share of an article, then any shared text, then the ids (a total order).
 */
export function byReuseEvidence(x: RankedPair, y: RankedPair): number {
  return (
    verdict(y) - verdict(x) ||
    evidenceOf(y) - evidenceOf(x) ||
    reuseWordsOf(y) - reuseWordsOf(x) ||
    reuseShare(y) - reuseShare(x) ||
    cover(y) - cover(x) ||
    (x.a + x.b < y.a + y.b ? -1 : x.a + x.b > y.a + y.b ? 1 : 0)
  );
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Why `p` is the pair to read first among `rivals` other pairs of its kind that hold reuse, in words: its credit verdict
 * and evidence, or, when no pair's reuse reaches the evidence floor (STRONG_WORDS matched words and STRONG_EVIDENCE),
 * that it has the most of a little, and what else it shares.
 */
export function whyFirst(p: RankedPair, rivals: number): string {
  const words = reuseWordsOf(p);
  const others = rivals > 0 ? ` of the ${rivals + 1} pairs that hold any` : '';
  if (!words) return 'It is first because it shares the most text of any kind.';
  const ev = `evidence ${round1(p.evidence ?? 0)}`;
  if (verdict(p))
    return (
      `It is first because it holds the strongest evidence of reuse${others}: ${reuseWhat(p)} (${ev}), enough for a ` +
      `credit verdict (${p.credit}).`
    );
  const common = p.matched?.['common-source'] ?? 0;
  return (
    `It is first because it holds the most reuse${others} (${reuseWhat(p)}, ${ev}), but ` +
    `that is below what counts as evidence of copying (${STRONG_WORDS} words and evidence ${STRONG_EVIDENCE}): ` +
    `no pair here shows one outlet taking another's text` +
    (common > words
      ? `; most of what it shares (${common} words) is text of a third party both carry.`
      : common
        ? `; it also shares ${common} words of text of a third party.`
        : '.')
  );
}

/**
 * The pair of `pairs` to read first, with why in words: the one with the most evidence of reuse (byReuseEvidence);
 * when none holds copied or rewritten narration, the one with the most shared text of any kind. Undefined for no pairs.
 */
export function pairToReadFirst<P extends RankedPair>(pairs: readonly P[]): { pair: P; why: string } | undefined {
  const withReuse = pairs.filter((p) => reuseWordsOf(p) > 0).sort(byReuseEvidence);
  const pair = withReuse[0] ?? [...pairs].sort((x, y) => cover(y) - cover(x) || byReuseEvidence(x, y))[0];
  return pair && { pair, why: whyFirst(pair, Math.max(0, withReuse.length - 1)) };
}
