// An organisation's head word that is a common noun, capitalised out of respect or house style: "the Obama
// Administration" (the corpus writes "the Obama administration" far more often), "Under my Administration". The
// noun names no body of its own: after a name the name stands alone, after a possessive or a quantifier nothing is
// named. "Social Security Administration", "the Clinton Foundation", "the Iraqi Parliament" and "the Administration"
// are left as they are.
import type { Doc } from '../types.js';
import { headTypeOf } from './head-words.js';
import { ordinaryWord, plainWord } from './corpus-words.js';
import { lowerAfterName } from './capital-pairs.js';
import type { Ctx, Unit } from './scan-context.js';
import { OFFICE_INITIALS } from './title-words.js';

/** Possessive determiners and quantifiers before a noun: "my Administration", "any Administration". */
const DETERMINERS: ReadonlySet<string> = new Set('my your his her our their its any every each no whose'.split(' '));

/** A word that names on its own: no word of a people ("the Iraqi Parliament", "the American Embassy" stay bodies)
 * and no ordinary word ("Time Magazine"). */
function nameWord(norm: string, ctx: Ctx): boolean {
  return ctx.gazLower.get(norm)?.type !== 'demonym' && !ordinaryWord(norm, ctx);
}

/**
 * How many of the segment's units name something (a count from its start): 1 for a name and a head word the corpus
 * writes after that name in lower case ("Obama Administration"); 0 for a lone head word the corpus writes plainly in
 * lower case, after a possessive or a quantifier written in lower case ("my Administration"), and for an office's
 * initials alone after any word in lower case ("his AG"); else all of them.
 */
export function namedUnits(d: Doc, seg: readonly Unit[], norms: readonly string[], ctx: Ctx): number {
  const n = seg.length;
  if (
    n === 2 &&
    headTypeOf(norms[1]) === 'org' &&
    lowerAfterName(ctx.pairs, norms[0], norms[1]) &&
    nameWord(norms[0], ctx)
  )
    return 1;
  if (n !== 1 || headTypeOf(norms[0]) !== 'org') return n;
  const prev = d.tokens[seg[0].i - 1];
  if (!prev || prev.sentence !== d.tokens[seg[0].i].sentence || d.text.charCodeAt(prev.start) < 97) return n;
  // "his AG", "when he was AG": an office's initials alone after a word in lower case are the office, no company
  if (OFFICE_INITIALS.has(norms[0])) return 0;
  return DETERMINERS.has(prev.norm) && plainWord(norms[0], ctx) ? 0 : n;
}
