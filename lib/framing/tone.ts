// Tone: AFINN sentiment (natural's SentimentAnalyzer) of each sentence's own-voice words, per outlet and toward each main entity.
import SentimentAnalyzer from 'natural/lib/natural/sentiment/SentimentAnalyzer.js';
import type { Doc, Span } from '../types.js';
import { byString } from '../text/counts.js';
import { round } from '../util/round.js';
import { firstEndingAfter } from '../util/search.js';
import { firstTokenAt } from '../text/tokenize.js';
import type { NormIds } from '../text/term-ids.js';

/** The tone of one sentence, from the words kept by its doc's mask. */
export interface SentenceTone {
  doc: string;
  outlet: string;
  start: number;
  end: number;
  /** natural's AFINN score: the sum of word valences (negation flips the rest of the sentence) divided by the number of words */
  score: number;
  words: number;
}

/** Something tone is measured toward: an entity or a concept, as mention spans. */
export interface ToneTarget {
  id: string;
  name: string;
  mentions: Span[];
}

/** A tone row: the mean sentence score of an outlet overall (entity "(all)") or over sentences mentioning one entity. */
export interface ToneRow {
  outlet: string;
  entity: string;
  /** the entity's (or concept's) id, the key to join with entity tables; '' for the outlet overall */
  entity_id: string;
  mean: number;
  sentences: number;
  /** articles those sentences come from: a cell of one article is one piece's tone, not the outlet's */
  articles: number;
  /** share of those sentences scoring above 0 and below 0 */
  positive: number;
  negative: number;
  /**
   * the mean shrunk toward 0 by its sample size: mean · n / (n + TONE_PRIOR_N), as if TONE_PRIOR_N neutral sentences
   * were added, so one sentence never takes full colour (n = 1: a fifth of its mean; n = 40: 0.9 of it)
   */
  shrunk: number;
  /** false when fewer than MIN_TONE_SENTENCES sentences stand behind the cell: show it greyed, not as a tone */
  enough: boolean;
  /**
   * half the width of the mean's 95% interval, 1.96 · sd / √n of the sentence scores (0 under 2 sentences): a mean
   * within it of 0 (|mean| ≤ margin) is no clear tone, however many sentences stand behind it
   */
  margin: number;
}

/** Neutral pseudo-sentences the shrunk mean adds (see ToneRow.shrunk). */
export const TONE_PRIOR_N = 4;
/** Fewest sentences for a tone cell to be read as a tone (ToneRow.enough). */
export const MIN_TONE_SENTENCES = 5;

let afinn: { vocabulary: Map<string, number>; negations: Set<string> } | null = null;

/** natural's AFINN vocabulary and negations, read once into a Map and a Set. */
function afinnData(): { vocabulary: Map<string, number>; negations: Set<string> } {
  if (!afinn) {
    const a = new SentimentAnalyzer('English', null, 'afinn') as unknown as {
      vocabulary: Record<string, number>;
      negations: string[];
    };
    const vocabulary = new Map<string, number>();
    for (const w in a.vocabulary) vocabulary.set(w, a.vocabulary[w]);
    afinn = { vocabulary, negations: new Set(a.negations) };
  }
  return afinn;
}

/**
 * AFINN sentiment of a list of words (no stemming: AFINN lists inflected forms), as natural's SentimentAnalyzer
 * ('English', no stemmer, 'afinn') computes it: the valences summed, every word after a negation with its sign flipped,
 * over the number of words (the first `n` of the list). Its vocabulary and negations are read once into a Map and a Set (the analyzer's own loop
 * looks each word up in an array of negations and lower-cases it again).
 */
export function afinnScore(words: readonly string[], n = words.length): number {
  if (!n) return 0;
  const { vocabulary, negations } = afinnData();
  let score = 0,
    negator = 1;
  for (let k = 0; k < n; k++) {
    const w = words[k].toLowerCase();
    if (negations.has(w)) negator = -1;
    else {
      const v = vocabulary.get(w);
      if (v !== undefined) score += negator * v;
    }
  }
  return score / n;
}

/**
 * afinnScore's answer for each word, by norm number (NormIds): its valence (0 when AFINN does not list it: adding
 * ±0 changes no sum), NaN for a negation. The lower-casing and two lookups per token were the tone's largest cost.
 */
