// Sentence-level loadedness: a graded score of how much a sentence reads as the writer's own judgement rather than
// reported fact. Its parts come from the subjectivity literature (Wiebe et al. 2004, "Learning subjective language";
// the AP style advice that "said" is the neutral attribution verb), not from any annotated word list:
// - loaded words marked by loadedTokens: a lexicon hit counts fully, a general-vocabulary word by half its weight,
//   and each distinct lexicon theme of the sentence half a hit more: a sentence that both labels and dramatises
//   ("radical mob", "chaos") reads as judgement more surely than one that repeats a word;
// - subjectivity cues of the writer's voice: contrast and concession (but, yet, even, only, just, still), negation,
//   the first person, and -ly adverbs of manner or stance; evidential adverbs ("clearly", "apparently") at the weight
//   of a lexicon hit, as the writer vouching for a fact rather than a loaded word; words of political position
//   ("left-wing", "far-right") at the same weight, as the writer placing people on a side; question and exclamation
//   marks outside direct quotes (the writer's rhetorical question or exclamation);
// - the same general-vocabulary words in any position: the part-of-speech gate that keeps "the plan was wonderful"
//   from marking "wonderful" is about which word to show, while the sentence still reads as a judgement;
// - reporting cues that pull the other way: neutral attribution (said, says, told, according to), the words of
//   reported speech (a sentence that relays what someone said, voice.ts), figures, and time anchors of hard news
//   (weekdays, months, "yesterday", "last week", "percent").
// The weights were chosen on BABE's tuning half (bench/eval/loaded.ts); see docs/notes/2026-12-loaded.md and
// 2026-12-loaded8.md.
import type { Doc } from '../types.js';
import { isNameToken, loadedTokens, MIN_WEIGHT, outletContrast, type LoadedToken } from './loaded.js';
import { wordWeight } from './evaluative.js';
import { isStopword } from '../text/stopwords.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import { transcriptHosts } from './voice-hosts.js';
import { docVoice } from './voice.js';
import type { LoadedLexicon } from './types.js';

/** Weights of the sentence score's parts (per marked word or cue; the sum is divided by √words). */
export interface SentenceWeights {
  /** per lexicon (or outlet-contrast) hit */
  lexicon: number;
  /** per distinct lexicon theme among the sentence's hits, on top of the hits */
  theme: number;
  /** times the general evaluative weight of a general-vocabulary word over the marking floor, marked or not */
  general: number;
  /** per subjectivity cue: contrast, negation, first person, -ly adverb */
  cue: number;
  /** per question or exclamation mark outside direct quotes */
  exclamation: number;
  /** per neutral attribution verb (subtracted) */
  attribution: number;
  /** per word of reported speech (subtracted; needs the doc's token voices) */
  reported: number;
  /** per figure (subtracted) */
  number: number;
  /** per time anchor (subtracted) */
  time: number;
}

/** Default weights (round values on the tuning half's plateau). */
export const SENTENCE_WEIGHTS: SentenceWeights = {
  lexicon: 1,
  theme: 0.5,
  general: 0.5,
  cue: 0.3,
  exclamation: 2,
  attribution: 1.25,
  reported: 0.02,
  number: 0.4,
  time: 0.75,
};

const CONTRAST = new Set(['but', 'yet', 'even', 'only', 'just', 'still']);
const NEGATION = new Set(['not', 'never', 'no', 'nothing', "n't"]);
const FIRST_PERSON = new Set(['i', 'we', 'our', 'us', 'my', 'me']);
const ATTRIBUTION = new Set(['said', 'says', 'told', 'according']);
/**
 * Evidential adverbs: the writer vouching for or doubting a fact ("clearly", "apparently", "merely"). They mark the
 * sentence as the writer's own voice (Wiebe et al. 2004) but are not a loaded word choice of their own: on BABE's
 * tuning topics 4 of 33 such marks were annotated words. They count here at the weight of a lexicon hit.
 */
const EVIDENTIAL = new Set(
  'clearly obviously evidently apparently seemingly merely mere plainly undoubtedly'.split(' '),
);
/**
 * Words of political position: the writer placing a party or a person on a side ("a left-wing mayor", "the far-right
 * party"). News desks use them to describe, so they are not marked loaded (data/loaded-lexicon.json), but a sentence
 * that sorts people by side reads as the writer's framing more often than not: on BABE's tuning topics 12 of 77 such
 * words were annotated, while taking them out of the sentence score lowered its AUC. They count here at the weight of
 * a lexicon hit.
 */
