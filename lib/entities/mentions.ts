// Entity mentions in news text: the pass that runs the scanners in order. Once per corpus, its case statistics
// (corpus-case.ts). Per body sentence: a wire sign-off's desk, a town's state, a numbered road, a law's citation, names
// glued by a hyphen (hyphen-compounds.ts), then runs of name words (name-runs.ts) cut at titles (title-split.ts), each
// segment typed (segment-type.ts), and acronyms defined in brackets (acronym-definitions.ts). Then headline-case lines
// against the names the bodies gave (headlines.ts), the sides of sports reports, surnames read as places, and a
// state's forces named in lower case (state-forces.ts).
import { dropPrefixFragments } from './prefix-fragments.js';
import type { Doc } from '../types.js';
import type { AcronymDefinition } from './acronyms.js';
import { numberedStreetAt, roadAt } from './roads.js';
import { townState } from './tags.js';
import { isHandle } from './web-debris.js';
import { deskSignoff } from './signoffs.js';
import { surnamesOverPlaces } from './surname-places.js';
import { isSportsReport, sidesInSportsReports } from './sides.js';
import { clubMark } from './teams.js';
import { LineKind } from './lines.js';
import { type GazetteerEntry, gazetteerMaps, PAGE_WORDS } from './gazetteer.js';
import { lowerCountedStart } from './numerals.js';
import { afterRolePrefix, afterPrefixModifier } from './hyphen-prefixes.js';
import { citationAt } from './citations.js';
import { type Mention, type MentionSink, mk } from './mention-record.js';
import { sharedParts } from './name-parts.js';
import { type Ctx, scanContext } from './scan-context.js';
import { C, isCapLike } from './token-classes.js';
import { corpusCase, capitalWord } from './corpus-case.js';
import { dropLoneWords, styledAdjective } from './emphasis-capitals.js';
import { compoundMention, placePair } from './hyphen-compounds.js';
import { stopCap } from './stop-caps.js';
import { cardCut, growRun } from './name-runs.js';
import { definedName } from './acronym-definitions.js';
import { processRun } from './title-split.js';
import { headlinePass } from './headlines.js';
import { stateForces } from './state-forces.js';
import { quotedTitleAt } from './work-titles.js';

export type { EntityType } from './types.js';
export type { Mention } from './mention-record.js';
export { nameParts, partsKey, coreParts } from './name-parts.js';
export { isGroupPlural, isPartyWord } from './party-words.js';

/** Options of mention extraction. */
export interface MentionOptions {
  /** extra gazetteer entries (surface -> type/canonical), e.g. from data/aliases.json "entities" */
  gazetteer?: ReadonlyMap<string, GazetteerEntry>;
  /** lowercase names never reported as entities */
  ignore?: ReadonlySet<string>;
}

/** Mentions of every doc plus the acronym definitions found. */
export interface MentionResult {
  /** per doc (same order as the input), mentions in text order */
  mentions: Mention[][];
  definitions: AcronymDefinition[];
  /** the words the corpus writes in lower case (token norms), with how often */
  lowerWords: ReadonlyMap<string, number>;
}

