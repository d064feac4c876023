// Who took a shared passage from whom: explicit credit beside the passage, then dates, then lopsided containment; else unknown.
import type { Doc, Paragraph } from '../types.js';
import { creditNear } from './credit.js';
import { outletKey } from './outlets.js';

export { creditNear }; // kept here for callers of 0.1; it lives in credit.ts (kinds.ts needs it without a cycle)
import { reuseEvidence, reuseWords, STRONG_EVIDENCE, STRONG_WORDS } from './kinds.js';
import { narrationWhat, type RewrittenNarration } from './narration.js';
import type { Citation, Credit, DirectionBasis, Passage } from './types.js';
import { agencyCopy, daysApart, unnamedWireCopy } from './agency-copy.js';
import { thirdPartyText } from './spread.js';
import { pairNames } from './article-names.js';

export type { DirectionBasis }; // declared in types.ts beside Passage, which carries it (no import cycle)

/**
 * The bases of a known direction, strongest first: a pair whose passages agree on a direction takes the strongest. The
 * passages of one pair that no credit decides share its pair evidence, so in practice this is a credit against one other
 * basis; the weak bases (agency, containment, extended) come after dates all the same.
 */
const BASIS_ORDER: readonly DirectionBasis[] = ['credit', 'dates', 'agency', 'containment', 'extended'];

/** A direction, what kind of evidence decided it (`direction_by`), and that evidence in words (`because`). */
export interface Direction {
  direction: 'a→b' | 'b→a' | 'unknown';
  direction_by: DirectionBasis;
  because: string;
}

/** What the direction of one pair's passages is decided from. */
export interface DirectionContext {
  a: Pick<Doc, 'id' | 'outlet' | 'date'>;
  b: Pick<Doc, 'id' | 'outlet' | 'date'>;
  a_in_b: number;
  b_in_a: number;
  /** citations made by a and by b (any kind) */
  citesA: readonly Citation[];
  citesB: readonly Citation[];
  /** the paragraphs of a's and b's texts (Doc.paragraphs) */
  parasA: readonly Paragraph[];
  parasB: readonly Paragraph[];
  /** whether a's and b's outlets are news agencies (data/outlets.json `agency`) */
  agencyA?: boolean;
  agencyB?: boolean;
  /** whether a cited outlet is a news agency (the outlet table's `agency`) */
  isAgency?: (name: string) => boolean;
  /** a's and b's headlines, when known: `because` names articles by outlet, headline or date, never by id */
  titleA?: string;
  titleB?: string;
}

/** How `because` names a and b (lib/overlap/article-names.ts). */
function namesOf(ctx: DirectionContext): [string, string] {
  return pairNames({ ...ctx.a, title: ctx.titleA }, { ...ctx.b, title: ctx.titleB });
}

/** Containment must be at least this high on one side ... */
export const CONTAINED = 0.6;
/** ... and this much higher than the other side to count as (weak) evidence of direction. */
export const LOPSIDED = 0.15;

/**
 * Pair-level evidence (dates, then a news agency on one side only, then containment), used for passages that no credit
 * decides. An agency's copy is run by other outlets, so text shared with one reads as taken from it, also when the
 * dates differ by one day (a time zone or a late edition). Containment is weak
 * evidence and reads differently across outlets (the copy is the cut-down side) and within one (the update is longer).
 */
