// Small fixtures for the unit tests: articles written for these tests, analysed the way the library does.
import { analyse } from '../../lib/text/analyse.js';
import type { Doc } from '../../lib/types.js';

/** An analysed doc from plain text (paragraphs at blank lines). */
export function doc(id: string, outlet: string, text: string, date: string | null = null): Doc {
  return analyse({ id, outlet, date, text, paragraphs: [] });
}

/** A 24-word passage that two outlets can share. */
export const SHARED =
  'The harbour authority confirmed on Tuesday that the northern pier will close for repairs until the end of the spring fishing season next year';
