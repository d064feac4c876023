// Distancing quotes: a label one outlet writes as its own words and another only inside quote marks, or after
// "so-called" ("Muslim ban" bare in one outlet's narration, “Muslim ban” in another's). Scare quotes around a short
// phrase hold its words at a distance; writing it bare adopts it. Quote marks that report a speaker's word ("what
// Trump called a “Muslim ban”") or introduce a term ("known as “credible fear”", or quoted once and then written bare
// in the same article) are counted apart and are no distance (lib/framing/quote-mark-kinds.ts); a term of art (named
// as a term, never said to be what anyone calls a thing) sets no contrast. Only phrases some article puts in quote
// marks are read, so the list comes from the corpus, not from a word list. Pure: docs and voices in, rows and
// contrasts out.
import type { Doc } from '../types.js';
import type { Voice } from './types.js';
import { byString } from '../util/compare.js';
import { firstTokenAt } from '../text/tokenize.js';
import { addTo, pushTo } from '../util/maps.js';
import {
  callingBefore,
  quoteMarkKind,
  type QuoteMarkCue,
  type QuoteMarkKind,
  type QuoteMarkReading,
} from './quote-mark-kinds.js';
import { firstMentionTerms } from './first-mention-terms.js';
import { mentionedLabel } from './label-mentions.js';

/** Uses of one quoted phrase by one outlet in one event. */
export interface DistancingRow {
  /** the event of these uses ('' when events are not known: the corpus is one story) */
  event: string;
  /** the phrase, lower-case words joined by spaces ("muslim ban") */
  phrase: string;
  /** the phrase as most often written inside quote marks in the corpus ("Muslim ban") */
  written: string;
  outlet: string;
  /** uses in the outlet's own narration, without quote marks */
  bare: number;
  /** distanced uses: scare quotes (quote marks holding only the phrase, no one named as its user), or after "so-called" */
  quoted: number;
  /**
   * uses in quote marks that report someone's word: a speaker, a verb of saying or calling ("what critics call “…”"),
   * a demand or a ruling, or the owner of a coined name ("Obama's “red line”", lib/framing/quote-owners.ts); and uses
   * without quote marks that name someone's word ("what critics called zero tolerance", lib/framing/label-mentions.ts)
   */
  attributed: number;
  /** uses in quote marks that introduce a term: after "known as"/"called", or before the article writes it bare */
  introduced: number;
  /**
   * the corpus names the phrase as a term ("known as …", a gloss after it) and no article says anyone calls something
   * by it, or quotes it only on first mention and writes it bare after while three outlets or more write it bare
   * (lib/framing/first-mention-terms.ts): a term of art, whose quote marks are jargon; distancingContrasts leaves it out
   */
  termOfArt: boolean;
}

/** A phrase some outlets write as their own words and others only in quote marks. */
export interface DistancingContrast {
  phrase: string;
  /** the phrase as most often written inside quote marks ("Muslim ban") */
  written: string;
  /** outlets writing it bare (and never or seldom quoted), most uses first: [outlet, bare uses] */
  bare: [string, number][];
  /** outlets writing it only in quote marks (or seldom bare): [outlet, quoted uses] */
  quoted: [string, number][];
  /** the smaller side's uses: how much the contrast rests on */
  evidence: number;
}

/** Options of distancingRows. */
export interface DistancingOptions {
  /** words a phrase may have (default [2, 4]): one word in quote marks is mostly a partial quote of a judgement */
  words?: [number, number];
}

const EDGE_WORDS = new Set(
  'a an the of to in on for and or but at by with from as is are was were be been that this these those his her its their our my your'.split(
    ' ',
  ),
);

/** Phrases that stand alone inside quote marks (2–4 words, no function word at either edge, head word lower-case). */
function quotedPhrases(docs: readonly Doc[], voices: ReadonlyMap<string, Voice>, range: [number, number]) {
  const written = new Map<string, Map<string, number>>();
  for (const d of docs)
    for (const q of voices.get(d.id)?.quotes ?? []) {
      const ts = tokensIn(d, q.inner[0], q.inner[1]);
      if (!ts || ts.length < range[0] || ts.length > range[1]) continue;
      const first = d.tokens[ts[0]].norm;
      const last = d.tokens[ts[ts.length - 1]];
      if (EDGE_WORDS.has(first) || EDGE_WORDS.has(last.norm) || capitalised(d, ts[ts.length - 1])) continue;
      const key = ts.map((i) => d.tokens[i].norm).join(' ');
      const text = d.text.slice(d.tokens[ts[0]].start, last.end);
      const m = written.get(key) ?? written.set(key, new Map()).get(key)!;
      addTo(m, text);
    }
  return written;
}