/** Find the entity mentions of every doc (two passes: body sentences first, then headline-case lines matched against known names). */
export function extractMentions(docs: readonly Doc[], opts: MentionOptions = {}): MentionResult {
  const { exact: gaz, lower: gazLower } = gazetteerMaps(opts.gazetteer);
  const ctx = scanContext(gaz, gazLower, opts.ignore);

  const { headlines, initials } = corpusCase(docs, ctx);

  const mentions: Mention[][] = docs.map(() => []);
  const definitions: AcronymDefinition[] = [];
  docs.forEach((d, di) => {
    const sink: MentionSink = { out: mentions[di], defs: definitions, lone: [] };
    ctx.sport = isSportsReport(d);
    ctx.docTable = ctx.sport || headlines[di].includes(LineKind.Table);
    for (let si = 0; si < d.sentences.length; si++) {
      if (headlines[di][si] === LineKind.Headline) continue;
      ctx.table = headlines[di][si] === LineKind.Table;
      bodySentence(d, si, initials[di], ctx, sink);
    }
    dropLoneWords(sink.out, sink.lone!);
    dropPrefixFragments(d, sink.out, ctx);
  });
  const defined = new Set(definitions.map((x) => x.acronym));
  headlinePass(docs, headlines, ctx, mentions, defined);
  sidesInSportsReports(docs, mentions, gazLower);
  surnamesOverPlaces(docs, mentions, gaz, gazLower, ctx.lowerUses);
  stateForces(docs, mentions, gazLower);
  // bare acronyms take their definition's type later (in entities.ts); mark them here
  for (const list of mentions)
    for (const m of list)
      if (m.acronym && defined.has(m.acronym) && m.strength < 3) m.cue = 'acronym defined in corpus';
  return { mentions, definitions, lowerWords: ctx.lowerUses };
}

function bodySentence(d: Doc, si: number, ini: Uint8Array, ctx: Ctx, sink: MentionSink): void {
  const s = d.sentences[si];
  const out = sink.out;
  const toks = d.tokens;
  const cls = ctx.classes;
  cls.reset(d, s.tokenStart, s.tokenEnd);
  // a short byline paragraph ("News Desk - The Cradle", "By Staff") carries no entities
  let pageWord = false;
  let nWords = 0;
  for (let i = s.tokenStart; i < s.tokenEnd && nWords <= 6; i++) {
    if (toks[i].kind !== 'word') continue;
    nWords++;
    if (PAGE_WORDS.has(toks[i].norm)) pageWord = true;
  }
  // a wire sign-off names the desk that filed the story ("-- Ann Body, Cardale Newsroom"), and its reporter
  const desk = pageWord ? deskSignoff(d, si) : null;
  if (pageWord && nWords <= 6 && !desk) return;

  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    if (desk && i === desk.first) {
      const where = desk.place ? ctx.gaz.get(d.text.slice(toks[i].start, toks[desk.last].end)) : undefined;
      const type = desk.place ? 'place' : 'org';
      out.push(
        mk(d, si, toks[i].start, toks[desk.last].end, type, 3, desk.place ? 'newsroom' : 'news desk', where?.canonical),
      );
      if (nWords <= 6) return; // the rest of a short sign-off is a telephone number
      i = desk.last + 1;
      continue;
    }
    const fixed = fixedMention(d, si, i, ctx, out);
    if (fixed > 0) {
      i = fixed;
      continue;
    }
    const c = cls.at(i);
    if (c === C.Compound) compoundMention(d, i, ctx, out, ini[i] === 1); // "London-based" (no run: not cap-like)
    if (!isCapLike(c) || stopCap(d, i, ctx) || isHandle(d, i) || placePair(d, i, ctx, out)) {
      i++;
      continue;
    }
    // grow a run of capitalised words with joiners; a name card after a name is left out
    const cut = cardCut(d, growRun(d, i, ctx), s.tokenEnd);
    const { next } = cut;
    const units = afterPrefixModifier(d, cut.units); // "Ex-Yankee [Randy Velarde]"
    // "ex-England fast bowler": one word after an office's prefix is a modifier, no name
    if (units.length === 1 && (afterRolePrefix(toks, i) || styledAdjective(d, i, ini, ctx))) {
      i = next;
      continue;
    }
    // "world War I": the counted name's first word, set in lower case, belongs to it
    const world = lowerCountedStart(d, i);
    if (world >= 0) units.unshift({ i: world, word: true, tail: true });
    const j = next;
    const first = out.length;
    processRun(d, si, units, ini, ctx, sink);
    articleBefore(d, i, ctx, out[first]);
    if (toks[j]?.norm === '(') definedName(d, si, j, ctx, sink);
    // "Mladost (L)": a club's mark in a table line belongs to its name (typeSegment took it in)
    const mark = ctx.table ? clubMark(d, units[units.length - 1].i, si) : -1;
    i = mark > 0 ? mark + 1 : j;
  }
}

