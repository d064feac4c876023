// Term counts per article and per outlet, and tf-idf, on plain Maps (DataFrames come from lib/frames.ts).
import type { Doc } from '../types.js';
import { termText, visitTerms, type TermRun } from './ngrams.js';
import { round } from '../util/round.js';
import { byString } from '../util/compare.js';
import type { TermCounts, TermOptions } from './types.js';

/** Count terms (words or n-grams) in every doc; `keep` (doc id -> token keep-mask) leaves out site furniture. */
export function countTerms(
  docs: readonly Doc[],
  opts: TermOptions = {},
  keep?: ReadonlyMap<string, Uint8Array>,
): TermCounts {
  // each term numbered at first sight (one Map probe per occurrence); a doc's counts and the document frequencies are
  // kept by number, so a doc's Map is written once per distinct term and df once per term (they were two probes each)
  const nums = new TermNumbers();
  const byDoc: Map<string, number>[] = [];
  const totals: number[] = [];
  const of: Int32Array[] = [];
  const seen: number[] = [];
  let n = 0;
  const count = (run: TermRun, s: number, len: number) => {
    const id = nums.number(len === 1 ? run.norms[s] : termText(run, s, len));
    if (nums.tally[id]++ === 0) seen.push(id);
    n++;
  };
  for (const d of docs) {
    const mask = keep?.get(d.id);
    // the terms docTerms lists, counted as they are visited (no list of every term of every doc)
    n = 0;
    seen.length = 0;
    visitTerms(d, mask ? { ...opts, keep: mask } : opts, count);
    byDoc.push(nums.docCounts(seen));
    of.push(Int32Array.from(seen));
    totals.push(n);
  }
  const counts = { docs: docs.map((d) => d.id), outlets: docs.map((d) => d.outlet), byDoc, totals, df: nums.df() };
  termNumbers.set(counts, { byDoc, terms: nums.terms, of });
  return counts;
}

/** Terms by number in order of first sight, with the current doc's tallies and the document frequencies by number. */
class TermNumbers {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  tally: Int32Array = new Int32Array(1024);
  docFreq: Int32Array = new Int32Array(1024);

  /** The term's number, given on first sight. */
  number(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.terms.push(term) - 1;
    this.ids.set(term, id);
    if (id === this.tally.length) {
      this.tally = grown(this.tally);
      this.docFreq = grown(this.docFreq);
    }
    return id;
  }

  /** The doc's term -> count Map (terms in first-seen order) from its tallies, which are cleared; df counted. */
  docCounts(seen: readonly number[]): Map<string, number> {
    const m = new Map<string, number>();
    for (const id of seen) {
      m.set(this.terms[id], this.tally[id]);
      this.tally[id] = 0;
      this.docFreq[id]++;
    }
    return m;
  }

  /** term -> number of docs containing it, in order of first sight (the order of the docs' Maps' keys). */
  df(): Map<string, number> {
    const df = new Map<string, number>();
    for (let id = 0; id < this.terms.length; id++) df.set(this.terms[id], this.docFreq[id]);
    return df;
  }
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The numbers countTerms gave a TermCounts's terms: per doc, the numbers of its Map's keys in order. */
interface Numbered {
  byDoc: readonly Map<string, number>[];
  terms: readonly string[];
  of: readonly Int32Array[];
}
const termNumbers = new WeakMap<TermCounts, Numbered>();

/** Sum doc counts per outlet: outlet -> term -> count (outlets sorted by name). */
export function countsByOutlet(counts: TermCounts): Map<string, Map<string, number>> {
  return sumByOutlet(counts);
}

const outletSums = new WeakMap<TermCounts, ReadonlyMap<string, ReadonlyMap<string, number>>>();

/**
 * countsByOutlet for the readers in this module, summed once per TermCounts (counts are made once and not changed
 * afterwards): the report asks for the top terms per outlet twice, and at 10,000 articles each sum is millions of Map
 * updates.
 */
function outletTotals(counts: TermCounts): ReadonlyMap<string, ReadonlyMap<string, number>> {
  let sums = outletSums.get(counts);
  if (!sums) outletSums.set(counts, (sums = sumByOutlet(counts)));
  return sums;
}

function sumByOutlet(counts: TermCounts): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const o of [...new Set(counts.outlets)].sort(byString)) out.set(o, new Map());
  const nums = termNumbers.get(counts);
  if (nums && nums.byDoc === counts.byDoc && nums.byDoc.every((m, i) => m.size === nums.of[i].length))
    return sumByNumber(counts, nums, out);
  counts.byDoc.forEach((m, i) => {
    const acc = out.get(counts.outlets[i])!;
    m.forEach((c, t) => acc.set(t, (acc.get(t) ?? 0) + c));
  });
  return out;
}

/**
 * sumByOutlet by term number: each outlet's docs summed into an array by number, its Map written once per distinct
 * term, in the order the Map probes wrote it (first sight over the outlet's docs in corpus order).
 */
