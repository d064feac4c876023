// Source overlap of a corpus: shared passages per pair, directional coverage, direction of reuse, citations and credit.
// Complexity: O(W) to fingerprint W words, O(S) radix sort of S shingles, O(S + sum df^2) candidate self-join (df <= a cap),
// O(|A| + |B|) alignment per candidate pair. No all-pairs step and no quadratic step inside one long text.
import type { Doc } from '../types.js';
import { buildIndex, docWords, type FingerprintIndex, type FingerprintOptions } from './fingerprints.js';
import { candidatePairs, type CandidateOptions } from './candidates.js';
import { alignPair, alignScratch, MIN_WORDS, type AlignOptions, type AlignScratch } from './align.js';
import { toPassages } from './passages.js';
import { coveredLength } from '../util/spans.js';
import { topLevelQuotes, type QuoteSpan } from '../text/quotes.js';
import { extractCitations } from './citations.js';
import { outletKey, outletResolver, readOutletTable, type OutletEntry } from './outlets.js';
import {
  creditOf,
  pairDirection,
  pairEvidence,
  passageDirection,
  type CreditVerdict,
  type DirectionContext,
} from './direction.js';
import { classifyPassages, differentEvents, reuseEvidence, type KindPair } from './kinds.js';
import { ownGrade } from './own-grade.js';
import { narrationScratch, narrationWording, rewrittenNarration } from './narration.js';
import { byString } from '../text/counts.js';
import { firstTokenAt, isTermToken } from '../text/tokenize.js';
import { round } from '../util/round.js';
import { EVIDENCE_MIN, passageEvidence } from './evidence.js';
import {
  pairGrader,
  rarityOfHashes,
  rewriteScratch,
  type AlignedSentence,
  type PairRewrite as GradedPair,
  type RewriteGrade,
  type RewriteOptions,
} from './rewrite.js';
import type { Citation, Credit, DirectionBasis, Passage, PassageKind, WordPassage } from './types.js';

/** Options of overlap(): shingling, candidates, alignment, and the outlet alias table. */
export interface OverlapOptions extends FingerprintOptions, CandidateOptions, AlignOptions {
  /** parameters of the graded rewrite score (lib/overlap/rewrite.ts) */
  rewrite?: RewriteOptions;
  /**
   * false: skip the graded rewrite score (every pair 'independent', score 0, no aligned sentences; pairs without an
   * exact passage are dropped). For measuring the grader's cost (bench/overlap-cpu.ts); default true.
   */
  grade?: boolean;
  /** a passage counts when its evidence (lib/overlap/evidence.ts) is at least this (default EVIDENCE_MIN, 3.5) */
  minEvidence?: number;
  /** outlet names and aliases for citations (default: data/outlets.json) */
  outlets?: readonly OutletEntry[];
  /** the event of each article id (records' `event`, or lib/events clusters); a doc's own `event` field also counts */
  events?: Readonly<Record<string, string>>;
}

