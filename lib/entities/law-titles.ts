// The words inside a law's or a holiday's name that would otherwise end a run: of/for/on before the rest of a law's
// title ("Defense of Marriage Act"), a possessive before one ("Kate's Law", "Hong Kong People's Freedom and Choice
// Act") or before "Day" and "Eve" ("Father's Day", "New Year's Eve").
import type { Doc } from '../types.js';
import { TITLES } from './gazetteer.js';
import { closesLawTitle } from './laws.js';
import { ordinaryWord } from './corpus-words.js';
import { countAfter } from './counts.js';
import { isPersonWord } from './person-words.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';
import { C, isCapLike } from './token-classes.js';
import { CAPITALISED_WORD } from './word-shapes.js';

/** Last words of a law's name: "and" inside it joins ("Immigration and Nationality Act"). Not "bill" (a given name:
 * "Cuomo and New York City Mayor Bill de Blasio"), and not every event head: "Iraq
 * and Afghanistan War" names two wars. */
export const LAW_HEADS: ReadonlySet<string> = new Set(['act', 'law', 'treaty', 'accord', 'accords', 'amendment']);

/** Words that may stand between the capitalised words of a law's title ("Freedom and Choice Act"). */
const TITLE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for', 'the', '&']);

/**
 * "Hong Kong People's Freedom and Choice Act": a run ending in an ordinary word of the corpus ("People", "Children",
 * "Workers"), its possessive at j, then a title of capitalised words ending in a law's head within a few words: the
 * possessive is inside the law's name, which the run continues. Not after a name ("Obama's Affordable Care Act").
 */
export function possessiveLaw(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  if (d.tokens[j].norm !== "'s") return null;
  const k = units[units.length - 1].i;
  const last = d.tokens[k].norm;
  if (!CAPITALISED_WORD.test(tokText(d, k)) || !ordinaryWord(last, ctx) || isPersonWord(last) || ctx.gazLower.has(last))
    return null;
  for (let e = j + 1; e < end && e <= j + 8; e++) {
    if (cls.at(e) === C.Cap) {
      if (LAW_HEADS.has(d.tokens[e].norm)) return [{ i: j, word: false }];
    } else if (!TITLE_JOINERS.has(d.tokens[e].norm) || e === j + 1) return null;
  }
  return null;
}

/**
 * The joiner at j is inside a law's or a holiday's name: of/for/on before the rest of a law's title ("Defense of
 * Marriage Act", "Freedom of Information Act"), a possessive before "Day" or "Eve" ("Father's Day", "Presidents' Day").
 */
export function namedTitleJoiner(d: Doc, j: number, ctx: Ctx): boolean {
  const n = d.tokens[j].norm;
  if (n === 'of' || n === 'for' || n === 'on') return lawTitleAhead(d, j, ctx);
  return (n === "'s" || n === "'") && possessiveHoliday(d, j, ctx);
}

/**
 * The words after the joiner at j are a law's title up to its head within eight words: capitalised words, with
 * and/of/for/the between them, and at least one before the head ("Rule of Law" is no law's title).
 */
function lawTitleAhead(d: Doc, j: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  const end = cls.end;
  for (let e = j + 1; e < end && e <= j + 8; e++) {
    const norm = d.tokens[e].norm;
    if (cls.at(e) === C.Cap) {
      if (TITLES.has(norm)) return false;
      if (closesLawTitle(norm)) return e > j + 1 && cls.at(e + 1) !== C.Cap;
    } else if (!TITLE_JOINERS.has(norm) || e === j + 1) return false;
  }
  return false;
}

/** After the possessive at j, "Law" or "Act" alone closes a law named for someone ("Kate's Law"), not "Obama's Law
 * Enforcement" (a capitalised word goes on). */
export function lawAfterPossessive(d: Doc, j: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  const end = cls.end;
  const k = j + 1;
  if (k >= end || cls.at(k) !== C.Cap || (d.tokens[k].norm !== 'law' && d.tokens[k].norm !== 'act')) return false;
  return k + 1 >= end || !isCapLike(cls.at(k + 1));
}

/** After the possessive at j, "Day" or "Eve" closes a holiday's name, not followed by a count ("Day One", "Day 1"). */
function possessiveHoliday(d: Doc, j: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  const k = j + 1;
  if (k >= end || cls.at(k) !== C.Cap || (toks[k].norm !== 'day' && toks[k].norm !== 'eve')) return false;
  return !countAfter(d, k);
}

/** The run is a holiday with a possessive inside ("President's Day", "New Year's Eve"). */
export function possessiveHolidayRun(d: Doc, units: readonly Unit[], words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (last !== 'day' && last !== 'eve') return false;
  return units.some((u) => !u.word && (d.tokens[u.i].norm === "'s" || d.tokens[u.i].norm === "'"));
}