function sumByNumber(
  counts: TermCounts,
  nums: Numbered,
  out: Map<string, Map<string, number>>,
): Map<string, Map<string, number>> {
  const docsOf = new Map<string, number[]>();
  counts.outlets.forEach((o, i) => {
    const l = docsOf.get(o);
    if (l) l.push(i);
    else docsOf.set(o, [i]);
  });
  const sums = new Float64Array(nums.terms.length);
  const seen = new Uint8Array(nums.terms.length);
  const order: number[] = [];
  for (const [o, acc] of out) {
    for (const i of docsOf.get(o)!) {
      const ids = nums.of[i];
      let k = 0;
      counts.byDoc[i].forEach((c) => {
        const id = ids[k++];
        if (!seen[id]) {
          seen[id] = 1;
          order.push(id);
        }
        sums[id] += c;
      });
    }
    for (const id of order) {
      acc.set(nums.terms[id], sums[id]);
      sums[id] = 0;
      seen[id] = 0;
    }
    order.length = 0;
  }
  return out;
}

/** Smoothed tf-idf per doc (tf = count / doc total; idf = ln((1 + N) / (1 + df)) + 1), O(total terms). */
export function tfidf(counts: TermCounts): Map<string, number>[] {
  const n = counts.docs.length;
  const idf = new Map<string, number>();
  counts.df.forEach((df, t) => idf.set(t, Math.log((1 + n) / (1 + df)) + 1));
  return counts.byDoc.map((m, i) => {
    const w = new Map<string, number>();
    const total = counts.totals[i] || 1;
    m.forEach((c, t) => w.set(t, (c / total) * idf.get(t)!));
    return w;
  });
}

/** The k highest-valued entries of a term map, ties broken alphabetically (deterministic). */
export function topTerms(m: ReadonlyMap<string, number>, k: number): [string, number][] {
  const order = (a: [string, number], b: [string, number]) => b[1] - a[1] || byString(a[0], b[0]);
  if (!(k >= 1 && k < m.size / 4)) return [...m].sort(order).slice(0, k);
  // a long map: only entries counted at least as often as the k-th largest count can be in the top k (ties kept whole)
  const values = new Float64Array(m.size);
  let i = 0;
  m.forEach((v) => (values[i++] = v)); // no iterator: Float64Array.from(m.values()) buffers every value first
  values.sort();
  const kth = values[values.length - Math.max(1, Math.floor(k))];
  const kept: [string, number][] = [];
  m.forEach((v, t) => {
    if (v >= kth) kept.push([t, v]);
  });
  return kept.sort(order).slice(0, k);
}

export { byString } from '../util/compare.js';

/** Long table of the top k terms per outlet: {outlet, term, count, share} (share of the outlet's counted terms). */
export function outletTermRows(
  counts: TermCounts,
  k = 15,
): { outlet: string; term: string; count: number; share: number }[] {
  const rows: { outlet: string; term: string; count: number; share: number }[] = [];
  for (const [outlet, m] of outletTotals(counts)) {
    let total = 0;
    for (const c of m.values()) total += c;
    for (const [term, count] of topTerms(m, k)) rows.push({ outlet, term, count, share: total ? count / total : 0 });
  }
  return rows;
}

/** Long table of every doc's terms: {doc, outlet, term, count, tfidf}, sorted by doc then count. */
export function docTermRows(
  counts: TermCounts,
  k = Infinity,
): { doc: string; outlet: string; term: string; count: number; tfidf: number }[] {
  const w = tfidf(counts);
  const rows: { doc: string; outlet: string; term: string; count: number; tfidf: number }[] = [];
  counts.byDoc.forEach((m, i) => {
    for (const [term, count] of topTerms(m, k))
      rows.push({ doc: counts.docs[i], outlet: counts.outlets[i], term, count, tfidf: round(w[i].get(term)!, 6) });
  });
  return rows;
}

/** A row of termByOutletRows: the term, its corpus count, and one count column per outlet (named by the outlet). */
export type TermByOutletRow = { term: string; total: number; [outlet: string]: string | number };

/** Wide table: one row per term (the top k over the corpus), one count column per outlet (an outlet named
 * "term" or "total" gets the column "<name> (outlet)"; any name, "__proto__" included, is a plain column). */
export function termByOutletRows(counts: TermCounts, k = 50): TermByOutletRow[] {
  const per = outletTotals(counts);
  const total = new Map<string, number>();
  for (const m of per.values()) m.forEach((c, t) => total.set(t, (total.get(t) ?? 0) + c));
  const column = (outlet: string) => (outlet === 'term' || outlet === 'total' ? `${outlet} (outlet)` : outlet);
  return topTerms(total, k).map(
    ([term, n]): TermByOutletRow =>
      // fromEntries defines own properties: outlet names such as "__proto__" or "constructor" stay data
      Object.fromEntries([
        ['term', term],
        ['total', n],
        ...[...per].map(([outlet, m]) => [column(outlet), m.get(term) ?? 0]),
      ]) as TermByOutletRow,
  );
}