/** One pair of articles that share at least one passage, or that the graded score finds rewritten. a is the earlier of the two in corpus order. */
export interface OverlapPair {
  a: string;
  b: string;
  outlet_a: string;
  outlet_b: string;
  /** reuse inside one outlet (republishing, updates) or across outlets */
  kind: 'same-outlet' | 'cross-outlet';
  /** share of a's words inside passages shared with b */
  a_in_b: number;
  /** share of b's words inside passages shared with a */
  b_in_a: number;
  /** the same shares counting reuse passages only (not common-source or stock text) */
  reuse_a_in_b: number;
  reuse_b_in_a: number;
  /** matched words of the pair's passages by kind */
  matched: Record<PassageKind, number>;
  /** Jaccard of the two shingle sets, for reference */
  jaccard: number;
  /** likely direction of reuse: 'a→b' means b took from a */
  direction: 'a→b' | 'b→a' | 'unknown';
  /** id of the likely source article, or null */
  source: string | null;
  /** the evidence that decided the direction, in words */
  because: string;
  /** what kind of evidence decided the direction (DirectionBasis, lib/overlap/types.ts): the data behind `because` */
  direction_by: DirectionBasis;
  /**
   * 'same-outlet' inside one outlet; across outlets 'credited' or 'uncredited' when the reuse passages alone are strong
   * evidence of copying (kinds.ts), else 'none-needed' (common-source or stock text only, or too little reuse)
   */
  credit: Credit;
  /** why the pair has its credit */
  credit_because: string;
  /** what the credit weighed: exact reuse passages, rewritten narration (aligned sentences), or nothing */
  reuse_by: CreditVerdict['reuse_by'];
  /** rewritten narration of a cross-outlet pair graded rewritten or near-copy: its words and aligned sentences (0 without) */
  rewritten_words: number;
  rewritten_sentences: number;
  /** of rewritten_words, those in sentence pairs copied word for word (inside reuse passages on both sides) */
  rewritten_verbatim: number;
  /** sum of the reuse passages' evidence (each distinct passage text once): -log10 of the chance that unrelated articles
   * share all of this text. An uncredited pair has at least STRONG_EVIDENCE (10; 20 across different events) */
  evidence: number;
  passages: Passage[];
  /**
   * graded reuse that survives edits: near-copy, rewritten (edited, reordered) or independent (lib/overlap/rewrite.ts);
   * a cross-outlet pair whose shared text is a third party's (quotes, posts, wire credit, stock) and holds no rewritten
   * narration is independent (lib/overlap/own-grade.ts)
   */
  grade: RewriteGrade;
  /** graded score in [0, 1]: 0 independent, rising with coverage by short runs or aligned sentences and its verbatim share */
  rewriteScore: number;
  /** sentence pairs aligned as rewrites of each other, the evidence of the grade */
  alignedSentences: AlignedSentence[];
}

/** Everything overlap() finds. */
export interface OverlapResult {
  docs: { id: string; outlet: string; date: string | null; words: number }[];
  /** pairs with shared passages, most overlapping first */
  pairs: OverlapPair[];
  /** citations of outlets, in corpus and text order */
  citations: Citation[];
  /** what was treated as boilerplate: the df threshold and the most widespread boilerplate phrases */
  boilerplate: { df: number; shingles: number; examples: { text: string; docs: number }[] };
  stats: {
    docs: number;
    words: number;
    shingles: number;
    candidates: number;
    pairs: number;
    /** matches dropped because, without the citation formulas inside them ("X told Y that"), fewer than minWords words were left */
    formulas: number;
    /** align includes kinds: the time spent telling reuse, common-source and stock apart */
    ms: { index: number; candidates: number; align: number; kinds: number; link: number; total: number };
  };
}

/** Find shared passages, coverage, direction, citations and credit across a corpus of analysed docs. */
export function overlap(docs: readonly Doc[], opts: OverlapOptions = {}): OverlapResult {
  const t0 = now();
  // the index sort's payload, free after it, is the scratch of the candidate join, then of the alignment, then of
  // jaccard: each array of millions allocated brings a full collection of the analysed corpus nearer
  const spare: Int32Array[] = [];
  const index = buildIndex(docs, opts, spare);
  const t1 = now();
  const cand = candidatePairs(index, opts, spare[0]);
  const t2 = now();
  const resolver = outletResolver(
    opts.outlets ?? readOutletTable(),
    docs.map((d) => d.outlet),
  );
  const citations = extractCitations(docs, resolver);
  const citesOf = new Map<string, Citation[]>();
  for (const c of citations) (citesOf.get(c.doc) ?? citesOf.set(c.doc, []).get(c.doc)!).push(c);
  const agency = Uint8Array.from(docs, (d) => (resolver.isAgency(d.outlet) ? 1 : 0));
  const scratch = alignScratch(index, spare[0]);
  const isAgency = (name: string) => resolver.isAgency(name);
  const { found, formulas } = alignCandidates(docs, index, cand, { citesOf, agency, isAgency }, opts, scratch);
  const tk = now();
  classifyPassages(found, {
    docs,
    index,
    citesOf,
    paras: (i) => docs[i].paragraphs,
    isAgency,
  });
  const kindsMs = now() - tk;
  const pairs = pairsOf(found, docs, index, opts.events, scratch.head);
  const t3 = now();
  linkCitations(docs, citations, pairs);
  const t4 = now();
  return {
    docs: docs.map((d, i) => ({ id: d.id, outlet: d.outlet, date: d.date, words: docWords(index, i) })),
    pairs,
    citations,
    boilerplate: {
      df: cand.boilerplateDf,
      shingles: cand.boilerplateCount,
      examples: boilerplateExamples(docs, index, cand.boilerplate),
    },
    stats: {
      docs: docs.length,
      words: index.words.length,
      shingles: index.shingles,
      candidates: cand.pairs.length,
      pairs: pairs.length,
      formulas,
      ms: {
        index: ms(t1 - t0),
        candidates: ms(t2 - t1),
        align: ms(t3 - t2),
        kinds: ms(kindsMs),
        link: ms(t4 - t3),
        total: ms(now() - t0),
      },
    },
  };
}

