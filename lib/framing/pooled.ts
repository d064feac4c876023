// Distinctive terms compared within events, then pooled across events: an outlet's word counts only against the other
// outlets covering the same event, so a topic one outlet covered alone does not pass as its framing.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import { round } from '../util/round.js';
import { collapseSubsumed, logOddsDirichlet, termRow, termTables } from './distinctive.js';
import type { TermOptions } from '../text/types.js';
import type { DistinctiveRow, OutletTermTable } from './types.js';

/** Options for pooled distinctive terms. */
export interface PooledOptions {
  /** keep terms the outlet uses at least this often over its contrasted events (default 2 for an outlet with 5 or more
   * contrasted events, where a single use is noise, else 1) */
  minCount?: number;
  /** at most this many rows per outlet (default all) */
  top?: number;
  /** evaluative weight of a term, 0..1; ranks by z · (1 + 2 · weight) */
  weigh?: (term: string) => number;
  /**
   * boilerplate: a word of evaluative weight under 0.5 that the outlet uses in at least this share of its contrasted
   * events (and at least `boilerplateEvents` of them) while the other outlets on those events use it in under a tenth
   * of that share is the outlet's house style ("newsletter", "highlights"), not framing, and so is every phrase holding
   * it (default 0.25)
   */
  boilerplateShare?: number;
  /** see boilerplateShare (default 4) */
  boilerplateEvents?: number;
  /**
   * the words among `words` that the outlet writes mostly in running prose (lib/framing/prose-uses.ts): a word it
   * chooses story after story ("proponents"), kept although it passes boilerplateShare; without it every such word is
   * boilerplate
   */
  prose?: (outlet: string, words: ReadonlySet<string>) => ReadonlySet<string>;
  /** terms never reported, whatever their counts (e.g. plain words, isPlainTerm) */
  exclude?: (term: string) => boolean;
}

/** Per-outlet sums over the events an outlet shares with others. */
interface Pool {
  /** Σ δ/σ² and Σ 1/σ² per term (fixed-effect, inverse-variance pooling) */
  s1: Map<string, number>;
  s2: Map<string, number>;
  count: Map<string, number>;
  rest: Map<string, number>;
  /** events in which the outlet uses the term */
  used: Map<string, number>;
  /** events in which another outlet of the event uses the term (counted once per event) */
  usedRest: Map<string, number>;
  events: number;
  /** events of the other outlets, summed over this outlet's contrasted events */
  restEvents: number;
  n: number;
  nRest: number;
  words: number;
}

const SEP = '\u0001';

/** One term table with a column per event × outlet (`event SEP outlet`); docs without an event form one event. */
export function eventOutletTable(
  docs: readonly Doc[],
  events: ReadonlyMap<string, string>,
  masks: ReadonlyMap<string, Uint8Array>,
  opts: TermOptions = {},
): OutletTermTable {
  return termTables(docs, [eventOutletKey(events)], masks, opts)[0];
}

/** The column of a doc in eventOutletTable: `event SEP outlet` (docs without an event form one event). */
export function eventOutletKey(events: ReadonlyMap<string, string>): (d: Doc) => string {
  return (d) => (events.get(d.id) ?? '') + SEP + d.outlet;
}

/**
 * Each outlet's distinctive terms from within-event contrasts: in every event covered by two or more outlets, the
 * log-odds δ of the outlet against the other outlets of that event (informative Dirichlet prior: the event's size times
 * the term's corpus share), pooled over events by inverse variance (z = Σ(δ/σ²) / √Σ(1/σ²)). Counts are summed over
 * the contrasted events only; per_1000 is per 1,000 of the outlet's counted words in them. Outlets that share no
 * event with another outlet get no rows. `table` is eventOutletTable's.
 */
export function pooledDistinctive(table: OutletTermTable, opts: PooledOptions = {}): DistinctiveRow[] {
  return pooledDistinctiveAndPoints(table, opts).rows;
}

/**
 * Every term of one outlet's contrasted events with its pooled z, over- and under-used, in parallel arrays: the same
 * numbers pooledDistinctive reports for the terms it keeps, for the terms a chart draws besides (lib/framing/term-points.ts).
 */
