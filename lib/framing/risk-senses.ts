// "dangerous" of a route, of places, of situations people are put in or of an illness ("the dangerous journey north",
// "dangerous border towns", "one of the most dangerous regions in the world", "children placed in dangerous
// situations", "dangerous diseases", "dangerous amounts of the drug") states a physical risk, as a travel advisory or a
// health notice would; of people, ideas and acts ("a dangerous precedent", "dangerous rhetoric", "a dangerous power
// player"), of one political situation or place ("a dangerous situation for the port", "the world is a very dangerous
// place") and in a comparison ("a more dangerous region") it is a warning and stays loaded. On BABE none of the
// six marks before such a noun was a word the annotators chose, against 10 of the word's other 16 marks.
import type { Doc } from '../types.js';
import { wordAt } from '../text/word-at.js';

/** Nouns of a place, a route, a situation, an illness or an amount whose physical risk "dangerous" states. */
const AT_RISK: ReadonlySet<string> = new Set(
  (
    'journey journeys trek treks trip trips route routes crossing crossings passage voyage places region regions ' +
    'areas cities towns spots posts neighborhoods neighbourhoods terrain situations conditions disease diseases ' +
    'illness illnesses epidemic ' +
    'epidemics pandemic outbreak outbreaks infection infections virus viruses amount amounts levels dose doses'
  ).split(' '),
);

/**
 * "dangerous" right before such a noun or over one modifier ("dangerous border towns", "a dangerous measles
 * epidemic"), the noun not followed by "of" ("a dangerous virus of misinformation" is a metaphor).
 */
export function physicalRisk(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  if (d.tokens[i].norm !== 'dangerous') return false;
  // "a more dangerous region", "less dangerous": a comparison is a warning about where things are heading
  const prev = wordAt(d, i - 1, s);
  if (prev === 'more' || prev === 'less') return false;
  for (const k of [1, 2]) {
    const w = wordAt(d, i + k, s);
    if (w === undefined) return false;
    if (AT_RISK.has(w)) return wordAt(d, i + k + 1, s) !== 'of' || /^(?:amounts?|levels|doses?)$/.test(w);
  }
  return false;
}