/** The grade of every pair when overlap() runs without the graded score (`grade: false`). */
const UNGRADED: GradedPair = {
  grade: 'independent',
  rewriteScore: 0,
  runCoverage: 0,
  longCoverage: 0,
  midCoverage: 0,
  vocabularyCoverage: 0,
  sentenceCoverage: 0,
  alignedSentences: [],
};

/** A candidate pair kept: its passages (not yet classified), their word ranges, direction context and graded score. */
type FoundPair = KindPair & { ctx: DirectionContext; graded: GradedPair; wording?: Uint8Array };

/**
 * Align every candidate pair and grade it. A pair is kept with exact passages that hold minWords matched words beyond
 * citation formulas AND evidence >= minEvidence (a floor of 5 words cost precision 0.970 at 10,000 generated articles:
 * shingle df alone does not see that a 5-word run of common words is chance), or when the graded score finds it
 * rewritten.
 */
function alignCandidates(
  docs: readonly Doc[],
  index: FingerprintIndex,
  cand: ReturnType<typeof candidatePairs>,
  outlets: OutletFacts,
  opts: OverlapOptions,
  scratch: AlignScratch,
): { found: FoundPair[]; formulas: number } {
  const { citesOf } = outlets;
  const quotes = new Map<number, QuoteSpan[]>();
  const quotesOf = (i: number) => quotes.get(i) ?? quotes.set(i, topLevelQuotes(docs[i].quotes)).get(i)!;
  const narration = narrationScratch();
  const minWords = opts.minWords ?? MIN_WORDS;
  const minEvidence = opts.minEvidence ?? EVIDENCE_MIN;
  // word rarity from the index's word hashes when they are wordHash's (the default seed)
  const grade = pairGrader(
    docs,
    opts.rewrite,
    opts.seed === undefined ? () => rarityOfHashes(index.words, index.offsets) : undefined,
    index,
    rewriteScratch(),
  );
  const grading = opts.grade !== false;
  const counted = { formulas: 0 };
  const found: FoundPair[] = [];
  const alignOpts = { ...opts, minWords };
  const floor = { minWords, minEvidence };
  // the last candidate pair of each doc: its folded view is dropped after it (views are the grader's bulk of memory)
  const lastPair = new Int32Array(docs.length).fill(-1);
  cand.pairs.forEach((p, k) => (lastPair[p.a] = lastPair[p.b] = k));
  for (let k = 0; k < cand.pairs.length; k++) {
    const { a: ia, b: ib } = cand.pairs[k];
    const wps = alignPair(index, cand.boilerplate, ia, ib, alignOpts, scratch);
    const A = docs[ia],
      B = docs[ib];
    const all = wps.length ? toPassages(index, ia, ib, A, B, wps, quotesOf(ia), quotesOf(ib)) : [];
    const kept = keptPassages(index, ia, A, B, all, wps, citesOf, floor, counted);
    // graded only when the grade is output (a passage is kept) or may keep the pair (the cheap bound lets it through):
    // a pair whose passages were all dropped and that the bound finds independent would be dropped after grading
    const graded = !grading ? UNGRADED : kept.passages.length || grade.mayReuse(ia, ib) ? grade(ia, ib) : null;
    // the narration tests that read words (toPair), made now on the views while the grader holds them
    const wording =
      graded && graded.grade !== 'independent' && outletKey(A.outlet) !== outletKey(B.outlet)
        ? narrationWording(graded.alignedSentences, grade.view(ia), grade.view(ib), narration)
        : undefined;
    if (lastPair[ia] === k) grade.release(ia);
    if (lastPair[ib] === k) grade.release(ib);
    if (graded === null || (!kept.passages.length && graded.grade === 'independent')) continue;
    found.push({
      ia,
      ib,
      passages: kept.passages,
      words: kept.words,
      ctx: contextOf(index, A, B, ia, ib, kept.words, outlets),
      graded,
      wording,
    });
  }
  return { found, formulas: counted.formulas };
}