/**
 * A mention of fixed shape at token i, pushed to `out`: a quoted title of a work, a state after a town, a numbered
 * road or street, a law's citation. The token after it, or -1.
 */
function fixedMention(d: Doc, si: number, i: number, ctx: Ctx, out: Mention[]): number {
  const toks = d.tokens;
  // "the film “Bread and Tulips”", "his book ‘Fear’": a cued title of a work is one mention, the work
  const work = toks[i].kind === 'word' ? null : quotedTitleAt(d, si, i);
  if (work) {
    out.push(mk(d, si, toks[work.first].start, toks[work.last].end, 'event', 2, 'title of a work'));
    return work.close + 1;
  }
  const c = ctx.classes.at(i);
  // "Irvine, Calif., said": the state, named by its abbreviation (the period is the abbreviation's mark)
  const state = townState(d, i);
  if (state) {
    out.push(mk(d, si, toks[i].start, toks[i].end, 'place', 3, 'state after a town', state));
    return i + (toks[i + 1]?.norm === '.' ? 2 : 1);
  }
  // "Interstate 95", "Highway 47": a numbered road is a place
  const road = c === C.Cap ? roadAt(d, i) : null;
  if (road) {
    out.push(mk(d, si, toks[i].start, toks[road.last].end, 'place', 3, 'road number'));
    if (road.also > 0) out.push(mk(d, si, toks[road.also].start, toks[road.also].end, 'place', 3, 'road number'));
    return (road.also > 0 ? road.also : road.last) + 1;
  }
  // "9th Avenue", "8th Street": a numbered street is a place, its ordinal included
  const street = toks[i].kind === 'number' ? numberedStreetAt(d, i) : -1;
  if (street > 0) {
    out.push(mk(d, si, toks[i].start, toks[street].end, 'place', 3, 'numbered street'));
    return street + 1;
  }
  // "S.B . 1070", "8 U.S.C. 1182": a bill or a code section, one mention typed as laws are
  const cite = isCapLike(c) ? citationAt(d, i, ctx.gaz, ctx.table) : null;
  if (cite) {
    out.push(mk(d, si, toks[cite.first].start, toks[cite.last].end, 'event', 3, 'law: citation', cite.name));
    return cite.last + 1;
  }
  return -1;
}

/**
 * "linked to al Qaeda in Iraq", "al Qaida": a lowercase Arabic article before a run (no capitalised word before it)
 * belongs to the name the gazetteer knows with it; the run's first mention, when it starts at token i, takes the
 * article in and the name's type.
 */
function articleBefore(d: Doc, i: number, ctx: Ctx, m: Mention | undefined): void {
  const t = d.tokens[i];
  const a = d.tokens[i - 1];
  if (!m || m.start !== t.start) return;
  if (!a || a.sentence !== t.sentence || a.end + 1 !== t.start || (a.norm !== 'al' && a.norm !== 'el')) return;
  if (d.text.charCodeAt(a.start) !== 97 && d.text.charCodeAt(a.start) !== 101) return; // "Al Qaeda" is read whole
  if (i > 1 && capitalWord(d, i - 2) && d.tokens[i - 2].sentence === t.sentence) return; // "Faisal al Mekdad"
  const w = m.text.toLowerCase();
  const g = ctx.gazLower.get(a.norm + ' ' + w) ?? ctx.gazLower.get(a.norm + '-' + w);
  if (!g) return;
  m.start = a.start;
  m.text = d.text.slice(m.start, m.end);
  m.parts = sharedParts(m.text);
  m.type = g.type;
  m.strength = 3;
  m.cue = 'gazetteer';
  m.canonical = g.canonical;
}
