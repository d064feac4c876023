// What the corpus's own use says of a word: an ordinary word (written in lower case at least as often as capitalised
// inside sentences), a plain word (far more often), a town named like such a word ("Sale", "Most"). Capitals at a
// sentence start or in a house style say nothing; these counts do.
import type { GazetteerEntry } from './gazetteer.js';
import type { Ctx } from './scan-context.js';

/** A three-letter word in capitals ("NOT", "BIG") that the corpus plainly uses as a word: in lower case ten times or
 * more and three times as often as capitalised inside sentences (not "ICE", not "INS" beside "the ins and outs"). */
export function commonTriple(norm: string, ctx: Ctx): boolean {
  const lower = ctx.lowerUses.get(norm) ?? 0;
  return lower >= 10 && lower >= 3 * (ctx.capMidUses.get(norm) ?? 0);
}

/** A known place whose name is also a word the corpus writes in lower case ("Most", "Sale", "Union"): a place only
 * where nothing else explains the capital. */
export function commonWordPlace(g: GazetteerEntry | undefined, norm: string, ctx: Ctx): boolean {
  return g !== undefined && g.type === 'place' && (g.strength ?? 3) < 3 && ctx.lowerUses.has(norm);
}

/**
 * Whether a capitalised word opening a sentence is an ordinary word: the corpus writes it in lower case at least as
 * often as it capitalises it inside sentences ("Without", "Meanwhile"), not a name it also uses as a word now and then
 * ("Trump" beside "the trump card", "Rice" beside "rice exports").
 */
export function ordinaryWord(norm: string, ctx: Ctx): boolean {
  const lower = ctx.lowerUses.get(norm) ?? 0;
  return lower > 0 && lower >= (ctx.capMidUses.get(norm) ?? 0);
}

/** The corpus writes the word in lower case ten times or more, and three times as often as it capitalises it inside
 * sentences. */
export function plainWord(norm: string, ctx: Ctx): boolean {
  const lower = ctx.lowerUses.get(norm) ?? 0;
  return lower >= 10 && lower >= 3 * (ctx.capMidUses.get(norm) ?? 0);
}

/** Endings of an English verb or plural ("blocks", "praises", "signed", "authorizes"), each with what restores the
 * stem. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'],
  ['es', 'e'],
  ['es', ''],
  ['s', ''],
  ['ed', 'e'],
  ['ed', ''],
  ['ing', 'e'],
  ['ing', ''],
];

/**
 * The word or its stem is an ordinary word of the corpus: "Blocks" where the corpus writes "block" in lower case,
 * "Authorizes" beside "authorize". A small corpus may never write a headline's verb in the form the headline uses.
 */
export function ordinaryOrInflected(norm: string, ctx: Ctx): boolean {
  if (ordinaryWord(norm, ctx)) return true;
  for (const [end, back] of INFLECTIONS) {
    if (norm.length < end.length + 3 || !norm.endsWith(end)) continue;
    if (ordinaryWord(norm.slice(0, -end.length) + back, ctx)) return true;
  }
  return false;
}
