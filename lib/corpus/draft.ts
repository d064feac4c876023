// What one input becomes before cleaning (a draft: its raw text, the fields it gives, how it was decoded), and what
// reading one file gives: its drafts and its skips.
import type { Removal, Skip } from '../types.js';
import type { RecordFields } from './types.js';

export interface Draft {
  file: string;
  record?: number;
  raw: string;
  /** fields given by the input itself (record fields, HTML meta): FieldSource 'record' */
  given: RecordFields;
  stem: string;
  encoding: string;
  encodingGuessed: boolean;
  preRemoved: Removal[];
  warnings: string[];
  /** the column names of a file of records (for the missing-outlet message) */
  columns?: string[];
}

export interface FileResult {
  drafts: Draft[];
  skips: Skip[];
}

export type SkipFn = (reason: string, record?: number) => void;

/** What every draft of one file shares. */
export type DraftBase = Pick<Draft, 'file' | 'stem' | 'encoding' | 'encodingGuessed'>;