/**
 * The passages of a pair that count: an attribution formula shared by chance ("Ahmed Said told Reuters that the") is
 * not reuse, so its citation words do not count toward minWords; then each passage needs evidence >= minEvidence.
 */
function keptPassages(
  index: FingerprintIndex,
  ia: number,
  A: Doc,
  B: Doc,
  all: Passage[],
  wps: readonly WordPassage[],
  citesOf: ReadonlyMap<string, Citation[]>,
  floor: { minWords: number; minEvidence: number },
  counted: { formulas: number },
): { passages: Passage[]; words: WordPassage[] } {
  const passages: Passage[] = [],
    words: WordPassage[] = [];
  all.forEach((p, k) => {
    const cited = Math.min(citationWords(A, citesOf.get(A.id), p.a), citationWords(B, citesOf.get(B.id), p.b));
    if (p.matched - cited < floor.minWords) {
      counted.formulas++;
      return;
    }
    p.evidence = passageEvidence(index, ia, wps[k]);
    if (p.evidence >= floor.minEvidence) {
      passages.push(p);
      words.push(wps[k]);
    }
  });
  return { passages, words };
}

/** What the corpus knows of each doc's outlet: the citations each doc makes, and 1 for docs by a news agency. */
interface OutletFacts {
  citesOf: ReadonlyMap<string, Citation[]>;
  agency: Uint8Array;
  isAgency: (name: string) => boolean;
}

/** What direction and credit read of a pair: its docs, coverage by the kept passages, citations and paragraphs. */
function contextOf(
  index: FingerprintIndex,
  A: Doc,
  B: Doc,
  ia: number,
  ib: number,
  wp: readonly WordPassage[],
  { citesOf, agency, isAgency }: OutletFacts,
): DirectionContext {
  return {
    a: A,
    b: B,
    a_in_b: round(coveredLength(wp.map((p) => [p.a0, p.a1])) / Math.max(1, docWords(index, ia)), 4),
    b_in_a: round(coveredLength(wp.map((p) => [p.b0, p.b1])) / Math.max(1, docWords(index, ib)), 4),
    citesA: citesOf.get(A.id) ?? [],
    citesB: citesOf.get(B.id) ?? [],
    parasA: A.paragraphs,
    parasB: B.paragraphs,
    agencyA: agency[ia] === 1,
    agencyB: agency[ib] === 1,
    isAgency,
  };
}

/**
 * What the align loop learnt of a cross-outlet pair graded rewritten or near-copy (its narration wording, on the graded
 * views) and the docs' word counts; undefined for other pairs, which have no rewritten narration.
 */
function narrationFacts(f: { ia: number; ib: number; wording?: Uint8Array }, index: FingerprintIndex) {
  return f.wording ? { wording: f.wording, words: [docWords(index, f.ia), docWords(index, f.ib)] as const } : undefined;
}

/** Classified pairs as OverlapPairs, most overlapping first (ties by ids). */
function pairsOf(
  found: readonly FoundPair[],
  docs: readonly Doc[],
  index: FingerprintIndex,
  ev: Readonly<Record<string, string>> | undefined,
  stamps: Int32Array,
): OverlapPair[] {
  const js = jaccardScratch(index, stamps);
  const eventOf = (d: Doc) => (ev && Object.hasOwn(ev, d.id) ? { event: ev[d.id] } : d);
  const pairs = found.map((f) =>
    toPair(
      f,
      f.ctx,
      index,
      jaccard(index, f.ia, f.ib, js),
      differentEvents(eventOf(docs[f.ia]), eventOf(docs[f.ib])),
      docs,
    ),
  );
  pairs.sort(
    (p, q) => Math.max(q.a_in_b, q.b_in_a) - Math.max(p.a_in_b, p.b_in_a) || byString(p.a, q.a) || byString(p.b, q.b),
  );
  return pairs;
}

