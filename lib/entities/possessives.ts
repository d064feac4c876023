// Possessives inside names: "People's Palace", "Workers' Party", "Kurdish People's Protection Units", "America's
// Voice", "Martha's Vineyard". A run continues over the 's when what owns is no actor of its own and what follows ends
// in a body's or a place's head, or the whole is a name the gazetteer knows; "Obama's National Security Council" is
// two names.
import type { Doc } from '../types.js';
import { isAcronymShape } from './acronyms.js';
import { ORG_HEADS, GROUP_HEADS, FIRST_NAMES, PLACE_HEADS, TITLES } from './gazetteer.js';
import { PROGRAM_OF } from './programs.js';
import { ordinaryWord } from './corpus-words.js';
import { bodyHead, LEGAL_FORMS } from './head-words.js';
import { type Unit, type Ctx, runText, tokText, capRunEnd } from './scan-context.js';
import { C, isCapLike } from './token-classes.js';
import { PARTICLE_WORD, CAP_PARTICLE_WORD } from './word-shapes.js';
import { stopCap } from './stop-caps.js';
import { commonNounName } from './common-noun-names.js';

/** Single quotes in the sentence before the one at j leave one open: the quote at j closes it ("called it ' Parents '
 * Fund day"; "the Sheriffs ' Association", spaced as pre-tokenised copy spaces it, is a possessive). An apostrophe
 * after a plural in -s is taken for a possessive, neither opening nor closing a quote. */
function quoteOpenBefore(d: Doc, j: number): boolean {
  const toks = d.tokens;
  const si = toks[j].sentence;
  let open = false;
  for (let k = j - 1; k > 0 && toks[k].sentence === si; k--) {
    const n = toks[k].norm;
    if ((n === "'" || n === '\u2018') && !toks[k - 1].norm.endsWith('s')) open = !open;
  }
  return open;
}

/** Irregular plurals of people, which own bodies' names ("Children's Defense Fund", "Women's Refugee Commission"). */
const PEOPLE_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'women', 'men']);

/** A plural in -s, not -ss or -us ("Congress", "Campus"). */
const S_PLURAL = /[^su]s$/;

/**
 * "Kurdish People ’ s Protection Units", "Toronto Bond Traders' Association", "Unaccompanied Children ’ s Program": the
 * run ends in a common plural (a word the corpus writes in lower case at least as often, no head word of a body of its
 * own), its possessive at j (spaced or not; a bare apostrophe glued to it, not a closing quote), then a run ending in
 * a body's, a place's or a programme's head. The plural's people are no actor here, the whole is one name. Not a
 * known name or a body's name before the possessive ("Human Services ' Office", "American Federation of Government
 * Employees ’ Council").
 */
export function pluralPossessorBody(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const cls = ctx.classes;
  const toks = d.tokens;
  if (cls.at(j + 1) !== C.Cap || (toks[j].norm === "'" && quoteOpenBefore(d, j))) return false;
  const last = units[units.length - 1];
  const p = toks[last.i].norm;
  if (!last.word || !(S_PLURAL.test(p) || PEOPLE_PLURALS.has(p)) || !ordinaryWord(p, ctx) || bodyHead(p)) return false;
  if (ctx.gaz.has(runText(d, units)) || ctx.gaz.has(tokText(d, last.i))) return false;
  // "American Federation of Government Employees ’ Council of Prison Locals": a body's own possessive
  for (const u of units) if (u.word && (ORG_HEADS.has(toks[u.i].norm) || GROUP_HEADS.has(toks[u.i].norm))) return false;
  const head = toks[capRunEnd(j + 1, cls)].norm;
  return bodyHead(head) || PROGRAM_OF.has(head);
}

/** The abbreviations and the word that open a saint's name ("St John", "St. Mary", "Saint Jude"). */
const SAINT_WORDS: ReadonlySet<string> = new Set(['st', 'st.', 'saint']);

/**
 * "St John 's College Oxford", "St. Mary's Hospital": a saint's name of two words (SAINT_WORDS, then one capitalised
 * word), its possessive at j (glued or spaced), then a run ending in an organisation's or a place's head (before its
 * seat): the saint owns no body, the whole is the body's name. A saint's day ("St. Patrick's Day") has no such head.
 */
