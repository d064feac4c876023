// Short findings written from results: pure functions from plain data to sentences, each linking to its evidence.
import { shortHash } from '../corpus/fields.js';
import type { Article, Skip } from '../types.js';
import { byString } from '../text/counts.js';
import { wordCounts } from '../text/words.js';
import { monthName } from '../util/calendar.js';
import { isPlainTerm } from '../framing/plain-terms.js';
import { loadedRowKey } from '../framing/loaded-row-key.js';
import type { Finding } from './types.js';
import { oneArticleTopic, spreadKey, type TermSpread } from './spread.js';
import { storyWords } from './story-words.js';
import { pushTo } from '../util/maps.js';
import type { OverlapPair, OverlapResult } from '../overlap/overlap.js';
import type { Citation, DirectionBasis, Passage } from '../overlap/types.js';
import { mostlyVerbatim, narrationWhat } from '../overlap/narration.js';
import { STRONG_EVIDENCE, STRONG_WORDS } from '../overlap/kinds.js';
import type { ExpectedMentions } from '../entities/expected.js';

/** "26 December 2024", or the input unchanged when it is not an ISO date. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${monthName(Number(m[2]))} ${m[1]}`;
}

/** A date range in words: "26–30 December 2024", "30 November – 2 December 2024", or one date. */
export function dateRange(dates: readonly string[]): string | undefined {
  const ds = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort(byString);
  if (!ds.length) return undefined;
  const a = ds[0],
    b = ds[ds.length - 1];
  if (a === b) return longDate(a);
  if (a.slice(0, 7) === b.slice(0, 7)) return `${Number(a.slice(8))}–${longDate(b)}`;
  return `${longDate(a)} – ${longDate(b)}`;
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** "1 article", "2 articles". */
export function plural(n: number, word: string, many = word + 's'): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A whole-number percentage ("74%"), "<1%" for small non-zero shares. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

/** Findings about the corpus itself: size, outlets, dates, cleaning and skipped inputs. */
export function corpusFindings(
  articles: readonly (Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'paragraphs' | 'provenance'> & {
    title?: string;
  })[],
  skipped: readonly Skip[],
  words: readonly number[] = wordCounts(articles),
): Finding[] {
  const out: Finding[] = [];
  const byOutlet = new Map<string, number>();
  for (const a of articles) byOutlet.set(a.outlet, (byOutlet.get(a.outlet) ?? 0) + 1);
  const range = dateRange(articles.map((a) => a.date ?? ''));
  out.push({
    text:
      `${plural(articles.length, 'article')} from ${plural(byOutlet.size, 'outlet')}` +
      (range ? `, dated ${range}.` : '.'),
    evidence: [{ href: '#table-articles', label: 'articles' }],
  });
  const multi = [...byOutlet].filter(([, n]) => n > 1).sort((x, y) => y[1] - x[1] || byString(x[0], y[0]));
  if (multi.length && byOutlet.size > 1)
    out.push({
      text:
        listWords(multi.map(([o, n]) => `${o} contributes ${n} articles`)) +
        (multi.length < byOutlet.size ? '; the other outlets one each.' : '.'),
      evidence: [{ href: '#table-articles', label: 'articles' }],
    });
  const undated = articles.filter((a) => !a.date).length;
  if (undated)
    out.push({
      text: `${plural(undated, 'article has', 'articles have')} no known date, so they cannot be ordered in time.`,
      evidence: [{ href: '#table-articles', label: 'articles' }],
    });
  if (articles.length) {
    const sized = articles
      .map((a, i) => ({ id: a.id, outlet: a.outlet, words: words[i], title: a.title ?? '' }))
      .sort((x, y) => y.words - x.words || byString(x.id, y.id));
    const big = sized[0],
      small = sized[sized.length - 1];
    if (sized.length > 1 && big.words !== small.words)
      out.push({
        text: `Longest article: ${articleName(big.id, new Map([[big.id, big.title]]))} (${big.outlet}, ${big.words} words); shortest: ${articleName(small.id, new Map([[small.id, small.title]]))} (${small.outlet}, ${small.words} words).`,
        evidence: [{ href: '#table-articles', label: 'articles' }],
      });
  }
  const cleaned = articles.filter((a) => a.provenance.removed.length);
  if (cleaned.length) {
    const kinds = new Map<string, number>();
    let items = 0;
    for (const a of cleaned)
      for (const r of a.provenance.removed) {
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
        items++;
      }
    const parts = [...kinds].sort((x, y) => y[1] - x[1] || byString(x[0], y[0])).map(([k, n]) => `${n} ${k}`);
    out.push({
      text: `Cleaning removed ${plural(items, 'item')} from ${plural(cleaned.length, 'article')} before any analysis (${listWords(parts)}).`,
      evidence: [{ href: '#table-cleaning-log', label: 'cleaning log' }],
    });
  }
  if (skipped.length) {
    const shown = skipped.slice(0, 3).map((s) => `${s.file}${s.record ? '#' + s.record : ''} (${s.reason})`);
    out.push({
      text: `${plural(skipped.length, 'input was', 'inputs were')} skipped: ${shown.join('; ')}${skipped.length > 3 ? '; …' : ''}.`,
      evidence: [{ href: '#table-skipped', label: 'skip log' }],
    });
  }
  return out;
}

/** Outlets the distinct-terms finding names at most. */
const MAX_TERM_OUTLETS = 8;

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
  rows: readonly { outlet: string; term: string; count: number }[],
  opts: { spread?: ReadonlyMap<string, TermSpread>; articles?: ReadonlyMap<string, number> } = {},
): Finding[] {
  const byOutlet = new Map<string, { term: string; count: number }[]>();
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
      text: `Every outlet has ${listWords(shared.slice(0, 5).map((t) => `“${t}”`))} among its most frequent terms.`,
      evidence: ev,
    });
  const own: string[] = [];
  // the outlets with the most text (their top terms' counts) when there are many: one line cannot list 100
  const size = (l: readonly { count: number }[]) => l.reduce((n, x) => n + x.count, 0);
  const listed = [...byOutlet]
    .sort((x, y) => size(y[1]) - size(x[1]) || byString(x[0], y[0]))
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
        `${outlet}${opts.articles?.get(outlet) === 1 ? ' (one article)' : ''}: “${first.term}” (${first.count})`,
      );
  }
  const among = byOutlet.size > MAX_TERM_OUTLETS ? ` (among the ${MAX_TERM_OUTLETS} outlets with the most text)` : '';
  if (own.length)
    out.push({ text: `Frequent terms that only one outlet ranks high${among} — ${own.join('; ')}.`, evidence: ev });
  return out;
}