/** One aligned and classified pair as an OverlapPair: direction from its passages, credit from its reuse passages. */
function toPair(
  f: KindPair & { graded: GradedPair; wording?: Uint8Array },
  ctx: DirectionContext,
  index: ReturnType<typeof buildIndex>,
  jac: number,
  different: boolean,
  docs: readonly Doc[],
): OverlapPair {
  const { a: A, b: B } = ctx;
  const { passages } = f;
  const fallback = pairEvidence(ctx);
  for (const p of passages) Object.assign(p, passageDirection(p, ctx, fallback));
  const reuse = passages.filter((p) => p.kind === 'reuse');
  const dir = pairDirection(reuse.length ? reuse : passages, ctx);
  const kind = outletKey(A.outlet) === outletKey(B.outlet) ? 'same-outlet' : 'cross-outlet';
  // a pair graded rewritten or near-copy: its aligned narration sentences are reuse evidence too
  // (the align loop made its wording for exactly these pairs: cross-outlet, graded rewritten or near-copy)
  const known = narrationFacts(f, index);
  const rewritten = known
    ? rewrittenNarration(f.graded.alignedSentences, docs[f.ia], docs[f.ib], passages, known)
    : undefined;
  const verdict = creditOf(kind, passages, dir.direction, ctx, different, rewritten);
  const own = ownGrade(kind, f.graded, passages, rewritten?.words ?? 0);
  const share = (side: 'a' | 'b', only: boolean) => {
    const ranges = f.words
      .filter((_, k) => !only || passages[k].kind === 'reuse')
      .map((p): [number, number] => (side === 'a' ? [p.a0, p.a1] : [p.b0, p.b1]));
    return round(coveredLength(ranges) / Math.max(1, docWords(index, side === 'a' ? f.ia : f.ib)), 4);
  };
  const matched = { reuse: 0, 'common-source': 0, stock: 0 };
  for (const p of passages) matched[p.kind] += p.matched;
  return {
    a: A.id,
    b: B.id,
    outlet_a: A.outlet,
    outlet_b: B.outlet,
    kind,
    a_in_b: ctx.a_in_b,
    b_in_a: ctx.b_in_a,
    reuse_a_in_b: share('a', true),
    reuse_b_in_a: share('b', true),
    matched,
    jaccard: round(jac, 4),
    direction: dir.direction,
    source: dir.direction === 'a→b' ? A.id : dir.direction === 'b→a' ? B.id : null,
    because: dir.because,
    direction_by: dir.direction_by,
    credit: verdict.credit,
    credit_because: verdict.because,
    reuse_by: verdict.reuse_by,
    rewritten_words: rewritten?.words ?? 0,
    rewritten_sentences: rewritten?.sentences ?? 0,
    rewritten_verbatim: rewritten?.verbatim ?? 0,
    evidence: reuseEvidence(passages),
    passages,
    grade: own.grade,
    rewriteScore: own.rewriteScore,
    alignedSentences: f.graded.alignedSentences,
  };
}

/** Words (as the fingerprint index counts them) of a doc's citations, cue and outlet name, inside the character range [s, e). */
function citationWords(d: Doc, cites: readonly Citation[] | undefined, [s, e]: [number, number]): number {
  if (!cites) return 0;
  let n = 0;
  for (const c of cites) {
    const from = Math.max(s, c.start),
      to = Math.min(e, c.end);
    for (let i = firstTokenAt(d.tokens, from); i < d.tokens.length && d.tokens[i].end <= to; i++)
      if (isTermToken(d.tokens[i])) n++;
  }
  return n;
}

/** Jaccard of two docs' shingle-id sets (boilerplate included, as the plain textbook measure). */
function jaccard(index: ReturnType<typeof buildIndex>, ia: number, ib: number, js: JaccardScratch): number {
  const { offsets, shingle, shared } = index;
  const { stamp } = js;
  const na = distinctShingles(index, ia, js),
    nb = distinctShingles(index, ib, js);
  // a shingle both hold is held by two docs, so only positions flagged `shared` can meet; a's shingles get a fresh
  // stamp, and one of b's that has it is counted and stamped again (counted once): no pass to clear the stamps
  let both = 0;
  const inA = ++js.now,
    counted = ++js.now;
  for (let g = offsets[ia]; g < offsets[ia + 1]; g++) if (shared[g] && shingle[g] >= 0) stamp[shingle[g]] = inA;
  for (let g = offsets[ib]; g < offsets[ib + 1]; g++) {
    const s = shingle[g];
    if (shared[g] && s >= 0 && stamp[s] === inA) {
      both++;
      stamp[s] = counted;
    }
  }
  const union = na + nb - both;
  return union ? both / union : 0;
}

