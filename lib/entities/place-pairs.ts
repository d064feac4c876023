// Two places joined by a hyphen inside a run of name words: "the United States-Mexico border", "the U.S-Mexico
// border" (the tokenizer splits "U.S-Mexico" at its dot). hyphen-compounds.ts `placePair` reads the pair written as one
// token ("US-Mexico"); here the run has several tokens and title case alone would type the whole a person. A border or
// a relation between two places is no one entity: each half is a mention of its place.
import type { GazetteerEntry } from './gazetteer.js';

/** One hyphen between two letters: the pair's join ("States-Mexico", "S-Mexico"). */
const JOIN = /(?<=[\p{L}.])[-\u2010\u2011](?=\p{Lu})/gu;

/** A half of a pair: the gazetteer's place, sure or from a data package ("Texas", a big city). Peoples are left out:
 * "Mexican-American", "African-American" name one people of origin, not two. */
function half(gaz: ReadonlyMap<string, GazetteerEntry>, s: string): GazetteerEntry | undefined {
  // "U.S": a dotted abbreviation whose last dot the hyphen took
  const g = gaz.get(s) ?? (/\.\p{Lu}$/u.test(s) ? gaz.get(s + '.') : undefined);
  return g?.type === 'place' ? g : undefined;
}

/** The two halves of a pair of places, with the offset of the second in `text`. */
export interface PlacePair {
  left: GazetteerEntry;
  leftEnd: number;
  right: GazetteerEntry;
  rightStart: number;
}

/**
 * The two places of `text` (a run of several tokens) when it is exactly one gazetteer place, a hyphen and
 * another ("United States-Mexico"); null for a name the gazetteer knows whole ("Guinea-Bissau"), a longer name
 * ("United States-Mexico-Canada Agreement", "US-Mexico Border Commission": one half is then no gazetteer name) or a
 * person's double name ("Sheila Jackson-Lee": "Sheila Jackson" is no place).
 */
export function placePairIn(gaz: ReadonlyMap<string, GazetteerEntry>, text: string): PlacePair | null {
  if (gaz.has(text)) return null;
  const joins = [...text.matchAll(JOIN)];
  if (joins.length !== 1) return null;
  const at = joins[0].index;
  const left = half(gaz, text.slice(0, at));
  const right = left && half(gaz, text.slice(at + 1));
  return left && right ? { left, leftEnd: at, right, rightStart: at + 1 } : null;
}