/** The report anchor of one article pair's passages (the passage viewer and pair table link here). */
export function pairAnchor(a: string, b: string): string {
  // ids of letters, digits and "_" (any script) read as they are; anything else gets a hash suffix, so anchors are
  // unique for any ids
  const plain = (x: string) => x.length <= 40 && /^[\p{L}\p{N}_]+$/u.test(x);
  if (plain(a) && plain(b)) return `pair-${a}-${b}`;
  const s = (x: string) => x.replace(/[^\p{L}\p{N}_]+/gu, '-').slice(0, 40);
  return `pair-${s(a)}-${s(b)}-${shortHash(`${a}\u0000${b}`)}`;
}

/** The pair fields the findings read: an OverlapPair's, with the newer fields optional for older saved results. */
type FindingPair = Pick<
  OverlapPair,
  'a' | 'b' | 'outlet_a' | 'outlet_b' | 'kind' | 'a_in_b' | 'b_in_a' | 'direction' | 'source' | 'because' | 'credit'
> &
  Partial<
    Pick<
      OverlapPair,
      | 'reuse_a_in_b'
      | 'reuse_b_in_a'
      | 'credit_because'
      | 'direction_by'
      | 'reuse_by'
      | 'rewritten_words'
      | 'rewritten_sentences'
      | 'rewritten_verbatim'
      | 'evidence'
    >
  > & {
    passages: readonly unknown[];
  };

/** The slice of an overlap result the findings read (see lib/overlap/overlap.ts). */
export interface OverlapLike {
  docs: readonly OverlapResult['docs'][number][];
  pairs: readonly FindingPair[];
  citations: readonly Pick<Citation, 'doc' | 'cited' | 'kind' | 'text'>[];
}

/** The kind of a passage of an overlap result ('reuse' for results that predate kinds). */
function kindOf(x: unknown): string {
  const k = (x as { kind?: unknown } | null)?.kind;
  return typeof k === 'string' ? k : 'reuse';
}

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
        common ? `${common} passage(s) of common sources (quotes, statements, official or wire texts)` : '',
        stock ? `${stock} stock phrase(s)` : '',
        weak ? `${weak} run(s) of like narration too short or too common to show copying` : '',
      ].filter(Boolean),
    ) || 'too little reused text to count';
  const first = pairs
    .slice(0, 3)
    .map((p) => ({ href: '#' + pairAnchor(p.a, p.b), label: `${p.outlet_a} and ${p.outlet_b}` }));
  return [
    {
      text: `${pairs.length} cross-outlet pair(s) of articles share only ${what}: text of a third party or formulas many articles use${weak ? ', or too little to show that one took it from the other' : ', so neither took it from the other'}, and no credit is due.`,
      evidence: first,
    },
  ];
}

