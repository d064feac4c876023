// Numbered roads: "Interstate 95", "Highway 47", "Route 98". A road word before a number names a place (the road), not
// the word alone: "Highway" was an unknown entity and "Route" a surname's spelling.
import type { Doc } from '../types.js';

/** Capitalised words that number a road. */
const ROAD_WORDS: ReadonlySet<string> = new Set([
  'Interstate',
  'Interstates',
  'Highway',
  'Highways',
  'Route',
  'Routes',
]);
/** A road's number: no leading zero, up to four digits. */
const ROAD_NUMBER = /^[1-9]\d{0,3}$/;
/** Marks after a number that make it a score, a range, a date or a time. */
const NUMBER_JOINERS: ReadonlySet<string> = new Set(['-', '/', ':', '\u2013', '.']);

/** Token k is a road's number in the sentence of token i. */
function roadNumber(d: Doc, k: number, i: number): boolean {
  const t = d.tokens[k];
  if (!t || t.kind !== 'number' || t.sentence !== d.tokens[i].sentence || !ROAD_NUMBER.test(t.norm)) return false;
  const next = d.tokens[k + 1];
  return !next || next.start > t.end || !NUMBER_JOINERS.has(next.norm);
}

/**
 * The numbered road at token i, a road word: its first and last token, or null. "Interstates 80 and 90": the plural's
 * second number is a road of its own (`also`, its token, or -1).
 */
export function roadAt(d: Doc, i: number): { first: number; last: number; also: number } | null {
  const t = d.tokens[i];
  if (t.kind !== 'word' || !ROAD_WORDS.has(d.text.slice(t.start, t.end)) || !roadNumber(d, i + 1, i)) return null;
  const plural = t.norm.endsWith('s');
  const also = plural && d.tokens[i + 2]?.norm === 'and' && roadNumber(d, i + 3, i) ? i + 3 : -1;
  return { first: i, last: i + 1, also };
}

/** Street words after an ordinal in digits that make a numbered street ("9th Avenue", "8th Street"). */
const STREET_WORDS: ReadonlySet<string> = new Set(['Street', 'Avenue', 'Boulevard']);
/** An ordinal in digits ("9th", "21st"). */
const ORDINAL_DIGITS = /^\d{1,3}(?:st|nd|rd|th)$/;

/**
 * The numbered street at token i, an ordinal in digits before a street word ("the View from 9th Avenue", "on 8th
 * Street"): its last token, or -1. The street word alone is no name ("Avenue" was a place of its own); a street word
 * followed by another capitalised word ("8th Street Bridge") is left to the run it opens.
 */
export function numberedStreetAt(d: Doc, i: number): number {
  const t = d.tokens[i];
  const w = d.tokens[i + 1];
  if (t.kind !== 'number' || !ORDINAL_DIGITS.test(t.norm) || !w || w.sentence !== t.sentence) return -1;
  if (w.start !== t.end + 1 || !STREET_WORDS.has(d.text.slice(w.start, w.end))) return -1;
  const next = d.tokens[i + 2];
  const capitalAfter =
    next && next.sentence === t.sentence && next.kind === 'word' && /^\p{Lu}/u.test(d.text[next.start]);
  return capitalAfter ? -1 : i + 1;
}