export function pairEvidence(ctx: DirectionContext): Direction {
  const { a, b } = ctx;
  const [na, nb] = namesOf(ctx);
  if (a.date && b.date && a.date !== b.date) {
    // a day's difference is a time zone or a late edition as often as an order: the agency's copy came first
    const agency = daysApart(a.date, b.date) <= 1 && agencySource(ctx, `dated one day apart (${a.date}, ${b.date})`);
    if (agency) return agency;
    return a.date < b.date
      ? { direction: 'a→b', direction_by: 'dates', because: `${na} is dated earlier (${a.date} < ${b.date})` }
      : { direction: 'b→a', direction_by: 'dates', because: `${nb} is dated earlier (${b.date} < ${a.date})` };
  }
  const dates = a.date && b.date ? `same date (${a.date})` : 'a date is missing';
  const agency = agencySource(ctx, dates);
  if (agency) return agency;
  const f = (x: number) => x.toFixed(2);
  const cross = outletKey(a.outlet) !== outletKey(b.outlet);
  const lopsided = (x: DirectionContext['a'], y: DirectionContext['a'], xin: number, yin: number): Direction => {
    // x is mostly inside y: across outlets x reads as y's copy cut down (another outlet's copy is trimmed to fit, rarely
    // extended); within one outlet y reads as x extended or updated (a later version of its own story)
    const [nx, ny] = x === a ? [na, nb] : [nb, na];
    const how = cross ? `${nx} reads as ${ny} cut down` : `${ny} reads as ${nx} extended or updated`;
    const because = `${dates}; weak evidence: ${f(xin)} of ${nx} is inside ${ny} but only ${f(yin)} of ${ny} is inside ${nx}, so ${how}`;
    const xFirst = !cross;
    return {
      direction: (x === a) === xFirst ? 'a→b' : 'b→a',
      direction_by: cross ? 'containment' : 'extended',
      because,
    };
  };
  if (ctx.a_in_b >= CONTAINED && ctx.a_in_b - ctx.b_in_a >= LOPSIDED) return lopsided(a, b, ctx.a_in_b, ctx.b_in_a);
  if (ctx.b_in_a >= CONTAINED && ctx.b_in_a - ctx.a_in_b >= LOPSIDED) return lopsided(b, a, ctx.b_in_a, ctx.a_in_b);
  return {
    direction: 'unknown',
    direction_by: 'none',
    because: `${dates}, no credit beside the passage, and containment is not lopsided (${f(ctx.a_in_b)} vs ${f(ctx.b_in_a)})`,
  };
}

/** The agency side as the source when exactly one side is a news agency, with `dates` said first; else null. */
function agencySource(ctx: DirectionContext, dates: string): Direction | null {
  if (ctx.agencyA === ctx.agencyB) return null;
  const [x, y] = ctx.agencyA ? [ctx.a, ctx.b] : [ctx.b, ctx.a];
  return {
    direction: x === ctx.a ? 'a→b' : 'b→a',
    direction_by: 'agency',
    because: `${dates}; weak evidence: ${x.outlet} is a news agency, whose copy other outlets run, and ${y.outlet} is not`,
  };
}

/**
 * Direction of one passage: credit beside it in exactly one text decides, else pair evidence. Dates more than a day
 * the other way contradict the credit (no direction); a day's difference does not, since an article is often dated by
 * its print edition or in another time zone ("an op-ed in The New York Times" on the evening before the paper's date).
 */
export function passageDirection(
  p: Pick<Passage, 'a' | 'b'>,
  ctx: DirectionContext,
  fallback: Direction = pairEvidence(ctx),
): Direction {
  const { a, b } = ctx;
  if (outletKey(a.outlet) !== outletKey(b.outlet)) {
    const byB = creditNear(ctx.citesB, a.outlet, ctx.parasB, p.b[0], p.b[1]);
    const byA = creditNear(ctx.citesA, b.outlet, ctx.parasA, p.a[0], p.a[1]);
    const [na, nb] = byA || byB ? namesOf(ctx) : ['', ''];
    if (byB && !byA) {
      if (contradicts(b.date, a.date))
        return {
          direction: 'unknown',
          direction_by: 'conflict',
          because: `${nb} credits ${a.outlet} ("${byB.text}") but is dated earlier (${b.date} < ${a.date})`,
        };
      return {
        direction: 'a→b',
        direction_by: 'credit',
        because: `${nb} credits ${a.outlet} beside the passage ("${byB.text}")`,
      };
    }
    if (byA && !byB) {
      if (contradicts(a.date, b.date))
        return {
          direction: 'unknown',
          direction_by: 'conflict',
          because: `${na} credits ${b.outlet} ("${byA.text}") but is dated earlier (${a.date} < ${b.date})`,
        };
      return {
        direction: 'b→a',
        direction_by: 'credit',
        because: `${na} credits ${b.outlet} beside the passage ("${byA.text}")`,
      };
    }
  }
  return fallback;
}

