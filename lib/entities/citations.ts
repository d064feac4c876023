// Citations of bills and code sections: "S.B. 1070", "H.R . 15", "SB 4", "8 U.S.C . 1182", "18 USC 1231". A short
// initialism before a bill's or a section's number names a document, not the body its letters might stand for: the
// citation is one mention, initialism and number (and the title number before a code), typed as laws are ('event').
import type { Doc } from '../types.js';
import type { GazetteerEntry } from './gazetteer.js';

/** Capitals each followed by a period, the last one possibly spaced off ("S.B.", "U.S.C .", "H.R ."), or two capitals
 * whose second is a bill's, a resolution's or a file's letter ("SB", "HR", "SF"; three or more capitals before a number
 * are a word in capitals: "FEB 23", "CAT 4"; other pairs are a body's or a place's: "MI 5 and 6", "UK 2"). */
const DOTTED = /^(?:\p{Lu}\.)+\p{Lu}(?:\.| \.)$/u;
const CAPS = /^\p{Lu}[BRF]$/u;
/** A bill's or a section's number: no leading zero, no year ("CBO 2007", "GOP 2012" are a report's year). */
const CITED_NUMBER = /^[1-9]\d{0,4}$/;
/** A code's initialism in capitals after its title number ("18 USC 1231"). */
const CODE = /^\p{Lu}{2,4}$/u;
const YEAR = /^(?:19|20)\d\d$/;
const NOT_LETTER = /[^\p{L}]/gu;
/** A code's title number before its initialism ("8 U.S.C."). */
const TITLE_NUMBER = /^[1-9]\d?$/;
/** Marks after a number that make it a score, a date or a time ("LG 2-1", "DOB 12/12", "TC 00:01"). */
const NUMBER_JOINERS: ReadonlySet<string> = new Set(['-', '/', ':', '\u2013']);

/**
 * The citation at token i, an initialism: its first and last token (the title number before it when there is one,
 * the number after it) and the name every spelling of it shares, or null. A known place or body alone before a number
 * is no citation ("the U.S. 14 years ago", "the CBO 2007 report"), unless a title number stands before it ("18 USC
 * 1231"); in a table line an initialism before a number is a side and its score ("LG 2 OB 0", "Heriot's F.P. 5").
 */
export function citationAt(
  d: Doc,
  i: number,
  gaz: ReadonlyMap<string, GazetteerEntry>,
  table: boolean,
): { first: number; last: number; name: string } | null {
  const toks = d.tokens;
  const t = toks[i];
  const spelled = spelledBill(d, i);
  if (spelled) return spelled;
  const n = toks[i + 1];
  if (t.kind !== 'word' || !n || n.kind !== 'number' || n.sentence !== t.sentence) return null;
  if (!CITED_NUMBER.test(n.norm) || YEAR.test(n.norm) || NUMBER_JOINERS.has(toks[i + 2]?.norm ?? '')) return null;
  const text = d.text.slice(t.start, t.end);
  const dotted = DOTTED.test(text);
  const p = toks[i - 1];
  const titled = !!p && p.kind === 'number' && p.sentence === t.sentence && TITLE_NUMBER.test(p.norm);
  if (!dotted && !CAPS.test(text) && !(titled && CODE.test(text))) return null;
  if (table || (!titled && gaz.has(text))) return null;
  // one name for every spelling: "S.B. 1070", "S.B . 1070" and "SB 1070" are "SB 1070"
  const name = (titled ? p.norm + ' ' : '') + text.replace(NOT_LETTER, '') + ' ' + n.norm;
  return { first: titled ? i - 1 : i, last: i + 1, name };
}

/** Chambers whose bills are cited by the chamber's initial and "B" ("Senate Bill 1070" is "SB 1070"). */
const CHAMBER_INITIAL: ReadonlyMap<string, string> = new Map([
  ['Senate', 'S'],
  ['House', 'H'],
  ['Assembly', 'A'],
]);

/** "Senate Bill 1070", "Assembly Bill 4": a chamber, "Bill" and its number are the citation "SB 1070", "AB 4", so the
 * spelled form and the initialism merge. */
function spelledBill(d: Doc, i: number): { first: number; last: number; name: string } | null {
  const toks = d.tokens;
  const chamber = CHAMBER_INITIAL.get(d.text.slice(toks[i].start, toks[i].end));
  const bill = toks[i + 1];
  const n = toks[i + 2];
  if (!chamber || !bill || !n || n.sentence !== toks[i].sentence || n.kind !== 'number') return null;
  if (d.text.slice(bill.start, bill.end) !== 'Bill' || !CITED_NUMBER.test(n.norm) || YEAR.test(n.norm)) return null;
  if (NUMBER_JOINERS.has(toks[i + 3]?.norm ?? '')) return null;
  return { first: i, last: i + 2, name: chamber + 'B ' + n.norm };
}