export function afinnValences(norms: readonly string[]): Float64Array {
  const { vocabulary, negations } = afinnData();
  const out = new Float64Array(norms.length);
  for (let k = 0; k < norms.length; k++) {
    const w = norms[k].toLowerCase();
    out[k] = negations.has(w) ? NaN : (vocabulary.get(w) ?? 0);
  }
  return out;
}

/** How many words of a sentence are kept, where the first starts and the last ends, and (with valences) its AFINN score. */
interface SentenceWords {
  n: number;
  first: number;
  last: number;
  score: number;
}

/**
 * The kept words of sentence s: their number, span and, with `valence` and the doc's norm numbers `of`, the AFINN
 * score (afinnScore's loop on numbers); without them the words are written into `words` for afinnScore.
 */
function keptWords(
  d: Doc,
  s: Doc['sentences'][number],
  mask: Uint8Array | undefined,
  words: string[],
  num: { of: Int32Array; valence: Float64Array } | null,
  out: SentenceWords,
): void {
  let n = 0,
    first = -1,
    last = -1,
    score = 0,
    negator = 1;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word' || (mask && !mask[i])) continue;
    if (num) {
      const v = num.valence[num.of[i]];
      if (v !== v) negator = -1;
      else score += negator * v;
      n++;
    } else words[n++] = t.norm;
    if (first < 0) first = t.start;
    last = t.end;
  }
  out.n = n;
  out.first = first;
  out.last = last;
  out.score = num && n ? score / n : 0;
}

/**
 * Score every sentence on its kept tokens (masks: doc id -> 1 per token to keep, e.g. own voice); sentences with fewer
 * than `minWords` kept words are skipped. `norms`: the docs' norm numbers (normIds, aligned with `docs`), when the
 * caller has them: each distinct word is then scored once (afinnValences), not each token.
 */
export function sentenceTones(
  docs: readonly Doc[],
  masks: ReadonlyMap<string, Uint8Array> = new Map(),
  minWords = 3,
  norms?: NormIds,
): SentenceTone[] {
  const out: SentenceTone[] = [];
  const valence = norms ? afinnValences(norms.norms) : null;
  // one list overwritten per sentence (its first n words are the sentence's; setting length to 0 would free it): a list
  // per sentence was the stage's largest allocation; one result record, reused, for the same reason
  const words: string[] = [];
  const kept: SentenceWords = { n: 0, first: -1, last: -1, score: 0 };
  docs.forEach((d, di) => {
    const mask = masks.get(d.id);
    const num = valence && norms ? { of: norms.of[di], valence } : null;
    for (const s of d.sentences) {
      keptWords(d, s, mask, words, num, kept);
      if (kept.n < minWords) continue;
      out.push({
        doc: d.id,
        outlet: d.outlet,
        start: kept.first,
        end: kept.last,
        score: round(num ? kept.score : afinnScore(words, kept.n), 4),
        words: kept.n,
      });
    }
  });
  return out;
}

/**
 * Leave the words of the targets' names out of the tone masks (doc id -> 1 per token to keep; a doc without a mask gets
 * one): AFINN scores "Supreme" +4, "Justice" +2 and "Affordable Care" +4, so every sentence naming the Supreme Court,
 * the Justice Department or the Affordable Care Act read as praise of it. A name is not the writer's tone, whoever's
 * name it is: the caller passes every entity found, so a name outside the main actors ("Freedom Caucus") does not
 * colour the outlet's "(all)" row either. Articles' texts only (masks are keyed by doc id; a headline's spans are left).
 */
export function maskNames(
  docs: readonly Doc[],
  masks: Map<string, Uint8Array>,
  targets: readonly { mentions: readonly Span[] }[],
): void {
  const byId = new Map(docs.filter((d) => d.field !== 'title').map((d) => [d.id, d]));
  for (const t of targets)
    for (const m of t.mentions) {
      const d = m.field === 'title' ? undefined : byId.get(m.doc);
      if (!d) continue;
      const mask = masks.get(d.id) ?? masks.set(d.id, new Uint8Array(d.tokens.length).fill(1)).get(d.id)!;
      for (let i = firstTokenAt(d.tokens, m.start); i < d.tokens.length && d.tokens[i].start < m.end; i++) mask[i] = 0;
    }
}