/** Whether the crediting article's date (`credits`) is more than a day before the credited one's. */
function contradicts(credits: string | null | undefined, credited: string | null | undefined): boolean {
  return !!credits && !!credited && credits < credited && daysApart(credits, credited) > 1;
}

/**
 * Direction of a pair from its passages' directions, weighted by words: one way if every decided passage agrees. Its
 * basis is the strongest of the agreeing passages' (a credit beside one passage decides the pair, even when the others
 * follow weaker pair evidence); passages both ways are a conflict.
 */
export function pairDirection(
  passages: readonly Pick<Passage, 'direction' | 'direction_by' | 'because' | 'words_a'>[],
  ctx: DirectionContext,
): Direction {
  let ab = 0,
    ba = 0,
    nab = 0,
    nba = 0;
  for (const p of passages) {
    if (p.direction === 'a→b') {
      ab += p.words_a;
      nab++;
    } else if (p.direction === 'b→a') {
      ba += p.words_a;
      nba++;
    }
  }
  if (ab && ba) {
    const [na, nb] = namesOf(ctx);
    return {
      direction: 'unknown',
      direction_by: 'conflict',
      because: `passages point both ways (${nab} from ${na} to ${nb}, ${nba} from ${nb} to ${na})`,
    };
  }
  if (!ab && !ba)
    return passages.length
      ? { direction: 'unknown', direction_by: passages[0].direction_by, because: passages[0].because }
      : pairEvidence(ctx);
  const dir = ab ? 'a→b' : 'b→a';
  const agreeing = passages.filter((p) => p.direction === dir);
  const reasons = [...new Set(agreeing.map((p) => p.because))];
  return {
    direction: dir,
    direction_by: strongestBasis(agreeing.map((p) => p.direction_by)),
    because: reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : ''),
  };
}

/** The first of BASIS_ORDER among `bases` (never empty for a decided direction; 'none' if it were). */
function strongestBasis(bases: readonly DirectionBasis[]): DirectionBasis {
  return BASIS_ORDER.find((b) => bases.includes(b)) ?? 'none';
}

/** A pair's credit and why. */
export interface CreditVerdict {
  credit: Credit;
  because: string;
  /** what the reuse weighed for the credit: exact reuse passages, aligned sentences of rewritten narration, or none */
  reuse_by: 'passages' | 'rewritten-narration' | null;
  /** set when the pair's reuse is under the evidence floor (no credit beside it): no verdict rests on it */
  under_floor?: true;
}

/**
 * Credit of a pair. Inside one outlet: 'same-outlet'. Across outlets, only reuse counts: the reuse passages' matched
 * words, or the words of rewritten narration (lib/overlap/narration.ts) when those are more. With none, no credit is
 * needed. Reuse under the evidence floor is 'none-needed' too, unless a credit of the other outlet stands beside one of
 * its passages (direction_by 'credit'): the floor is at least STRONG_WORDS words and, in the
 * reuse passages' exact shared text, at least STRONG_EVIDENCE evidence (both twice that for articles known to be about
 * different events); rewritten narration needs that evidence in exact runs too, or must be a large share of the
 * shorter article (NARRATION_SHARE): two outlets retelling one list of facts align a sentence or two. Over the floor,
 * 'credited' when the reusing article (or, direction unknown, either one) cites the other's outlet somewhere;
 * 'none-needed' when that article names a news agency outside the pair and the two are of one news cycle
 * (lib/overlap/agency-copy.ts): the shared text is likely the agency's copy, which both ran; and when neither is an
 * agency and the dates (equal or missing) do not tell which came first: wire copy with the agency named on neither
 * side. Otherwise 'uncredited'.
 */