export interface PooledPoints {
  terms: string[];
  z: Float64Array;
  delta: Float64Array;
  count: Int32Array;
  rest: Int32Array;
  /** events in which the outlet uses the term */
  events: Int32Array;
  /** 1: the outlet's boilerplate or a phrase holding it, which the distinctive rows leave out (drawn, never counted) */
  boiler: Uint8Array;
  n: number;
  nRest: number;
  words: number;
}

/**
 * pooledDistinctive, and from the same pools each outlet's points for the terms `pointTerms(outlet, rows)` names (those
 * of its contrasted events; the outlet's rows are its kept terms): one computation, so a term drawn on the term chart
 * has the z the distinctive table gives it.
 */
export function pooledDistinctiveAndPoints(
  table: OutletTermTable,
  opts: PooledOptions = {},
  pointTerms?: (outlet: string, rows: readonly DistinctiveRow[]) => Iterable<string>,
): { rows: DistinctiveRow[]; points: Map<string, PooledPoints> } {
  const byEvent = new Map<string, number[]>();
  table.outlets.forEach((key, i) => {
    const ev = key.slice(0, key.indexOf(SEP));
    (byEvent.get(ev) ?? byEvent.set(ev, []).get(ev)!).push(i);
  });
  const share = corpusShares(table);
  const pools = new Map<string, Pool>();
  for (const cols of byEvent.values()) if (cols.length >= 2) contrastEvent(table, cols, share, pools);
  const rows: DistinctiveRow[] = [];
  const points = new Map<string, PooledPoints>();
  for (const outlet of [...pools.keys()].sort(byString)) {
    const pool = pools.get(outlet)!;
    const furniture = boilerplateWords(outlet, pool, opts);
    const mine = outletRows(outlet, pool, furniture, opts);
    rows.push(...mine);
    if (pointTerms) points.set(outlet, poolPoints(pool, pointTerms(outlet, mine), furniture));
  }
  return { rows, points };
}

/**
 * The pool's numbers for the given terms that occur in the outlet's contrasted events, in the terms' order; the
 * outlet's boilerplate (and every phrase holding it), which outletRows leaves out, flagged.
 */
function poolPoints(p: Pool, want: Iterable<string>, furniture: ReadonlySet<string>): PooledPoints {
  const boiler = (t: string) => furniture.size > 0 && t.split(' ').some((w) => furniture.has(w));
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const t of want)
    if (!seen.has(t) && p.s1.has(t)) {
      seen.add(t);
      terms.push(t);
    }
  const z = new Float64Array(terms.length),
    delta = new Float64Array(terms.length);
  const count = new Int32Array(terms.length),
    rest = new Int32Array(terms.length),
    events = new Int32Array(terms.length),
    flags = Uint8Array.from(terms, (t) => (boiler(t) ? 1 : 0));
  terms.forEach((t, k) => {
    const s1 = p.s1.get(t)!,
      s2 = p.s2.get(t)!;
    z[k] = round(s1 / Math.sqrt(s2), 4);
    delta[k] = round(s1 / s2, 4);
    count[k] = p.count.get(t) ?? 0;
    rest[k] = p.rest.get(t) ?? 0;
    events[k] = p.used.get(t) ?? 0;
  });
  return { terms, z, delta, count, rest, events, boiler: flags, n: p.n, nRest: p.nRest, words: p.words };
}

/** Corpus share of every term (its count over all counted terms). */
function corpusShares(table: OutletTermTable): Map<string, number> {
  const all = new Map<string, number>();
  let n = 0;
  table.counts.forEach((m, i) => {
    for (const [w, c] of m) all.set(w, (all.get(w) ?? 0) + c);
    n += table.totals[i];
  });
  for (const [w, c] of all) all.set(w, c / (n || 1));
  return all;
}

function newPool(): Pool {
  return {
    s1: new Map(),
    s2: new Map(),
    count: new Map(),
    rest: new Map(),
    used: new Map(),
    usedRest: new Map(),
    events: 0,
    restEvents: 0,
    n: 0,
    nRest: 0,
    words: 0,
  };
}

