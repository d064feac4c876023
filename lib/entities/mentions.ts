// Entity mentions in news text: capitalised runs with name particles, split at titles, typed by cues, gazetteer and head words.
import type { Doc } from '../types.js';
import type { EntityType } from './types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type AcronymDefinition, isAcronymShape } from './acronyms.js';
import { roadAt } from './roads.js';
import { initialStart } from './initials.js';
import { townState } from './tags.js';
import { isHandle } from './web-debris.js';
import { opensClause } from './clause-openings.js';
import { deskSignoff } from './signoffs.js';
import { surnamesOverPlaces } from './surname-places.js';
import { capitalsDateline } from './datelines.js';
import { isSportsReport, sidesInSportsReports } from './sides.js';
import { clubMark, fixtureVenue } from './teams.js';
import { LineKind } from './lines.js';
import { honorificBefore } from './evidence.js';
import { givenNames } from './world.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import { type GazetteerEntry, gazetteerMaps, TITLES, PAGE_WORDS, FIRST_NAMES } from './gazetteer.js';
import { NAME_SUFFIX, familyName } from './family-name.js';
import { lowerCountedStart } from './numerals.js';
import { cached } from '../util/maps.js';
import { afterRolePrefix } from './hyphen-prefixes.js';
import { loneLawHead } from './laws.js';
import { citationAt } from './citations.js';
import { isPressDigest, digestPaper } from './press-digest.js';
import { commonWordPlace } from './corpus-words.js';
import { countBeforePeople } from './counts.js';
import { PERSONAL_PRONOUNS } from './function-words.js';
import { type Mention, mk } from './mention-record.js';
import { partsKey, sharedParts } from './name-parts.js';
import { isPartyWord } from './party-words.js';
import { unlistedGivenName, isPersonStart } from './person-words.js';
import { type Ctx, type Unit, tokText, isNameUnit, unitNorms, runText } from './scan-context.js';
import { TITLE_MODIFIERS, titleLength, undottedHonorific, titleInName, TITLE_SURNAMES } from './title-words.js';
import { SentenceClasses, C, isCapLike } from './token-classes.js';
import { CAPITALISED_WORD } from './word-shapes.js';
import { corpusCase, capitalWord } from './corpus-case.js';
import { styledAdjective, isCommonCaps } from './emphasis-capitals.js';
import { dropsFirstWord, leftOrdinary, initialismEndsSentence } from './first-words.js';
import { compoundMention, placePair } from './hyphen-compounds.js';
import { stopCap } from './stop-caps.js';
import { possessiveHolidayRun } from './law-titles.js';
import { cardCut, growRun } from './name-runs.js';
import { definedName } from './acronym-definitions.js';
import { typeSegment } from './segment-type.js';

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

const HEADLINE_NAME_START = /^\p{Lu}|^(?:al|el)-/u;

/** Known-name table used for headlines: normalised key -> type, strength, canonical; and the keys' first words. */
interface Known {
  names: Map<string, { type: EntityType; strength: number; canonical?: string; cue: string }>;
  first: Set<string>;
}

const firstWordsCache = new WeakMap<ReadonlyMap<string, GazetteerEntry>, Set<string>>();

