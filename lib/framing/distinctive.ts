// Distinctive terms per outlet against all the others: log-odds with an informative Dirichlet prior (z), Dunning G² as an alternative.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import { isUpperChar } from '../text/tokenize.js';
import { round } from '../util/round.js';
import { normIds, type NormIds } from '../text/term-ids.js';
import type { DistinctiveRow, OutletTermTable } from './types.js';
import { UPPER_WORD } from '../util/letters.js';
import { partyOrDistrictTagEnd } from '../entities/tags.js';
import { maskWebFurniture } from './distinctive-furniture.js';
import { maskDatelines } from './dateline-prefix.js';

// regexes with \p{...} made once here: written inside a function, tsx rebuilds one on every call (lib/util/letters.ts)
const CAPITAL_OR_DIGIT_FIRST = /^[\p{Lu}\p{N}]/u;

export { outletTermTable, termTables } from './term-tables.js';

/** Options for distinctive terms. */
export interface DistinctiveOptions {
  /**
   * Strength of the informative Dirichlet prior, α0 (the prior for term w is α0 · its share of the whole corpus).
   * Default: the corpus total, so α_w equals w's corpus count (prior as strong as the data; small counts shrink hard).
   */
  alpha0?: number;
  /** keep terms the outlet uses at least this often (default 1; 0 with positiveOnly false lists every corpus term, as the term chart does) */
  minCount?: number;
  /** keep 2-3-word phrases used at least this often by the outlet or by the rest (default 2: a phrase used once is a sentence fragment, not a habit) */
  minPhraseCount?: number;
  /** order of each outlet's terms: 'logodds' by z (default) or 'dunning' by G² of over-used terms */
  method?: 'logodds' | 'dunning';
  /** keep only terms the outlet over-uses (z > 0 for log-odds, a/c > b/d for Dunning); default true */
  positiveOnly?: boolean;
  /** at most this many rows per outlet (default all) */
  top?: number;
  /** compute rows for these outlets only (default every outlet) */
  outlets?: readonly string[];
  /** consider only the most frequent terms of the corpus: those whose corpus count reaches the level that keeps at most this many (the term chart's points) */
  mostFrequent?: number;
  /** evaluative weight of a term, 0..1 (e.g. from the loaded lexicon and the general vocabularies); ranks by rank, not z */
  weigh?: (term: string) => number;
  /** drop a word or phrase that only ever occurs inside one longer kept phrase (same count in the outlet and in the rest): "al-qaeda" goes when "al-qaeda commanders" has the same counts (default true) */
  collapse?: boolean;
  /** terms never reported, whatever their counts (e.g. plain words, isPlainTerm) */
  exclude?: (term: string) => boolean;
}

/**
 * Monroe, Colaresi & Quinn (2008) log-odds ratio with informative Dirichlet prior, group i against group j:
 * δ = ln[(yi+αw)/(ni+α0−yi−αw)] − ln[(yj+αw)/(nj+α0−yj−αw)], σ² ≈ 1/(yi+αw) + 1/(yj+αw), z = δ/σ.
 */
export function logOddsDirichlet(
  yi: number,
  ni: number,
  yj: number,
  nj: number,
  alphaW: number,
  alpha0: number,
): { delta: number; variance: number; z: number } {
  const delta =
    Math.log((yi + alphaW) / (ni + alpha0 - yi - alphaW)) - Math.log((yj + alphaW) / (nj + alpha0 - yj - alphaW));
  const variance = 1 / (yi + alphaW) + 1 / (yj + alphaW);
  return { delta, variance, z: delta / Math.sqrt(variance) };
}

/** Dunning log-likelihood (Rayson form): counts a, b in corpora of sizes c, d; G² = 2[a ln(a/E1) + b ln(b/E2)]; effect size log2((a/c)/(b/d)) with a zero count taken as 0.5. */
export function dunningG2(a: number, c: number, b: number, d: number): { g2: number; log2ratio: number } {
  const e1 = (c * (a + b)) / (c + d);
  const e2 = (d * (a + b)) / (c + d);
  const g2 = 2 * ((a > 0 ? a * Math.log(a / e1) : 0) + (b > 0 ? b * Math.log(b / e2) : 0));
  const log2ratio = c > 0 && d > 0 ? Math.log2((a || 0.5) / c / ((b || 0.5) / d)) : 0;
  return { g2, log2ratio };
}

