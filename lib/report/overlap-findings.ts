// Findings about source overlap: reuse between outlets, text of common sources, an outlet's own text again, outlets
// that reuse nobody's text, and cited outlets missing from the corpus.
import { byString } from '../text/counts.js';
import { isInterviewCitation } from '../overlap/interview-cue.js';
import type { Finding } from './types.js';
import { listWords, percent, plural } from './finding-words.js';
import {
  isReused,
  kindOf,
  pairAnchor,
  reuseAinB,
  reuseBinA,
  type EventOf,
  type OverlapLike,
  type OverlapPairLike,
} from './overlap-pairs.js';
import { isRewrite, reuseFindings } from './reuse-findings.js';
import { selfReuseFindings } from './self-reuse-findings.js';

/**
 * One finding for cross-outlet pairs that share only common-source or stock text (or too little reuse): never an
 * accusation.
 */
function commonSourceFindings(pairs: OverlapLike['pairs']): Finding[] {
  if (!pairs.length) return [];
  let common = 0,
    stock = 0,
    weak = 0;
  for (const p of pairs)
    for (const x of p.passages) {
      if (kindOf(x) === 'common-source') common++;
      else if (kindOf(x) === 'stock') stock++;
      else weak++;
    }
  // the short runs of like narration are counted too: "share only quotes" above a pair that also holds one would
  // say less than the pair table shows
  const what =
    listWords(
      [
        common ? `${plural(common, 'passage')} of common sources (quotes, statements, official or wire texts)` : '',
        stock ? plural(stock, 'stock phrase') : '',
        weak ? `${plural(weak, 'run')} of like narration too short or too common to show copying` : '',
      ].filter(Boolean),
    ) || 'too little reused text to count';
  const first = pairs
    .slice(0, 3)
    .map((p) => ({ href: '#' + pairAnchor(p.a, p.b), label: `${p.outlet_a} and ${p.outlet_b}` }));
  return [
    {
      text: `${plural(pairs.length, 'cross-outlet pair')} of articles ${pairs.length === 1 ? 'shares' : 'share'} only ${what}: text of a third party or formulas many articles use${weak ? ', or too little to show that one took it from the other' : ', so neither took it from the other'}, and no credit is due.`,
      evidence: first,
    },
  ];
}

/**
 * Outlets that reuse nobody's text: those sharing nothing, and those sharing only common-source or stock text. `small`
 * are the reused pairs below the findings' share (`minShare`): their outlets are not said to reuse nothing (a credited
 * 11 words of Politico's in a Guardian piece, drawn as an arrow in the network); when no pair reaches the share, the
 * closing sentence names them (with larger reuse, the reuse findings speak and the pair table lists the rest).
 */
function independenceFindings(
  r: OverlapLike,
  pairs: readonly OverlapPairLike[],
  cross: readonly OverlapPairLike[],
  small: readonly OverlapPairLike[],
  minShare: number,
): Finding[] {
  const reusing = new Set([...cross, ...small].flatMap((p) => [p.outlet_a, p.outlet_b]));
  const sharing = new Set(pairs.filter((p) => p.kind === 'cross-outlet').flatMap((p) => [p.outlet_a, p.outlet_b]));
  const outlets = [...new Set(r.docs.map((d) => d.outlet))].sort(byString);
  const independent = outlets.filter((o) => !reusing.has(o));
  const alone = independent.filter((o) => !sharing.has(o)),
    thirdParty = independent.filter((o) => sharing.has(o));
  const link = [{ href: '#table-overlap-pairs', label: 'pairs' }];
  if (outlets.length > 1 && alone.length === outlets.length)
    return [{ text: 'No text is shared across outlets: every outlet wrote its own copy.', evidence: link }];
  if (outlets.length > 1 && independent.length === outlets.length)
    return [
      {
        text: "No outlet reuses another outlet's text: what they share is common-source or stock text.",
        evidence: link,
      },
    ];
  if (outlets.length > 1 && !cross.length)
    return [
      {
        text: `No outlet reuses ${percent(minShare)} or more of an article from another outlet: what they share is common-source or stock text, besides ${smallReuses(small)}.`,
        evidence: link,
      },
    ];
  const out: Finding[] = [];
  if (alone.length)
    out.push({
      text: `${listWords(alone)} share${alone.length === 1 ? 's' : ''} no passage with any other outlet.`,
      evidence: link,
    });
  if (thirdParty.length)
    out.push({
      text: `${listWords(thirdParty)} reuse${thirdParty.length === 1 ? 's' : ''} no other outlet's text: ${thirdParty.length === 1 ? 'it shares' : 'they share'} only common-source or stock text.`,
      evidence: link,
    });
  return out;
}

/**
 * The reuses below the findings' share, two named: "The Guardian takes 1% of its article from Politico (credited)"
 * (the share is of the reusing article: b_in_a when a is the source).
 */