export function creditOf(
  kind: 'same-outlet' | 'cross-outlet',
  passages: readonly (Pick<Passage, 'kind' | 'matched' | 'text' | 'evidence'> &
    Partial<Pick<Passage, 'kind_because' | 'direction_by'>>)[],
  dir: Direction['direction'],
  ctx: DirectionContext,
  different = false,
  rewritten: RewrittenNarration = { sentences: 0, words: 0, share: 0, verbatim: 0 },
): CreditVerdict {
  if (kind === 'same-outlet')
    return { credit: 'same-outlet', because: 'both articles are by the same outlet', reuse_by: null };
  const copied = reuseWords(passages);
  // rewritten narration (aligned sentences of a pair graded rewritten) is reuse too, when it outweighs the exact runs
  const byRewrite = rewritten.words > copied;
  const words = byRewrite ? rewritten.words : copied;
  const what = byRewrite ? narrationWhat(rewritten) : `${words} matched words of reuse`;
  if (!words) return { credit: 'none-needed', because: 'only common-source or stock text is shared', reuse_by: null };
  const by = byRewrite ? 'rewritten-narration' : 'passages';
  const cites = (cs: readonly Citation[], outlet: string) =>
    cs.some((c) => c.kind === 'outlet' && outletKey(c.cited) === outletKey(outlet));
  const bCitesA = cites(ctx.citesB, ctx.a.outlet),
    aCitesB = cites(ctx.citesA, ctx.b.outlet);
  const ok = dir === 'a→b' ? bCitesA : dir === 'b→a' ? aCitesB : bCitesA || aCitesB;
  // the floor comes before a citation elsewhere in the article: a short shared phrase is no reuse to credit because the
  // article names the other outlet somewhere (the citation stays in the reason, and in the citation table); a credit
  // beside a reuse passage ("According to CNN, …") says the text was taken, however short
  const evidence = reuseEvidence(passages);
  const weak = tooWeak(byRewrite ? rewritten : null, words, evidence, different);
  const beside = passages.some((x) => x.kind === 'reuse' && x.direction_by === 'credit');
  if (weak && !(ok && beside))
    return {
      credit: 'none-needed',
      because: ok ? `${weak}, though the reusing article names the other outlet` : weak,
      reuse_by: by,
      under_floor: true,
    };
  if (ok)
    return {
      credit: 'credited',
      because: `${what}, and the reusing article names the other outlet${weak ? ' beside it' : ''}`,
      reuse_by: by,
    };
  const spread = passages.filter(
    (x) => x.kind === 'common-source' && !thirdPartyText({ kind: x.kind, kind_because: x.kind_because ?? '' }),
  ).length;
  const wire = agencyCopy(what, dir, ctx) ?? unnamedWireCopy(what, ctx, spread);
  if (wire) return { credit: 'none-needed', because: wire, reuse_by: by };
  return {
    credit: 'uncredited',
    because: `${what}, exact shared runs of evidence ${evidence}, and the reusing article never names the other outlet`,
    reuse_by: by,
  };
}

/**
 * Rewritten narration with fewer exact runs than STRONG_EVIDENCE accuses only when it is this much of the shorter
 * article: on real coverage, two long articles retelling one list of facts from a court order or a bill align two
 * sentences (5-8% of the article) without copying; an article that is a rewrite of another is mostly that rewrite.
 */
export const NARRATION_SHARE = 0.25;

/** Why reuse of `words` words with exact-run `evidence` is too weak to accuse anyone of copying, or null when it is not. */
function tooWeak(
  rewritten: RewrittenNarration | null,
  words: number,
  evidence: number,
  different: boolean,
): string | null {
  const k = different ? 2 : 1;
  const why = different ? ', and the articles are about different events' : '';
  if (words < k * STRONG_WORDS)
    return `${rewritten ? `the rewritten narration holds ${words} words` : `the reuse passages hold ${words} matched words`}, too few (< ${k * STRONG_WORDS}) to be evidence of copying${why}`;
  if (evidence >= k * STRONG_EVIDENCE || (rewritten && rewritten.share >= NARRATION_SHARE)) return null;
  const runs = `exact shared runs carry evidence ${evidence}, too weak (< ${k * STRONG_EVIDENCE})`;
  return rewritten
    ? `the rewritten narration holds ${words} words, ${Math.round(rewritten.share * 100)}% of the shorter article (< ${NARRATION_SHARE * 100}%), and its ${runs} to be evidence of copying${why}`
    : `the ${runs} to be evidence of copying${why}`;
}