/** Distinctive terms of each outlet against all the others, with raw counts; works for two outlets and for many. */
export function distinctiveTerms(table: OutletTermTable, opts: DistinctiveOptions = {}): DistinctiveRow[] {
  const { all, nAll } = corpusCounts(table);
  const alpha0 = opts.alpha0 ?? nAll;
  const minCount = opts.minCount ?? 1;
  const minPhraseCount = Math.max(minCount, opts.minPhraseCount ?? 2);
  const method = opts.method ?? 'logodds';
  const positiveOnly = opts.positiveOnly ?? true;
  const rows: DistinctiveRow[] = [];
  const len = wordCount;
  const order =
    method === 'logodds'
      ? (a: DistinctiveRow, b: DistinctiveRow) =>
          b.rank - a.rank || b.z - a.z || b.count - a.count || len(b.term) - len(a.term) || byString(a.term, b.term)
      : (a: DistinctiveRow, b: DistinctiveRow) =>
          Math.sign(b.log2ratio) * b.g2 - Math.sign(a.log2ratio) * a.g2 ||
          b.count - a.count ||
          len(b.term) - len(a.term) ||
          byString(a.term, b.term);
  const frequent =
    opts.mostFrequent !== undefined && all.size > opts.mostFrequent
      ? mostFrequentTerms(table, opts.mostFrequent)
      : null;
  const only = opts.outlets ? new Set(opts.outlets) : null;
  table.outlets.forEach((outlet, i) => {
    if (only && !only.has(outlet)) return;
    const mine = table.counts[i];
    const ni = table.totals[i];
    const nj = nAll - ni;
    const wordsI = table.words?.[i] ?? ni;
    // score every term on plain numbers first; row objects are made only for the best (top x 4) when a top is set
    const terms: string[] = [];
    const score: number[] = [];
    const visit = (yi: number, term: string) => {
      const yAll = all.get(term)!;
      const yj = yAll - yi;
      if (
        (frequent && yAll < frequent.minAll) ||
        yi < minCount ||
        (Math.max(yi, yj) < minPhraseCount && term.includes(' '))
      )
        return;
      const alphaW = nAll ? (alpha0 * yAll) / nAll : 0;
      let key: number;
      if (method === 'logodds') {
        const z = logOddsDirichlet(yi, ni, yj, nj, alphaW, alpha0).z;
        key = round(opts.weigh && z > 0 ? z * (1 + 2 * opts.weigh(term)) : z, 4);
      } else {
        const { g2, log2ratio } = dunningG2(yi, ni, yj, nj);
        key = positiveOnly && !(log2ratio > 0) ? NaN : Math.sign(round(log2ratio, 4)) * round(g2, 4);
      }
      // asked last: only of the terms that would be kept (exclude and weigh are pure)
      if ((positiveOnly && !(key > 0)) || opts.exclude?.(term)) return;
      terms.push(term);
      score.push(key);
    };
    // the outlet's own terms with their counts (no lookup), or every corpus term (or the most frequent ones)
    if (positiveOnly) mine.forEach(visit);
    else for (const term of frequent ?? all.keys()) visit(mine.get(term) ?? 0, term);
    let idx = terms.map((_, k) => k);
    if (opts.top !== undefined && idx.length > opts.top * 4) {
      // a loose cut by score (ties kept whole), then the exact order on the survivors
      const cut = nthLargest(score, opts.top * 4);
      idx = idx.filter((k) => score[k] >= cut);
    }
    const out = idx.map((k) =>
      distinctiveRow(outlet, terms[k], mine, { ni, nj, nAll, alpha0, wordsI, all }, opts.weigh),
    );
    const kept = (opts.collapse ?? true) ? collapseSubsumed(out) : out;
    kept.sort(order);
    for (const r of opts.top !== undefined ? kept.slice(0, opts.top) : kept) rows.push(r);
  });
  return rows;
}

/** The words of a term (its spaces + 1), counted without splitting it: the sort compares lengths millions of times. */
function wordCount(term: string): number {
  let n = 1;
  for (let i = term.indexOf(' '); i >= 0; i = term.indexOf(' ', i + 1)) n++;
  return n;
}

/** The n-th largest of the scores (1 = the largest), as sorting a copy in descending order and reading place n - 1. */
function nthLargest(score: readonly number[], n: number): number {
  // a typed array sorts numbers natively, with no comparator call; NaN (a Dunning key of the negative terms when all
  // are kept) would sort differently there, so only finite scores take that way
  if (!score.every(Number.isFinite)) return score.slice().sort((a, b) => b - a)[n - 1];
  const sorted = Float64Array.from(score).sort();
  return sorted[sorted.length - n];
}