/**
 * Scratch of jaccard: a stamp per shingle id, each use with stamps above all earlier ones (`now`, the last given), and
 * each doc's distinct shingle count (-1 until known).
 */
interface JaccardScratch {
  stamp: Int32Array;
  now: number;
  distinct: Int32Array;
}

/** `stamps`: an array free for it (the alignment's head, done with), at least index.shingles long, any contents. */
function jaccardScratch(index: ReturnType<typeof buildIndex>, stamps: Int32Array): JaccardScratch {
  const n = Math.max(1, index.shingles);
  return {
    stamp: (stamps.length >= n ? stamps.subarray(0, n) : new Int32Array(n)).fill(0),
    now: 0,
    distinct: new Int32Array(index.docs).fill(-1),
  };
}

/** Number of distinct shingle ids of doc d (counted once per doc, with a fresh stamp). */
function distinctShingles(index: ReturnType<typeof buildIndex>, d: number, js: JaccardScratch): number {
  if (js.distinct[d] >= 0) return js.distinct[d];
  const { offsets, shingle } = index;
  const { stamp } = js;
  const seen = ++js.now;
  let n = 0;
  for (let g = offsets[d]; g < offsets[d + 1]; g++) {
    const s = shingle[g];
    if (s >= 0 && stamp[s] !== seen) {
      stamp[s] = seen;
      n++;
    }
  }
  return (js.distinct[d] = n);
}

/** Link each outlet citation to the corpus article of that outlet it most likely points to (sets `article` in place). */
function linkCitations(docs: readonly Doc[], citations: Citation[], pairs: readonly OverlapPair[]): void {
  // the cited outlet's articles, by id; only those sharing a pair with the citing article can score above zero
  const byOutlet = new Map<string, Doc[]>();
  for (const d of docs)
    (byOutlet.get(outletKey(d.outlet)) ?? byOutlet.set(outletKey(d.outlet), []).get(outletKey(d.outlet))!).push(d);
  for (const list of byOutlet.values()) list.sort((x, y) => byString(x.id, y.id));
  const docIndex = new Map(docs.map((d, i) => [d.id, i]));
  // per citing article: each other article it shares a pair with, and from which side
  const partners = new Map<string, Map<string, { side: 'a' | 'b'; pair: OverlapPair }[]>>();
  const partner = (x: string, y: string, side: 'a' | 'b', pair: OverlapPair) => {
    const m = partners.get(x) ?? partners.set(x, new Map()).get(x)!;
    (m.get(y) ?? m.set(y, []).get(y)!).push({ side, pair });
  };
  for (const p of pairs) {
    partner(p.a, p.b, 'a', p);
    partner(p.b, p.a, 'b', p);
  }
  type Ranked = { d: Doc; s: [number, number]; before: number };
  const better = (x: Ranked, y: Ranked) =>
    y.s[0] - x.s[0] || y.s[1] - x.s[1] || y.before - x.before || byString(x.d.id, y.d.id);
  for (const c of citations) {
    if (c.kind !== 'outlet') continue;
    const key = outletKey(c.cited);
    const outletDocs = byOutlet.get(key);
    if (!outletDocs) continue;
    const ip = docIndex.get(c.doc)!;
    const citing = docs[ip];
    const before = (d: Doc) => (!d.date || !citing.date || d.date <= citing.date ? 1 : 0);
    // without shared text: the first article by id dated no later than the citing one, else the first by id
    let best: Ranked | null = null;
    for (const d of outletDocs) {
      if (d.id === c.doc) continue;
      if (!best) best = { d, s: [0, 0], before: before(d) };
      if (before(d)) {
        best = { d, s: [0, 0], before: 1 };
        break;
      }
    }
    if (!best) continue;
    const mine = partners.get(c.doc);
    if (mine) {
      const p = citing.paragraphs.find((x) => x.start <= c.start && c.start < x.end);
      const para = p ? [p.start, p.end] : [c.start, c.end];
      for (const [id, list] of mine) {
        const d = docs[docIndex.get(id)!];
        if (outletKey(d.outlet) !== key) continue;
        const r: Ranked = { d, s: sharedNear(list, para), before: before(d) };
        if (better(r, best) < 0) best = r;
      }
    }
    c.article = best.d.id;
  }
}

