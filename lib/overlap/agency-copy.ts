// Wire copy credited to an agency by one side only. Two outlets that both ran one news agency's story share its words,
// and often only one of them names the agency ("according to Reuters", "told The Associated Press"); the other ran it
// with the credit in a byline the text does not keep. When the reusing article names a news agency outside the pair,
// and the two articles are of one news cycle, the shared text is likely that agency's copy: no credit is owed between
// the two outlets. An agency in the pair is the likelier source itself, so the rule stays out of such pairs.
//
// Wire copy with the agency named on neither side: two outlets, neither an agency, share narration, neither names the
// other, the dates do not tell which came first (equal, or one missing), and part of the shared text is printed by
// three or more outlets of the corpus. A third outlet printing the same words is what the text can show of a common
// source: outlets that all ran one agency's story, its credit in a byline the text does not keep. Then no copying
// between the two is claimed: the credit is `none-needed` and `credit_because` says what is and is not known. Without
// such a passage the pair stays uncredited: a same-day copy between two outlets looks no different on the page.
import { outletKey } from './outlets.js';
import type { Citation } from './types.js';

/** What the rule reads of a pair (DirectionContext has it all). */
export interface AgencyFacts {
  a: { outlet: string; date?: string | null };
  b: { outlet: string; date?: string | null };
  citesA: readonly Citation[];
  citesB: readonly Citation[];
  agencyA?: boolean;
  agencyB?: boolean;
  /** whether a cited outlet is a news agency (the outlet table's `agency`) */
  isAgency?: (name: string) => boolean;
}

/** Articles dated further apart than this many days are not one news cycle's agency copy. */
export const AGENCY_CYCLE_DAYS = 1;

/** Whole days between two ISO dates (their first ten characters), or Infinity when either does not parse. */
export function daysApart(x: string, y: string): number {
  const d = Math.abs(Date.parse(x.slice(0, 10)) - Date.parse(y.slice(0, 10))) / 86400000;
  return Number.isFinite(d) ? Math.round(d) : Infinity;
}

/** The first citation in `cites` of a news agency that is neither outlet of the pair, or undefined. */
function agencyCited(cites: readonly Citation[], f: AgencyFacts): Citation | undefined {
  const own = [outletKey(f.a.outlet), outletKey(f.b.outlet)];
  return cites.find((c) => c.kind === 'outlet' && !own.includes(outletKey(c.cited)) && f.isAgency!(c.cited));
}

/**
 * Why a pair's reuse is likely wire copy that both ran with the agency named on neither side, or null: neither article
 * is by an agency, the dates are equal or one is missing (the caller has found no credit either way), and `spread`,
 * how many of the shared passages three or more outlets of the corpus print, is at least one.
 */
export function unnamedWireCopy(what: string, f: AgencyFacts, spread: number): string | null {
  if (f.agencyA || f.agencyB || spread < 1) return null;
  const { a, b } = f;
  if (a.date && b.date && daysApart(a.date, b.date) !== 0) return null;
  const when = a.date && b.date ? `are dated the same day (${a.date.slice(0, 10)})` : 'are not both dated';
  const others = spread === 1 ? 'one of the shared passages is' : `${spread} of the shared passages are`;
  return (
    `${what}, but neither ${a.outlet} nor ${b.outlet} is a news agency, neither names the other, the articles ` +
    `${when}, and ${others} printed by three or more outlets of the corpus: the shared text is likely one ` +
    `agency's story that several outlets ran, its credit in a byline the text lacks, so no copying between the two ` +
    `is claimed`
  );
}

/**
 * Why a pair's reuse is likely one agency's copy that both ran, or null: the reusing article (either one when the
 * direction is unknown) names a news agency outside the pair, neither article is by an agency, and the dates (when
 * both are known) are at most AGENCY_CYCLE_DAYS apart. `what` is the reuse in words, said first.
 */
export function agencyCopy(what: string, dir: 'a→b' | 'b→a' | 'unknown', f: AgencyFacts): string | null {
  if (!f.isAgency || f.agencyA || f.agencyB) return null;
  const { a, b } = f;
  if (a.date && b.date && daysApart(a.date, b.date) > AGENCY_CYCLE_DAYS) return null;
  const byB = dir !== 'b→a' ? agencyCited(f.citesB, f) : undefined;
  const byA = dir !== 'a→b' && !byB ? agencyCited(f.citesA, f) : undefined;
  const c = byB ?? byA;
  if (!c) return null;
  const who = byB ? b.outlet : a.outlet;
  return (
    `${what}, but ${who} names ${c.cited}, a news agency outside the pair ("${c.text}"), and the articles are of one ` +
    `news cycle: the shared text is likely ${c.cited} wire copy, which both ran, so no credit is owed between the two`
  );
}
