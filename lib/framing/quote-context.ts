// What the speaker finders around one quote share: the speaker found, and the doc's masked text with its lookups.
import type { Doc, Span } from '../types.js';
import type { Quote } from './types.js';

/**
 * A speaker found for a quote: the text naming it, where it starts, and how it was found; a speaker carried on from
 * another quote keeps that quote's span (`span`: its text may be a pronoun resolved to a name).
 */
export type Found = { text: string; start: number; via: Quote['via']; role?: string; span?: Span } | null;

/** The doc's text (honorific periods masked) and lookups the speaker finders share. */
export interface QuoteContext {
  doc: Doc;
  text: string;
  sentenceOf(pos: number): Doc['sentences'][number] | null;
}