const POSITION = new Set('left-wing right-wing far-left far-right hard-left hard-right'.split(' '));
/** Time anchors of hard news ("may" and "march" left out: a modal verb and a protest more often than months). */
const TIME = new Set([
  ...MONTHS.filter((m) => m !== 'may' && m !== 'march'),
  ...WEEKDAYS,
  'yesterday',
  'today',
  'tonight',
  'weekend',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'percent',
]);

/** Counts of the cues in tokens [from, to) of a doc. */
export interface SentenceCues {
  words: number;
  /** contrast, negation, first person and -ly adverbs */
  subjective: number;
  /** evidential adverbs ("clearly", "apparently") */
  evidential: number;
  /** words of political position ("left-wing", "far-right") */
  position: number;
  /** question and exclamation marks outside direct quotes */
  exclamation: number;
  attribution: number;
  /** words of reported speech (0 without the doc's token voices) */
  reported: number;
  numbers: number;
  time: number;
}

/**
 * Voice codes of Voice.tokenVoice (voice.ts VOICES): direct quote and reported speech. A reported clause in a narrated
 * sentence (code 4) counts as the sentence's own words here: the score judges the sentence as a reader does.
 */
const QUOTED = 1,
  REPORTED = 2;

/**
 * Per token of [from, to): whether it counts as a word of reported speech for the score. In running text the desk's
 * words of a sentence that relays a statement (its reporter and verb of saying, own in every table:
 * reported-statements.ts) count with the statement: a reader judges such a sentence as a report, whole. A headline is
 * read by clause (headline-statements.ts).
 */
function reportedWords(d: Doc, from: number, to: number, voice?: ArrayLike<number>): (i: number) => boolean {
  if (!voice) return () => false;
  if (d.field === 'title') return (i) => voice[i] === REPORTED;
  const whole = new Uint8Array(Math.max(0, to - from));
  if (to <= from) return () => false;
  // (only the sentences of the span: a span is one sentence when the score runs per sentence)
  for (let si = d.tokens[from].sentence, last = d.tokens[to - 1].sentence; si <= last; si++) {
    const s = d.sentences[si];
    if (!s) continue;
    const a = Math.max(from, s.tokenStart),
      b = Math.min(to, s.tokenEnd);
    let any = false;
    for (let i = a; i < b && !any; i++) any = voice[i] === REPORTED;
    if (any) for (let i = a; i < b; i++) whole[i - from] = voice[i] === REPORTED || voice[i] === 0 ? 1 : 0;
  }
  return (i) => whole[i - from] === 1;
}

/**
 * The subjectivity and reporting cues of tokens [from, to). `voice`: the doc's token voices (docVoice's tokenVoice),
 * which keep a quoted question mark out and count the words of reported speech; without them every token is the
 * writer's own.
 */
export function sentenceCues(d: Doc, from = 0, to = d.tokens.length, voice?: ArrayLike<number>): SentenceCues {
  const c: SentenceCues = {
    words: 0,
    subjective: 0,
    evidential: 0,
    position: 0,
    exclamation: 0,
    attribution: 0,
    reported: 0,
    numbers: 0,
    time: 0,
  };
  const reported = reportedWords(d, from, to, voice);
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.kind === 'number' || /\d/.test(t.norm)) {
      c.numbers++;
      continue;
    }
    if (t.kind !== 'word') {
      if ((t.norm === '?' || t.norm === '!') && voice?.[i] !== QUOTED) c.exclamation++;
      continue;
    }
    c.words++;
    if (reported(i)) c.reported++;
    const w = t.norm;
    if (EVIDENTIAL.has(w)) c.evidential++;
    if (POSITION.has(w)) c.position++;
    if (ATTRIBUTION.has(w)) c.attribution++;
    else if (TIME.has(w)) c.time++;
    else if (CONTRAST.has(w) || NEGATION.has(w) || w.endsWith("n't") || FIRST_PERSON.has(w)) c.subjective++;
    else if (w.length > 4 && w.endsWith('ly') && !isStopword(w)) c.subjective++;
  }
  return c;
}