export function saintPossessiveBody(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const toks = d.tokens;
  if (units.length !== 2 || !units[1].word || !SAINT_WORDS.has(toks[units[0].i].norm)) return false;
  if (toks[j].norm !== "'s" || ctx.classes.at(j + 1) !== C.Cap) return false;
  const head = toks[seatedHead(d, j + 1, capRunEnd(j + 1, ctx.classes), ctx)].norm;
  return PLACE_HEADS.has(head) || ORG_HEADS.has(head);
}

/**
 * The one-word run at i is no name of its own and its possessive at j (glued to it, or a title's spaced 's as
 * pre-tokenised copy writes it) comes before a run ending in a place's or an organisation's head ("People's Palace", "Workers'
 * Party", "King 's College London": a body's head then its seat).
 */
export function possessiveBody(d: Doc, j: number, i: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  const toks = d.tokens;
  // spaced, only a title's: "King 's College", "Sheriff ’ s Office" (copy that spaces every 's writes "Obama 's Cabinet")
  const spaced = toks[j].start !== toks[j - 1].end;
  if (cls.at(j + 1) !== C.Cap || (spaced && (toks[j].norm !== "'s" || !TITLES.has(toks[i].norm)))) return false;
  const w = tokText(d, i);
  if (ctx.gaz.has(w) || FIRST_NAMES.has(toks[i].norm) || PARTICLE_WORD.test(w) || CAP_PARTICLE_WORD.test(w))
    return false;
  if (isAcronymShape(w)) return false;
  const head = toks[seatedHead(d, j + 1, capRunEnd(j + 1, cls), ctx)].norm;
  // a word the corpus never writes in lower case names someone or somewhere that owns the body ("Rangoon's Insein
  // Prison", "Obama's National Security Council"), unless a firm's legal form ends it ("Boatmen's Bancshares Inc.")
  if (!ctx.lowerUses.has(toks[i].norm) && !LEGAL_FORMS.has(head)) return false;
  return PLACE_HEADS.has(head) || ORG_HEADS.has(head);
}

/** The head of the run [from, e]: its last word, or the organisation's head before a last word that is a place the
 * gazetteer knows, the body's seat ("College London", "University Dublin"). */
function seatedHead(d: Doc, from: number, e: number, ctx: Ctx): number {
  if (e <= from || !ORG_HEADS.has(d.tokens[e - 1].norm)) return e;
  return ctx.gaz.get(tokText(d, e))?.type === 'place' ? e - 1 : e;
}

/**
 * "America's Voice", "Scotland's Future": a one-word possessor that is a known place (a person's "Trump's Wall" is
 * his wall; a place names no possession this way), its 's at j, then one capitalised word that the corpus writes in lower case too (an ordinary word written as
 * a name's word mid-sentence) and no capitalised word after it. Not an organisation's or group's head word: "Iran's
 * Parliament" is Iran's body, not one name; not a people or a name ("Iraq's Kurds", "Syria's Assad").
 */
export function possessiveName(d: Doc, i: number, j: number, ctx: Ctx): boolean {
  const cls = ctx.classes;
  const end = cls.end;
  const k = j + 1;
  if (k >= end || cls.at(k) !== C.Cap || stopCap(d, k, ctx) || isCapLike(cls.at(k + 1))) return false;
  if (ctx.gaz.get(tokText(d, i))?.type !== 'place' || ordinaryWord(d.tokens[i].norm, ctx)) return false;
  const y = d.tokens[k].norm;
  if (ORG_HEADS.has(y) || GROUP_HEADS.has(y)) return false;
  return ordinaryWord(y, ctx) && commonNounName(d, k, false, ctx);
}

/**
 * "Martha ’ s Vineyard", "Martha 's Vineyard": a possessive (one token) then a capitalised word, which with the run
 * make a name the gazetteer knows; the units, or null.
 */
export function knownPossessiveName(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  if (d.tokens[j].norm !== "'s" || j + 1 >= end || cls.at(j + 1) !== C.Cap) return null;
  const name = d.text.slice(d.tokens[units[0].i].start, d.tokens[j + 1].end);
  return ctx.gaz.has(name) ? [{ i: j, word: false }] : null;
}
