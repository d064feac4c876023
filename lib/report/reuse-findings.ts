// Findings on reuse between outlets: who took how much from whom, rewritten or copied, and whether the taker names
// the source.
import type { DirectionBasis, Passage } from '../overlap/types.js';
import { mostlyVerbatim, narrationWhat } from '../overlap/narration.js';
import type { Finding } from './types.js';
import { articleName, listWords, percent, times } from './finding-words.js';
import {
  kindOf,
  pairAnchor,
  reuseAinB,
  reuseBinA,
  type CitationLike,
  type OverlapLike,
  type OverlapPairLike,
} from './overlap-pairs.js';

/** "N words of rewritten narration in K aligned sentences" (results without the counts: "rewritten narration"). */
function rewrittenWhat(p: OverlapPairLike): string {
  if (!p.rewritten_words) return 'rewritten narration,';
  return narrationWhat(narrationOf(p)) + ',';
}

/** The aligned narration of a saved pair (results saved before `rewritten_verbatim` count none as verbatim). */
function narrationOf(p: OverlapPairLike): { words: number; sentences: number; verbatim: number } {
  return { words: p.rewritten_words ?? 0, sentences: p.rewritten_sentences ?? 0, verbatim: p.rewritten_verbatim ?? 0 };
}

/**
 * The matched words behind a share, as the pair table and notebook 02 count them (" (606 matched words)"), so the
 * finding's share and their word count read as one measure; '' for results saved without the count.
 */
function matchedWords(p: OverlapPairLike): string {
  const n = p.matched?.reuse;
  return n ? ` (${n.toLocaleString('en-US')} matched words)` : '';
}

/**
 * How a finding flags a direction read from weak evidence, or '': by the pair's `direction_by` (DirectionBasis,
 * lib/overlap/direction.ts), never by the wording of its `because`. Results saved without the field get no flag.
 */
function weakDirection(by: DirectionBasis | undefined, source: string): string {
  if (by === 'agency') return ` (which came first is inferred: ${source} is a news agency)`;
  if (by === 'containment' || by === 'extended') return ' (which came first is weak evidence: containment only)';
  return '';
}

/** Whether a pair's reuse is rewritten narration (aligned sentences) rather than exact passages. */
export const isRewrite = (p: OverlapPairLike) => p.reuse_by === 'rewritten-narration';

/**
 * One finding per cross-outlet pair with reuse: who took how much from whom, and whether the taker names the source.
 */
export function reuseFindings(
  r: OverlapLike,
  cross: readonly OverlapPairLike[],
  outletOf: Map<string, string>,
  titles?: ReadonlyMap<string, string>,
): Finding[] {
  const dateOf = new Map(r.docs.map((d) => [d.id, d.date]));
  // an article by its headline, else its date: never its id
  const name = (id: string) => (titles?.get(id)?.trim() ? articleName(id, titles) : (dateOf.get(id) ?? 'undated'));
  const citesOf = new Map<string, CitationLike[]>();
  for (const c of r.citations)
    if (c.kind === 'outlet') (citesOf.get(c.doc) ?? citesOf.set(c.doc, []).get(c.doc)!).push(c);
  const credits = (doc: string, outlet: string) => (citesOf.get(doc) ?? []).filter((c) => c.cited === outlet);
  // "Townhall names USA TODAY in its article (“via USA Today”)": a credit away from the passage, which the direction
  // does not read but a reader should
  const credited = (doc: string, outlet: string, cited: string) => {
    const cs = credits(doc, cited);
    return cs.length
      ? `${outlet} names ${cited} in its article (${listWords([...new Set(cs.map((c) => `“${c.text}”`))].slice(0, 3))})`
      : '';
  };
  const out: Finding[] = [];
  for (const p of cross) {
    const n = p.passages.filter((x) => kindOf(x) === 'reuse').length;
    const ev = [
      { href: '#' + pairAnchor(p.a, p.b), label: n === 1 ? 'the shared passage' : `the ${n} shared passages` },
    ];
    if (p.direction === 'unknown') {
      const named = [credited(p.a, p.outlet_a, p.outlet_b), credited(p.b, p.outlet_b, p.outlet_a)].filter(Boolean);
      out.push({
        text: `${p.outlet_a} (${name(p.a)}) and ${p.outlet_b} (${name(p.b)}) share reused text — ${percent(reuseAinB(p))} of the first, ${percent(reuseBinA(p))} of the second — but which came first is unclear: ${p.because}${p.credit === 'uncredited' ? `; neither names the other${p.evidence === undefined ? '' : ` (evidence ${p.evidence})`}, and both may have it from a source outside the corpus, such as wire copy` : named.length ? `; ${named.join(', and ')}` : ''}.`,
        evidence: ev,
      });
      continue;
    }
    const [src, dst, share] = p.direction === 'a→b' ? [p.a, p.b, reuseBinA(p)] : [p.b, p.a, reuseAinB(p)];
    const from = outletOf.get(src)!,
      to = outletOf.get(dst)!;
    const cites = credits(dst, from);
    const block = quotedAsBlock(p, p.direction === 'a→b' ? 'b' : 'a');
    const evidence = p.evidence === undefined ? '' : `evidence ${p.evidence}`;
    const credit = cites.length
      ? `and credits ${from} ${times(cites.length)} (${listWords([...new Set(cites.map((c) => `“${c.text}”`))].slice(0, 3))})`
      : p.credit !== 'uncredited'
        ? `(credit found elsewhere in the article)`
        : block
          ? `and never names ${from} in its text (${evidence ? evidence + '; ' : ''}online, a block quote usually links its source)`
          : `and never names ${from}${evidence ? ` (${evidence})` : ''}`;
    // "earlier" only when the dates say so; a direction read from containment alone is flagged as weak
    const ds = dateOf.get(src),
      dd = dateOf.get(dst);
    const article = ds && dd && ds < dd ? 'earlier article' : 'article';
    const weak = weakDirection(p.direction_by, from);
    const taken = isRewrite(p)
      ? `${mostlyVerbatim(narrationOf(p)) ? 'copies from' : 'rewrites'} ${from}'s ${article} (${name(src)})${weak}: ${rewrittenWhat(p)}`
      : `takes ${percent(share)} of its words${matchedWords(p)} from ${from}'s ${article} (${name(src)})${weak}`;
    // a rewrite's description ends in a comma already ("…, 197 of them copied word for word,")
    const shown = block ? `${taken.endsWith(',') ? '' : ','} printed as a block quote after \u201C${block}\u201D,` : '';
    out.push({ text: `${to} (${name(dst)}) ${taken}${shown} ${credit}.`, evidence: ev });
  }
  return out;
}

/**
 * The lead-in after which the reusing side (`side`) prints most of the pair's reuse as a block quote (a passage's
 * `block`, lib/overlap/kinds.ts), or null: it quotes the other article rather than passing its text off as its own.
 */
function quotedAsBlock(p: OverlapPairLike, side: 'a' | 'b'): string | null {
  let all = 0,
    inBlock = 0,
    lead: string | null = null;
  for (const x of p.passages as readonly Partial<Pick<Passage, 'kind' | 'matched' | 'block'>>[]) {
    if (kindOf(x) !== 'reuse') continue;
    all += x.matched ?? 0;
    if (x.block?.side !== side) continue;
    inBlock += x.matched ?? 0;
    lead ??= x.block.lead;
  }
  return all > 0 && inBlock * 2 >= all ? lead : null;
}