const inc = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

/** Add one event's contrasts (columns `cols` of the table) to the outlets' pools. */
function contrastEvent(table: OutletTermTable, cols: number[], share: Map<string, number>, pools: Map<string, Pool>) {
  const all = new Map<string, number>();
  const users = new Map<string, number>(); // outlets of the event using the term
  let nAll = 0;
  for (const c of cols) {
    for (const [w, y] of table.counts[c]) {
      all.set(w, (all.get(w) ?? 0) + y);
      users.set(w, (users.get(w) ?? 0) + 1);
    }
    nAll += table.totals[c];
  }
  for (const c of cols) {
    const key = table.outlets[c];
    const outlet = key.slice(key.indexOf(SEP) + 1);
    const p = pools.get(outlet) ?? pools.set(outlet, newPool()).get(outlet)!;
    const mine = table.counts[c];
    const ni = table.totals[c],
      nj = nAll - ni;
    p.events++;
    p.restEvents += cols.length - 1;
    p.n += ni;
    p.nRest += nj;
    p.words += table.words?.[c] ?? ni;
    for (const [w, yAll] of all) {
      const yi = mine.get(w) ?? 0;
      const alphaW = nAll * share.get(w)!;
      const { delta, variance } = logOddsDirichlet(yi, ni, yAll - yi, nj, alphaW, nAll);
      inc(p.s1, w, delta / variance);
      inc(p.s2, w, 1 / variance);
      if (yi) {
        inc(p.count, w, yi);
        inc(p.used, w, 1);
      }
      inc(p.rest, w, yAll - yi);
      const others = users.get(w)! - (yi ? 1 : 0);
      if (others) inc(p.usedRest, w, others);
    }
  }
}

/**
 * The outlet's boilerplate words: evaluative weight under 0.5, used by the outlet in at least `share` of its contrasted
 * events (and `minEvents` of them), and by the other outlets of those events in under a tenth of that share, unless
 * `opts.prose` finds it written mostly in running prose (a word chosen story after story, not page furniture).
 */
function boilerplateWords(outlet: string, p: Pool, opts: PooledOptions): Set<string> {
  const share = opts.boilerplateShare ?? 0.25,
    minEvents = opts.boilerplateEvents ?? 4;
  const out = new Set<string>();
  for (const [term, used] of p.used) {
    if (term.includes(' ') || used < minEvents || used < share * p.events) continue;
    const restShare = (p.usedRest.get(term) ?? 0) / (p.restEvents || 1);
    if (restShare < (0.1 * used) / p.events && (opts.weigh?.(term) ?? 0) < 0.5) out.add(term);
  }
  if (out.size && opts.prose) for (const w of opts.prose(outlet, out)) out.delete(w);
  return out;
}

/** The rows of one outlet from its pool, boilerplate words and the phrases holding them left out, ordered by rank. */
function outletRows(outlet: string, p: Pool, furniture: ReadonlySet<string>, opts: PooledOptions): DistinctiveRow[] {
  const minCount = opts.minCount ?? (p.events >= 5 ? 2 : 1);
  const out: DistinctiveRow[] = [];
  for (const [term, yi] of p.count) {
    if (yi < minCount || opts.exclude?.(term)) continue;
    const z = p.s1.get(term)! / Math.sqrt(p.s2.get(term)!);
    if (!(z > 0) || (furniture.size && term.split(' ').some((w) => furniture.has(w)))) continue;
    const ev = opts.weigh ? round(opts.weigh(term), 4) : 0;
    const used = p.used.get(term)!;
    const delta = p.s1.get(term)! / p.s2.get(term)!;
    const rest = p.rest.get(term) ?? 0;
    out.push(
      termRow({ outlet, term, z, delta, count: yi, rest, n: p.n, nRest: p.nRest, words: p.words, ev, events: used }),
    );
  }
  const kept = collapseSubsumed(out);
  kept.sort((a, b) => b.rank - a.rank || b.z - a.z || b.count - a.count || byString(a.term, b.term));
  return opts.top !== undefined ? kept.slice(0, opts.top) : kept;
}
