// A name after a medium word that describing words stand before: "carried by Iran's Arabic-language TV Al-Alam", "in
// an interview with the Spanish-language network Telemundo", "told the Saudi-owned channel Al Arabiya", "according to
// the newspaper Al Ahram", "State-funded Egyptian daily Al-Ahram has reported". The description says the name is a
// newsroom, so its cue may stand before the description, and a name no table knows is taken whole. Read on real
// coverage, where only a generic medium with a fixed qualifier ("state news agency MENA") passed the cue over, and a
// name behind any other medium word ("network", "channel", "daily", a "-language" descriptor) was not cited.
import { nameRunAfter, opensSentence, type CandidateName, type NameContext } from './described-names.js';
import { worldGazetteer } from '../entities/world.js';
import { descriptionBefore } from './name-description.js';
import { ANY_MEDIUM, STRONG_MEDIUM, WEAK_MEDIUM } from './medium-words.js';

// bounded spaces before the name: an unbounded run of spaces after a medium word would be rescanned at every split
const HEAD = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:(${STRONG_MEDIUM})|(${WEAK_MEDIUM}))(?=[ \\t]{0,3}(?:,[ \\t]{0,3})?[ \\t]\\p{Lu})`,
  'gu',
);
/** "another" before a description ("in an interview with another Spanish-language network, Univision"). */
const ANOTHER = /(?<![\p{L}\p{N}])another\s+$/u;

const POSSESSIVE = /^\s?['\u2019]\s?s\b/;
/** The description follows a comma: an attribution clause, or an appositive. */
const AFTER_COMMA = /,\s+(?:the\s+|an?\s+)?$/i;

/** Capitalised words right before a medium word: a place there describes it ("local El Paso news station KTSM"). */
const CAPS_BEFORE = /(?<![\p{L}\p{N}'\u2019-])(?:\p{Lu}\p{L}+\s+){1,3}$/u;

/**
 * The length of the words describing the medium word at `head`: a place the gazetteer knows right before it, and
 * the description before that (name-description.ts). Second, the length when capitalised words no gazetteer knows
 * count too ("the Capitol Hill newspaper", "the Arabic satellite network"): they describe the medium only where a
 * name follows it (see mediumRuns).
 */
function mediumDescription(text: string, head: number): [number, number] {
  const caps = CAPS_BEFORE.exec(text.slice(Math.max(0, head - 60), head))?.[0] ?? '';
  const words = [...caps.matchAll(/\S+/g)];
  for (const w of words) {
    const place = caps.slice(w.index).trim().replace(/\s+/g, ' ');
    if (worldGazetteer().get(place)?.type !== 'place') continue;
    const len = caps.length - w.index;
    const desc = len + descriptionBefore(text, head - len);
    return [desc, desc];
  }
  const desc = descriptionBefore(text, head);
  const wide = caps && desc < caps.length ? caps.length + descriptionBefore(text, head - caps.length) : desc;
  return [desc, wide];
}

/** A name read behind a medium word: where its description starts, and its bounds. */
interface MediumName {
  described: number;
  start: number;
  end: number;
  appositive: boolean;
}

/** Whether a generic medium covers [start, end): generics sorted by start with the running maximum of their ends, so
 * each head costs a binary search, not a pass over every generic (a text of thousands of described media). */
function genericCover(generics: readonly CandidateName[]): (start: number, end: number) => boolean {
  const sorted = [...generics].sort((a, b) => a.start - b.start);
  const starts = sorted.map((g) => g.start);
  const maxEnd: number[] = [];
  for (const g of sorted) maxEnd.push(Math.max(g.end, maxEnd.length ? maxEnd[maxEnd.length - 1] : -1));
  return (start, end) => {
    const last = upperBound(starts, start) - 1;
    return last >= 0 && maxEnd[last] >= end;
  };
}

/** The first index of sorted `xs` whose value is above `x`. */
function upperBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Names right after a described medium in `text` (see the file's head), outside the generic media `generics`
 * already read (their names are read by describedNames). */
function mediumRuns(text: string, generics: readonly CandidateName[]): MediumName[] {
  const out: MediumName[] = [];
  if (!ANY_MEDIUM.test(text)) return out;
  const inGeneric = genericCover(generics);
  for (const m of text.matchAll(HEAD)) {
    const headEnd = m.index + m[0].length;
    if (inGeneric(m.index, headEnd)) continue;
    const [desc, wide] = mediumDescription(text, m.index);
    if (m[2] !== undefined && desc === 0) continue;
    const start = (d: number) => {
      const at = m.index - d;
      return at - (ANOTHER.exec(text.slice(Math.max(0, at - 10), at))?.[0].length ?? 0);
    };
    // unknown capitalised words describe a strong medium word for a name right after it ("quoted by the Capitol Hill
    // newspaper Roll Call"); before a name set off by commas they may be the newsroom ("the Tasnim news agency ,
    // Macaire was …")
    const opening = start(m[1] !== undefined ? wide : desc);
    // no cue before the description ("The state-run newspaper Al-Ahram said", ", news website Al-Sumaria said"): a
    // "said" after the name is its verb; after a comma, a comma closing the name opens its verb (", the newspaper
    // Al-Ahram, said")
    const afterComma = (at: number) => AFTER_COMMA.test(text.slice(Math.max(0, at - 8), at));
    const run = nameRunAfter(text, headEnd, afterComma(opening) || opensSentence(text, opening));
    // a bare medium word ("according to the newspaper , Smith , who …") may be followed by anyone set off by commas,
    // and a possessive opens another noun phrase ("told the newspaper Smith 's lawyer")
    if (!run || (desc === 0 && run.appositive) || POSSESSIVE.test(text.slice(run.end, run.end + 4))) continue;
    const described = run.appositive ? start(desc) : opening;
    const comma = afterComma(described);
    const closed = comma && !run.appositive && /^\s*,/.test(text.slice(run.end, run.end + 4));
    out.push({ described, ...run, appositive: run.appositive || closed });
  }
  return out;
}

/** A candidate in the working set: its place in the list's order, and whether a run dropped it. */
interface Slot {
  n: CandidateName;
  order: number;
  alive: boolean;
}

/**
 * The candidates sorted by start, for the position queries each run makes (a name's pieces inside it, a generic inside
 * its description): a query looks only at the slots that can reach its range, not at every candidate of the text.
 */
class Slots {
  private readonly slots: Slot[];
  private readonly starts: number[];
  private maxLen = 0;
  private next: number;
  constructor(names: readonly CandidateName[]) {
    this.slots = names.map((n, order) => ({ n, order, alive: true })).sort((a, b) => a.n.start - b.n.start);
    this.starts = this.slots.map((s) => s.n.start);
    for (const n of names) this.maxLen = Math.max(this.maxLen, n.end - n.start);
    this.next = names.length;
  }
  /** The live slots whose candidate starts before `hi` and may end after `lo` (start at or after lo − longest). */
  within(lo: number, hi: number): Slot[] {
    const out: Slot[] = [];
    for (let i = upperBound(this.starts, lo - this.maxLen - 1); i < this.slots.length; i++) {
      const s = this.slots[i];
      if (s.n.start >= hi) break;
      if (s.alive) out.push(s);
    }
    return out;
  }
  add(n: CandidateName): void {
    const at = upperBound(this.starts, n.start);
    this.slots.splice(at, 0, { n, order: this.next++, alive: true });
    this.starts.splice(at, 0, n.start);
    this.maxLen = Math.max(this.maxLen, n.end - n.start);
  }
  /** The live candidates in the list's order: the given names' order, then the added ones in the order added. */
  list(): CandidateName[] {
    return this.slots
      .filter((s) => s.alive)
      .sort((a, b) => a.order - b.order)
      .map((s) => s.n);
  }
}

/**
 * The candidate names with those read behind a described medium: a name already a candidate at the same place (a
 * known outlet, "Al Arabiya") takes the description, so its cue may stand before it; a run of capitalised words the
 * reader had no candidate for ("Telemundo", "Al-Alam") becomes one, its pieces dropped.
 */
export function mediumNames(ctx: NameContext, names: readonly CandidateName[]): CandidateName[] {
  const generics = names.filter((n) => n.kind === 'generic');
  const runs = mediumRuns(ctx.text, generics);
  if (!runs.length) return [...names];
  const slots = new Slots(names);
  for (const r of runs) {
    // a generic medium inside the description is part of it ("investigative US media outlet ProPublica")
    for (const s of slots.within(r.described, r.start + 1))
      if (s.n.kind === 'generic' && s.n.start >= r.described && s.n.end <= r.start) s.alive = false;
    const here = slots.within(r.start, r.start + 1).filter((s) => s.n.kind !== 'generic' && s.n.start === r.start);
    const same = here.filter((s) => s.n.end >= r.end).sort((a, b) => a.order - b.order)[0];
    if (same) {
      const n = same.n;
      // a bare head read it already ("channel Al Arabiya"): the description before the head is the name's too
      if (n.described === undefined || r.described < n.described)
        same.n = { ...n, strict: false, described: r.described, ...(r.appositive ? { appositive: true } : {}) };
      continue;
    }
    for (const s of slots.within(r.start, r.end))
      if (s.n.kind !== 'generic' && s.n.end > r.start && s.n.start < r.end) s.alive = false;
    const written = ctx.text.slice(r.start, r.end).replace(/\s+/g, ' ');
    const cited = ctx.resolve(written) ?? written;
    slots.add({
      start: r.start,
      end: r.end,
      cited,
      kind: ctx.kindOf(cited),
      strict: false,
      described: r.described,
      ...(r.appositive ? { appositive: true } : {}),
      rank: 2,
    });
  }
  return slots.list();
}