/** Words of the citing side inside the pairs' passages: [those in the citation's paragraph, all of them]. */
function sharedNear(
  list: readonly { side: 'a' | 'b'; pair: OverlapPair }[],
  para: readonly number[],
): [number, number] {
  let near = 0,
    all = 0;
  for (const { side, pair } of list)
    for (const x of pair.passages) {
      const [s, e] = side === 'a' ? x.a : x.b;
      const w = side === 'a' ? x.words_a : x.words_b;
      all += w;
      if (s < para[1] && para[0] < e) near += w;
    }
  return [near, all];
}

/** The most widespread boilerplate phrases: runs of consecutive boilerplate shingles, with how many docs hold each. */
function boilerplateExamples(
  docs: readonly Doc[],
  index: ReturnType<typeof buildIndex>,
  boilerplate: Uint8Array,
  k = 10,
): { text: string; docs: number }[] {
  const { offsets, shingle, tokens, n } = index;
  const seen = new Map<string, Set<number>>();
  for (let d = 0; d < docs.length; d++) {
    let g = offsets[d];
    const end = offsets[d + 1];
    while (g < end) {
      if (shingle[g] < 0 || !boilerplate[shingle[g]]) {
        g++;
        continue;
      }
      let h = g;
      while (h + 1 < end && shingle[h + 1] >= 0 && boilerplate[shingle[h + 1]]) h++;
      const t = docs[d].tokens;
      const text = docs[d].text.slice(t[tokens[g]].start, t[tokens[h + n - 1]].end).replace(/\s+/g, ' ');
      (seen.get(text) ?? seen.set(text, new Set()).get(text)!).add(d);
      g = h + 1;
    }
    if (seen.size > 5000) break;
  }
  return [...seen]
    .map(([text, s]) => ({ text, docs: s.size }))
    .sort((x, y) => y.docs - x.docs || byString(x.text, y.text))
    .slice(0, k);
}

/** A row of pairRows (pairs.csv): one article pair, no passages. */
export type PairRow = {
  a: string;
  b: string;
  outlet_a: string;
  outlet_b: string;
  kind: OverlapPair['kind'];
  a_in_b: number;
  b_in_a: number;
  jaccard: number;
  reuse_a_in_b: number;
  reuse_b_in_a: number;
  reuse_words: number;
  common_source_words: number;
  stock_words: number;
  passages: number;
  direction: OverlapPair['direction'];
  source: string | null;
  because: string;
  direction_by: OverlapPair['direction_by'];
  credit: OverlapPair['credit'];
  credit_because: string;
  evidence: number;
  grade: OverlapPair['grade'];
  rewrite_score: number;
  aligned_sentences: number;
};

/** A row of passageRows (passages.csv): one shared passage, offsets into both articles' text. */
export type PassageRow = {
  a: string;
  b: string;
  /** 1-based number of the passage within its pair */
  passage: number;
  kind: OverlapPair['kind'];
  passage_kind: Passage['kind'];
  a_start: number;
  a_end: number;
  b_start: number;
  b_end: number;
  words_a: number;
  words_b: number;
  matched: number;
  quoted_a: number;
  quoted_b: number;
  quote: Passage['quote'];
  kind_because: string;
  direction: Passage['direction'];
  because: string;
  direction_by: Passage['direction_by'];
  text: string;
  b_text: string;
  evidence: number;
};

/** A row of citationRows (citations.csv): one citation of an outlet, offsets into the citing article. */
export type CitationRow = {
  doc: string;
  cited: string;
  kind: Citation['kind'];
  text: string;
  start: number;
  end: number;
  article: string | null;
};