/**
 * Indices of the word tokens of a quote's inner [start, end), without leading articles and trailing punctuation
 * (“a Muslim ban.”), or null when anything else there is no word (a sentence, a figure).
 */
function tokensIn(d: Doc, start: number, end: number): number[] | null {
  const out: number[] = [];
  for (let i = firstTokenAt(d.tokens, start); i < d.tokens.length && d.tokens[i].start < end; i++) {
    const t = d.tokens[i];
    if (t.kind === 'word' && !(out.length === 0 && ARTICLES.has(t.norm))) out.push(i);
    else if (t.kind === 'word' || (t.kind === 'punct' && out.length)) continue;
    else return null;
  }
  // punctuation is allowed only after the last word
  for (let k = 1; k < out.length; k++) if (out[k] !== out[k - 1] + 1) return null;
  return out.length ? out : null;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** A quote holding nothing but words: its end token (exclusive) and how its quote marks read. */
type ShortQuote = QuoteMarkReading & { end: number };

/** Token index ranges inside quote marks holding nothing else, by start token. */
function shortQuoteStarts(d: Doc, v: Voice | undefined): Map<number, ShortQuote> {
  const out = new Map<number, ShortQuote>();
  for (const q of v?.quotes ?? []) {
    const ts = tokensIn(d, q.inner[0], q.inner[1]);
    if (ts) out.set(ts[0], { end: ts[ts.length - 1] + 1, ...quoteMarkKind(d, v!, q) });
  }
  return out;
}

/** Whether tokens from i spell the phrase's words. */
function spells(d: Doc, i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (d.tokens[i + k]?.norm !== words[k]) return false;
  return true;
}

/** The spelling written most often (ties: the first in code-point order). */
function mostWritten(m: ReadonlyMap<string, number>): string {
  let best = '';
  let n = 0;
  for (const [text, c] of m) if (c > n || (c === n && byString(text, best) < 0)) [best, n] = [text, c];
  return best;
}

/** How the use at tokens [i, end) is marked: after "so-called" (distance), alone inside quote marks, or not. */
function marking(d: Doc, i: number, end: number, short: ReadonlyMap<number, ShortQuote>): QuoteMarkReading | null {
  if (d.tokens[i - 1]?.norm === 'so-called') return { kind: 'distance', cue: null };
  const q = short.get(i);
  return q && q.end === end ? q : null;
}

/** One use of a phrase in a doc: bare in own narration, or how its quote marks read. */
type Use = { phrase: string; kind: QuoteMarkKind | 'bare'; cue: QuoteMarkCue; soCalled: boolean };

/** The phrase uses of one doc in text order (speakers' longer quotes and furniture left out). */
function docUses(
  d: Doc,
  v: Voice | undefined,
  keep: Uint8Array | undefined,
  byFirst: ReadonlyMap<string, string[][]>,
): Use[] {
  const short = shortQuoteStarts(d, v);
  const out: Use[] = [];
  d.tokens.forEach((t, i) => {
    for (const words of byFirst.get(t.norm) ?? []) {
      if (!spells(d, i, words)) continue;
      const end = i + words.length;
      if (capitalised(d, end - 1)) continue; // "Gang of Eight", a headline's "Zero Tolerance": a name or title case
      const m = marking(d, i, end, short);
      const u = m ?? unmarked(d, i, end);
      // a bare use counts in own narration only; a naming clause ("what critics called …") is the writer's mention
      // whether the voice reader gives the clause to the caller (reported) or not
      if (!m && (!v || !(u.kind === 'bare' ? ownOnly : unquotedOnly)(v, keep, i, end))) continue;
      const soCalled = d.tokens[i - 1]?.norm === 'so-called';
      out.push({ phrase: words.join(' '), ...u, soCalled });
    }
  });
  return out;
}

/**
 * A use without quote marks: bare, or named rather than used, as the writer reports someone's word ("what critics
 * called zero tolerance", "calling it blanket amnesty": attributed, cue clause) or introduces a term ("a procedure
 * called expedited removal": introduced, cue naming).
 */
function unmarked(d: Doc, i: number, end: number): Pick<Use, 'kind' | 'cue'> {
  if (!mentionedLabel(d, i, end)) return { kind: 'bare', cue: null };
  return callingBefore(d, i) === 'introduced'
    ? { kind: 'introduced', cue: 'naming' }
    : { kind: 'attributed', cue: 'clause' };
}

/**
 * Scare quotes or "so-called" on the article's first use of a phrase it later writes bare introduce a term it then
 * uses as its own (“credible fear” on first mention, credible fear after; "so-called sanctuary cities", then sanctuary
 * cities): not distance; so do scare quotes on the first use of a term of art the corpus shows (`jargon`:
 * lib/framing/first-mention-terms.ts), while "so-called" before a term of art the article never adopts stays distance.
 */
function introducedBeforeBare(uses: Use[], jargon: ReadonlySet<string>): Use[] {
  const first = new Map<string, number>();
  const bareLater = new Set<string>();
  uses.forEach((u, i) => {
    if (!first.has(u.phrase)) first.set(u.phrase, i);
    else if (u.kind === 'bare') bareLater.add(u.phrase);
  });
  return uses.map((u, i) =>
    u.kind === 'distance' &&
    first.get(u.phrase) === i &&
    (bareLater.has(u.phrase) || (!u.soCalled && jargon.has(u.phrase)))
      ? { ...u, kind: 'introduced' }
      : u,
  );
}

/**
 * Per event, phrase and outlet: bare uses in own narration (token voice 0, furniture left out via `keep`: doc id ->
 * keep-mask, 1 = keep) and uses in quote marks by kind (distance, attributed, introduced), for the phrases some
 * article puts alone inside quote marks. Only phrases written both bare and in quote marks in one event are kept
 * (distancingContrasts reads only events with distance). Rows sorted by event, phrase, outlet.
 */
export function distancingRows(
  docs: readonly Doc[],
  voices: readonly Voice[],
  opts: DistancingOptions = {},
  keep: ReadonlyMap<string, Uint8Array> = new Map(),
  eventOf: (doc: string) => string = () => '',
): DistancingRow[] {
  const voiceOf = new Map(voices.map((v) => [v.doc, v]));
  const written = quotedPhrases(docs, voiceOf, opts.words ?? [2, 4]);
  const byFirst = new Map<string, string[][]>();
  for (const key of written.keys()) {
    const words = key.split(' ');
    pushTo(byFirst, words[0], words);
  }
  const perDoc = docs.map((d) => ({
    d,
    outlet: d.outlet,
    uses: docUses(d, voiceOf.get(d.id), keep.get(d.id), byFirst),
  }));
  const jargon = firstMentionTerms(perDoc);
  const counts = new Map<string, DistancingRow>();
  const cues = new Map<string, Set<QuoteMarkCue>>();
  for (const { d, uses } of perDoc) {
    const event = eventOf(d.id) ?? '';
    for (const { phrase, kind, cue } of introducedBeforeBare(uses, jargon)) {
      const key = `${event}\u0000${phrase}\u0000${d.outlet}`;
      const row =
        counts.get(key) ??
        counts
          .set(key, { event, phrase, written: mostWritten(written.get(phrase)!), outlet: d.outlet, ...NO_USES })
          .get(key)!;
      row[COLUMN[kind]]++;
      (cues.get(phrase) ?? cues.set(phrase, new Set()).get(phrase)!).add(cue);
    }
  }
  for (const r of counts.values()) r.termOfArt = jargon.has(r.phrase) || termOfArt(cues.get(r.phrase)!);
  return bothInEvent([...counts.values()]).sort(
    (a, b) => byString(a.event, b.event) || byString(a.phrase, b.phrase) || byString(a.outlet, b.outlet),
  );
}

const NO_USES = { bare: 0, quoted: 0, attributed: 0, introduced: 0, termOfArt: false };

/**
 * A term of art: the corpus names it as a term ("known as “credible fear”", "“deferred action,” under which") and no
 * article gives it to anyone with a verb of calling ("which Republicans call “chain migration”"). Its quote marks
 * mark jargon, not a label someone contests.
 */
function termOfArt(cues: ReadonlySet<QuoteMarkCue>): boolean {
  return (cues.has('naming') || cues.has('gloss')) && !cues.has('calling');
}
const COLUMN = { bare: 'bare', distance: 'quoted', attributed: 'attributed', introduced: 'introduced' } as const;

/** Whether the token as written holds a capital letter. */
function capitalised(d: Doc, i: number): boolean {
  const w = d.text.slice(d.tokens[i].start, d.tokens[i].end);
  return w !== w.toLowerCase();
}

/** Whether tokens [i, end) are all own narration and not furniture. */
function ownOnly(v: Voice, keep: Uint8Array | undefined, i: number, end: number): boolean {
  for (let j = i; j < end; j++) if (v.tokenVoice[j] !== 0 || (keep && !keep[j])) return false;
  return true;
}

/** Whether tokens [i, end) are the writer's or reported (voice 0, 2 or 4: not quoted, not reused) and not furniture. */
function unquotedOnly(v: Voice, keep: Uint8Array | undefined, i: number, end: number): boolean {
  for (let j = i; j < end; j++) if (v.tokenVoice[j] === 1 || v.tokenVoice[j] === 3 || (keep && !keep[j])) return false;
  return true;
}

/**
 * The rows of phrases written both bare and in quote marks in their event; with `distanceOnly`, only those whose
 * quote marks there include distance (scare quotes or "so-called").
 */
function bothInEvent(rows: readonly DistancingRow[], distanceOnly = false): DistancingRow[] {
  const sides = new Map<string, number>(); // bit 1 bare, bit 2 quoted
  for (const r of rows) {
    const k = r.event + '\u0000' + r.phrase;
    const quoted = r.quoted || (!distanceOnly && (r.attributed || r.introduced));
    sides.set(k, (sides.get(k) ?? 0) | (r.bare ? 1 : 0) | (quoted ? 2 : 0));
  }
  return rows.filter((r) => sides.get(r.event + '\u0000' + r.phrase) === 3);
}

/** Options of distancingContrasts. */
export interface ContrastOptions {
  /** uses an outlet needs on its side (default 2) */
  min?: number;
}

/**
 * Phrases some outlets adopt (bare uses at least three times their distanced ones) and others keep at a distance
 * (distanced uses at least three times their bare ones), pooled over the events where the phrase is written both bare
 * and at a distance; most evidence first. A speaker's word in quote marks and a term introduced are neither side.
 */
export function distancingContrasts(rows: readonly DistancingRow[], opts: ContrastOptions = {}): DistancingContrast[] {
  const min = opts.min ?? 2;
  const by = new Map<string, { written: string; outlets: Map<string, { bare: number; quoted: number }> }>();
  for (const r of bothInEvent(rows, true)) {
    if (r.termOfArt) continue;
    const p = by.get(r.phrase) ?? by.set(r.phrase, { written: r.written, outlets: new Map() }).get(r.phrase)!;
    const o = p.outlets.get(r.outlet) ?? p.outlets.set(r.outlet, { bare: 0, quoted: 0 }).get(r.outlet)!;
    o.bare += r.bare;
    o.quoted += r.quoted;
  }
  const out: DistancingContrast[] = [];
  for (const [phrase, p] of by) {
    const all = [...p.outlets];
    const side = (pick: (o: { bare: number; quoted: number }) => [number, number]): [string, number][] =>
      all
        .map(([outlet, o]): [string, number, number] => [outlet, ...pick(o)])
        .filter(([, mine, other]) => mine >= min && other * 3 <= mine)
        .map(([outlet, mine]): [string, number] => [outlet, mine])
        .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]));
    const bare = side((o) => [o.bare, o.quoted]);
    const quoted = side((o) => [o.quoted, o.bare]);
    if (!bare.length || !quoted.length) continue;
    const sum = (xs: [string, number][]) => xs.reduce((s, x) => s + x[1], 0);
    out.push({ phrase, written: p.written, bare, quoted, evidence: Math.min(sum(bare), sum(quoted)) });
  }
  return out.sort((a, b) => b.evidence - a.evidence || byString(a.phrase, b.phrase));
}

/** The rows pooled over events: per phrase and outlet, bare, distanced, attributed and introduced uses (a table a reader scans). */
export function distancingTable(rows: readonly DistancingRow[]): Omit<DistancingRow, 'event'>[] {
  const by = new Map<string, Omit<DistancingRow, 'event'>>();
  for (const { event: _event, ...r } of rows) {
    const k = `${r.phrase}\u0000${r.outlet}`;
    const x = by.get(k);
    if (x) {
      x.bare += r.bare;
      x.quoted += r.quoted;
      x.attributed += r.attributed;
      x.introduced += r.introduced;
    } else by.set(k, { ...r });
  }
  return [...by.values()].sort((a, b) => byString(a.phrase, b.phrase) || byString(a.outlet, b.outlet));
}
