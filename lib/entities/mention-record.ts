// The record of one mention (a named actor or place at an offset of one article) and the one place that makes it, so
// that every mention has the same fields in the same order.
import type { Span, Doc } from '../types.js';
import type { EntityType } from './types.js';
import type { AcronymDefinition } from './acronyms.js';
import { sharedParts } from './name-parts.js';

/** One mention of a named actor or place in one article. */
export interface Mention extends Span {
  /** text.slice(start, end) */
  text: string;
  type: EntityType;
  /** how sure the type is: 3 gazetteer, title, head word or acronym definition; 2 name shape (first name, particle, role cue); 1 a guess */
  strength: number;
  /** what decided the type, e.g. 'title: prime minister', 'head word: coalition', 'gazetteer', 'first name' */
  cue: string;
  /** sentence index in the Doc */
  sentence: number;
  /** normalised name words: lowercase, diacritics and brackets dropped, particles split off ("al-Shatri" -> ["al", "shatri"]) */
  parts: string[];
  /** the gazetteer's canonical name, when the mention is a gazetteer name */
  canonical?: string;
  /** the acronym, when the mention is a bare acronym ("INIS") or a long name it spells in part ("... of Americans and
   * Lawful Permanent Residents ( DAPA )"): either stands for the acronym's expansion */
  acronym?: string;
  /** the title or honorific written right before the name, lowercase ("president", "sen.", "mrs."): a bare surname
   * after a title is the person the corpus gives that title, whatever the cue that typed the mention */
  title?: string;
}

/** Where the scanners put what they find in one article: its mentions, in text order, and the acronym definitions
 * (one list for the corpus). */
export interface MentionSink {
  out: Mention[];
  defs: AcronymDefinition[];
  /** mentions of one word that only opens longer names, kept only if the article names it otherwise too */
  lone?: Mention[];
}

export function mk(
  d: Doc,
  sentence: number,
  start: number,
  end: number,
  type: EntityType,
  strength: number,
  cue: string,
  canonical?: string,
): Mention {
  const text = d.text.slice(start, end);
  // every mention has the same fields from the start (undefined ones are left out of JSON), so code reading them sees
  // one object shape
  return {
    doc: d.id,
    start,
    end,
    text,
    type,
    strength,
    cue,
    sentence,
    parts: sharedParts(text),
    canonical: canonical || undefined,
    acronym: undefined,
    title: undefined,
  };
}