function smallReuses(small: readonly OverlapPairLike[]): string {
  const named = small.slice(0, 2).map((p) => {
    const credit = p.credit === 'credited' ? 'credited' : 'not credited'; // isReused: credited or not
    if (p.source !== p.a && p.source !== p.b)
      return `${p.outlet_a} and ${p.outlet_b} share ${percent(Math.max(reuseAinB(p), reuseBinA(p)))} of an article (which came first is unknown; ${credit})`;
    const [from, to, share] =
      p.source === p.a ? [p.outlet_a, p.outlet_b, reuseBinA(p)] : [p.outlet_b, p.outlet_a, reuseAinB(p)];
    return `${to} takes ${percent(share)} of its article from ${from} (${credit})`;
  });
  const more = small.length - named.length;
  return (
    (small.length === 1 ? 'one small reuse: ' : `${small.length} small reuses: `) +
    named.join('; ') +
    (more > 0 ? `; ${more} more in the pair table` : '')
  );
}

/**
 * The two outlets cited most often that are not in the corpus (their articles would show what was taken). An outlet
 * cited only as an interview's venue ("told NBC", "in an interview with CNN") is no missing article: the finding says
 * the words come from that interview.
 */
function missingSourceFindings(r: OverlapLike, outletOf: Map<string, string>): Finding[] {
  const cited = new Map<string, { by: Set<string>; n: number; interviews: number }>();
  const inCorpus = new Set(outletOf.values());
  for (const c of r.citations) {
    if (c.kind !== 'outlet' || inCorpus.has(c.cited)) continue;
    const e = cited.get(c.cited) ?? cited.set(c.cited, { by: new Set(), n: 0, interviews: 0 }).get(c.cited)!;
    e.by.add(outletOf.get(c.doc) ?? c.doc);
    e.n++;
    if (isInterviewCitation(c)) e.interviews++;
  }
  return [...cited]
    .sort((x, y) => y[1].by.size - x[1].by.size || byString(x[0], y[0]))
    .slice(0, 2)
    .map(([name, e]) => ({
      text: missingSourceText(name, [...e.by].sort(byString), e.n, e.interviews),
      evidence: [{ href: '#table-citations', label: 'citations' }],
    }));
}

/** The words of a missing-source finding: an article to add, or an interview given to the outlet. */
function missingSourceText(name: string, by: readonly string[], n: number, interviews: number): string {
  const one = by.length === 1;
  if (interviews === n)
    return `${listWords(by)} quote${one ? 's' : ''} ${interviews === 1 ? 'an interview' : 'interviews'} given to ${name}, which is not in the corpus: the words come from ${interviews === 1 ? 'that interview' : 'those interviews'}, not from an article to add.`;
  const part = interviews
    ? interviews === 1
      ? ` (1 of the ${n} citations is an interview given to it: its words come from the interview)`
      : ` (${interviews} of the ${n} citations are interviews given to it: their words come from the interviews)`
    : '';
  return `${listWords(by)} cite${one ? 's' : ''} ${name}, which is not in the corpus: add its article to check what was taken from it${part}.`;
}

/**
 * Findings about source overlap: who reuses whose text, how much, and whether they credit it; each links to the pair's
 * passages.
 */
export function overlapFindings(
  r: OverlapLike,
  opts: { max?: number; minShare?: number; titles?: ReadonlyMap<string, string>; eventOf?: EventOf } = {},
): Finding[] {
  const minShare = opts.minShare ?? 0.02;
  const outletOf = new Map(r.docs.map((d) => [d.id, d.outlet]));
  // a rewrite carries its reuse in aligned sentences, not in exact passages: it counts whatever its passage share
  const cross = r.pairs.filter(
    (x) =>
      x.kind === 'cross-outlet' && isReused(x) && (isRewrite(x) || Math.max(reuseAinB(x), reuseBinA(x)) >= minShare),
  );
  const out = [
    ...reuseFindings(r, cross, outletOf, opts.titles),
    ...commonSourceFindings(r.pairs.filter((x) => x.kind === 'cross-outlet' && !isReused(x))),
    ...selfReuseFindings(r.pairs, minShare, {
      titles: opts.titles,
      dates: new Map(r.docs.map((d) => [d.id, d.date])),
      eventOf: opts.eventOf,
    }),
    // every pair sharing text counts as sharing, even under the share: "No text is shared" beside the finding above
    // of a pair's short run of like narration contradicted it
    ...independenceFindings(
      r,
      r.pairs,
      cross,
      r.pairs.filter((x) => x.kind === 'cross-outlet' && isReused(x) && !cross.includes(x)),
      minShare,
    ),
    ...missingSourceFindings(r, outletOf),
  ];
  return out.slice(0, opts.max ?? 12);
}