/** One outlet's row for a term: z and δ from the log-odds with prior, G², counts, the rate per 1,000 words, rank. */
function distinctiveRow(
  outlet: string,
  term: string,
  mine: ReadonlyMap<string, number>,
  c: { ni: number; nj: number; nAll: number; alpha0: number; wordsI: number; all: ReadonlyMap<string, number> },
  weigh: ((term: string) => number) | undefined,
): DistinctiveRow {
  const count = mine.get(term) ?? 0;
  const yAll = c.all.get(term)!;
  const rest = yAll - count;
  const alphaW = c.nAll ? (c.alpha0 * yAll) / c.nAll : 0;
  const { delta, z } = logOddsDirichlet(count, c.ni, rest, c.nj, alphaW, c.alpha0);
  const ev = weigh ? round(weigh(term), 4) : 0;
  return termRow({ outlet, term, z, delta, count, rest, n: c.ni, nRest: c.nj, words: c.wordsI, ev });
}

/** A term's counts and scores for one outlet against the rest, from which its distinctive row is built. */
export interface TermScore {
  outlet: string;
  term: string;
  /** the contrast's z and δ, unrounded or rounded to 4 places */
  z: number;
  delta: number;
  /** uses by the outlet and by the rest, and the two sides' token totals */
  count: number;
  rest: number;
  n: number;
  nRest: number;
  /** the outlet's words, for the rate per 1,000 */
  words: number;
  /** the term's evaluative weight, 0–1 */
  ev: number;
  /** the events in which the outlet uses the term (pooled contrasts only) */
  events?: number;
}

/**
 * The one way a distinctive row is built, whichever contrast gave its z (corpus-wide, pooled within stories, the
 * chart's points): G² and log₂ ratio of the counts, the rate per 1,000 words, and the rank (a positive z raised by the
 * term's evaluative weight).
 */
export function termRow(s: TermScore): DistinctiveRow {
  const { g2, log2ratio } = dunningG2(s.count, s.n, s.rest, s.nRest);
  const row: DistinctiveRow = {
    outlet: s.outlet,
    term: s.term,
    z: round(s.z, 4),
    delta: round(s.delta, 4),
    count: s.count,
    count_rest: s.rest,
    n: s.n,
    n_rest: s.nRest,
    g2: round(g2, 4),
    log2ratio: round(log2ratio, 4),
    per_1000: s.words ? round((s.count / s.words) * 1000, 4) : 0,
    evaluative: s.ev,
    rank: round(s.z > 0 ? s.z * (1 + 2 * s.ev) : s.z, 4),
  };
  if (s.events !== undefined) row.events = s.events;
  return row;
}

const corpusCountsCache = new WeakMap<
  OutletTermTable,
  { all: Map<string, number>; nAll: number; frequent?: Map<number, string[] & { minAll: number }> }
>();

/** The corpus's most frequent terms: those whose count reaches the level that keeps at most `max` (a histogram of counts: linear, deterministic), cached per table. */
export function mostFrequentTerms(table: OutletTermTable, max: number): string[] & { minAll: number } {
  const c = corpusCounts(table);
  const cache = (c.frequent ??= new Map());
  let list = cache.get(max);
  if (!list) {
    const hist = new Map<number, number>();
    for (const n of c.all.values()) hist.set(n, (hist.get(n) ?? 0) + 1);
    let kept = 0;
    let minAll = Infinity;
    for (const n of [...hist.keys()].sort((a, b) => b - a)) {
      if (kept + hist.get(n)! > max) break;
      kept += hist.get(n)!;
      minAll = n;
    }
    const words: string[] = [];
    c.all.forEach((n, w) => {
      if (n >= minAll) words.push(w);
    });
    list = Object.assign(words, { minAll });
    cache.set(max, list);
  }
  return list;
}

/** Corpus-wide counts of a table's terms (all outlets summed), computed once per table. */
function corpusCounts(table: OutletTermTable): {
  all: Map<string, number>;
  nAll: number;
  frequent?: Map<number, string[] & { minAll: number }>;
} {
  let c = corpusCountsCache.get(table);
  if (!c) {
    const all = new Map<string, number>();
    let nAll = 0;
    table.counts.forEach((m, i) => {
      m.forEach((n, w) => all.set(w, (all.get(w) ?? 0) + n));
      nAll += table.totals[i];
    });
    corpusCountsCache.set(table, (c = { all, nAll }));
  }
  return c;
}