type OverlapPairLike = OverlapLike['pairs'][number];
type CitationLike = OverlapLike['citations'][number];

// only reuse passages accuse: pairs sharing common-source or stock text alone, or too little reuse, need no credit
const isReused = (p: OverlapPairLike) => p.credit === 'credited' || p.credit === 'uncredited';
const reuseAinB = (p: OverlapPairLike) => p.reuse_a_in_b ?? p.a_in_b;
const reuseBinA = (p: OverlapPairLike) => p.reuse_b_in_a ?? p.b_in_a;

/**
 * One finding per cross-outlet pair with reuse: who took how much from whom, and whether the taker names the source.
 */
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
 * How a finding flags a direction read from weak evidence, or '': by the pair's `direction_by` (DirectionBasis,
 * lib/overlap/direction.ts), never by the wording of its `because`. Results saved without the field get no flag.
 */
function weakDirection(by: DirectionBasis | undefined, source: string): string {
  if (by === 'agency') return ` (which came first is inferred: ${source} is a news agency)`;
  if (by === 'containment' || by === 'extended') return ' (which came first is weak evidence: containment only)';
  return '';
}

/** Whether a pair's reuse is rewritten narration (aligned sentences) rather than exact passages. */
const isRewrite = (p: OverlapPairLike) => p.reuse_by === 'rewritten-narration';

/** How a finding names an article: its headline in quotes when known (ids are often opaque), else its id. */
export function articleName(id: string, titles?: ReadonlyMap<string, string>): string {
  const t = titles?.get(id)?.trim();
  if (!t) return id;
  return `“${t.length > 70 ? t.slice(0, 69).trimEnd() + '…' : t}”`;
}

function reuseFindings(
  r: OverlapLike,
  cross: readonly OverlapPairLike[],
  outletOf: Map<string, string>,
  titles?: ReadonlyMap<string, string>,
): Finding[] {
  const name = (id: string) => articleName(id, titles);
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
  const dateOf = new Map(r.docs.map((d) => [d.id, d.date]));
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
      : `takes ${percent(share)} of its words from ${from}'s ${article} (${name(src)})${weak}`;
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

/** A same-outlet pair's source, reusing article and the reused share of the latter. */
function selfReuse(p: OverlapPairLike): { src: string; dst: string; share: number } {
  const [src, dst, share] = p.direction === 'b→a' ? [p.b, p.a, reuseAinB(p)] : [p.a, p.b, reuseBinA(p)];
  return { src, dst, share };
}

/** Each article's event (lib/events), when the findings know them. */
type EventOf = Readonly<Record<string, string>>;

/**
 * Whether a same-outlet pair's articles belong to different events: text carried into another story (a background
 * paragraph, a box the outlet prints) is no update or version of the story.
 */
function otherStory(p: OverlapPairLike, eventOf?: EventOf): boolean {
  const a = eventOf?.[p.a],
    b = eventOf?.[p.b];
  return a !== undefined && b !== undefined && a !== b;
}

function selfReuseText(p: OverlapPairLike, titles?: ReadonlyMap<string, string>, eventOf?: EventOf): string {
  const { src, dst, share } = selfReuse(p);
  const other = otherStory(p, eventOf);
  const order =
    p.direction === 'unknown'
      ? other
        ? ', an article on another story (order unclear)'
        : ' (order unclear)'
      : other
        ? ', an earlier article on another story'
        : ', which reads as the earlier version';
  return `${percent(share)} of ${articleName(dst, titles)} is also in ${articleName(src, titles)}${order}`;
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
function selfReuseFindings(
  pairs: readonly OverlapPairLike[],
  minShare: number,
  titles?: ReadonlyMap<string, string>,
  eventOf?: EventOf,
  perOutlet = 2,
): Finding[] {
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
        text: `${p.outlet_a} reuses its own text: ${selfReuseText(p, titles, eventOf)}.`,
        evidence: [pairLink(p)],
      });
      continue;
    }
    if (mine[0] !== p) continue; // the outlet's one finding, at the place of its first pair
    const top = [...mine].sort((x, y) => selfReuse(y).share - selfReuse(x).share);
    const docs = new Set(mine.flatMap((x) => [x.a, x.b])).size;
    out.push({
      text: `${p.outlet_a} reuses its own text across ${docs} of its articles (${mine.length} pairs, ${selfReuseKinds(mine, eventOf)}); the most: ${selfReuseText(top[0], titles, eventOf)}.`,
      evidence: top.slice(0, 3).map((x) => ({ ...pairLink(x), label: `the ${percent(selfReuse(x).share)} pair` })),
    });
  }
  return out;
}

