// The data model shared by every part of presslens. Every span is {doc, start, end} into Article.text.

/** Which string of an article a span indexes: its body (`text`, the default) or its headline (`title`). */
export type SpanField = 'text' | 'title';

/** A half-open character range [start, end) into one article's `text` (or its `title` when `field` is 'title'). */
export interface Span {
  doc: string;
  start: number;
  end: number;
  /** absent or 'text': the span indexes Article.text; 'title': it indexes Article.title */
  field?: SpanField;
}

/** A paragraph of an article, as offsets into its `text`. */
export interface Paragraph {
  start: number;
  end: number;
}

/** Which article fields were given by the input, and which guessed from the text. */
export type FieldSource = 'manifest' | 'record' | 'guessed' | 'filename' | 'missing';

/** Something cleaning removed or changed, with where it was in the raw input. */
export interface Removal {
  /** what kind of debris or normalisation: 'repeated-line', 'caption', 'comment-widget', 'social', 'other-script', 'byline', 'dateline', 'link-card', 'player-label', 'video-player', 'zero-width', 'bom', 'control', 'html-markup', 'whitespace' ... */
  kind: string;
  /** the removed text, verbatim (truncated to 200 characters for long runs) */
  text: string;
  /** offset of the removed text in the decoded raw input (before cleaning), when known */
  rawStart?: number;
  /** how many times (for repeated normalisations such as zero-width characters) */
  count?: number;
}

/** Where an article came from and what loading did to it. */
export interface Provenance {
  /** path of the source file, relative to the corpus root */
  file: string;
  /** 1-based record number inside a .jsonl/.json/.csv file of records */
  record?: number;
  /** detected encoding of the file ('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1256', ...) */
  encoding: string;
  /** true when the encoding was detected, not given by a BOM or valid UTF-8 */
  encodingGuessed: boolean;
  /** which field came from where */
  fields: Record<'id' | 'outlet' | 'date' | 'title' | 'url' | 'language', FieldSource> & { event?: FieldSource };
  /** everything cleaning removed from the text, in order */
  removed: Removal[];
  /** free-form warnings (e.g. "decoded as windows-1256 with confidence 0.62") */
  warnings: string[];
  /** what `offsets` map back to: the decoded file ('file', .txt), the record's text field ('record-text'),
   *  or the text extracted from the markup ('extracted-text', .html/.md) */
  rawBase?: 'file' | 'record-text' | 'extracted-text';
  /** flat pairs [textStart, rawStart, ...]: Article.text[o] came from raw[rawStart + o - textStart], using the
   *  last pair with textStart <= o (lib/corpus/provenance.ts: rawOffset) */
  offsets?: number[];
}

/** One loaded article: the only text every analysis reads. */
export interface Article {
  id: string;
  outlet: string;
  /** ISO date YYYY-MM-DD, or null when unknown */
  date: string | null;
  title: string;
  url: string | null;
  language: string | null;
  /** the event the article belongs to, when the input names one (record/manifest field `event`) */
  event?: string;
  /** the cleaned, NFC-normalised article body; all offsets index this string */
  text: string;
  paragraphs: Paragraph[];
  provenance: Provenance;
}

/** An input that did not load, and why. */
export interface Skip {
  file: string;
  /** 1-based record number inside a file of records, when the skip is one record */
  record?: number;
  reason: string;
}

/** What `load` returns. */
export interface Corpus {
  /** the folder or file that was loaded */
  root: string;
  articles: Article[];
  skipped: Skip[];
  /** corpus-level warnings (manifest columns ignored, manifest ids matching nothing, ...) */
  warnings?: string[];
}

/** A token: a span of the article text and its normalised form. */
export interface Token {
  start: number;
  end: number;
  /** lowercased, quote/dash-folded form used for matching ("al-shatri", "u.s.", "1,905") */
  norm: string;
  /** token kind */
  kind: 'word' | 'number' | 'punct' | 'symbol';
  /** index of the sentence this token belongs to */
  sentence: number;
}

/** A sentence as offsets, with the range of its tokens. */
export interface Sentence {
  start: number;
  end: number;
  /** index of the first token of the sentence in Doc.tokens */
  tokenStart: number;
  /** one past the last token index */
  tokenEnd: number;
  /** index of the paragraph containing the sentence */
  paragraph: number;
}

/** A quoted span [start, end) of a doc's text, quote marks included (lib/text/quotes.ts finds them). */
export interface QuoteSpan {
  start: number;
  end: number;
  /** the quoted words without the marks */
  inner: [number, number];
  /** 0 for a top-level quote, 1 for a quote nested inside another (‘...’ inside “...”) */
  depth: number;
  /** the parts of one multi-paragraph quote share a group number (the index of the first part) */
  group: number;
}

/** An article analysed once: what every analysis shares, computed by lib/text/analyse.ts. */
export interface Doc {
  id: string;
  outlet: string;
  date: string | null;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** the paragraphs of `text` (the article's, or blank-line runs when it has none) */
  paragraphs: Paragraph[];
  /** every quoted span of `text` (top-level and nested), in text order, from the one quote scanner */
  quotes: QuoteSpan[];
  /** the number of word and number tokens: the word count every table, chart and message reports */
  words: number;
  /** the article's web address, when the input gives one (Article.url): the site that printed it */
  url?: string | null;
  /** 'title' when this Doc is an article's headline analysed on its own (`text` is then Article.title) */
  field?: SpanField;
}

/** A named actor as later analyses need it: a stable id, a canonical name, its type and its mention spans. */
export interface EntityRef {
  id: string;
  name: string;
  type?: string;
  mentions: Span[];
}

/** A plotly figure as plain data: what every function in lib/figures returns. */
export interface Figure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
  /** a file-name-safe identifier used when the figure is saved */
  name?: string;
}

/** A table as plain rows (one object per row, same keys in every row); frames.ts and csv.ts turn these into DataFrames and CSV. */
export type Row = Record<string, string | number | boolean | null>;
