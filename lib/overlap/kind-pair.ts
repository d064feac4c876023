// What the passage-kind rules (lib/overlap/kinds.ts and the modules it combines) read and write: one pair of
// articles with its passages, the corpus around it, and the kind each rule gives a passage.
import type { Doc, Paragraph } from '../types.js';
import type { FingerprintIndex } from './fingerprints.js';
import type { Citation, Passage, WordPassage } from './types.js';

/** The kind of a shared passage. */
export type SharedKind = 'reuse' | 'common-source' | 'stock';

/** One pair as the classifier sees it: its docs (indices into the index), its passages and their word ranges. */
export interface KindPair {
  ia: number;
  ib: number;
  passages: Passage[];
  words: readonly WordPassage[];
}

/** What the classifier reads besides the pairs. */
export interface KindContext {
  docs: readonly Doc[];
  index: FingerprintIndex;
  citesOf: ReadonlyMap<string, readonly Citation[]>;
  /** the paragraphs of doc i (Doc.paragraphs) */
  paras: (i: number) => readonly Paragraph[];
  /** whether a cited outlet is a news agency (the outlet table's `agency`) */
  isAgency?: (name: string) => boolean;
}

/** Why a passage is reuse when no rule of rules 0 and 1 read anything beside it (the later rules may still). */
export const NARRATION_BECAUSE =
  'copied or rewritten narration: no quote marks, attribution or common source beside it';

/** Set a passage's kind and the reason for it (in place). */
export function setKind(x: Passage, kind: SharedKind, because: string): void {
  x.kind = kind;
  x.kind_because = because;
}
