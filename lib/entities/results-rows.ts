// An athlete in a results line: "2. Merlene Ottey (Jamaica) 10.94", "1. Torrance Zellner (U.S.) 48.23 seconds". A name
// of two words or more (or one the corpus never writes in lower case), the competitor's country in brackets, then a
// time or a distance (a number with a decimal point or a colon) names a person. A club's line gives a score in whole numbers ("Auxerre (France) 2"), which this leaves
// to the team cues; a name ending in a body's head word is left alone too.
import type { Doc } from '../types.js';
import type { TypeEvidence } from './evidence.js';
import { headTypeOf } from './head-words.js';
import { type Ctx, type Unit, tokText } from './scan-context.js';

/** A time or a distance: digits with a decimal point or a colon ("10.94", "3:45.011", "8.50"). */
const MEASURE = /^\d+[.:]\d/;
/** How many words the bracketed country may have ("Czech Republic", "Trinidad and Tobago"). */
const COUNTRY_WORDS = 4;
/** A capital and lower-case letters only. */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A word written in title case (no acronym) that the corpus never writes in lower case. */
function familyNameWord(d: Doc, k: number, ctx: Ctx): boolean {
  return TITLE_CASE_WORD.test(tokText(d, k)) && !ctx.lowerUses.has(d.tokens[k].norm);
}

/**
 * The person's evidence of a name before a bracketed place and a time, else null. A name of one word
 * ("Samokhvalova (Russia) 3:45.011") counts when it reads as a family name (familyNameWord).
 */
export function athleteInResults(d: Doc, si: number, seg: readonly Unit[], ctx: Ctx): TypeEvidence | null {
  if (seg.length < 2 && !familyNameWord(d, seg[0].i, ctx)) return null;
  if (headTypeOf(d.tokens[seg[seg.length - 1].i].norm)) return null;
  const toks = d.tokens;
  const open = seg[seg.length - 1].i + 1;
  if (toks[open]?.norm !== '(' || toks[open].sentence !== si) return null;
  let close = open + 1;
  while (close < toks.length && close <= open + COUNTRY_WORDS && toks[close].norm !== ')') close++;
  const time = toks[close + 1];
  if (toks[close]?.norm !== ')' || close === open + 1 || !time || time.sentence !== si || time.kind !== 'number')
    return null;
  const place = d.text.slice(toks[open + 1].start, toks[close - 1].end);
  if (ctx.gaz.get(place)?.type !== 'place' || !MEASURE.test(tokText(d, close + 1))) return null;
  return { type: 'person', strength: 3, cue: 'an athlete in a results line' };
}