/** Outlets that reuse nobody's text: those sharing nothing, and those sharing only common-source or stock text. */
function independenceFindings(
  r: OverlapLike,
  pairs: readonly OverlapPairLike[],
  cross: readonly OverlapPairLike[],
): Finding[] {
  const reusing = new Set(cross.flatMap((p) => [p.outlet_a, p.outlet_b]));
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

/** The two outlets cited most often that are not in the corpus (their articles would show what was taken). */
function missingSourceFindings(r: OverlapLike, outletOf: Map<string, string>): Finding[] {
  const cited = new Map<string, Set<string>>();
  const inCorpus = new Set(outletOf.values());
  for (const c of r.citations)
    if (c.kind === 'outlet' && !inCorpus.has(c.cited))
      (cited.get(c.cited) ?? cited.set(c.cited, new Set()).get(c.cited)!).add(outletOf.get(c.doc) ?? c.doc);
  return [...cited]
    .sort((x, y) => y[1].size - x[1].size || byString(x[0], y[0]))
    .slice(0, 2)
    .map(([name, by]) => ({
      text: `${listWords([...by].sort(byString))} cite${by.size === 1 ? 's' : ''} ${name}, which is not in the corpus: add its article to check what was taken from it.`,
      evidence: [{ href: '#table-citations', label: 'citations' }],
    }));
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
  const pairs = r.pairs.filter((p) => Math.max(p.a_in_b, p.b_in_a) >= minShare);
  // a rewrite carries its reuse in aligned sentences, not in exact passages: it counts whatever its passage share
  const cross = r.pairs.filter(
    (x) =>
      x.kind === 'cross-outlet' && isReused(x) && (isRewrite(x) || Math.max(reuseAinB(x), reuseBinA(x)) >= minShare),
  );
  const out = [
    ...reuseFindings(r, cross, outletOf, opts.titles),
    ...commonSourceFindings(r.pairs.filter((x) => x.kind === 'cross-outlet' && !isReused(x))),
    ...selfReuseFindings(r.pairs, minShare, opts.titles, opts.eventOf),
    ...independenceFindings(r, pairs, cross),
    ...missingSourceFindings(r, outletOf),
  ];
  return out.slice(0, opts.max ?? 12);
}

/** The report anchor of one entity. */
export function entityAnchor(id: string): string {
  return 'entity-' + id.replace(/[^A-Za-z0-9_-]+/g, '-');
}

/** The slice of an entity the findings read (see lib/entities/entities.ts). */
export interface EntityLike {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
  mentions: readonly unknown[];
  by_outlet: Readonly<Record<string, number>>;
}

/** The main actors: the `n` (default 5) most mentioned entities that are not places, demonyms or events. */
export function mainActors<T extends EntityLike>(entities: readonly T[], n = 5): T[] {
  return entities.filter((e) => e.type !== 'place' && e.type !== 'demonym' && e.type !== 'event').slice(0, n);
}

/**
 * Findings about entities: the most named actors, names spelled several ways, and main actors some outlets never name.
 */
export function entityFindings(
  entities: readonly EntityLike[],
  outlets: readonly string[],
  opts: { main?: number; words?: Readonly<Record<string, number>>; expected?: ExpectedMentions } = {},
): Finding[] {
  const out: Finding[] = [];
  const ev = (e: EntityLike) => [{ href: '#' + entityAnchor(e.id), label: e.name }];
  const main = mainActors(entities, opts.main);
  if (main.length) {
    const e = main[0];
    const by = outlets.filter((o) => (e.by_outlet[o] ?? 0) > 0);
    out.push({
      text: `The most named actor is ${e.name}: ${plural(e.mentions.length, 'mention')} in ${by.length} of ${plural(outlets.length, 'outlet')}.`,
      evidence: ev(e),
    });
  }
  const spelled = entities
    .map((e) => ({ e, forms: spellings(e.aliases) }))
    .filter((x) => x.forms.length > 1)
    .slice(0, 10)
    .sort(
      (x, y) =>
        y.forms.length - x.forms.length || y.e.mentions.length - x.e.mentions.length || byString(x.e.id, y.e.id),
    )
    .slice(0, 3);
  for (const { e, forms } of spelled)
    out.push({
      text: `${e.name} appears under ${forms.length} spellings: ${listWords(forms.slice(0, 5).map((a) => `“${a}”`))}${forms.length > 5 ? ' and more' : ''}; they are counted as one.`,
      evidence: ev(e),
    });
  if (outlets.length > 1)
    for (const e of main) out.push(...silenceFindings(e, outlets, expectation(e, outlets, opts), ev(e)));
  return out;
}

/** Mentions expected before an outlet's silence about an actor says anything (at its share of the corpus's words). */
const EXPECTED_MENTIONS = 3;

/** How many mentions of E each outlet was to be expected to make, and why; null when nothing says (every outlet counts). */
interface Expectation {
  of: (outlet: string) => number;
  why: string;
}

/**
 * With events (`expected`, lib/entities/expected.ts): at the rate the other outlets name E in the events each outlet
 * covered. Else with words per outlet: at the outlet's share of the corpus's words. Else null.
 */
function expectation(
  e: EntityLike,
  outlets: readonly string[],
  opts: { words?: Readonly<Record<string, number>>; expected?: ExpectedMentions },
): Expectation | null {
  const byEvents = opts.expected?.get(e.id);
  if (byEvents)
    return {
      of: (o) => byEvents.get(o) ?? 0,
      why: `, though at the rate the other outlets name ${e.name} in the same stories about ${EXPECTED_MENTIONS} or more mentions were to be expected`,
    };
  const words = opts.words;
  const total = words ? outlets.reduce((n, o) => n + (words[o] ?? 0), 0) : 0;
  if (!words || !total) return null;
  return {
    of: (o) => (e.mentions.length * (words[o] ?? 0)) / total,
    why: `, though at their length about ${EXPECTED_MENTIONS} or more mentions were to be expected`,
  };
}

/**
 * "Only X names E", or the outlets that never name a main actor E. With an expectation, an outlet counts as silent
 * only when it would have named E at least EXPECTED_MENTIONS times: one short piece on another story says nothing.
 * The most surprising silences come first; long lists are cut to six outlets and a count.
 */
function silenceFindings(
  e: EntityLike,
  outlets: readonly string[],
  expect: Expectation | null,
  evidence: Finding['evidence'],
): Finding[] {
  const present = outlets.filter((o) => (e.by_outlet[o] ?? 0) > 0);
  if (present.length === 1 && e.mentions.length >= 3)
    return [{ text: `Only ${present[0]} names ${e.name} (${plural(e.mentions.length, 'mention')}).`, evidence }];
  const expected = (o: string) => (expect ? expect.of(o) : Infinity);
  const missing = outlets
    .filter((o) => !(e.by_outlet[o] ?? 0) && expected(o) >= EXPECTED_MENTIONS)
    .sort((a, b) => (expect ? expected(b) - expected(a) : 0) || byString(a, b)); // the most surprising silence first
  if (!missing.length || missing.length === outlets.length) return [];
  const named = missing.length > 6 ? [...missing.slice(0, 6), `${missing.length - 6} more outlets`] : missing;
  const why = expect?.why ?? '';
  return [
    {
      text: `${listWords(named)} never name${missing.length === 1 ? 's' : ''} ${e.name}, one of the main actors (${plural(e.mentions.length, 'mention')} elsewhere${why}).`,
      evidence,
    },
  ];
}

/**
 * An entity's aliases as spellings: forms that differ only in letter case ("IRAN" in a headline or a tweet, "Iran")
 * are one spelling, written as it first comes; dots and word order make another ("F.B.I.", "FBI").
 */
/**
 * The spellings of an entity as a reader tells them apart: case and the spaces a tokeniser put inside a name ("U.S ."
 * is "U.S.", "Mirza ’ s" is "Mirza’s") make no new spelling; the most used form stands for them.
 */
function spellings(aliases: readonly string[]): string[] {
  const seen = new Set<string>();
  return aliases.filter((a) => {
    const k = a.toLowerCase().replace(/\s+/g, '');
    return !seen.has(k) && !!seen.add(k);
  });
}

/** The outlets the framing findings compare: all of them, or the MAX_TERM_OUTLETS with the most words. */
function biggest(words: readonly [string, number][]): Set<string> {
  const sorted = [...words].sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
  return new Set(sorted.slice(0, MAX_TERM_OUTLETS).map(([o]) => o));
}

/**
 * Up to three outlets with the most loaded forms in their own narration, each with its most used forms and counts.
 * Words marked only because one outlet uses them more than the others on the same story (theme "outlet contrast":
 * "political", "base") are that outlet's vocabulary, shown among its distinctive terms, not loaded words by
 * themselves: the finding leaves them out (the table keeps them, with their theme).
 */
function loadedFindings(
  loaded: readonly { outlet: string; term: string; own: number; forms?: string; theme?: string }[],
  oneArticle: ReadonlyMap<string, number> = new Map(),
  story: ReadonlySet<string> = new Set(),
): Finding[] {
  const out: Finding[] = [];
  // per outlet, each loaded term with its uses in the outlet's own narration, named by its forms ("militant/militants")
  const loadedOwn = new Map<string, Map<string, number>>();
  const single = new Map<string, number>(); // outlet + forms -> uses in the one article most of them come from
  const shared = new Map<string, string[]>(); // outlet -> forms most outlets on its stories also write (left out)
  for (const r of loaded) {
    if (r.own <= 0 || r.theme === 'outlet contrast') continue;
    const forms = (r.forms || r.term).split(/;\s*/).filter(Boolean).slice(0, 3).join('/');
    const key = r.outlet + '\u0000' + loadedRowKey(r.term, r.forms?.split(';')[0].trim());
    if (story.has(key)) {
      pushTo(shared, r.outlet, forms);
      continue;
    }
    const terms = loadedOwn.get(r.outlet) ?? loadedOwn.set(r.outlet, new Map()).get(r.outlet)!;
    terms.set(forms, (terms.get(forms) ?? 0) + r.own);
    const inOne = oneArticle.get(key);
    if (inOne) single.set(r.outlet + '\u0000' + forms, inOne);
  }
  const counted = (o: string, t: string, n: number) => {
    const inOne = single.get(o + '\u0000' + t);
    return `“${t}” (${n}${!inOne ? '' : inOne === n ? ', all in one article' : `, ${inOne} of them in one article`})`;
  };
  for (const [o, terms] of [...loadedOwn].sort((a, b) => b[1].size - a[1].size || byString(a[0], b[0])).slice(0, 3))
    out.push({
      text: `${o} uses loaded terms in its own narration, most often ${listWords(
        [...terms]
          .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
          .slice(0, 4)
          .map(([t, n]) => counted(o, t, n)),
      )}.${storyNote(shared.get(o))}`,
      evidence: [{ href: '#table-loaded-terms', label: 'loaded terms' }],
    });
  return out;
}

/** The clause naming the loaded terms left out of an outlet's finding as its stories' own words, or ''. */
function storyNote(forms: readonly string[] | undefined): string {
  if (!forms?.length) return '';
  const words = [...new Set(forms)].sort(byString).slice(0, 3);
  const more = forms.length > words.length ? ' and others' : '';
  return ` Left out: ${listWords(words.map((w) => `“${w}”`))}${more}, which most outlets covering the same stories also write in their own narration.`;
}

/** A lexicon hit as the loaded-terms finding reads it (lib/framing/loaded.ts LoadedHit). */
type LoadedHitLike = { doc: string; outlet: string; term: string; voice: string; text?: string };

/** Uses a term needs in one article, and the share of the outlet's uses they must be, before the finding says so. */
const ONE_ARTICLE_USES = 3;
const ONE_ARTICLE_SHARE = 2 / 3;

/**
 * Outlet + row keys ("outlet\u0000term", loadedRowKey) -> the uses in one article, when ONE_ARTICLE_USES or more own-narration uses
 * and at least two thirds of the outlet's come from one article of an outlet with two or more articles: the article's
 * subject ("the talking points" of a hearing about them) more than the outlet's habit, which the finding says beside
 * the count.
 */
function oneArticleTerms(hits: readonly LoadedHitLike[], articles: ReadonlyMap<string, number>): Map<string, number> {
  const byDoc = new Map<string, Map<string, number>>();
  for (const h of hits) {
    if (h.voice !== 'own' || (articles.get(h.outlet) ?? 0) < 2) continue;
    const k = h.outlet + '\u0000' + loadedRowKey(h.term, h.text);
    const docs = byDoc.get(k) ?? byDoc.set(k, new Map()).get(k)!;
    docs.set(h.doc, (docs.get(h.doc) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [k, docs] of byDoc) {
    let all = 0,
      most = 0;
    for (const n of docs.values()) {
      all += n;
      most = Math.max(most, n);
    }
    if (most >= ONE_ARTICLE_USES && most >= ONE_ARTICLE_SHARE * all) out.set(k, most);
  }
  return out;
}

/** Articles per outlet, from a doc -> outlet map. */
function articleCounts(outletOf: Readonly<Record<string, string>>): Map<string, number> {
  const n = new Map<string, number>();
  for (const o of Object.values(outletOf)) n.set(o, (n.get(o) ?? 0) + 1);
  return n;
}

/** The z above which a distinctive term is clearly the outlet's (two-sided 5%). */
const CLEAR_Z = 1.96;

/** The evaluative weight from which a term is a word of judgement (lib/framing/loaded.ts termWeigher's scale). */
const JUDGEMENT = 0.5;

/** A distinctive row as the framing findings read it; `evaluative` is the term's weight, 0..1, when it was weighed. */
type LeanRow = { outlet: string; term: string; z: number; count: number; evaluative?: number };

/** True when a row is a word of judgement, or carries no weight to tell (rows made without a weigher). */
const judged = (r: LeanRow) => r.evaluative === undefined || r.evaluative >= JUDGEMENT;

/**
 * Each big outlet's three clearest distinctive words of judgement, as "Outlet: “a” (n), …". A term one article holds
 * most uses of is that article's topic, not the outlet's wording, and is passed over (oneArticleTopic); an outlet of
 * one article says so, since its words are that article's. Terms without evaluative weight ("asylum", "children") are
 * what an outlet covers more, not how it words it: an outlet whose clear terms are all such is `unjudged`.
 */
function leaningTerms(
  rows: readonly LeanRow[],
  big: ReadonlySet<string>,
  articles: ReadonlyMap<string, number>,
  spread?: ReadonlyMap<string, TermSpread>,
): { lean: string[]; topical: string[]; unjudged: string[] } {
  const outlets = [...new Set(rows.map((r) => r.outlet))].filter((o) => big.has(o)).sort(byString);
  const lean: string[] = [],
    topical: string[] = [],
    unjudged: string[] = [];
  for (const o of outlets) {
    const n = articles.get(o) ?? 0;
    const clear = rows.filter((r) => r.outlet === o && r.z > CLEAR_Z);
    const spreadOver = clear.filter((r) => !oneArticleTopic(spread?.get(spreadKey(o, r.term)), n));
    const top = spreadOver
      .filter(judged)
      .sort((a, b) => b.z - a.z || byString(a.term, b.term))
      .slice(0, 3);
    if (top.length)
      lean.push(`${o}${n === 1 ? ' (one article)' : ''}: ${listWords(top.map((r) => `“${r.term}” (${r.count})`))}`);
    else if (spreadOver.length) unjudged.push(o);
    else if (clear.length) topical.push(o);
  }
  return { lean, topical, unjudged };
}

/**
 * The distinctive-term rows as the report's table shows them: terms clear of chance (z above 1.96) first, words of
 * judgement before topics, each part by rank, then the rest in their order; and a caption that says how many are
 * clear, so a table of small differences (single uses, z near 1) is not read as an outlet's framing.
 */
export function distinctiveTable<R extends LeanRow & { rank?: number }>(
  rows: readonly R[],
): { rows: R[]; caption: string } {
  const part = (r: R) => (r.z > CLEAR_Z ? (judged(r) ? 0 : 1) : 2);
  const ordered = rows
    .map((r, k) => ({ r, k, p: part(r) }))
    .sort((a, b) => a.p - b.p || (a.p < 2 ? (b.r.rank ?? b.r.z) - (a.r.rank ?? a.r.z) : 0) || a.k - b.k);
  const clear = ordered.filter((x) => x.p < 2).length,
    judging = ordered.filter((x) => x.p === 0).length;
  const caption =
    'Terms each outlet uses more than the others (own voice; log-odds z) — ' +
    (clear
      ? `${clear} clear of chance (z above 1.96) listed first, ${judging} of them words of judgement`
      : 'none clear of chance (z above 1.96): small differences, not an outlet’s framing');
  return { rows: ordered.map((x) => x.r), caption };
}

/** The (outlet, term) pairs whose spread the framing findings may ask for: each outlet's clear terms, best first. */
export function leaningCandidates(
  rows: readonly { outlet: string; term: string; z: number; evaluative?: number }[],
  perOutlet = 20,
): { outlet: string; term: string }[] {
  const by = new Map<string, { outlet: string; term: string; z: number }[]>();
  for (const r of rows) if (r.z > CLEAR_Z) (by.get(r.outlet) ?? by.set(r.outlet, []).get(r.outlet)!).push(r);
  return [...by.values()].flatMap((l) => l.sort((a, b) => b.z - a.z || byString(a.term, b.term)).slice(0, perOutlet));
}

/**
 * The distinctive-term finding: the words of judgement each big outlet leans on; outlets whose clear terms are one
 * article's topic, or topics and plain words only, are named so their absence is not misread, and when no outlet has
 * a clear word of judgement the finding says so instead of listing plain words.
 */
function leaningFindings(
  { lean, topical, unjudged }: ReturnType<typeof leaningTerms>,
  big: ReadonlySet<string>,
  outlets: number,
): Finding[] {
  const evidence = [{ href: '#table-distinctive-terms', label: 'distinctive terms' }];
  const they = (l: string[]) => (l.length === 1 ? 'its' : 'their');
  const topics = topical.length
    ? ` ${listWords(topical)}: each clear term comes mostly from one of ${they(topical)} articles (that story's topic, not the outlet's wording).`
    : '';
  const plain = unjudged.length
    ? ` ${listWords(unjudged)}: no word of judgement stands out; ${they(unjudged)} clearest terms are topics ${unjudged.length === 1 ? 'it covers' : 'they cover'} more (the table lists them).`
    : '';
  if (lean.length)
    return [
      {
        text: `Words each outlet uses clearly more than the others, in its own voice${big.size < outlets ? ` (the ${big.size} outlets with the most text)` : ''} — ${lean.join('; ')}.${topics}${plain}`,
        evidence,
      },
    ];
  if (!topical.length && !unjudged.length) return [];
  const head = unjudged.length
    ? 'No outlet uses a word of judgement clearly more than the others in its own voice (z above 1.96, over more than one of its articles) —'
    : 'No outlet has a word it uses clearly more than the others across its articles —';
  return [{ text: `${head}${topics}${plain}`, evidence }];
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
  const shares = [...byOutlet]
    .filter(([o, x]) => x.words > 0 && big.has(o))
    .map(([o, x]) => ({ o, own: x.own / x.words, quoted: x.quoted / x.words, reused: x.reused / x.words }));
  if (shares.length > 1) {
    const s = [...shares].sort((a, b) => a.own - b.own || byString(a.o, b.o));
    const lo = s[0],
      hi = s[s.length - 1];
    out.push({
      text: `${hi.o} writes most in its own words (${percent(hi.own)} own narration); ${lo.o} the least (${percent(lo.own)}: ${percent(lo.quoted)} quoted or reported speech, ${percent(lo.reused)} reused text).`,
      evidence: [{ href: '#table-voice', label: 'voice shares' }],
    });
  }
  out.push(...leaningFindings(leaningTerms(f.distinctive, big, articleCounts(outletOf), spread), big, byOutlet.size));
  const hits = f.loadedHits ?? [];
  out.push(
    ...loadedFindings(f.loaded, oneArticleTerms(hits, articleCounts(outletOf)), storyWords(hits, outletOf, f.eventOf)),
  );
  out.push(...unnamedSourceFindings(f.sources));
  return out;
}

/** Attributed statements an outlet needs before the share of them that is unnamed says something about the outlet. */
const MIN_STATEMENTS = 10;

/**
 * Outlets most of whose attributed statements (more than half, of at least MIN_STATEMENTS) come from unnamed sources,
 * with the share in the other outlets beside it: "1 of 2" is neither most nor a habit.
 */
export function unnamedSourceFindings(sources: readonly { outlet: string; kind: string; count: number }[]): Finding[] {
  const anon = new Map<string, { anon: number; all: number }>();
  const total = { anon: 0, all: 0 };
  for (const r of sources) {
    const x = anon.get(r.outlet) ?? { anon: 0, all: 0 };
    const n = r.kind === 'anonymous' ? r.count : 0;
    x.all += r.count;
    x.anon += n;
    total.all += r.count;
    total.anon += n;
    anon.set(r.outlet, x);
  }
  return [...anon]
    .filter(([, x]) => x.all >= MIN_STATEMENTS && x.anon * 2 > x.all)
    .sort((a, b) => byString(a[0], b[0]))
    .map(([o, x]) => {
      const rest = total.all - x.all;
      const others = rest > 0 ? `; ${percent((total.anon - x.anon) / rest)} in the other outlets` : '';
      return {
        text: `Most of the sources ${o} quotes or reports are unnamed (${x.anon} of ${x.all} attributed statements${others}).`,
        evidence: [{ href: '#table-sources', label: 'sources' }],
      };
    });
}