/** Rows minus the sub-phrases that have exactly the counts of a longer phrase containing them. */
export function collapseSubsumed(rows: DistinctiveRow[]): DistinctiveRow[] {
  const byTerm = new Map(rows.map((r) => [r.term, r]));
  const drop = new Set<string>();
  for (const r of rows) {
    const w = r.term.split(' ');
    for (let n = 1; n < w.length; n++) {
      for (let s = 0; s + n <= w.length; s++) {
        const sub = byTerm.get(w.slice(s, s + n).join(' '));
        if (sub && sub.count === r.count && sub.count_rest === r.count_rest) drop.add(sub.term);
      }
    }
  }
  return rows.filter((r) => !drop.has(r.term));
}

const HONORIFICS = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'prof.',
  'lt.',
  'col.',
  'maj.',
  'capt.',
  'sgt.',
  'adm.',
  'hon.',
  'rev.',
  'mr',
  'mrs',
  'ms',
  'dr',
]);
/** Titles and offices: how a paper names a person's job is house style and labels, not its framing (labels shows them). */
const TITLES = new Set([
  'president',
  'vice',
  'senator',
  'senators',
  'sen',
  'representative',
  'representatives',
  'rep',
  'congressman',
  'congresswoman',
  'governor',
  'gov',
  'secretary',
  'minister',
  'prime',
  'chancellor',
  'judge',
  'justice',
  'chairman',
  'chairwoman',
  'chair',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'mayor',
  'ambassador',
  'speaker',
  'attorney',
  'general',
  'lt',
  'col',
  'sgt',
  'king',
  'queen',
  'prince',
  'princess',
  'sheikh',
  'emir',
  'pope',
  'leader',
  'commissioner',
  'director',
  'chief',
  'deputy',
  'sir',
  'lord',
  'lady',
  'mrs',
  'ms',
  'mr',
  'dr',
]);
/** What is left of a contraction whose mark was lost or stands where the tokenizer does not join it ("didn t", "we ll"):
 * spelling, not wording. (A spaced mark, "didn ’ t", is one token since the tokenizer joins it.) */
const CONTRACTION_STEMS = new Set([
  'didn',
  'doesn',
  'isn',
  'wasn',
  'aren',
  'weren',
  'haven',
  'hasn',
  'hadn',
  'couldn',
  'wouldn',
  'shouldn',
  'mustn',
  'needn',
  'ain',
  'll',
  've',
  're',
]);
/** A dotted acronym: f.b.i., u.s., c.i.a. */
const DOTTED = /^(?:\p{L}\.){2,}$/u;

/** The ways an outlet's name is written: "HuffPost" also as "huff post" → "huffington post" (prefixes), "The New York Times" also as "the times". */
export function ownNameVariants(outlet: string): { words: string[]; prefix: boolean }[] {
  const base = outlet.replace(/^the\s+/i, '').trim();
  const out: { words: string[]; prefix: boolean }[] = [];
  const whole = base.toLowerCase().split(/\s+/).filter(Boolean);
  if (whole.length) out.push({ words: whole, prefix: false });
  const camel = base
    .split(/\s+/)
    .flatMap((w) => w.split(/(?<=[a-z])(?=[A-Z])/))
    .map((w) => w.toLowerCase())
    .filter(Boolean);
  if (camel.length > whole.length) out.push({ words: camel, prefix: true });
  if (whole.length >= 2) out.push({ words: ['the', whole[whole.length - 1]], prefix: false });
  return out;
}

const DATE_LINE =
  /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?\s*$/;
/**
 * House style that says nothing about framing, as a keep-mask over tokens (0 = drop): the outlet's own name and its
 * variants in its own articles (ownNameVariants), honorifics (Mr., Dr.) and titles (senator, president), dotted
 * acronyms (f.b.i.) and "US" written so, party-state tags (R-Ohio, D-N.Y.), contraction stems (didn, isn), runs of words in capitals
 * ("JUST WATCHED"), date-only lines, datelines ("ERBIL (Kurdistan24) - ", "NEWSROOM — ") and
 * short byline paragraphs that name the outlet ("News Desk - The Cradle"), and web furniture: time stamps, notes about
 * the page, photo credits (maskWebFurniture). `words`: the doc's norm numbers (normIds) and
 * houseWords of the norms by number, when the caller has them (no lookup by string per token).
 */