/** Pair table rows: one row per pair (no passages), for CSV and DataFrames. */
export function pairRows(result: OverlapResult): PairRow[] {
  return result.pairs.map((p) => ({
    a: p.a,
    b: p.b,
    outlet_a: p.outlet_a,
    outlet_b: p.outlet_b,
    kind: p.kind,
    a_in_b: p.a_in_b,
    b_in_a: p.b_in_a,
    jaccard: p.jaccard,
    reuse_a_in_b: p.reuse_a_in_b,
    reuse_b_in_a: p.reuse_b_in_a,
    reuse_words: p.matched.reuse,
    common_source_words: p.matched['common-source'],
    stock_words: p.matched.stock,
    passages: p.passages.length,
    direction: p.direction,
    source: p.source,
    because: p.because,
    direction_by: p.direction_by,
    credit: p.credit,
    credit_because: p.credit_because,
    evidence: p.evidence,
    grade: p.grade,
    rewrite_score: p.rewriteScore,
    aligned_sentences: p.alignedSentences.length,
  }));
}

/** Passage table rows: one row per shared passage with offsets in both articles. */
export function passageRows(result: OverlapResult): PassageRow[] {
  const rows: PassageRow[] = [];
  for (const p of result.pairs) {
    p.passages.forEach((x, i) =>
      rows.push({
        a: p.a,
        b: p.b,
        passage: i + 1,
        kind: p.kind,
        passage_kind: x.kind,
        a_start: x.a[0],
        a_end: x.a[1],
        b_start: x.b[0],
        b_end: x.b[1],
        words_a: x.words_a,
        words_b: x.words_b,
        matched: x.matched,
        quoted_a: x.quoted_a,
        quoted_b: x.quoted_b,
        quote: x.quote,
        kind_because: x.kind_because,
        direction: x.direction,
        because: x.because,
        direction_by: x.direction_by,
        text: x.text,
        b_text: x.b_text,
        evidence: x.evidence,
      }),
    );
  }
  return rows;
}

/** Citation table rows. */
export function citationRows(result: OverlapResult): CitationRow[] {
  return result.citations.map((c) => ({
    doc: c.doc,
    cited: c.cited,
    kind: c.kind,
    text: c.text,
    start: c.start,
    end: c.end,
    article: c.article,
  }));
}

/** Outlet-to-outlet reuse (cross-outlet pairs): shared words of the reusing outlet, credited or not. Undirected when direction is unknown. */
export interface OutletReuse {
  from: string;
  to: string;
  directed: boolean;
  pairs: number;
  /** words of `to`'s articles inside passages shared with `from` */
  words: number;
  /** words / all words of `to`'s articles */
  share: number;
  credited: number;
  uncredited: number;
  /** pairs that share only common-source or stock text, or too little reuse to need credit */
  noneNeeded: number;
}

/** Aggregate pairs into outlet-to-outlet reuse edges (and same-outlet republishing as from === to). */
export function outletReuse(result: OverlapResult): OutletReuse[] {
  const outletWords = new Map<string, number>();
  for (const d of result.docs) outletWords.set(d.outlet, (outletWords.get(d.outlet) ?? 0) + d.words);
  const edges = new Map<string, OutletReuse>();
  const wordsOf = new Map(result.docs.map((d) => [d.id, d.words]));
  for (const p of result.pairs) {
    const directed = p.direction !== 'unknown';
    let from = p.outlet_a,
      to = p.outlet_b,
      share = p.b_in_a,
      words = 0;
    if (p.direction === 'b→a') {
      from = p.outlet_b;
      to = p.outlet_a;
      share = p.a_in_b;
      words = Math.round(share * (wordsOf.get(p.a) ?? 0));
    } else words = Math.round(share * (wordsOf.get(p.b) ?? 0));
    if (!directed && byString(from, to) > 0) [from, to] = [to, from];
    const key = `${from}\u0000${to}\u0000${directed}`;
    const e = edges.get(key) ?? {
      from,
      to,
      directed,
      pairs: 0,
      words: 0,
      share: 0,
      credited: 0,
      uncredited: 0,
      noneNeeded: 0,
    };
    e.pairs++;
    e.words += words;
    if (p.credit === 'credited') e.credited++;
    if (p.credit === 'uncredited') e.uncredited++;
    if (p.credit === 'none-needed') e.noneNeeded++;
    edges.set(key, e);
  }
  const out = [...edges.values()];
  for (const e of out) e.share = round(e.words / Math.max(1, outletWords.get(e.to) ?? 1), 4);
  return out.sort((x, y) => y.share - x.share || byString(x.from, y.from) || byString(x.to, y.to));
}

function now(): number {
  return performance.now();
}
function ms(x: number): number {
  return round(x, 1);
}
