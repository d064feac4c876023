// Term counts per article and per outlet, and tf-idf, on plain Maps (DataFrames come from lib/frames.ts).
import type { Doc } from '../types.js';
import { termText, visitTerms } from './ngrams.js';
import { round } from '../util/round.js';
import { byString } from '../util/compare.js';
import type { TermCounts, TermOptions } from './types.js';

/** Count terms (words or n-grams) in every doc; `keep` (doc id -> token keep-mask) leaves out site furniture. */
export function countTerms(
  docs: readonly Doc[],
  opts: TermOptions = {},
  keep?: ReadonlyMap<string, Uint8Array>,
): TermCounts {
  const byDoc: Map<string, number>[] = [];
  const totals: number[] = [];
  const df = new Map<string, number>();
  for (const d of docs) {
    const m = new Map<string, number>();
    const mask = keep?.get(d.id);
    // the terms docTerms lists, counted as they are visited (no list of every term of every doc)
    let n = 0;
    visitTerms(d, mask ? { ...opts, keep: mask } : opts, (run, s, len) => {
      const t = len === 1 ? run.norms[s] : termText(run, s, len);
      m.set(t, (m.get(t) ?? 0) + 1);
      n++;
    });
    for (const t of m.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    byDoc.push(m);
    totals.push(n);
  }
  return { docs: docs.map((d) => d.id), outlets: docs.map((d) => d.outlet), byDoc, totals, df };
}

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
  counts.byDoc.forEach((m, i) => {
    const acc = out.get(counts.outlets[i])!;
    m.forEach((c, t) => acc.set(t, (acc.get(t) ?? 0) + c));
  });
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
