// Types the framing modules hand each other: voice, quotes, labels, the frames pack, the loaded lexicon, term tables
// and distinctive rows. What analyseFraming takes and returns (FramingOptions, Framing) stays in framing.ts, the entry.
import type { QuoteSpan, Span } from '../types.js';

/** What kind of source a speaker is (lib/framing/sources.ts). */
export type SourceKind = 'named' | 'anonymous' | 'institution' | 'media' | 'document' | 'other' | 'unresolved';

/** The four voices of an article's text. */
export type VoiceClass = 'own' | 'quoted' | 'reported' | 'reused';

/** A sentence of reported speech (quote marks excluded from it), with who is reported. */
export interface ReportedSpeech extends Span {
  speaker: string | null;
  speakerSpan: Span | null;
  /** what marks it: 'noted that', 'according to', 'revealed' (trailing attribution), 'attribution' (the frame around an attributed quote) */
  cue: string;
}

/** The voice analysis of one doc. */
export interface Voice {
  doc: string;
  quotes: Quote[];
  reported: ReportedSpeech[];
  /** maximal spans of each voice (whitespace between paragraphs is not counted) */
  spans: Record<VoiceClass, Span[]>;
  /** per token of the doc: index into VOICES */
  tokenVoice: Uint8Array;
  /** word and number tokens in each voice */
  words: Record<VoiceClass, number>;
  /** words[v] / all words (0 when the doc has none) */
  shares: Record<VoiceClass, number>;
}

/** One direct quote with its speaker: the span includes the quote marks; `inner` is the quoted words. */
export interface Quote extends Span, QuoteSpan {
  /** who is quoted, as written, or resolved from a pronoun ("he added") to the last speaker before it; null when the text does not say */
  speaker: string | null;
  /** where the speaker phrase is written (the pronoun for resolved speakers) */
  speakerSpan: Span | null;
  /** how the speaker was found: 'after' ("…," X said), 'before' (X said: "…"), 'according' (according to X), 'sentence' (the sentence's reporter), 'continued' (the previous quote's speaker), 'pronoun', 'transcript' (a turn of a transcript: the paragraph after its speaker label), 'post' (an embedded social-media post, its signature's name), 'block' (the paragraph after "He said :", without marks: lib/framing/voice-posts.ts) */
  via: 'after' | 'before' | 'according' | 'sentence' | 'continued' | 'pronoun' | 'transcript' | 'post' | 'block' | null;
  /** words describing the speaker written apart from the speaker phrase: an appositive set off by commas ("…,” Doe, a Valdor Republican, said) */
  speakerRole?: string;
}

/** An abstract actor or event described by head nouns (data/frames.json), e.g. "Syria's new rulers", "the fall of the previous government". */
export interface FrameConcept {
  id: string;
  name: string;
  kind?: string;
  /** head nouns of its noun-phrase labels (lowercase) */
  heads: string[];
  /** a noun phrase counts only if it contains one of these words or phrases (lowercase); empty = any */
  requireAny?: string[];
  /** ... and none of these */
  exclude?: string[];
  /** regular expressions (case-insensitive) for labels that are not noun phrases ("the regime fell") */
  patterns?: string[];
}

/** The frames file's scope: a concept pack applies only to events whose articles contain one of these words (lowercase); none = every event. */
export type FramesScope = string[];

/** The frames file: concepts plus the title words that mark descriptions of people ("chief", "spokesperson"). */
export interface FramesConfig {
  about?: string;
  /** words of the story the pack was written for ("syria", "assad"): concepts are looked for only in events whose articles use one; empty = everywhere */
  scope?: FramesScope;
  /** ISO date (YYYY-MM-DD): the pack applies only to articles dated on or after it (undated articles count) */
  since?: string;
  concepts: FrameConcept[];
  titles: string[];
}

/** One labelling of an actor or event in a doc. */
export interface LabelMention extends Span {
  outlet: string;
  /** entity id or concept id */
  target: string;
  /** entity name or concept name */
  targetName: string;
  /** the label as written (quote marks dropped, spaces collapsed) */
  label: string;
  /** grouping key: lowercased, apostrophes folded, leading article dropped */
  key: string;
  /** 'name' (a mention of the entity's name), 'title' (title before a name), 'apposition', 'led-by', 'coreference' (the lawmaker …), 'phrase' (a concept noun phrase), 'pattern', 'group' (a noun phrase discovered in the corpus: "undocumented immigrants", "the Trump administration"), 'actor' (a role noun after a name: "the Assad regime", "Hamas militants"; lib/framing/actor-labels.ts) */
  kind: 'name' | 'title' | 'apposition' | 'led-by' | 'coreference' | 'phrase' | 'pattern' | 'group' | 'actor';
  /** actor labels: the role words the outlet chose ("regime", "government forces"), the name left out */
  variant?: string;
  voice: VoiceClass;
  /** the event of the doc, when events are known */
  event?: string;
}

/** The lexicon file's shape: themes of terms (see data/loaded-lexicon.json "format"). */
export interface LoadedLexicon {
  about?: string;
  format?: string;
  /** per theme: its terms, and forms its wildcard terms never match (`not`: "anti-aircraft" for "anti-*") */
  themes: { theme: string; description?: string; terms: string[]; not?: string[] }[];
}

/** Term counts per outlet (of the tokens kept by each doc's mask). */
export interface OutletTermTable {
  /** outlet names, sorted */
  outlets: string[];
  /** per outlet: term -> count */
  counts: Map<string, number>[];
  /** per outlet: total terms counted */
  totals: number[];
  /** per outlet: word tokens kept by the masks, stopwords included (the base of rates per 1,000 words) */
  words?: number[];
}

/** One distinctive term of one outlet. */
export interface DistinctiveRow {
  outlet: string;
  term: string;
  /** log-odds z-score of the outlet against all other outlets (positive: the outlet uses it more) */
  z: number;
  /** the log-odds ratio δ itself */
  delta: number;
  count: number;
  count_rest: number;
  /** terms counted in the outlet and in the rest */
  n: number;
  n_rest: number;
  /** Dunning log-likelihood G² (Rayson form) and its effect size log2((a/c)/(b/d)) (b = 0 counts as 0.5) */
  g2: number;
  log2ratio: number;
  /** uses per 1,000 words the outlet's counted text (own voice by default) holds */
  per_1000: number;
  /** evaluative weight of the term, 0..1 (DistinctiveOptions.weigh; 0 without it) */
  evaluative: number;
  /** the ranking key: z · (1 + 2 · evaluative), so evaluative and descriptive words rank above topic words of equal z */
  rank: number;
  /** with events (pooledDistinctive): the events in which the outlet uses the term against other outlets; 0 = corpus-wide contrast */
  events?: number;
  /** the term as the corpus writes it most often inside sentences ("Assad", "U.S."; lib/framing/term-display.ts); `term` is the folded key */
  display?: string;
}