/** The first words of a gazetteer's lowercase names, as token norms write them ("al-qaeda", "new"). Built once. */
function firstWordsOf(gazLower: ReadonlyMap<string, GazetteerEntry>): Set<string> {
  return cached(firstWordsCache, gazLower, (gaz) => {
    const out = new Set<string>();
    for (const k of gaz.keys()) {
      const w = k.split(' ')[0];
      out.add(w);
      out.add(w.replace(/[\u2018\u2019\u02BC`]/g, "'").replace(/[\u2010-\u2014]/g, '-'));
    }
    return out;
  });
}

/** Find the entity mentions of every doc (two passes: body sentences first, then headline-case lines matched against known names). */
export function extractMentions(docs: readonly Doc[], opts: MentionOptions = {}): MentionResult {
  const { exact: gaz, lower: gazLower } = gazetteerMaps(opts.gazetteer);
  const ctx: Ctx = {
    gaz,
    gazLower,
    ignore: opts.ignore ?? new Set(),
    capMid: new Set(),
    lowerUses: new Map(),
    capMidUses: new Map(),
    capAlone: new Set(),
    hyphened: new Set(),
    acronymsSeen: new Set(),
    table: false,
    docTable: false,
    sport: false,
    lead: -1,
    leadTok: -1,
    beforeTitle: false,
    nextTitle: '',
    classes: new SentenceClasses(),
  };

  const { headlines, initials } = corpusCase(docs, ctx);

  const mentions: Mention[][] = docs.map(() => []);
  const definitions: AcronymDefinition[] = [];
  docs.forEach((d, di) => {
    ctx.sport = isSportsReport(d);
    ctx.docTable = ctx.sport || headlines[di].includes(LineKind.Table);
    for (let si = 0; si < d.sentences.length; si++) {
      if (headlines[di][si] === LineKind.Headline) continue;
      ctx.table = headlines[di][si] === LineKind.Table;
      bodySentence(d, si, initials[di], ctx, mentions[di], definitions);
    }
  });
  // known names from the body, for headline-case lines
  const known: Known = { names: new Map(), first: new Set() };
  for (const list of mentions)
    for (const m of list) {
      const k = partsKey(m.parts);
      const prev = known.names.get(k);
      if (!prev || prev.strength < m.strength)
        known.names.set(k, { type: m.type, strength: m.strength, canonical: m.canonical, cue: m.cue });
      if (m.parts.length) known.first.add(m.parts[0]);
    }
  const defined = new Set(definitions.map((x) => x.acronym));
  docs.forEach((d, di) => {
    let added = false;
    let people: ReadonlyMap<string, string> | null = null;
    const digest = isPressDigest(d);
    for (let si = 0; si < d.sentences.length; si++) {
      if (headlines[di][si] !== LineKind.Headline) continue;
      const paper = digest ? digestPaper(d, si) : null;
      if (paper) {
        mentions[di].push(mk(d, si, paper[0], paper[1], 'org', 3, 'a paper in a press digest'));
        added = true;
        continue;
      }
      people ??= surnamesOfPeople(mentions[di]);
      headlineSentence(d, si, ctx, { known, defined, people }, mentions[di]);
      added = true;
    }
    if (added) mentions[di].sort((a, b) => a.start - b.start || b.end - a.end);
  });
  sidesInSportsReports(docs, mentions, gazLower);
  surnamesOverPlaces(docs, mentions, gaz, gazLower, ctx.lowerUses);
  // bare acronyms take their definition's type later (in entities.ts); mark them here
  for (const list of mentions)
    for (const m of list)
      if (m.acronym && defined.has(m.acronym) && m.strength < 3) m.cue = 'acronym defined in corpus';
  return { mentions, definitions, lowerWords: ctx.lowerUses };
}

/**
 * Runs read without splitting at titles, true when done: a compound title's modifier cut off its title by a stop word
 * ("Managing [Editor]": no name), and a holiday named by a possessive ("President's Day": one name, no title in it).
 */
function untitledRun(
  d: Doc,
  si: number,
  units: Unit[],
  words: readonly string[],
  ctx: Ctx,
  out: Mention[],
  defs: AcronymDefinition[],
): boolean {
  if (units.length === 1 && TITLE_MODIFIERS.has(words[0]) && TITLES.has(d.tokens[units[0].i + 1]?.norm ?? ''))
    return true;
  if (!possessiveHolidayRun(d, units, words)) return false;
  typeSegment(d, si, units, null, ctx, out, defs);
  return true;
}

function bodySentence(d: Doc, si: number, ini: Uint8Array, ctx: Ctx, out: Mention[], defs: AcronymDefinition[]): void {
  const s = d.sentences[si];
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
    const c = cls.at(i);
    // "Irvine, Calif., said": the state, named by its abbreviation (the period is the abbreviation's mark)
    const state = townState(d, i);
    if (state) {
      out.push(mk(d, si, toks[i].start, toks[i].end, 'place', 3, 'state after a town', state));
      i += toks[i + 1]?.norm === '.' ? 2 : 1;
      continue;
    }
    // "Interstate 95", "Highway 47": a numbered road is a place
    const road = c === C.Cap ? roadAt(d, i) : null;
    if (road) {
      out.push(mk(d, si, toks[i].start, toks[road.last].end, 'place', 3, 'road number'));
      if (road.also > 0) out.push(mk(d, si, toks[road.also].start, toks[road.also].end, 'place', 3, 'road number'));
      i = (road.also > 0 ? road.also : road.last) + 1;
      continue;
    }
    // "S.B . 1070", "8 U.S.C. 1182": a bill or a code section, one mention typed as laws are
    const cite = isCapLike(c) ? citationAt(d, i, ctx.gaz, ctx.table) : null;
    if (cite) {
      out.push(mk(d, si, toks[cite.first].start, toks[cite.last].end, 'event', 3, 'law: citation', cite.name));
      i = cite.last + 1;
      continue;
    }
    if (c === C.Compound) compoundMention(d, i, ctx, out, ini[i] === 1); // "London-based" (no run: not cap-like)
    if (!isCapLike(c) || stopCap(d, i, ctx) || isHandle(d, i) || placePair(d, i, ctx, out)) {
      i++;
      continue;
    }
    // grow a run of capitalised words with joiners; a name card after a name is left out
    const { units, next } = cardCut(d, growRun(d, i, s.tokenEnd, cls, ctx), s.tokenEnd);
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
    processRun(d, si, units, ini, ctx, out, defs);
    articleBefore(d, i, ctx, out[first]);
    if (toks[j]?.norm === '(') definedName(d, si, j, ctx, out, defs);
    // "Mladost (L)": a club's mark in a table line belongs to its name (typeSegment took it in)
    const mark = ctx.table ? clubMark(d, units[units.length - 1].i, si) : -1;
    i = mark > 0 ? mark + 1 : j;
  }
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

/**
 * A title's "of" complement, up to the given name that follows it: "Secretary of State [John Kerry]", "Director of
 * National Intelligence [James Clapper]", or to the end of a short run ("the Minister of Defence said"). Returns the
 * title's length in units with the complement, else `len`.
 */
function titleComplement(words: readonly string[], p: number, len: number, ctx: Ctx): number {
  const of = words[p + len];
  if (of !== 'of' && of !== 'for') return len;
  for (let q = p + len + 1; q < words.length && q <= p + len + 5; q++) {
    if (FIRST_NAMES.has(words[q]) || givenNames().has(words[q])) return q > p + len + 1 ? q - p : len;
  }
  // "the Secretary of State said": the title and its complement end the run, no name follows; a known name in the
  // complement stays a mention ("Commander of Syria's New Administration")
  if (words.length - p > len + 4) return len;
  for (let q = p + len + 1; q < words.length; q++) if (ctx.gazLower.has(words[q])) return len;
  return words.length - p;
}

/** Drop leading common words, split at titles, then type each remaining segment. */
function processRun(
  d: Doc,
  si: number,
  units: Unit[],
  ini: Uint8Array,
  ctx: Ctx,
  out: Mention[],
  defs: AcronymDefinition[],
): void {
  const toks = d.tokens;
  // "P. Simmons": initials before the run belong to the name, which then does not start a sentence
  ctx.leadTok = units[0].i;
  ctx.lead = initialStart(d, units[0].i);
  if (ctx.lead >= 0 && compassPlace(d.text[ctx.lead], tokText(d, units[0].i), ctx)) ctx.lead = -1;
  // sentence-initial capital: drop a common first word; a lone unknown word needs to be seen capitalised elsewhere
  // after a colon or a quote that ended a sentence ("MAHER: Wait.") only an ordinary word is dropped
  const clause = !ini[units[0].i] && opensClause(d, units[0].i);
  if ((ini[units[0].i] || clause) && ctx.lead < 0 && dropsFirstWord(d, units, ctx, clause)) {
    const titled = TITLES.has(d.tokens[units[0].i].norm); // "Congressman Young 's remarks"
    units = units.slice(1);
    while (units.length && !isNameUnit(d, units[0])) units = units.slice(1);
    // "Civic Associations" at a clause start: what is left is one more ordinary word
    if (units.length === 1 && !titled && leftOrdinary(d, units[0].i, ctx)) return;
  }
  if (splitAtStarter(d, si, units, ini, ctx, out, defs)) return;
  // "Five Israeli soldiers", "Hundreds of Central American migrants": a count before the people it counts
  if (countBeforePeople(d, units, ctx)) {
    units = units.slice(1);
    while (units.length && !isNameUnit(d, units[0])) units = units.slice(1);
  }
  if (!units.length) return;
  // split at titles: "Syrian Foreign Minister Asaad Al-Shibani" -> [Syrian] (title) [Asaad Al-Shibani]
  const words = unitNorms(d, units);
  if (untitledRun(d, si, units, words, ctx, out, defs)) return;
  let from = 0;
  let afterTitle: string | null = null;
  for (let p = 0; p < units.length; p++) {
    if (!units[p].word) continue;
    let len = titleLength(words, p, units.length);
    if (!len && undottedHonorific(d, units, words, p)) len = 1;
    if (!len && partySplit(d, units, words, p, ctx)) {
      // "Florida Republican Jan Doe": the party word is a name of its own, the person follows it
      if (p > from) typeSegment(d, si, units.slice(from, p), afterTitle, ctx, out, defs);
      typeSegment(d, si, [units[p]], null, ctx, out, defs);
      afterTitle = null;
      from = p + 1;
      continue;
    }
    if (!len) continue;
    if (len === 1 && titleAsSurname(d, units, words, p, from, ctx)) continue;
    if (len === 1 && units.length === 1 && familyNameMention(d, si, units[0].i, out)) return;
    len = titleComplement(words, p, len, ctx);
    const rest = units.slice(p + len);
    // "the U.N. High Commissioner for Refugees" names a body; "High Representative Ann Vale" is a title and a person
    if (p > from && words[p - 1] === 'high') {
      if (!rest.length) continue;
      p--;
      len++;
    }
    const restHead = rest.length ? toks[rest[rest.length - 1].i].norm : '';
    if (titleInName(rest.length, restHead, p > from)) continue;
    if (
      !rest.length &&
      p === 0 &&
      len === 1 &&
      units.length === 1 &&
      ctx.capMid.has(tokText(d, units[0].i)) &&
      !TITLES.has(words[0])
    )
      continue;
    ctx.beforeTitle = true;
    ctx.nextTitle = words.slice(p, p + len).join(' ');
    if (p > from) typeSegment(d, si, units.slice(from, p), afterTitle, ctx, out, defs);
    ctx.beforeTitle = false;
    afterTitle = words.slice(p, p + len).join(' ');
    from = p + len;
    p = from - 1;
  }
  if (from < units.length) typeSegment(d, si, from ? units.slice(from) : units, afterTitle, ctx, out, defs);
}

/**
 * A party word inside a run that is not part of a longer name ("Republican National Committee", "Democratic
 * Republic of ..."): followed by a given name ("Republican Jan Doe", "Democrat Dick Vale": given names that are also
 * words count), or last after a known place ("Ohio Democrat"); before a chamber alone; a plural before a name word.
 */
function partySplit(d: Doc, units: readonly Unit[], words: readonly string[], p: number, ctx: Ctx): boolean {
  if (units.length < 2) return false;
  const plural = words[p].endsWith('s') && isPartyWord(words[p].slice(0, -1), ctx.gazLower);
  if (!plural && !isPartyWord(words[p], ctx.gazLower)) return false;
  if (p === units.length - 1) {
    const before = d.text.slice(d.tokens[units[0].i].start, d.tokens[units[p - 1].i].end);
    return !plural && ctx.gaz.get(before)?.type === 'place';
  }
  const next = words[p + 1];
  if (!units[p + 1].word) return false;
  // "the Republican House", "a Democratic Senate": the party that holds a chamber, and the chamber
  if (p + 2 === units.length && CHAMBERS.has(next)) return true;
  // "Democrats Dick Durbin and ...", "Republicans McCain": a party's plural before a name word
  if (plural) return !ctx.lowerUses.has(next);
  return FIRST_NAMES.has(next) || givenNames().has(next) || WORD_GIVEN_NAMES.has(next);
}

/** Legislative chambers a party can hold ("the Republican House"). */
const CHAMBERS: ReadonlySet<string> = new Set(['house', 'senate', 'congress', 'legislature', 'assembly', 'parliament']);

const COMPASS: Record<string, string> = { N: 'North', S: 'South', E: 'East', W: 'West' };

/** "S. Korea", "N. Ireland", "S. African": a compass point's initial before a word it makes a known place with. */
function compassPlace(letter: string, word: string, ctx: Ctx): boolean {
  const c = COMPASS[letter];
  return ctx.gaz.has(word) || (c !== undefined && ctx.gaz.has(c + ' ' + word));
}

/**
 * "came to the U.S . Critics said": the spaced period ended the sentence before an ordinary word the sentence splitter
 * cannot tell from a name's next word (it ends sentences before function words: "U.S . Although …"). The initialism is
 * read alone (true), or nothing is done (false).
 */
function splitAtStarter(
  d: Doc,
  si: number,
  units: Unit[],
  ini: Uint8Array,
  ctx: Ctx,
  out: Mention[],
  defs: AcronymDefinition[],
): boolean {
  if (!initialismEndsSentence(d, units, ctx)) return false;
  processRun(d, si, units.slice(0, 1), ini, ctx, out, defs);
  return true;
}

/**
 * "John Major", "Ann Lee King": a one-word title written out in full ("Gov." is no surname), last in the run and right
 * after a given name (or two names, the first a given name) that is not a place ("South Carolina Gov."), is the
 * family name.
 */
function titleAsSurname(d: Doc, units: readonly Unit[], words: readonly string[], p: number, from: number, ctx: Ctx) {
  // "Martin Luther King Jr.": the family name before a generation suffix is as last as a name gets
  const last = p === units.length - 1 || (p === units.length - 2 && NAME_SUFFIX.test(words[p + 1]));
  if (!last || p === from) return false;
  const unlisted = p - from === 1 && TITLE_SURNAMES.has(words[p]) && unlistedGivenName(d, units[p - 1].i, ctx);
  if (!isPersonStart(words[p - 1]) && !(p - from === 2 && isPersonStart(words[from])) && !unlisted) return false;
  const t = d.tokens[units[p].i];
  if (!CAPITALISED_WORD.test(d.text.slice(t.start, t.end)) || d.tokens[units[p].i + 1]?.norm === '.') return false;
  return !ctx.gaz.has(runText(d, units.slice(from, p)));
}

/**
 * "Ann Lee King ... King said": a title word alone that is the family name of a person the article has named in full
 * (given name first) is that person. Pushes the mention and returns true.
 */
function familyNameMention(d: Doc, si: number, k: number, out: Mention[]): boolean {
  const t = d.tokens[k];
  if (!CAPITALISED_WORD.test(d.text.slice(t.start, t.end))) return false;
  // "the King", "a Prince": the title itself
  const prev = d.tokens[k - 1];
  if (prev && prev.sentence === t.sentence && (prev.norm === 'the' || prev.norm === 'a')) return false;
  for (let j = out.length - 1; j >= 0; j--) {
    const m = out[j];
    if (m.type !== 'person' || m.parts.length < 2 || familyName(m.parts) !== t.norm) continue;
    if (!isPersonStart(m.parts[0])) continue;
    out.push(mk(d, si, t.start, t.end, 'person', 2, `surname of '${m.text}' in this article`));
    return true;
  }
  if (!surnameAfterHonorific(d, k)) return false;
  out.push(mk(d, si, t.start, t.end, 'person', 2, 'surname after an honorific'));
  return true;
}

/** Honorifics written before a family name only ("Dr. King"), unlike "Sir" or "Lord" before a given name. */
const FAMILY_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.']);

/** Offices whose holder is addressed by the title itself ("Mr. President", "Madam Speaker"). */
const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(
  'president speaker chairman chairwoman secretary ambassador mayor governor minister premier chancellor commissioner director justice'.split(
    ' ',
  ),
);

/** "Dr. King", "Mr. Bishop": a title word alone right after an honorific is a family name, unless it is an office its
 * holder is addressed by ("Mr. President"). */
function surnameAfterHonorific(d: Doc, k: number): boolean {
  const h = honorificBefore(d, k);
  return h !== undefined && FAMILY_HONORIFICS.has(h) && !ADDRESSED_OFFICES.has(d.tokens[k].norm);
}

/** A word whose first name word starts a known name, or a defined acronym. */
function startsKnown(w: string, known: Known, defined: ReadonlySet<string>): boolean {
  return known.first.has(sharedParts(w)[0]) || defined.has(w);
}

/**
 * The family names of the people named in full (given name first) in one article's body -> the full name. A headline names them by
 * the family name alone, often in capitals ("SOCCER - VALE RETURNS" over a story about Tom Vale).
 */
function surnamesOfPeople(list: readonly Mention[]): Map<string, string> {
  const m = new Map<string, string>();
  // family names the body also writes alone, untyped or as a person ("Tiger Woods ... Woods said")
  const alone = new Set<string>();
  for (const x of list)
    if (x.parts.length === 1 && (x.type === 'person' || x.type === 'unknown')) alone.add(x.parts[0]);
  for (const x of list) {
    if (x.type !== 'person' || x.parts.length < 2) continue;
    // only a name that opens with a known given name, or whose family name the body uses alone: a club or firm
    // misread as a person ("Real Madrid") lends no family name to its town
    const last = x.parts[x.parts.length - 1];
    if (FIRST_NAMES.has(x.parts[0]) || givenNames().has(x.parts[0]) || alone.has(last)) m.set(last, x.text);
  }
  return m;
}

/**
 * A function word a headline-case line capitalises ("They Lied to Us Then", "Who Pays"): never the all-caps name of the
 * same letters the body knows (US, WHO, IT), which a headline would write in capitals too.
 */
function titleCasedWord(text: string, words: number, norm: string): boolean {
  return words === 1 && text !== text.toUpperCase() && (STOPWORDS.has(norm) || PERSONAL_PRONOUNS.has(norm));
}

/** What a headline's names are matched against: names from the body, defined acronyms, the article's people. */
interface HeadlineKnown {
  known: Known;
  defined: ReadonlySet<string>;
  people: ReadonlyMap<string, string>;
}

/** Headline-case lines: only names already known from body text, the gazetteer, defined acronyms, or the family name
 * of a person the article names in full. */
function headlineSentence(d: Doc, si: number, ctx: Ctx, hk: HeadlineKnown, out: Mention[]): void {
  const { known, defined, people } = hk;
  const s = d.sentences[si];
  const toks = d.tokens;
  const dateline = capitalsDateline(d, si);
  const dateText = dateline >= 0 ? d.text.slice(toks[s.tokenStart].start, toks[dateline].end) : '';
  const dateGaz = dateText ? (ctx.gaz.get(dateText) ?? ctx.gazLower.get(dateText.toLowerCase())) : undefined;
  // "UNITED NATIONS 1996-08-29": a body's seat stays the body
  if (dateline >= 0 && (!dateGaz || dateGaz.type === 'place')) {
    const at = toks[s.tokenStart].start;
    out.push(mk(d, si, at, toks[dateline].end, 'place', 3, 'dateline', dateGaz?.canonical));
    return;
  }
  const gazFirst = firstWordsOf(ctx.gazLower);
  let i = s.tokenStart;
  while (i < s.tokenEnd) {
    const t = toks[i];
    // only a word that starts a gazetteer name, a known name or a defined acronym can start a match
    const w = t.kind === 'word' ? d.text.slice(t.start, t.end) : '';
    if (!w || !(gazFirst.has(t.norm) || startsKnown(w, known, defined) || people.has(sharedParts(w)[0]))) {
      i++;
      continue;
    }
    let matched = 0;
    for (let L = Math.min(6, s.tokenEnd - i); L >= 1 && !matched; L--) {
      const last = toks[i + L - 1];
      if (last.kind !== 'word') continue;
      const text = d.text.slice(toks[i].start, last.end);
      if (!HEADLINE_NAME_START.test(text)) continue;
      const full = L === 1 ? people.get(sharedParts(text)[0]) : undefined;
      if (full && sharedParts(text).length === 1) {
        out.push(mk(d, si, toks[i].start, last.end, 'person', 2, `surname of '${full}' in this article`));
        matched = 1;
        break;
      }
      const g = ctx.gaz.get(text) ?? (text === text.toUpperCase() ? ctx.gazLower.get(text.toLowerCase()) : undefined);
      // "RUGBY UNION": a town named like a word the corpus writes in lower case is that word in a capitals line
      if (g && !(L === 1 && commonWordPlace(g, toks[i].norm, ctx))) {
        const venue = g.type === 'place' && fixtureVenue(d, si, i, i + L - 1);
        const strength = venue ? 3 : (g.strength ?? 3);
        out.push(
          mk(d, si, toks[i].start, last.end, g.type, strength, venue ? 'venue of a fixture' : 'gazetteer', g.canonical),
        );
        matched = L;
        break;
      }
      // "Obama Will Act On Immigration", "AN ' ACT OF WAR '": a law's head alone in a headline line is a word
      if (L === 1 && (isCommonCaps(text, toks[i].norm, ctx) || loneLawHead(toks[i].norm))) continue;
      const k = known.names.get(partsKey(sharedParts(text)));
      if (k && (L > 1 || k.strength >= 2 || defined.has(text)) && !titleCasedWord(text, L, toks[i].norm)) {
        const m = mk(d, si, toks[i].start, last.end, k.type, k.strength, 'known name: ' + k.cue, k.canonical);
        if (isAcronymShape(text)) m.acronym = text;
        out.push(m);
        matched = L;
        break;
      }
      if (L === 1 && defined.has(text)) {
        const m = mk(d, si, toks[i].start, last.end, 'org', 1, 'acronym');
        m.acronym = text;
        out.push(m);
        matched = 1;
      }
    }
    i += matched || 1;
  }
}