/** The score of tokens [from, to) given the loaded tokens among them. */
function scoreSpan(
  d: Doc,
  marked: readonly LoadedToken[],
  from: number,
  to: number,
  w: SentenceWeights = SENTENCE_WEIGHTS,
  voice?: ArrayLike<number>,
): number {
  const c = sentenceCues(d, from, to, voice);
  if (!c.words) return 0;
  let sum =
    w.cue * c.subjective +
    w.lexicon * (c.evidential + c.position) +
    w.exclamation * c.exclamation -
    w.attribution * c.attribution -
    w.reported * c.reported -
    w.number * c.numbers -
    w.time * c.time;
  const isMarked = new Set<number>();
  const themes = new Set<string>();
  for (const m of marked) {
    if (m.index < from || m.index >= to) continue;
    isMarked.add(m.index);
    sum += m.theme === 'evaluative' ? w.general * m.weight : w.lexicon * m.weight;
    if (m.theme !== 'evaluative' && m.theme !== 'outlet contrast') themes.add(m.theme);
  }
  sum += w.theme * themes.size;
  for (let i = from; i < to; i++) {
    const t = d.tokens[i];
    if (t.kind !== 'word' || isMarked.has(i) || isNameToken(d, i)) continue;
    const g = wordWeight(t.norm);
    if (g >= MIN_WEIGHT) sum += w.general * g;
  }
  return sum / Math.sqrt(c.words);
}

/**
 * A doc's loadedness taken as one span (a one-sentence doc gives its sentence's score): the weighted loaded words and
 * subjectivity cues, less the reporting cues, over the square root of its words. 0 for a plain factual sentence,
 * negative for attributed or numeric reporting, higher for the writer's own judgement. `voice`: the doc's token voices
 * (docVoice(d).tokenVoice), so that reported speech pulls the score down and a quoted question does not count; without
 * them every token is read as the writer's own.
 */
export function sentenceLoadedness(
  d: Doc,
  marked: readonly LoadedToken[],
  w?: SentenceWeights,
  voice?: ArrayLike<number>,
): number {
  return scoreSpan(d, marked, 0, d.tokens.length, w, voice);
}

/** One sentence's loadedness (doc, offsets into Doc.text, words, score). */
export interface SentenceLoadedness {
  doc: string;
  outlet: string;
  start: number;
  end: number;
  words: number;
  score: number;
}

/**
 * The loadedness of each sentence of a doc, in text order (marked: loadedTokens of the doc; voice: its token voices,
 * docVoice(d).tokenVoice, as for sentenceLoadedness).
 */
export function sentenceScores(
  d: Doc,
  marked: readonly LoadedToken[],
  w: SentenceWeights = SENTENCE_WEIGHTS,
  voice?: ArrayLike<number>,
): SentenceLoadedness[] {
  return d.sentences.map((s) => ({
    doc: d.id,
    outlet: d.outlet,
    start: s.start,
    end: s.end,
    words: sentenceCues(d, s.tokenStart, s.tokenEnd).words,
    score: Math.round(scoreSpan(d, marked, s.tokenStart, s.tokenEnd, w, voice) * 1e4) / 1e4,
  }));
}

/** Options for loadedSentences. */
export interface LoadedSentenceOptions {
  /** the project's loaded-language lexicon (readLexicon()); without it only the general vocabularies mark words */
  lexicon?: LoadedLexicon;
  /** doc id -> event: outlet contrast within each event can mark words too (see loadedHits) */
  events?: ReadonlyMap<string, string>;
  /** the score's weights (default SENTENCE_WEIGHTS) */
  weights?: SentenceWeights;
}

/**
 * Every sentence of the docs with its loadedness, most loaded first (ties in doc and text order): what a reader would
 * check first when asking which sentences of the corpus read as judgement rather than report. Each doc's voices
 * (docVoice) are read so that reported speech and quoted questions count as the sources', not the writer's.
 */
export function loadedSentences(docs: readonly Doc[], opts: LoadedSentenceOptions = {}): SentenceLoadedness[] {
  const contrast = opts.events?.size ? outletContrast(docs, opts.events) : null;
  const rows: SentenceLoadedness[] = [];
  const hosts = transcriptHosts(docs);
  for (const d of docs) {
    const z = contrast?.get(opts.events!.get(d.id) ?? '')?.get(d.outlet);
    const voice = docVoice(d, [], undefined, [], hosts.get(d.outlet)).tokenVoice;
    const marked = loadedTokens(d, { lexicon: opts.lexicon, contrast: z, voice });
    for (const r of sentenceScores(d, marked, opts.weights, voice)) rows.push(r);
  }
  const order = new Map(docs.map((d, i) => [d.id, i]));
  return rows.sort((a, b) => b.score - a.score || order.get(a.doc)! - order.get(b.doc)! || a.start - b.start);
}
