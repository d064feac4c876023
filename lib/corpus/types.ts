// Types the corpus modules share: what decoding, cleaning, HTML extraction, records, manifests and guessing produce,
// and the loader reads. The data model itself (Article, Corpus, Removal, Skip) is lib/types.ts.
import type { Paragraph, Removal } from '../types.js';

/** Options for cleanText. */
export interface CleanOptions {
  /** a known title (from a manifest or record): a first line equal to it is removed as 'title' */
  title?: string | null;
  /** don't remove a headline-shaped first line unless it equals `title` (e.g. the title came from HTML <h1>) */
  keepFirstLine?: boolean;
  /** the outlet sets links to its other articles as headlines in capitals (lib/corpus/headline-links.ts) */
  capsLinks?: boolean;
  /**
   * the outlet opens its articles with a caption and its printed headline, not the record's title
   * (lib/corpus/printed-headline.ts): such a first line is removed as 'title'
   */
  printedHeadline?: boolean;
}

/** What cleaning produced. All offsets in `paragraphs` index `text`. */
export interface CleanResult {
  text: string;
  paragraphs: Paragraph[];
  /** removals sorted by rawStart */
  removed: Removal[];
  warnings: string[];
  /**
   * flat pairs [textStart, rawStart, ...]: text[o] is raw[rawStart + o - textStart] for the last pair with textStart <=
   * o
   */
  offsets: number[];
}

/** One article field of a record. */
export type RecordField = 'id' | 'outlet' | 'date' | 'title' | 'url' | 'text' | 'language' | 'event';

/** A user's column mapping: article field -> column name in their files. */
export type ColumnMap = Partial<Record<RecordField, string>>;

/** A successful decode. `text` has any BOM removed. */
export interface Decoded {
  ok: true;
  text: string;
  /** 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1256', 'iso-8859-1', ... */
  encoding: string;
  /** true when the encoding is a statistical guess, not a BOM or valid UTF-8 */
  encodingGuessed: boolean;
  /** how many bytes of BOM were dropped */
  bomBytes: number;
  warnings: string[];
}

/** A refusal, with a reason fit for a Skip. */
export interface DecodeFailure {
  ok: false;
  reason: string;
}

/** What decodeBytes returns: text with its encoding, or the reason it cannot be decoded. */
export type DecodeResult = Decoded | DecodeFailure;

/** One piece of evidence behind a guess. */
export interface Evidence {
  field: 'outlet' | 'date' | 'title' | 'dateline';
  value: string;
  /** the text it was read from */
  from: string;
  rule: 'signature' | 'dateline' | 'byline' | 'photo-credit' | 'date-line' | 'title-line';
  strength: 'strong' | 'weak';
}

/** What the text says about itself. */
export interface Guess {
  outlet: string | null;
  date: string | null;
  title: string | null;
  dateline: { place: string; outlet: string | null; text: string } | null;
  evidence: Evidence[];
}

/** Text and metadata read from an HTML page. */
export interface HtmlExtract {
  text: string;
  title: string | null;
  siteName: string | null;
  /** raw date string from page metadata (parse with parseDate) */
  published: string | null;
  url: string | null;
  language: string | null;
  /** count of skipped elements by tag, e.g. { script: 3, nav: 1 } */
  skippedElements: Record<string, number>;
  tagCount: number;
}

/** Letters per script in a string. */
export interface ScriptCounts {
  latin: number;
  arabic: number;
  cyrillic: number;
  greek: number;
  hebrew: number;
  cjk: number;
  other: number;
}

/** One manifest row, values trimmed; empty cells are undefined. */
export interface ManifestRow {
  /** 1-based data row number */
  row: number;
  file?: string;
  id?: string;
  outlet?: string;
  /** ISO YYYY-MM-DD */
  date?: string;
  title?: string;
  url?: string;
  language?: string;
  event?: string;
}

/** A parsed manifest. */
export interface Manifest {
  /** the manifest's file name, for messages */
  name: string;
  rows: ManifestRow[];
  warnings: string[];
}

/** The article fields a record may carry (strings, already trimmed; missing or empty -> undefined). */
export interface RecordFields {
  id?: string;
  outlet?: string;
  date?: string;
  title?: string;
  url?: string;
  text?: string;
  language?: string;
  /** the event the article belongs to, when the input names one */
  event?: string;
}

/** One good record. */
export interface ParsedRecord {
  record: number;
  fields: RecordFields;
}

/** Records parsed from one file, plus the records that could not be used. */
export interface RecordsResult {
  records: ParsedRecord[];
  skips: { record: number; reason: string }[];
  warnings: string[];
  /** set when the whole file is unusable (e.g. malformed JSON) */
  fileError?: string;
  /** true when a .json file holds one article object rather than a list of records */
  single?: boolean;
  /** the column names (CSV header, or keys of the first JSON record), for messages about mapping */
  columns?: string[];
}
