// The type a name's spelling alone gives, read before any other cue: a gazetteer name (or its town's team, or a
// fixture's venue), a dateline, names joined by "&", an acronym, an unknown word in capitals; and the spellings that
// are no name at all (a plain word in capitals, "Day One", a form's label, "the Act" with no determiner).
import type { Doc } from '../types.js';
import { isCommonAbbreviation, isAcronymShape } from './acronyms.js';
import { isDateline } from './datelines.js';
import { orgContext } from './org-cues.js';
import { fixtureVenue, teamCue, transferCue } from './teams.js';
import { type TypeEvidence, honorificBefore } from './evidence.js';
import type { GazetteerEntry } from './gazetteer.js';
import { HAS_UPPER } from '../util/letters.js';
import { loneLawHead } from './laws.js';
import { countAfter } from './counts.js';
import { PERSONAL_PRONOUNS, DETERMINERS } from './function-words.js';
import type { Unit, Ctx } from './scan-context.js';
import { ALL_CAPS_WORD } from './word-shapes.js';
import { isCommonCaps, emphasisCaps, functionWordInCapitals } from './emphasis-capitals.js';
import { acronymKind } from './acronym-kinds.js';
import { branchName } from './branch-names.js';
import { athleteInResults } from './results-rows.js';

const HYPHENED_CAPS = /^\p{Lu}{2,5}-\p{Lu}{2,5}$/u;

/** The token before k, one space before it, is a hyphened word ending in a capitalised part ("pre-Labor"). */
function hyphenNameBefore(d: Doc, k: number): boolean {
  const p = d.tokens[k - 1];
  if (!p || p.kind !== 'word' || p.end + 1 !== d.tokens[k].start) return false;
  const h = d.text.lastIndexOf('-', p.end - 1);
  return h > p.start && h + 1 < p.end && HAS_UPPER.test(d.text[h + 1]);
}

/**
 * The type a name's spelling alone gives: a gazetteer name (or its town's team in a results line), names joined by
 * "&", an acronym, an unknown word in capitals; 'skip' for an ordinary word in capitals; null to look further.
 */
export function surfaceType(
  d: Doc,
  si: number,
  seg: readonly Unit[],
  text: string,
  norms: readonly string[],
  ctx: Ctx,
): (TypeEvidence & { canonical?: string }) | 'skip' | null {
  const upper = text === text.toUpperCase();
  // gazetteer, exact (or a capitalised-word form of an all-caps dateline: "ERBIL")
  const g =
    ctx.gaz.get(text) ??
    (upper && seg.length === 1 && text.length >= 4 ? ctx.gazLower.get(text.toLowerCase()) : undefined);
  if (upper && isDateline(d, si, seg[0].i, seg[seg.length - 1].i, ctx.gaz)) {
    return { type: 'place', strength: 3, cue: 'dateline', canonical: g?.type === 'place' ? g.canonical : undefined };
  }
  if (g && seg.length === 1 && functionWordInCapitals(d, seg[0].i, ctx)) return 'skip';
  if (g) {
    // "Mr. Carson drew applause": a town's name after an honorific is a person's family name, never its team
    const honorific = g.type === 'place' && (g.strength ?? 3) < 3 ? honorificBefore(d, seg[0].i) : undefined;
    if (honorific) return { type: 'person', strength: 3, cue: 'honorific: ' + honorific };
    const team = isTeam(d, si, seg, g, ctx);
    if (team) return { type: 'org', strength: 3, cue: team };
    if (g.type === 'place' && fixtureVenue(d, si, seg[0].i, seg[seg.length - 1].i))
      return { type: 'place', strength: 3, cue: 'venue of a fixture', canonical: g.canonical };
    return { type: g.type, strength: g.strength ?? 3, cue: 'gazetteer', canonical: g.canonical };
  }
  for (const u of seg) if (d.tokens[u.i].norm === '&') return { type: 'org', strength: 3, cue: 'names joined by &' };
  const athlete = athleteInResults(d, si, seg, ctx);
  if (athlete || seg.length !== 1) return athlete ?? branchName(d, seg, norms, ctx);
  if (isCommonCaps(text, norms[0], ctx) || isCommonAbbreviation(text)) return 'skip';
  if (upper ? emphasisCaps(d, seg[0].i, ctx) : PERSONAL_PRONOUNS.has(norms[0])) return 'skip';
  if (!upper && loneLawHead(norms[0])) return lawAlone(d, seg[0].i);
  // "on Day One", "from Day 1": a day counted from a start, no name; "pre-Labor Day": the tail of a hyphened word's name
  if (norms[0] === 'day' && (countAfter(d, seg[0].i) || hyphenNameBefore(d, seg[0].i))) return 'skip';
  // "CUSIP: 072261", "DELIVERY: 45 days": a capitals label before a colon and a number heads a form's field, it names
  // nothing ("CNN: ..." and a transcript's "CRUZ: ..." before words are left alone)
  if (isAcronymShape(text) && formLabel(d, seg[0].i, si)) return 'skip';
  if (isAcronymShape(text)) return acronymKind(d, seg[0].i, text, ctx.lowerDefined) ?? ACRONYM;
  // "AFL-CIO", "ASEAN-EU": two acronyms joined by a hyphen name one body (a person's name is not written so)
  if (HYPHENED_CAPS.test(text)) return ACRONYM;
  // an unknown all-caps word (a name in capitals: "POLITICO"): no evidence of its type
  if (upper && text.length >= 4 && ALL_CAPS_WORD.test(text)) return { type: 'unknown', strength: 1, cue: 'capitals' };
  return null;
}

/** An acronym's shape alone: an organisation, weakly. */
const ACRONYM: TypeEvidence = { type: 'org', strength: 1, cue: 'acronym' };

/** "the Act", "this Treaty": a law named in full elsewhere, typed as laws are; with no determiner before it the
 * capitalised head is a verb or a word in a title or a tweet ("Obama Will Act", "Act on a Dream"): no name. */
function lawAlone(d: Doc, i: number): TypeEvidence | 'skip' {
  const prev = d.tokens[i - 1];
  if (!prev || prev.sentence !== d.tokens[i].sentence || !DETERMINERS.has(prev.norm)) return 'skip';
  return { type: 'event', strength: 3, cue: 'law: ' + d.tokens[i].norm };
}

/** The token at k is followed by a colon and a number in its sentence ("AMT: 1,200,000"). */
function formLabel(d: Doc, k: number, si: number): boolean {
  const colon = d.tokens[k + 1];
  const value = d.tokens[k + 2];
  return colon?.norm === ':' && value !== undefined && value.sentence === si && value.kind === 'number';
}

/** "Luton 1 Rotherham 0": a town or region (not a country) that scores in a results line is its team. */
function isTeam(d: Doc, si: number, seg: readonly Unit[], g: GazetteerEntry, ctx: Ctx): string | null {
  if (g.type !== 'place' || (g.strength ?? 3) >= 3) return null;
  const first = seg[0].i;
  const last = seg[seg.length - 1].i;
  return (
    teamCue(d, si, first, last, ctx.table, true, ctx.docTable) ??
    orgContext(d, si, first, last, true) ??
    (ctx.sport ? transferCue(d, si, first) : null)
  );
}