export function houseStyleMask(
  doc: Doc,
  ownNames: readonly string[] = [doc.outlet],
  words?: { of: Int32Array; house: Uint8Array },
): Uint8Array {
  const keep = new Uint8Array(doc.tokens.length).fill(1);
  const { names, variants } = ownNameForms(ownNames);
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const norm = toks[i].norm;
    if (words ? words.house[words.of[i]] : houseWord(norm)) keep[i] = 0;
    // "US" is the country as "U.S." is (a dotted acronym, house style): its norm is the pronoun's, so ask the text
    else if (norm === 'us' && doc.text.startsWith('US', toks[i].start)) keep[i] = 0;
    // the raw text is read only for tokens shaped like a tag's party ("r-ohio", "r" of "R., Texas")
    if ((norm.length === 1 || norm[1] === '-') && PARTY_LETTERS.has(norm[0])) maskPartyTag(doc, i, keep);
    for (let x = 0; x < variants.length; x++) maskOwnName(doc, i, variants[x], keep);
  }
  maskCapsRuns(doc, keep);
  maskHouseLines(doc, names, keep);
  maskWebFurniture(doc, keep);
  return keep;
}

/** The party letters of a tag, lower case. */
const PARTY_LETTERS: ReadonlySet<string> = new Set(['r', 'd', 'i']);

/** Drop a party tag whose letter is token i ("R-Ohio", "D-N.Y.", "R., Texas", "(D-Dallas)"), the state's words with it. */
function maskPartyTag(doc: Doc, i: number, keep: Uint8Array): void {
  const end = partyOrDistrictTagEnd(doc.text, doc.tokens[i].start);
  for (let j = i; j < doc.tokens.length && doc.tokens[j].start < end; j++) keep[j] = 0;
}

/** Drop the own-name variant `v` when it starts at token i, written as a name, with a "the" before it. */
function maskOwnName(doc: Doc, i: number, v: { words: string[]; prefix: boolean }, keep: Uint8Array): void {
  const toks = doc.tokens;
  let k = 0;
  while (
    k < v.words.length &&
    i + k < toks.length &&
    (v.prefix ? toks[i + k].norm.startsWith(v.words[k]) : toks[i + k].norm === v.words[k])
  )
    k++;
  if (k < v.words.length) return;
  // written as a name: capitalised ("Time", "The Hill"; not "time" or "the hill")
  const head = v.words[0] === 'the' ? toks[i + 1] : toks[i];
  if (!CAPITAL_OR_DIGIT_FIRST.test(doc.text.slice(head.start, head.end))) return;
  for (let j = i; j < i + k; j++) keep[j] = 0;
  if (i > 0 && toks[i - 1].norm === 'the') keep[i - 1] = 0;
}

