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
