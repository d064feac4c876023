// Names whose acronym the article writes: "Deferred Action for Childhood Arrivals" (DACA), "Kids in Need of Defense"
// (KIND), "Al Qaeda in the Islamic Maghreb". The acronym of the whole, written in capitals in the article or in
// brackets after the phrase, lets "for", "in" or "on" join the words around it into one name, and types that name.
import type { Doc } from '../types.js';
import type { EntityType } from './types.js';
import { docAcronyms } from './doc-acronyms.js';
import { isPersonStart } from './person-words.js';
import type { Unit, Ctx } from './scan-context.js';
import { C } from './token-classes.js';
import { stopCap } from './stop-caps.js';

/**
 * "Deferred Action for Childhood Arrivals": "for" joins the capitalised words around it when the corpus writes, inside
 * a sentence, the acronym of the whole (the initials of the words before, from any of them, and of the capitalised
 * words after, with or without the "f"): the whole is one name whose short form the corpus uses ("DACA"), though its
 * head word is no organisation's. Not "of": "Nancy Pelosi of California" or "Central District of California" spell
 * some other body's acronym (POC, CDC) by chance, and a person's name before "for" never joins.
 */
export function acronymOfWhole(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  if (!ctx.acronymsSeen.size || !units[0].word || isPersonStart(d.tokens[units[0].i].norm)) return false;
  const cls = ctx.classes;
  const end = cls.end;
  let after = '';
  for (let q = j + 1; q < end && cls.at(q) === C.Cap && !stopCap(d, q, ctx); q++) after += d.tokens[q].norm[0];
  if (!after) return false;
  let before = '';
  for (let s = units.length - 1; s >= 0; s--) {
    if (!units[s].word) continue;
    before = d.tokens[units[s].i].norm[0] + before;
    if (before.length + after.length < 3) continue;
    if (ctx.acronymsSeen.has(before + after) || ctx.acronymsSeen.has(before + d.tokens[j].norm[0] + after)) return true;
  }
  return false;
}

/** Joiners inside a name that an acronym of it may leave out ("Kids in Need of Defense" is KIND). */
const ACRONYM_JOINERS: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'and', 'for']);

/**
 * "Kids in Need of Defense ( KIND )", "Al Qaeda in the Islamic Maghreb": a body named by a phrase, its preposition at
 * j. The capitalised words after it, with joiners between them, make with the run's words an acronym of four letters
 * or more (the preposition's letter in it or not) that the same article writes in capitals, or in brackets right after
 * the phrase ("( Kind )"). A short acronym or one the article lacks joins nothing ("Democrats in the House and Senate"
 * is no DHS). Returns the units from j to the phrase's last capitalised word, or null.
 */
export function acronymPhrase(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const cls = ctx.classes;
  const end = cls.end;
  const toks = d.tokens;
  if (!units[0].word || isPersonStart(toks[units[0].i].norm)) return null;
  const written = docAcronyms(d);
  let before = '';
  for (const u of units) if (u.word) before += toks[u.i].norm[0];
  const p = toks[j].norm[0];
  let after = '';
  let last = -1;
  for (let q = j + 1; q < end; q++) {
    if (cls.at(q) === C.Cap && !stopCap(d, q, ctx)) {
      after += toks[q].norm[0];
      if (spelledAcronym(d, q, before + after, written) || spelledAcronym(d, q, before + p + after, null)) last = q;
    } else if (!ACRONYM_JOINERS.has(toks[q].norm) || cls.at(q + 1) !== C.Cap) break;
  }
  if (last < 0 || programmeAfter(d, last)) return null;
  const add: Unit[] = [];
  for (let q = j; q <= last; q++) add.push({ i: q, word: true });
  return add;
}

/** Words after a name that make it a programme's or a rule's, no body's ("the Deferred Action on Youth Arrivals
 * ( DAYA ) program"). */
const PROGRAMME_WORDS: ReadonlySet<string> = new Set(['program', 'programme', 'policy', 'act', 'law', 'rule', 'plan']);

/** The word after the phrase ending at token q (after its acronym in brackets, if any) names a programme. */
function programmeAfter(d: Doc, q: number): boolean {
  const toks = d.tokens;
  const k = toks[q + 1]?.norm === '(' && toks[q + 3]?.norm === ')' ? q + 4 : q + 1;
  return PROGRAMME_WORDS.has(toks[k]?.norm ?? '');
}

/** The initials a of a phrase ending at token q are an acronym the article writes: in capitals anywhere in it
 * (`written`), or in brackets right after the phrase. Initials that take the preposition's letter ("Kids In Need of
 * Defense", KIND) count only in brackets (`written` null): "the Islamic State in Syria" is no ISIS. */
function spelledAcronym(d: Doc, q: number, a: string, written: ReadonlySet<string> | null): boolean {
  if (a.length < 4) return false;
  return !!written?.has(a) || (d.tokens[q + 1]?.norm === '(' && d.tokens[q + 2]?.norm === a);
}

/**
 * The type of a body named by a phrase with "in"/"on" inside whose acronym the article writes ("Kids in Need of
 * Defense", KIND): the type of the name before the preposition when a group's or a body's ("Al Qaeda in the Islamic
 * Maghreb" is Al Qaeda's branch), else an organisation's; null for other names.
 */
export function acronymPhraseType(d: Doc, seg: readonly Unit[], norms: readonly string[], ctx: Ctx): EntityType | null {
  if (seg.length < 3) return null;
  const k = norms.findIndex((w, q) => q > 0 && (w === 'in' || w === 'on'));
  if (k < 0) return null;
  let a = '';
  let b = '';
  for (let q = 0; q < norms.length; q++) {
    if (q === k) b += norms[q][0];
    else if (!ACRONYM_JOINERS.has(norms[q])) {
      a += norms[q][0];
      b += norms[q][0];
    }
  }
  const last = seg[seg.length - 1].i;
  const acronym = spelledAcronym(d, last, a, docAcronyms(d)) ? a : spelledAcronym(d, last, b, null) ? b : '';
  if (!acronym) return null;
  // the acronym's known type ("Deferred Action on Childhood Arrivals ( DACA )"), else the name's before "in"
  const known = ctx.gaz.get(acronym.toUpperCase())?.type;
  if (known === 'group' || known === 'org' || known === 'event') return known;
  const head = ctx.gazLower.get(norms.slice(0, k).join(' '))?.type;
  return head === 'group' || head === 'org' ? head : 'org';
}
