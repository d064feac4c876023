// Act names: the nouns outlets choose for the same kind of act ("coup" or "ouster", "massacre" or "shooting",
// "amnesty" or "legalization"), from families of competing nouns (data/act-nouns.json). Each outlet's own-narration
// uses of each head are counted, and where outlets divide differently between a judging and a describing head of one
// family, each outlet's share of the judging one is stated. Pure: docs, voices and families in, rows and shares out.
import type { Doc } from '../types.js';
import type { Voice } from './types.js';
import { byString } from '../util/compare.js';
import { twoProportionZ } from './label-shares.js';

/** One family of competing nouns for one kind of act. */
export interface ActFamily {
  id: string;
  /** how a finding names the act ("the seizure of power") */
  name: string;
  /** singular lower-case heads; a head of several words matches those words in a row */
  heads: readonly string[];
}

/** Uses of one head of a family in one outlet's own narration, in one event. */
export interface ActNameRow {
  /** the event of these uses ('' when events are not known: the corpus is one story) */
  event: string;
  family: string;
  /** the family's name, for tables and findings */
  name: string;
  outlet: string;
  head: string;
  own: number;
  /** evaluative weight of the head, 0..1 (the weigher framing uses for labels); absent without one */
  evaluative?: number;
}

/** One outlet's uses of a judging and a describing head. */
export interface ActShareOutlet {
  outlet: string;
  judging: number;
  uses: number;
  share: number;
}

/** How outlets divide between a judging and a describing noun for one kind of act. */
export interface ActShare {
  family: string;
  name: string;
  judging: string;
  describing: string;
  /** outlets with enough uses, highest share of the judging head first */
  outlets: ActShareOutlet[];
  gap: number;
  z: number;
}

/** Guards of actShares, as labelShares has them. */
export interface ActShareOptions {
  /** own uses of the two heads an outlet needs (default 6) */
  minUses?: number;
  /** outlets with enough uses (default 3) */
  minOutlets?: number;
  /** highest share minus lowest (default 0.5) */
  minGap?: number;
  /** two-proportion z of the extremes (default 1.96) */
  minZ?: number;
  /** the heads' evaluative weights must differ by this much (default 0.5) */
  minJudgement?: number;
}

/** Head words -> head, keyed by the first word; a head matches its words in a row, the last one also plural. */
function headIndex(
  families: readonly ActFamily[],
): Map<string, { family: ActFamily; words: string[]; head: string }[]> {
  const out = new Map<string, { family: ActFamily; words: string[]; head: string }[]>();
  for (const family of families)
    for (const head of family.heads) {
      const words = head.split(' ');
      const forms = words.length === 1 ? [head, head + 's', head + 'es'] : [words[0]];
      for (const f of forms) {
        const list = out.get(f) ?? out.set(f, []).get(f)!;
        list.push({ family, words, head });
      }
    }
  return out;
}

/** Whether tokens from i hold the head's words (the first already matched), the last one singular or plural. */
function holds(d: Doc, i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = d.tokens[i + k];
    if (!t || t.sentence !== d.tokens[i].sentence) return false;
    const last = k === words.length - 1;
    if (t.norm !== words[k] && !(last && (t.norm === words[k] + 's' || t.norm === words[k] + 'es'))) return false;
  }
  return true;
}

/**
 * Per family, outlet and head: uses in the outlet's own narration (token voice 0), headlines included when their docs
 * are given, site furniture left out (`keep`: doc id -> keep-mask over its tokens, 1 = keep, as boilerplateMasks
 * gives). Rows sorted by family, outlet, head.
 */