/** Line-level house style: date lines, datelines, bylines naming the outlet (`names`: its names, lower-case, "the " cut). */
function maskHouseLines(doc: Doc, names: readonly string[], keep: Uint8Array): void {
  for (const s of doc.sentences) {
    const nWords = s.tokenEnd - s.tokenStart;
    // a byline is short and names the outlet; a date line is short too (both tested only on short lines)
    if (s.end - s.start > 80 && nWords > 8) continue; // nothing to test: the line is not cut out
    const line = doc.text.slice(s.start, s.end);
    const byline = () =>
      nWords <= 8 && !/[.!?]["”]?$/.test(line.trim()) && names.some((n) => line.toLowerCase().includes(n));
    if ((line.length <= 80 && DATE_LINE.test(line)) || byline())
      for (let i = s.tokenStart; i < s.tokenEnd; i++) keep[i] = 0;
  }
  // the place a story was filed from, at a paragraph's start (one reader with the corpus's frequent-term counts)
  maskDatelines(doc, keep);
}

// ownNameForms's answers by the list of names: every doc of an outlet asks for the same ones
const nameForms = new Map<string, { names: string[]; variants: { words: string[]; prefix: boolean }[] }>();

/** An outlet's names as bylines are matched (lower-case, "the " cut, words joined by a space) and their variants. */
function ownNameForms(ownNames: readonly string[]): {
  names: string[];
  variants: { words: string[]; prefix: boolean }[];
} {
  const key = ownNames.join('\n');
  let f = nameForms.get(key);
  if (!f) {
    if (nameForms.size > 10_000) nameForms.clear();
    const names = ownNames
      .map((n) =>
        n
          .toLowerCase()
          .replace(/^the\s+/, '')
          .split(/\s+/)
          .filter(Boolean),
      )
      .filter((n) => n.length)
      .map((n) => n.join(' '));
    f = { names, variants: ownNames.flatMap(ownNameVariants) };
    nameForms.set(key, f);
  }
  return f;
}

// houseWord's answers by norm: a corpus has millions of tokens but tens of thousands of words (bounded, as the
// tokenizer's memo, so the same input still gives the same answers)
const houseWords = new Map<string, boolean>();

/** An honorific, a title or office, a dotted acronym or a contraction stem: house style, whatever the context. */
export function houseWord(norm: string): boolean {
  let v = houseWords.get(norm);
  if (v === undefined) {
    if (houseWords.size > 500_000) houseWords.clear();
    v = HONORIFICS.has(norm) || TITLES.has(norm.replace(/\.$/, '')) || DOTTED.test(norm) || CONTRACTION_STEMS.has(norm);
    houseWords.set(norm, v);
  }
  return v;
}

/** Page furniture in capitals ("JUST WATCHED", "MUST WATCH", "RELATED CONTENT"): runs of 2+ all-capital words, one of 4+ letters. */
function maskCapsRuns(doc: Doc, keep: Uint8Array): void {
  const toks = doc.tokens,
    text = doc.text;
  const caps = (t: Doc['tokens'][number]) => {
    if (t.kind !== 'word' || t.end - t.start < 2) return false;
    const c0 = text[t.start],
      c1 = text[t.start + 1]; // most words fail here, before any slice
    if (!isUpperChar(c0) || !isUpperChar(c1)) return false;
    return UPPER_WORD.test(text.slice(t.start, t.end));
  };
  for (let i = 0; i < toks.length; i++) {
    if (!caps(toks[i])) continue;
    let j = i,
      long = false;
    while (j < toks.length && toks[j].sentence === toks[i].sentence && caps(toks[j])) {
      if (toks[j].end - toks[j].start >= 4) long = true;
      j++;
    }
    if (j - i >= 2 && long) keep.fill(0, i, j);
    i = j - 1;
  }
}

/**
 * Words written as names: those whose occurrences inside a sentence (not its first word) are capitalised at least
 * `share` of the time across the corpus ("Trump", "Ohio", "Caravan" in a headline style). Names are left to the
 * entities analysis, so framing's term counts drop them (nameMask). `norms`: the docs' norm numbers (normIds, `of`
 * aligned with `docs`), when the caller has them already.
 */
export function nameNorms(docs: readonly Doc[], share = 0.5, norms: NormIds = normIds(docs)): Set<string> {
  // counts by norm number in arrays: no lookup by string per token
  const all = new Int32Array(norms.norms.length),
    cap = new Int32Array(norms.norms.length);
  const capOrder: number[] = []; // words in order of their first capitalised use, the order of the result
  docs.forEach((d, di) => {
    const t = d.tokens;
    const of = norms.of[di];
    for (let i = 1; i < t.length; i++) {
      if (t[i].kind !== 'word' || t[i - 1].sentence !== t[i].sentence || t[i - 1].kind !== 'word') continue;
      const id = of[i];
      all[id]++;
      const ch = d.text[t[i].start];
      const dash = t[i].norm.indexOf('-'); // the particle test reads the raw text only for "al-…"-shaped words
      if (isUpperChar(ch) || (dash > 0 && dash <= 3 && PARTICLE_NAME.test(d.text.slice(t[i].start, t[i].end))))
        if (cap[id]++ === 0) capOrder.push(id);
    }
  });
  const out = new Set<string>();
  for (const id of capOrder) if (cap[id] >= share * all[id]) out.add(norms.norms[id]);
  return out;
}

/** A name behind a lower-case particle: al-Maliki, el-Sisi, bin-Salman. */
const PARTICLE_NAME = /^\p{Ll}{1,3}-\p{Lu}/u;

/** A keep-mask over a doc's tokens that drops the words in `names` (nameNorms). */
export function nameMask(doc: Doc, names: ReadonlySet<string>): Uint8Array {
  const keep = new Uint8Array(doc.tokens.length).fill(1);
  doc.tokens.forEach((t, i) => {
    if (names.has(t.norm)) keep[i] = 0;
  });
  return keep;
}
