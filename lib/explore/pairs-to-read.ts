// The pairs of articles a reader should look at first, and each described in words from its data: copied or rewritten
// narration before a pair that only carries the same quotes, and a pair that shares only a third party's text is never
// described as one article taking from the other. Pure: reads an OverlapResult.
import type { OverlapPair, OverlapResult } from '../overlap/overlap.js';
import { byReuseEvidence, reuseWhat, reuseWordsOf } from '../overlap/reuse-rank.js';
import { percent, plural } from '../report/finding-words.js';
import { pairNames, quotedHeadline, theArticle } from '../overlap/article-names.js';

/** The pairs to read closely: across outlets and inside one outlet, with how many pairs of each kind there are. */
export interface PairsToRead {
  /** the cross-outlet pair with the most reused text; without any, the one with the most shared text of any kind */
  cross?: OverlapPair;
  /** the same-outlet pair with the most reused text (none when one outlet's articles share only quotes or furniture) */
  same?: OverlapPair;
  /** cross-outlet pairs, and of them those with reused (copied or rewritten) narration */
  crossPairs: number;
  crossWithReuse: number;
  /** cross-outlet pairs whose reuse is strong enough for a credit verdict (credited or uncredited): copying shown */
  crossCopying: number;
  /** same-outlet pairs, and of them those with reused narration */
  samePairs: number;
  sameWithReuse: number;
}

/** Matched words of copied or rewritten narration in a pair (0: it shares only common-source or stock text). */
export function reusedWords(p: OverlapPair): number {
  return reuseWordsOf(p);
}

const cover = (p: OverlapPair) => Math.max(p.a_in_b, p.b_in_a);
/** The order notebook 02 reads pairs in (lib/overlap/reuse-rank.ts), so the report's first pair is the notebook's. */
const byReuse = byReuseEvidence;

/** Choose the pairs to read closely (see PairsToRead). */
export function pairsToRead(result: Pick<OverlapResult, 'pairs'>): PairsToRead {
  const cross = result.pairs.filter((p) => p.outlet_a !== p.outlet_b);
  const same = result.pairs.filter((p) => p.outlet_a === p.outlet_b);
  const crossReuse = cross.filter((p) => reusedWords(p) > 0).sort(byReuse);
  const sameReuse = same.filter((p) => reusedWords(p) > 0).sort(byReuse);
  const anyCross = [...cross].sort((x, y) => cover(y) - cover(x) || byReuse(x, y));
  return {
    cross: crossReuse[0] ?? anyCross[0],
    same: sameReuse[0],
    crossPairs: cross.length,
    crossWithReuse: crossReuse.length,
    crossCopying: crossReuse.filter((p) => p.credit === 'credited' || p.credit === 'uncredited').length,
    samePairs: same.length,
    sameWithReuse: sameReuse.length,
  };
}

/**
 * Notebook 02's count of pairs under the pair to read first: pairs across outlets, those whose narration is alike and
 * those whose like narration is strong enough to show that one outlet took it (a credit verdict); pairs inside one
 * outlet. Like narration under the evidence of copying is counted apart, so a few shared words of a common fact are
 * not called copied.
 */
export function pairCountsText(read: PairsToRead): string {
  const alike = read.crossWithReuse
    ? `, ${read.crossWithReuse} of them with like narration (${read.crossCopying} with enough of it to show that one ` +
      'outlet took it from the other)'
    : '';
  const counts =
    `${plural(read.crossPairs, 'pair')} of articles ${read.crossPairs === 1 ? 'shares' : 'share'} text across outlets${alike}; ` +
    `${plural(read.samePairs, 'pair')} inside one outlet, ${read.sameWithReuse} of them with reused narration.`;
  if (!read.crossPairs || read.crossCopying) return counts;
  return (
    counts +
    ' No outlet is shown to take narration from another: every pair across outlets carries quotes, statements, wire ' +
    'text, stock phrases or too little like narration to be evidence of copying.'
  );
}

/** Each article's date by id (ISO, or null when unknown), as a reader's sentence names an article without headline. */
export type DatesById = ReadonlyMap<string, string | null | undefined>;

/**
 * An article as a reader knows it, never by its id (a file path or an opaque key): its headline and outlet when the
 * headline is known, else "the <outlet> article of <date>", else "the <outlet> article".
 */