export function actNameRows(
  docs: readonly Doc[],
  voices: readonly Voice[],
  families: readonly ActFamily[],
  weigh?: (term: string) => number,
  keep: ReadonlyMap<string, Uint8Array> = new Map(),
  eventOf: (doc: string) => string = () => '',
): ActNameRow[] {
  const index = headIndex(families);
  const counts = new Map<string, { event: string; family: ActFamily; outlet: string; head: string; own: number }>();
  const voiceOf = new Map(voices.map((v) => [v.doc, v]));
  for (const d of docs) {
    const v = voiceOf.get(d.id);
    const k = keep.get(d.id);
    const event = eventOf(d.id) ?? '';
    d.tokens.forEach((t, i) => {
      const cands = t.kind === 'word' ? index.get(t.norm) : undefined;
      if (!cands || (v && v.tokenVoice[i] !== 0) || (k && !k[i])) return;
      for (const c of cands) {
        if (c.words.length > 1 && !holds(d, i, c.words)) continue;
        const key = `${event}\u0000${c.family.id}\u0000${d.outlet}\u0000${c.head}`;
        const x =
          counts.get(key) ??
          counts.set(key, { event, family: c.family, outlet: d.outlet, head: c.head, own: 0 }).get(key)!;
        x.own++;
      }
    });
  }
  return [...counts.values()]
    .map((x) => ({
      event: x.event,
      family: x.family.id,
      name: x.family.name,
      outlet: x.outlet,
      head: x.head,
      own: x.own,
      ...(weigh ? { evaluative: weigh(x.head) } : {}),
    }))
    .sort(
      (a, b) =>
        byString(a.event, b.event) ||
        byString(a.family, b.family) ||
        byString(a.outlet, b.outlet) ||
        byString(a.head, b.head),
    );
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/**
 * The share of one judging (j) and describing (k) head among a family's rows, counted only in events where both heads
 * are written (by any outlet): two nouns never used on one story may name two acts ("the invasion of Iraq", "a
 * rescue operation"). Undefined when the guards fail.
 */
function headShare(rows: readonly ActNameRow[], j: string, k: string, o: Required<ActShareOptions>) {
  const withJ = new Set(rows.filter((r) => r.head === j).map((r) => r.event));
  const both = new Set(rows.filter((r) => r.head === k && withJ.has(r.event)).map((r) => r.event));
  const by = new Map<string, { judging: number; uses: number }>();
  for (const r of rows) {
    if ((r.head !== j && r.head !== k) || !both.has(r.event)) continue;
    const x = by.get(r.outlet) ?? by.set(r.outlet, { judging: 0, uses: 0 }).get(r.outlet)!;
    x.uses += r.own;
    if (r.head === j) x.judging += r.own;
  }
  const outlets = [...by]
    .filter(([, x]) => x.uses >= o.minUses)
    .map(([outlet, x]) => ({ outlet, ...x, share: round(x.judging / x.uses) }))
    .sort((a, b) => b.share - a.share || b.uses - a.uses || byString(a.outlet, b.outlet));
  if (outlets.length < o.minOutlets) return undefined;
  const [hi, lo] = [outlets[0], outlets[outlets.length - 1]];
  const z = twoProportionZ(hi.judging, hi.uses, lo.judging, lo.uses);
  if (hi.share - lo.share < o.minGap || z < o.minZ) return undefined;
  return { outlets, gap: round(hi.share - lo.share), z: round(z) };
}

/**
 * Families whose outlets divide differently between a judging and a describing head, most divided first. Per family,
 * its heads by own uses, most used first; the first pair that differs in evaluative weight by `minJudgement` and on
 * which outlets with `minUses` uses each differ by `minGap` in their share of the judging head (the extremes also by
 * a z of `minZ`) is the family's share. Rows without weights give none.
 */
export function actShares(rows: readonly ActNameRow[], opts: ActShareOptions = {}): ActShare[] {
  const o: Required<ActShareOptions> = {
    minUses: 6,
    minOutlets: 3,
    minGap: 0.5,
    minZ: 1.96,
    minJudgement: 0.5,
    ...opts,
  };
  const byFamily = new Map<string, ActNameRow[]>();
  for (const r of rows) (byFamily.get(r.family) ?? byFamily.set(r.family, []).get(r.family)!).push(r);
  const out: ActShare[] = [];
  for (const [family, rs] of [...byFamily].sort((a, b) => byString(a[0], b[0]))) {
    const total = new Map<string, number>();
    const weight = new Map<string, number>();
    for (const r of rs) {
      total.set(r.head, (total.get(r.head) ?? 0) + r.own);
      if (r.evaluative !== undefined) weight.set(r.head, r.evaluative);
    }
    const heads = [...total.keys()].sort((a, b) => total.get(b)! - total.get(a)! || byString(a, b));
    const pair = firstPair(heads, weight, (j, k) => headShare(rs, j, k, o), o.minJudgement);
    if (pair) out.push({ family, name: rs[0].name, ...pair });
  }
  return out.sort((a, b) => b.z - a.z || byString(a.family, b.family));
}

/** The first pair of heads (most used first) that differs in judgement and passes `share`, judging head first. */
function firstPair<T>(
  heads: readonly string[],
  weight: ReadonlyMap<string, number>,
  share: (j: string, k: string) => T | undefined,
  minJudgement: number,
): (T & { judging: string; describing: string }) | undefined {
  for (let i = 0; i < heads.length; i++)
    for (let k = i + 1; k < heads.length; k++) {
      const [wi, wk] = [weight.get(heads[i]), weight.get(heads[k])];
      if (wi === undefined || wk === undefined || Math.abs(wi - wk) < minJudgement) continue;
      const [j, d] = wi > wk ? [heads[i], heads[k]] : [heads[k], heads[i]];
      const s = share(j, d);
      if (s) return { ...s, judging: j, describing: d };
    }
  return undefined;
}

/** The rows pooled over events: per family, outlet and head, own uses (a table a reader scans). */
export function actNameTable(rows: readonly ActNameRow[]): Omit<ActNameRow, 'event'>[] {
  const by = new Map<string, Omit<ActNameRow, 'event'>>();
  for (const { event: _event, ...r } of rows) {
    const k = `${r.family}\u0000${r.outlet}\u0000${r.head}`;
    const x = by.get(k);
    if (x) x.own += r.own;
    else by.set(k, { ...r });
  }
  return [...by.values()].sort(
    (a, b) => byString(a.family, b.family) || byString(a.outlet, b.outlet) || b.own - a.own || byString(a.head, b.head),
  );
}
