// Pure: the row of the loaded-terms table a lexicon hit counts in, shared by the table (loaded.ts) and the findings
// that read the hits behind it (lib/report), so both count the same word.

import { headLemma } from './groups.js';

/** A term whose wildcard is a word of its own joined by a hyphen: "anti-*", "*-backed". */
const HYPHEN_WILDCARD = /-\*|\*-/;

/**
 * The row a hit of `term` written as `text` counts in: the term; for a hyphen wildcard, the term and the word matched,
 * plural folded: "anti-war" and "anti-iran" are two words, while "terroris*" keeps terrorism and terrorists together
 * as one family. Without the text (a caller that has only the term), the term.
 */
export function loadedRowKey(term: string, text?: string): string {
  if (!text || !HYPHEN_WILDCARD.test(term)) return term;
  return term + '\u0000' + headLemma(text.toLowerCase().replace(/[’]/g, "'"));
}