/** Mean tone per outlet (entity "(all)"), and per outlet and target over the sentences whose kept words overlap one of the target's mentions' sentences. */
export function toneRows(
  tones: readonly SentenceTone[],
  docs: readonly Doc[],
  targets: readonly ToneTarget[] = [],
): ToneRow[] {
  const rows: ToneRow[] = [];
  const byOutlet = new Map<string, SentenceTone[]>();
  for (const t of tones) {
    const l = byOutlet.get(t.outlet) ?? [];
    l.push(t);
    byOutlet.set(t.outlet, l);
  }
  const docById = new Map(docs.map((d) => [d.id, d]));
  const outlets = [...byOutlet.keys()].sort(byString);
  for (const o of outlets) rows.push(summary(o, '(all)', '', byOutlet.get(o)!));
  // each scored sentence under the doc sentence it starts in, by doc and sentence start (binary search: linear overall;
  // numbers under the doc, not a string key per sentence)
  const tonesAt = new Map<string, Map<number, number[]>>();
  tones.forEach((t, i) => {
    const d = docById.get(t.doc);
    const k = d ? firstEndingAfter(d.sentences, t.start) : -1;
    if (!d || k >= d.sentences.length || t.start < d.sentences[k].start) return;
    let byStart = tonesAt.get(t.doc);
    if (!byStart) tonesAt.set(t.doc, (byStart = new Map()));
    const l = byStart.get(d.sentences[k].start);
    if (l) l.push(i);
    else byStart.set(d.sentences[k].start, [i]);
  });
  for (const target of targets) {
    // the scored sentences in the sentences (of the doc) that contain a mention, in input order, per outlet
    const idx = mentionedTones(target, docById, tonesAt);
    const mine = new Map<string, SentenceTone[]>();
    for (const i of idx) {
      const l = mine.get(tones[i].outlet);
      if (l) l.push(tones[i]);
      else mine.set(tones[i].outlet, [tones[i]]);
    }
    for (const o of outlets) {
      const l = mine.get(o);
      if (l?.length) rows.push(summary(o, target.name, target.id, l));
    }
  }
  return rows;
}

/** The indices of the scored sentences (tonesAt: doc -> sentence start -> indices) in sentences holding a mention of the target, ascending. */
function mentionedTones(
  target: ToneTarget,
  docById: ReadonlyMap<string, Doc>,
  tonesAt: ReadonlyMap<string, ReadonlyMap<number, readonly number[]>>,
): number[] {
  const seen = new Map<string, Set<number>>(); // doc -> starts of the sentences taken
  const idx: number[] = [];
  for (const m of target.mentions) {
    const d = docById.get(m.doc);
    if (!d) continue;
    let starts = seen.get(m.doc);
    for (let k = firstEndingAfter(d.sentences, m.start); k < d.sentences.length && d.sentences[k].start < m.end; k++) {
      const s = d.sentences[k];
      if (!(m.start < s.end && m.end > s.start)) continue;
      if (!starts) seen.set(m.doc, (starts = new Set()));
      if (starts.has(s.start)) continue;
      starts.add(s.start);
      for (const i of tonesAt.get(m.doc)?.get(s.start) ?? []) idx.push(i);
    }
  }
  return idx.sort((a, b) => a - b);
}

function summary(outlet: string, entity: string, entityId: string, ts: readonly SentenceTone[]): ToneRow {
  let sum = 0,
    pos = 0,
    neg = 0;
  for (const t of ts) {
    sum += t.score;
    if (t.score > 0) pos++;
    else if (t.score < 0) neg++;
  }
  const n = ts.length;
  const mean = n ? sum / n : 0;
  let squares = 0;
  for (const t of ts) squares += (t.score - mean) ** 2;
  const margin = n > 1 ? (1.96 * Math.sqrt(squares / (n - 1))) / Math.sqrt(n) : 0;
  return {
    outlet,
    entity,
    entity_id: entityId,
    mean: round(mean, 4),
    sentences: n,
    articles: new Set(ts.map((t) => t.doc)).size,
    positive: n ? round(pos / n, 4) : 0,
    negative: n ? round(neg / n, 4) : 0,
    shrunk: round((mean * n) / (n + TONE_PRIOR_N), 4),
    enough: n >= MIN_TONE_SENTENCES,
    margin: round(margin, 4),
  };
}