export function articleName(
  id: string,
  outlet: string,
  titles?: ReadonlyMap<string, string>,
  dates?: DatesById,
): string {
  const t = titles?.get(id)?.trim();
  if (t) return `${quotedHeadline(t)} (${outlet})`;
  const date = dates?.get(id);
  return date ? `${theArticle(outlet)} of ${date}` : theArticle(outlet);
}

/**
 * The names of a pair's two articles in one sentence: across outlets each as articleName gives it; within one outlet
 * names that tell the two apart (lib/overlap/article-names.ts: headlines, else dates, else "the first / second …"),
 * a headline followed by its outlet.
 */
export function pairArticleNames(
  p: Pick<OverlapPair, 'a' | 'b' | 'outlet_a' | 'outlet_b'>,
  titles?: ReadonlyMap<string, string>,
  dates?: DatesById,
): [string, string] {
  if (p.outlet_a !== p.outlet_b)
    return [articleName(p.a, p.outlet_a, titles, dates), articleName(p.b, p.outlet_b, titles, dates)];
  const named = (id: string) => ({ outlet: p.outlet_a, date: dates?.get(id) ?? null, title: titles?.get(id) });
  const names = pairNames(named(p.a), named(p.b));
  return names.map((x) => (x.startsWith('\u201C') ? `${x} (${p.outlet_a})` : x)) as [string, string];
}

/** How the pair's shared words divide between quotes or statements of a third party and stock phrases. */
function thirdPartyWords(p: OverlapPair): string {
  const common = p.matched?.['common-source'] ?? 0,
    stock = p.matched?.stock ?? 0;
  const parts = [
    common ? `${common} words of quotes, statements or wire text that both carry` : '',
    stock ? `${stock} words of stock phrases` : '',
  ].filter(Boolean);
  return parts.join(' and ') || 'short runs of words';
}

/**
 * One pair in words: what share of each article is shared, and either who likely took from whom (with the evidence
 * and the credit) or, for a pair sharing only a third party's text, that neither took it from the other; a pair of two
 * outlets whose like narration is too little to be evidence of copying takes no direction. Articles
 * are named by headline, else date, else order (pairArticleNames), never by id.
 */
export function describePair(p: OverlapPair, titles?: ReadonlyMap<string, string>, dates?: DatesById): string {
  const [A, B] = pairArticleNames(p, titles, dates);
  const shares = `${percent(p.a_in_b)} of the first and ${percent(p.b_in_a)} of the second lie inside ${plural(p.passages.length, 'shared passage')}`;
  if (reusedWords(p) === 0)
    return (
      `${A} and ${B} share only text of a third party or stock phrases (${thirdPartyWords(p)}): ${shares}. ` +
      'Neither took it from the other, so no credit is due.'
    );
  // across outlets, reuse under the evidence floor (credit none-needed) is no sign of taking: said so, with no direction
  if (p.outlet_a !== p.outlet_b && p.credit === 'none-needed')
    return (
      `${A} and ${B} share ${reusedWords(p)} words of like narration, too few or too common to show that one took them ` +
      `from the other (${p.credit_because || 'under the evidence of copying'}): ${shares}.`
    );
  const [src, dst] = p.direction === 'a→b' ? [A, B] : [B, A];
  const dir = p.direction === 'unknown' ? 'Which came first stays undecided' : `${dst} likely took from ${src}`;
  const credit = p.credit === 'same-outlet' ? 'one outlet' : `credit: ${p.credit} (${p.credit_because})`;
  // the reused share of each article is the report's "takes N% of its words"; the shared share counts quotes too
  const reused = `${percent(p.reuse_a_in_b)} of the first article's words and ${percent(p.reuse_b_in_a)} of the second's`;
  const all =
    p.reuse_a_in_b === p.a_in_b && p.reuse_b_in_a === p.b_in_a
      ? plural(p.passages.length, 'shared passage')
      : `in all, with quotes and stock phrases, ${shares}`;
  return (
    `${A} and ${B} share ${reuseWhat(p, p.outlet_a !== p.outlet_b)} (${reused}; ${all}). ` +
    `${dir} (${p.because || 'no evidence'}); ${credit}.`
  );
}
