// Entity mentions in news text: capitalised runs with name particles, split at titles, typed by cues, gazetteer and head words.
import type { Doc } from '../types.js';
import type { EntityType, WordSet } from './types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type AcronymDefinition, isCommonAbbreviation, isAcronymShape, matchesAcronym } from './acronyms.js';
import { roadAt } from './roads.js';
import { initialStart } from './initials.js';
import { townState } from './tags.js';
import { isHandle } from './web-debris.js';
import { opensClause } from './clause-openings.js';
import { deskSignoff } from './signoffs.js';
import { surnamesOverPlaces } from './surname-places.js';
import { isDateline, capitalsDateline } from './datelines.js';
import { isSportsReport, sidesInSportsReports } from './sides.js';
import { orgContext, orgEvidence } from './org-cues.js';
import { clubMark, teamCue, fixtureVenue, transferCue, pluralNickname, RIDER_TEAM } from './teams.js';
import { businessFrame } from './business-frames.js';
import { LineKind } from './lines.js';
import { isRegionAdjective, isPeopleWord } from './peoples.js';
import { honorificBefore, type TypeEvidence, contextEvidence, nameEvidence } from './evidence.js';
import { givenNames, surnameSet } from './world.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import {
  type GazetteerEntry,
  gazetteerMaps,
  TITLES,
  PAGE_WORDS,
  FIRST_NAMES,
  PATRONYM_PARTICLES,
  ARABIC_GROUP_LEADS,
  PARTICLES,
  PLACE_HEADS,
  ROLE_CUES,
} from './gazetteer.js';
import { NAME_SUFFIX, familyName } from './family-name.js';
import { lowerCountedStart } from './numerals.js';
import { cached } from '../util/maps.js';
import { HAS_UPPER } from '../util/letters.js';
import { afterRolePrefix } from './hyphen-prefixes.js';
import { lawHead, loneLawHead } from './laws.js';
import { citationAt } from './citations.js';
import { shipPrefix, vesselNounBefore } from './vessels.js';
import { programHead } from './programs.js';
import { isPressDigest, digestPaper } from './press-digest.js';
import { ordinaryWord, commonWordPlace } from './corpus-words.js';
import { countBeforePeople, ORDINAL_WORDS, ORDINAL_NUMBER, countAfter } from './counts.js';
import { PERSONAL_PRONOUNS, DETERMINERS } from './function-words.js';
import { bodyHead, LEGAL_FORMS, headWord, headTypeOf, placeLead } from './head-words.js';
import { type Mention, mk } from './mention-record.js';
import { partsKey, sharedParts } from './name-parts.js';
import { isPartyWord, PARTY_MEMBERS, isGroupPlural } from './party-words.js';
import { isPersonWord, isPersonStart, unlistedGivenName } from './person-words.js';
import { type Ctx, type Unit, tokText, isNameUnit, unitNorms, runText } from './scan-context.js';
import {
  TITLE_MODIFIERS,
  titleLength,
  undottedHonorific,
  titleInName,
  UNDOTTED_HONORIFICS,
  TITLE_SURNAMES,
  ADDRESS_FORMS,
} from './title-words.js';
import { SentenceClasses, C, isCapLike, JOIN_PARTICLES } from './token-classes.js';
import {
  UPPER_FIRST,
  ALL_CAPS_WORD,
  INFIX_NAME,
  CAPITALISED_WORD,
  PARTICLE_WORD,
  CAP_PARTICLE_WORD,
} from './word-shapes.js';
import { corpusCase, capitalWord } from './corpus-case.js';
import { styledAdjective, capitalisedCommonNoun, isCommonCaps, emphasisCaps } from './emphasis-capitals.js';
import { dropsFirstWord, leftOrdinary, initialismEndsSentence } from './first-words.js';
import { compoundMention, placePair } from './hyphen-compounds.js';
import { stopCap, broadcastTitle } from './stop-caps.js';
import { acronymPhraseType } from './acronym-phrases.js';
import { possessiveHolidayRun } from './law-titles.js';
import { NAME_PRONOUNS, NAME_JOINERS } from './long-names.js';
import { cardCut, growRun } from './name-runs.js';

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

/** Particles that, capitalised before another name word, start a person's family name ("Van Persie", "Bin Salman"). */
const NAME_PARTICLES = new Set(['van', 'von', 'ter', 'bin', 'ibn', 'abu']);

/** Capitalised adjectives that with one common noun make a phrase, not a name. */
const ADJ_STARTERS = new Set([
  'new',
  'old',
  'former',
  'high',
  'top',
  'senior',
  'first',
  'second',
  'last',
  'next',
  'late',
  'early',
]);

/** "Americans", "Iraqis": a capitalised word in -s not after another s. */
const CAPITALISED_PLURAL = /^\p{Lu}\p{Ll}+[^s]s$/u;

const HYPHENED_CAPS = /^\p{Lu}{2,5}-\p{Lu}{2,5}$/u;

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

/** Words that count or pick out members of a group of people ("many Dreamers", "these Freedom Riders"). */
const QUANTIFIERS: ReadonlySet<string> = new Set(
  'many some most all these those several few other more fewer numerous countless'.split(' '),
);

/**
 * "many Dreamers", "1.8 million Dreamers", "Dreamers who": a capitalised plural noun that no gazetteer or name list
 * knows, after a quantifier or a count in thousands, or right before "who", names a group of people. A family name is in the name
 * lists ("Sanders who"); places ("the two Koreas") are gazetteer names.
 */
function peoplePlural(d: Doc, i: number, ctx: Ctx): boolean {
  const t = d.tokens[i];
  const w = d.text.slice(t.start, t.end);
  if (w.length < 5 || !CAPITALISED_PLURAL.test(w) || ctx.gaz.has(w) || ctx.gazLower.has(t.norm.slice(0, -1)))
    return false;
  if (isPersonWord(t.norm) || isPersonWord(t.norm.slice(0, -1))) return false;
  const before = d.tokens[i - 1];
  const after = d.tokens[i + 1];
  // "Dreamers who", "the Lanzas who"; not a name the copy introduces ("a youth named Melquíades who")
  if (after?.sentence === t.sentence && after.norm === 'who') return !NAMING.has(d.tokens[i - 1]?.norm ?? '');
  if (before === undefined || before.sentence !== t.sentence) return false;
  // a count in thousands ("800,000 Dreamers"), not a small number or a year: "60 Minutes", "the 2020 Elections",
  // "200 Humvees" name a show, events and things
  if (COUNT_WORDS.has(before.norm) || (before.kind === 'number' && /^\d{1,3}(?:,\d{3})+$/.test(before.norm)))
    return true;
  return QUANTIFIERS.has(before.norm) && d.text.charCodeAt(before.start) >= 97;
}

/** Words that introduce a person's name ("a boy named Arcadios"). */
const NAMING: ReadonlySet<string> = new Set(['named', 'called', 'nicknamed', 'dubbed']);

/** Words that count people in the hundreds or more ("1.8 million Dreamers"). */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
]);

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

/** The token before k, one space before it, is a hyphened word ending in a capitalised part ("pre-Labor"). */
function hyphenNameBefore(d: Doc, k: number): boolean {
  const p = d.tokens[k - 1];
  if (!p || p.kind !== 'word' || p.end + 1 !== d.tokens[k].start) return false;
  const h = d.text.lastIndexOf('-', p.end - 1);
  return h > p.start && h + 1 < p.end && HAS_UPPER.test(d.text[h + 1]);
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

/** Type one segment and emit its mention(s); a leading demonym or place without a head word is split off. */
function typeSegment(
  d: Doc,
  si: number,
  seg: Unit[],
  title: string | null,
  ctx: Ctx,
  out: Mention[],
  defs: AcronymDefinition[],
): void {
  // trim joiners at the edges
  while (seg.length && !isNameUnit(d, seg[0])) seg = seg.slice(1);
  while (seg.length && !isNameUnit(d, seg[seg.length - 1])) seg = seg.slice(0, -1);
  if (!seg.length) return;
  if (rolePrefix(d, seg, ctx)) seg = seg.slice(1);
  seg = pastHalfBracket(d, seg);
  const toks = d.tokens;
  const lead = seg[0].i === ctx.leadTok ? ctx.lead : -1;
  const ordinal = lead < 0 ? ordinalBefore(d, seg[0].i, ctx) : -1;
  const before = lead < 0 && ordinal < 0 ? Math.max(patronymBefore(d, seg[0].i), editorBracket(d, seg)) : -1;
  const start = lead >= 0 ? lead : ordinal >= 0 ? toks[ordinal].start : toks[before >= 0 ? before : seg[0].i].start;
  const mark = ctx.table ? clubMark(d, seg[seg.length - 1].i, si) : -1;
  const end = mark > 0 ? toks[mark].end : sentenceEndDot(d, si, seg[seg.length - 1].i);
  const text = d.text.slice(start, end);
  const norms = unitNorms(d, seg);
  // a capitalised adjective and one common noun ("New Administration") is a phrase, not a name
  if (seg.length === 2 && ADJ_STARTERS.has(norms[0]) && !ctx.gaz.has(text) && ctx.lowerUses.has(norms[1])) return;
  if (ctx.ignore.size && ctx.ignore.has(text.toLowerCase())) return;
  if (seg.length === 1 && ORDINAL_WORDS.has(norms[0])) return;
  // "the 14th Amendment": the ordinal is part of a law's name
  const law = ordinal >= 0 ? lawHead([toks[ordinal].norm, ...norms], isPersonStart, bodyHead) : '';
  const ev = law
    ? { type: 'event' as const, strength: 3, cue: 'law: ' + law }
    : segmentType(d, si, seg, text, norms, lead, title, ctx, out, defs);
  if (!ev || capitalisedCommonNoun(d, seg, norms, ev, ctx)) return;
  const m = mk(d, si, start, end, ev.type, ev.strength, ev.cue, ev.canonical);
  if (ev.cue === 'acronym') m.acronym = text;
  m.title = title ?? honorificBefore(d, seg[0].i);
  out.push(m);
  findDefinition(d, seg, m, defs);
}

/**
 * "the 9th Circuit", "the 2nd Amendment", "the 5th Fleet": an ordinal in digits after "the" (or "a", or "U.S."),
 * before a capitalised word the corpus also writes in lower case, is part of the name (the word alone names nothing).
 * The ordinal's token, or -1.
 */
function ordinalBefore(d: Doc, k: number, ctx: Ctx): number {
  const court = circuitOrdinal(d, k);
  if (court >= 0) return court;
  const o = d.tokens[k - 1];
  if (!o || o.kind !== 'number' || !ORDINAL_NUMBER.test(o.norm) || o.sentence !== d.tokens[k].sentence) return -1;
  const before = d.tokens[k - 2];
  if (!before || !ctx.lowerUses.has(d.tokens[k].norm)) return -1;
  // "a 9th Circuit Court of Appeals panel", "the U.S. 9th Circuit Court of Appeals", "the Richmond-based 4th Circuit"
  const opens =
    ORDINAL_OPENERS.has(before.norm) ||
    US_FORMS.has(tokText(d, k - 2)) ||
    before.norm.endsWith('-based') ||
    (before.norm === 'based' && d.tokens[k - 3]?.norm === '-');
  return opens ? k - 1 : -1;
}

/** Words before a name's ordinal in digits: a determiner, or the country a federal court belongs to. */
const ORDINAL_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

const US_FORMS: ReadonlySet<string> = new Set(['U.S.', 'U.S .', 'US']);

/**
 * "the 5th U.S. Circuit Court of Appeals", "the Ninth U.S . Circuit Court of Appeals": AP names a federal appeals court
 * with the country between its ordinal and "Circuit". The ordinal (in digits, or a capitalised word) before "U.S." and
 * "Circuit" (at token k, or after the country at token k) opens the court's name: its token, or -1.
 */
function circuitOrdinal(d: Doc, k: number): number {
  const toks = d.tokens;
  let us = k - 1; // the country's token before "Circuit", or the run's first token
  if (US_FORMS.has(tokText(d, k)) && toks[k + 1]?.norm === 'circuit') us = k;
  else if (toks[k].norm !== 'circuit' || !US_FORMS.has(tokText(d, us))) return -1;
  const o = toks[us - 1];
  if (!o || o.sentence !== toks[k].sentence) return -1;
  const digits = o.kind === 'number' && ORDINAL_NUMBER.test(o.norm);
  return digits || (ORDINAL_WORDS.has(o.norm) && UPPER_FIRST.test(tokText(d, us - 1))) ? us - 1 : -1;
}

/** A segment that holds an editor's closing bracket without its opening one ("Kevin ] McCarthy", the title before it
 * split off "[ House Majority Leader Kevin ] McCarthy"): the words after the bracket, the name as quoted. */
function pastHalfBracket(d: Doc, seg: Unit[]): Unit[] {
  const k = editorClose(d, seg);
  return k > 0 && k < seg.length - 1 && d.tokens[seg[0].i - 1]?.norm !== '[' ? seg.slice(k + 1) : seg;
}

/** The editor's opening bracket of "[ Bashar ] Assad", before the segment's first word, when the segment holds its
 * closing bracket: the mention shows the bracket pair, not half of it. Its token, or -1. */
function editorBracket(d: Doc, seg: readonly Unit[]): number {
  const k = seg[0].i - 1;
  return d.tokens[k]?.norm === '[' && editorClose(d, seg) >= 0 ? k : -1;
}

/** The unit of an editor's closing bracket in a segment, or -1; not the particle's bracket of "[Mohammed Shia al-]
 * Sudani", which reads as the seeds print it. */
function editorClose(d: Doc, seg: readonly Unit[]): number {
  return seg.findIndex((u) => !u.word && d.tokens[u.i].norm === ']' && d.tokens[u.i - 1].norm !== '-');
}

/** The lowercase patronymic particle right before token k ("with bin Salman ’ s support"), in its sentence: its
 * token, or -1. The run of capitalised words starts after it, but the name is both words. */
function patronymBefore(d: Doc, k: number): number {
  const p = d.tokens[k - 1];
  if (!p || p.kind !== 'word' || !PATRONYM_PARTICLES.has(p.norm) || p.sentence !== d.tokens[k].sentence) return -1;
  const c = d.text.charCodeAt(p.start);
  return c >= 97 && c <= 122 && d.tokens[k].start - p.end === 1 ? k - 1 : -1;
}

/**
 * Where a name ending at token k stops: a legal form's period that also ends the sentence ("... and Lear Corp.") is
 * the sentence's full stop, as wire copy tokenises it, so the name is "Lear Corp"; elsewhere the token's end.
 */
function sentenceEndDot(d: Doc, si: number, k: number): number {
  const t = d.tokens[k];
  if (!LEGAL_FORMS.has(t.norm) || !t.norm.endsWith('.')) return t.end;
  const next = d.tokens[k + 1];
  const ends = !next || next.sentence !== si || (next.kind === 'punct' && CLOSERS.has(next.norm));
  return ends ? t.end - 1 : t.end;
}

/** Quotes and brackets that may close a sentence after its full stop. */
const CLOSERS: ReadonlySet<string> = new Set(['"', "'", ')', '\u201D', '\u2019']);

const SURNAME_HEADS = new Set(['house', 'church']);

/**
 * The type of a trimmed segment, strongest evidence first: its spelling, an initial before it, a leading gazetteer
 * name (split off, then the rest typed on its own: null is returned), its head word, a title before it, then the
 * words around it and its own words. null also when the segment is no name.
 */
function segmentType(
  d: Doc,
  si: number,
  seg: Unit[],
  text: string,
  norms: readonly string[],
  lead: number,
  title: string | null,
  ctx: Ctx,
  out: Mention[],
  defs: AcronymDefinition[],
): (TypeEvidence & { canonical?: string }) | null {
  const surface = surfaceType(d, si, seg, text, norms, ctx);
  if (surface) return surface === 'skip' ? null : surface;
  if (shipPrefix(norms) || vesselBefore(d, si, seg[0].i)) return { type: 'event', strength: 3, cue: 'a ship' };
  const law = seg.length > 1 ? lawHead(norms, isPersonStart, bodyHead) : '';
  if (law) return { type: 'event', strength: 3, cue: 'law: ' + law };
  const program = seg.length > 1 ? programHead(norms, bodyHead) : '';
  if (program) return { type: 'event', strength: 3, cue: 'programme: ' + program };
  // "ABC's This Week": a programme's title, a work, named but no actor (our MISC)
  if (seg.length > 1 && (norms[0] === 'this' || norms[0] === 'the') && broadcastTitle(d, seg[0].i))
    return { type: 'event', strength: 3, cue: 'programme title' };
  // "Ansar al-Sharia", "Jaish al-Islam": an Arabic group word opens the name (its head comes first)
  if (seg.length > 1 && ARABIC_GROUP_LEADS.has(norms[0]))
    return { type: 'group', strength: 3, cue: 'Arabic group word: ' + norms[0] };
  // "Latin American", "Southeast Asian", "Roman Catholic": a region's demonym, not a name
  if (seg.length === 2 && isRegionAdjective(norms[0]) && ctx.gaz.get(tokText(d, seg[1].i))?.type === 'demonym')
    return { type: 'demonym', strength: 3, cue: 'region and demonym', canonical: regionDemonym(d, seg, ctx) };
  const spelled = acronymPhraseType(d, seg, norms, ctx);
  if (spelled) return { type: spelled, strength: 3, cue: 'a name its acronym spells' };
  const head = headWord(norms);
  if (head === 'province' && groupProvince(d, si, seg, ctx))
    return { type: 'group', strength: 3, cue: "a group's province" };
  // "Dana House" is a person: a head word that is also a surname does not type a given name's segment
  const named = SURNAME_HEADS.has(head) && (FIRST_NAMES.has(norms[0]) || givenNames().has(norms[0]));
  const headType = named ? null : headTypeOf(head);
  if (!headType && placeLead(norms)) return { type: 'place', strength: 3, cue: 'geographic word: ' + norms[0] };
  if (lead >= 0 && !headType) return { type: 'person', strength: 3, cue: 'initial before a name' };
  if (seg.length > 1 && !headType) {
    const split = leadingName(d, seg, ctx);
    // `in` narrows in every compiler setting, the notebook kernel's included (a `whole` test does not there)
    if (split && !('entry' in split)) return { type: split.type, strength: 2, cue: split.cue };
    // "the American Dream": a people's adjective and a common noun capitalised with it are one name
    const noun = split && 'entry' in split && split.entry.type === 'demonym' ? nounAfterPeople(d, seg, ctx) : '';
    if (split && 'entry' in split && noun !== 'whole') {
      const pg = split.entry;
      const toks = d.tokens;
      const start = lead >= 0 ? lead : toks[seg[0].i].start;
      out.push(mk(d, si, start, toks[seg[split.len - 1].i].end, pg.type, pg.strength ?? 3, 'gazetteer', pg.canonical));
      if (noun !== 'plural') typeSegment(d, si, seg.slice(split.len), title, ctx, out, defs);
      return null;
    }
  }
  if (headType && seg.length > 1) {
    const team = headType === 'place' ? teamCue(d, si, seg[0].i, seg[seg.length - 1].i, ctx.table) : null;
    return team ? { type: 'org', strength: 3, cue: team } : { type: headType, strength: 3, cue: 'head word: ' + head };
  }
  // a form of address without its dot is a slightly weaker cue: one "Ms Fox" must not outvote the network "Fox"
  if (title) return { type: 'person', strength: UNDOTTED_HONORIFICS.has(title) ? 2 : 3, cue: 'title: ' + title };
  return evidenceFor(d, si, seg, norms, headType, ctx);
}

/** Lower-case words after an armed group's name ("Sinai Province group", "... Province militants"). */
const BRANCH_WORDS: ReadonlySet<string> = new Set([
  'group',
  'affiliate',
  'branch',
  'militants',
  'fighters',
  'jihadists',
]);

/**
 * "Sinai Province group", "Islamic State's Sinai Province": a province's name that a group's word follows, or that an
 * armed group's possessive comes before, names the group's branch there (an armed group of its own), not the region.
 * "Iraq's Anbar Province" stays a place: a country's possessive names its own province.
 */
function groupProvince(d: Doc, si: number, seg: readonly Unit[], ctx: Ctx): boolean {
  const toks = d.tokens;
  const after = toks[seg[seg.length - 1].i + 1];
  if (after?.sentence === si && BRANCH_WORDS.has(after.norm) && d.text.charCodeAt(after.start) >= 97) return true;
  const p = seg[0].i - 1;
  if (p < 1 || toks[p].sentence !== si || (toks[p].norm !== "'s" && toks[p].norm !== "'")) return false;
  for (let q = p - 1; q >= 0 && q >= p - 4 && toks[q].sentence === si && isCapLike(ctx.classes.at(q)); q--)
    if (ctx.gaz.get(d.text.slice(toks[q].start, toks[p - 1].end))?.type === 'group') return true;
  return false;
}

/**
 * The type a name's spelling alone gives: a gazetteer name (or its town's team in a results line), names joined by
 * "&", an acronym, an unknown word in capitals; 'skip' for an ordinary word in capitals; null to look further.
 */
function surfaceType(
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
  if (g) {
    const team = isTeam(d, si, seg, g, ctx);
    if (team) return { type: 'org', strength: 3, cue: team };
    if (g.type === 'place' && fixtureVenue(d, si, seg[0].i, seg[seg.length - 1].i))
      return { type: 'place', strength: 3, cue: 'venue of a fixture', canonical: g.canonical };
    return { type: g.type, strength: g.strength ?? 3, cue: 'gazetteer', canonical: g.canonical };
  }
  for (const u of seg) if (d.tokens[u.i].norm === '&') return { type: 'org', strength: 3, cue: 'names joined by &' };
  if (seg.length !== 1) return null;
  if (isCommonCaps(text, norms[0], ctx) || isCommonAbbreviation(text)) return 'skip';
  if (upper ? emphasisCaps(d, seg[0].i, ctx) : PERSONAL_PRONOUNS.has(norms[0])) return 'skip';
  if (!upper && loneLawHead(norms[0])) return lawAlone(d, seg[0].i);
  // "on Day One", "from Day 1": a day counted from a start, no name; "pre-Labor Day": the tail of a hyphened word's name
  if (norms[0] === 'day' && (countAfter(d, seg[0].i) || hyphenNameBefore(d, seg[0].i))) return 'skip';
  // "CUSIP: 072261", "DELIVERY: 45 days": a capitals label before a colon and a number heads a form's field, it names
  // nothing ("CNN: ..." and a transcript's "CRUZ: ..." before words are left alone)
  if (isAcronymShape(text) && formLabel(d, seg[0].i, si)) return 'skip';
  if (isAcronymShape(text)) return { type: 'org', strength: 1, cue: 'acronym' };
  // "AFL-CIO", "ASEAN-EU": two acronyms joined by a hyphen name one body (a person's name is not written so)
  if (HYPHENED_CAPS.test(text)) return { type: 'org', strength: 1, cue: 'acronym' };
  // an unknown all-caps word (a name in capitals: "POLITICO"): no evidence of its type
  if (upper && text.length >= 4 && ALL_CAPS_WORD.test(text)) return { type: 'unknown', strength: 1, cue: 'capitals' };
  return null;
}

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

/** Lower-case words of a vessel come right before token k in its sentence ("the aircraft carrier Abraham Lincoln"). */
function vesselBefore(d: Doc, si: number, k: number): boolean {
  const p = d.tokens[k - 1];
  if (!p || p.sentence !== si || p.kind !== 'word') return false;
  return vesselNounBefore(p.norm, d.tokens[k - 2]?.norm ?? '');
}

/** "Arab Spring", "Prague Spring": a people or a place and a season name a time of upheaval, an event (the season is
 * no place, though a town may be called "Spring"). */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/** How a name without a head word that starts with a gazetteer name is read. */
type LeadingName =
  { whole: false; len: number; entry: GazetteerEntry } | { whole: true; type: EntityType; cue: string };

/**
 * A name that starts with a gazetteer name and has no head word. A demonym or group before a name is split off
 * ("Iraqi Delegation", "Moroccan Mohamed Benchaou"). A place before other capitalised words names something of that
 * place ("Texas Rangers", "Manchester United", "Chittagong Cement": an organisation), unless a person's name follows
 * ("Kabul Hamid Karzai" is split); a given name that is also a town ("Chad Ogea", "Van Poppel") is no place at all.
 */
function leadingName(d: Doc, seg: readonly Unit[], ctx: Ctx): LeadingName | null {
  const toks = d.tokens;
  const start = toks[seg[0].i].start;
  if (seg.length === 2 && SEASONS.has(toks[seg[1].i].norm) && ctx.gaz.has(tokText(d, seg[0].i))) {
    return { whole: true, type: 'event', cue: 'a people or place and a season' };
  }
  for (let L = Math.min(3, seg.length - 1); L >= 1; L--) {
    const pre = d.text.slice(start, toks[seg[L - 1].i].end);
    const pg = ctx.gaz.get(pre);
    if (!pg || (pg.type === 'group' && L > 1)) continue;
    if (L === 1 && isPeopleWord(pre) && peoplesBody(d, seg, ctx)) return null;
    if (pg.type !== 'place') return { whole: false, len: L, entry: pg };
    const first = toks[seg[0].i].norm;
    const next = toks[seg[L].i].norm;
    const last = toks[seg[seg.length - 1].i].norm;
    const town = (pg.strength ?? 3) < 3;
    if (L === 1 && (PARTICLES.has(first) || givenNames().has(first) || FIRST_NAMES.has(first))) {
      if (town || surnameSet().has(last)) return null;
      // "Chad Ogea", "Jordan Vell": a given name that is a country, then one name word the corpus never writes in
      // lower case and no gazetteer knows, is a person too
      if (seg.length === 2 && !ctx.lowerUses.has(last) && !ctx.gazLower.has(last) && !headTypeOf(last)) return null;
    }
    // "Jordan Peterson": a place then a known surname is a person wherever the place (the given names list leaves out
    // the places people are named after)
    if (L === 1 && surnameSet().has(last) && seg.length === 2) return null;
    // "Chicago PMI", "U.S. Gulf", "Hong Kong Financial [Secretary]": a place before an acronym, another place or a
    // title's modifier is a place of its own
    const rest = d.text.slice(toks[seg[L].i].start, toks[seg[seg.length - 1].i].end);
    const restPlace = seg.length - L === 1 && (isAcronymShape(rest) || ctx.gaz.get(rest)?.type === 'place');
    if (FIRST_NAMES.has(next) || givenNames().has(next) || restPlace || ctx.beforeTitle) {
      return { whole: false, len: L, entry: pg };
    }
    return { whole: true, type: 'org', cue: 'place-named organisation' };
  }
  return null;
}

/** A plural's ending: not "crisis", "status", "class". */
const PLURAL_NOUN = /[^siu]s$/;

/**
 * A common noun after a people's adjective: the second of two words, one the corpus also writes in lower case, with no
 * head word and no name's spelling. In the singular the phrase names one thing ("the American Dream", "Islamic Jihad",
 * "the Western Wall": 'whole'); in the plural it is the people in a headline's capitals ("Spanish Doctors", "American
 * Citizens": 'plural', no name of its own). '' for any other word.
 */
function nounAfterPeople(d: Doc, seg: readonly Unit[], ctx: Ctx): 'whole' | 'plural' | '' {
  if (seg.length !== 2) return '';
  const n = d.tokens[seg[1].i].norm;
  const w = tokText(d, seg[1].i);
  if (!ctx.lowerUses.has(n) || ctx.gaz.has(w) || isAcronymShape(w) || headTypeOf(n)) return '';
  // "American Democrats", "Jewish Republican": a party's member is a group of its own
  const one = n.slice(0, -1);
  if (isPersonWord(n) || FIRST_NAMES.has(n) || ctx.gazLower.has(one) || PARTY_MEMBERS.has(n) || PARTY_MEMBERS.has(one))
    return '';
  return n.length > 3 && PLURAL_NOUN.test(n) ? 'plural' : 'whole';
}

/** "Luton 1 Rotherham 0": a town or region (not a country) that scores in a results line is its team. */
function isTeam(d: Doc, si: number, seg: readonly Unit[], g: GazetteerEntry, ctx: Ctx): string | null {
  if (g.type !== 'place' || (g.strength ?? 3) >= 3) return null;
  const first = seg[0].i;
  const last = seg[seg.length - 1].i;
  return (
    teamCue(d, si, first, last, ctx.table, true) ??
    orgContext(d, si, first, last, true) ??
    (ctx.sport ? transferCue(d, si, first) : null)
  );
}

/** A weak cue for a name ending in a word the corpus writes in lower case ("chief White House aide", "at Homeland
 * Security"): the name is a common-noun compound (an institution), so a role word or at/from says nothing of it. */
function commonNounEnding(norms: readonly string[], lowerSeen: WordSet): boolean {
  const last = norms[norms.length - 1];
  return norms.length > 1 && lowerSeen.has(last) && !PLACE_HEADS.has(last);
}

/** Role words that are also adjectives: after a determiner they modify a noun ("the official Facebook page", "its
 * chief Asia economist"), they do not name the person's role. */
const ADJECTIVE_ROLES: ReadonlySet<string> = new Set(['official', 'chief', 'general', 'premier', 'head']);

/** Whether the role word at token `r` is an adjective here (determiner before it). */
function adjectiveRole(toks: Doc['tokens'], r: number): boolean {
  return (
    r > 0 &&
    ADJECTIVE_ROLES.has(toks[r].norm) &&
    DETERMINERS.has(toks[r - 1].norm) &&
    toks[r - 1].sentence === toks[r].sentence
  );
}

/** The type of a name no gazetteer, title or strong head word typed: context, then name shape, then 'unknown'. */
function evidenceFor(
  d: Doc,
  si: number,
  seg: readonly Unit[],
  norms: readonly string[],
  headType: EntityType | null,
  ctx: Ctx,
): TypeEvidence {
  const toks = d.tokens;
  if (seg.length === 1 && isPartyWord(norms[0], ctx.gazLower)) return { type: 'group', strength: 3, cue: 'party word' };
  let ctxEv = contextEvidence(d, seg[0].i, seg[seg.length - 1].i);
  if (ctxEv && ctxEv.strength >= 3) return ctxEv;
  if (compassRegion(d, seg, norms)) return { type: 'place', strength: 2, cue: 'the + compass word' };
  // "Interested in Immigration?", "wasting their time on Immigration": an ordinary word of the corpus, capitalised,
  // is no place because a preposition comes before it (a gazetteer town named like a word is typed before this; "in
  // May", the month, keeps its cue, or the vote makes it Theresa May)
  if (ctxEv?.cue.startsWith('preposition') && seg.length === 1 && norms[0] !== 'may' && ordinaryWord(norms[0], ctx))
    ctxEv = null;
  const org = orgEvidence(d, si, seg[0].i, seg[seg.length - 1].i);
  if (org) return { type: 'org', ...org };
  if (isGroupPlural(norms[norms.length - 1], ctx.gazLower)) return { type: 'group', strength: 2, cue: 'group plural' };
  if (seg.length === 1 && !headType && peoplePlural(d, seg[0].i, ctx))
    return { type: 'group', strength: 2, cue: 'people plural' };
  const common = commonNounEnding(norms, ctx.lowerUses);
  if (common && ctxEv && ctxEv.strength < 2) ctxEv = null;
  const prev = seg[0].i - 1 >= 0 ? toks[seg[0].i - 1] : undefined;
  const role =
    prev &&
    prev.sentence === si &&
    ROLE_CUES.has(prev.norm) &&
    d.text.charCodeAt(prev.start) >= 97 &&
    !adjectiveRole(toks, seg[0].i - 1);
  if (role && !common) return { type: 'person', strength: 2, cue: 'role: ' + prev.norm };
  if (seg.length > 1 && FIRST_NAMES.has(norms[0])) return { type: 'person', strength: 2, cue: 'first name' };
  if (seg.length > 1 && NAME_PARTICLES.has(norms[0])) return { type: 'person', strength: 2, cue: 'name particle' };
  if (hasParticleWord(d, seg) || INFIX_NAME.test(tokText(d, seg[0].i)))
    return { type: 'person', strength: seg.length > 1 ? 2 : 1, cue: 'name particle' };
  if (seg.length > 2 && innerParticle(d, seg)) return { type: 'person', strength: 2, cue: 'name particle' };
  const frame = givenNames().has(norms[0]) ? null : businessFrame(d, si, seg[seg.length - 1].i);
  if (frame) return { type: 'org', strength: 2, cue: frame };
  // only in a report with a results or standings table: in other news "the Xs" is as often a people or a family
  if (seg.length === 1 && ctx.docTable && pluralNickname(d, si, seg[0].i, ctx.lowerUses, ctx.capMid, isPersonWord)) {
    return { type: 'org', strength: 2, cue: 'the + plural name' };
  }
  if (headType) return { type: headType, strength: 1, cue: 'head word' };
  const team = teamCue(d, si, seg[0].i, seg[seg.length - 1].i, ctx.table);
  if (team && (seg.length === 1 || team === RIDER_TEAM || !givenNames().has(norms[0])))
    return { type: 'org', strength: 3, cue: team };
  if (seg.length === 2 && nameAndTown(d, seg, norms, ctx))
    return { type: 'org', strength: 2, cue: 'a name and its town' };
  const text = d.text.slice(toks[seg[0].i].start, toks[seg[seg.length - 1].i].end);
  // "United We Dream": a name written as a phrase, with a pronoun inside, is no person's
  const phrase = seg.length > 2 && norms.some((w) => NAME_PRONOUNS.has(w));
  const nameEv = phrase ? null : nameEvidence(norms, text, ctx.lowerUses, seg.length > 1 && commonFirst(norms[0], ctx));
  // "Homeland Security [Secretary]", "Defense [Secretary]": title-case words right before a title are its department
  if (ctx.beforeTitle && nameEv?.cue === 'title-case words' && !ctxEv)
    return { type: 'org', strength: 1, cue: "a title's department" };
  // "Pentagon Press Secretary Ann Vale": one word no name list knows, before a post on an institution's staff
  if (ctx.beforeTitle && !nameEv && !ctxEv && seg.length === 1 && STAFF_POSTS.has(ctx.nextTitle))
    return { type: 'org', strength: 3, cue: "a staff post's institution" };
  if (nameEv && (!ctxEv || nameEv.strength > ctxEv.strength)) return nameEv;
  if (ctxEv) return ctxEv;
  return { type: 'unknown', strength: 1, cue: 'no evidence' };
}

/** Compass words that, capitalised after "the", name a region of the world or of a country. */
const COMPASS_WORDS: ReadonlySet<string> = new Set(
  'north south east west northeast northwest southeast southwest midwest'.split(' '),
);

/**
 * "the West", "the South", "the Southwest": a compass word alone, capitalised after "the", is a region (the West of
 * diplomacy, the American South), a place; never a person ("Rep. Allen West ... West said" has no "the").
 */
function compassRegion(d: Doc, seg: readonly Unit[], norms: readonly string[]): boolean {
  return seg.length === 1 && COMPASS_WORDS.has(norms[0]) && d.tokens[seg[0].i - 1]?.norm === 'the';
}

/**
 * A first word the corpus writes in lower case more than twice as often as it capitalises it inside a sentence
 * ("radio", "gold", "minor", "global"), and no particle: title case then says nothing of a person ("Radio Red", "Gold
 * Fields"). Given names that are also words are left out ("Rush Limbaugh", "Bill Maher").
 */
function commonFirst(norm: string, ctx: Ctx): boolean {
  if (JOIN_PARTICLES.has(norm) || WORD_GIVEN_NAMES.has(norm)) return false;
  return (ctx.lowerUses.get(norm) ?? 0) > 2 * (ctx.capMidUses.get(norm) ?? 0);
}

/** Posts held on an institution's staff, not by a person for a person. */
const STAFF_POSTS: ReadonlySet<string> = new Set(['press secretary', 'spokesman', 'spokeswoman', 'spokesperson']);

/**
 * "Inter Milan", "Dynamo Moscow", "Atlas Bangladesh": a name word then its town or country names a club or a firm
 * (people are not named after a place: a place that is also a surname, "Jordan", "Washington", is left out). The first
 * word is no given name or surname, no word the corpus writes in lower case ("Downtown Chicago", "First Chicago"), no
 * region word ("Northern Syria") and no adjective of a people or an era ("Nazi Germany").
 */
function nameAndTown(d: Doc, seg: readonly Unit[], norms: readonly string[], ctx: Ctx): boolean {
  const [first, last] = norms;
  const place = ctx.gaz.get(tokText(d, seg[1].i));
  if (place?.type !== 'place' || (place.strength ?? 3) < 3 || surnameSet().has(last)) return false;
  if (!CAPITALISED_WORD.test(tokText(d, seg[0].i)) || ctx.lowerUses.has(first) || ctx.gazLower.has(first)) return false;
  if (ADJECTIVE_ENDING.test(first) || isPeopleWord(tokText(d, seg[0].i))) return false; // "Nazi Germany", "Imperial Russia"
  return !isPersonStart(first) && !surnameSet().has(first) && !isRegionAdjective(first) && !PARTICLES.has(first);
}

/** Endings of adjectives of peoples, creeds and eras ("Nazi", "Communist", "Imperial", "Ottoman", "Islamic"). */
const ADJECTIVE_ENDING = /(?:i|ist|ic|al|an|ish|ese)$/;

/**
 * A faith or people word before words that name their body, not a person ("Lutheran Social Services", "Catholic
 * Bishops", "Mormon Tabernacle Choir"): no given name follows, and a following word is plural or a word the corpus
 * writes in lower case. The name is then kept whole ("Serb Ivo Marek" is still split).
 */
function peoplesBody(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  if (isPersonStart(d.tokens[seg[1].i].norm)) return false;
  for (let k = 1; k < seg.length; k++) if (ctx.lowerUses.has(d.tokens[seg[k].i].norm)) return true;
  return d.tokens[seg[seg.length - 1].i].norm.endsWith('s');
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
 * "Fullback Ann Body", "Bishop Tom Vale", "Ex-Ranger Bo Lund", "Lieutenant-Colonel Al Dee", "Mr Ivo Marek": one
 * capitalised role or rank word before a given name and a family name (three words in all) is no part of the name. The word is a form of
 * address (then any name may follow), or a word the corpus writes in lower case or a hyphened compound that is no
 * known name, given name or surname ("Fox Ann Body" is kept); a common word after the given name keeps the run whole
 * ("Holy Roman Emperor ...").
 */
function rolePrefix(d: Doc, seg: readonly Unit[], ctx: Ctx): boolean {
  if (seg.length < 3 || !seg[1].word) return false;
  for (let k = 2; k < seg.length; k++) if (ctx.lowerUses.has(d.tokens[seg[k].i].norm)) return false;
  const n = d.tokens[seg[0].i].norm.replace(/\.$/, '');
  if (ADDRESS_FORMS.has(n)) return true;
  if (seg.length !== 3 || !isPersonStart(d.tokens[seg[1].i].norm)) return false;
  if (isPersonStart(n) || surnameSet().has(n) || ctx.gazLower.has(n) || isAcronymShape(tokText(d, seg[0].i)))
    return false;
  // "South Carolina GOP": the word and the given name make a known name
  if (ctx.gaz.has(runText(d, seg.slice(0, 2)))) return false;
  return ctx.lowerUses.has(n) || n.indexOf('-') > 0;
}

/** "Central Americans" -> "Central American": the singular, so that both forms are one demonym. */
function regionDemonym(d: Doc, seg: readonly Unit[], ctx: Ctx): string {
  const w = tokText(d, seg[1].i);
  const one = w.endsWith('s') && ctx.gaz.get(w.slice(0, -1))?.type === 'demonym' ? w.slice(0, -1) : w;
  return tokText(d, seg[0].i) + ' ' + one;
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

/** Lowercase particles that, between capitalised words, only join a person's names ("Piet van Dalen", "Joao dos
 * Reis"); "de", "del" and "di" also join place names ("Ciudad del Este") and are left out. */
const PERSON_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ter', 'dos', 'da', 'du', 'wa', 'bin', 'ibn']);

/** A lowercase person particle inside the name, not first. */
function innerParticle(d: Doc, seg: readonly Unit[]): boolean {
  for (let k = 1; k < seg.length - 1; k++) {
    const t = d.tokens[seg[k].i];
    if (PERSON_PARTICLES.has(t.norm) && d.text.charCodeAt(t.start) >= 97) return true;
  }
  return false;
}

/** A word of the name with a particle glued on ("al-Shatri", "Al-Sudani"). */
function hasParticleWord(d: Doc, seg: readonly Unit[]): boolean {
  for (const u of seg) {
    const w = tokText(d, u.i);
    if (PARTICLE_WORD.test(w) || CAP_PARTICLE_WORD.test(w)) return true;
  }
  return false;
}

/**
 * "the Organisation for Security and Cooperation in Europe (OSCE)": a name that its acronym in brackets spells
 * across "and" or "in", where the run of capitalised words was cut, is one organisation (a known body, or a name
 * with an organisation's head word). Its pieces' mentions are replaced by the whole name, and the definition is
 * recorded. `open` is the bracket's token.
 */
function definedName(d: Doc, si: number, open: number, ctx: Ctx, out: Mention[], defs: AcronymDefinition[]): void {
  const toks = d.tokens;
  const acr = toks[open + 1];
  if (toks[open + 2]?.norm !== ')' || !acr || acr.sentence !== si) return;
  const a = d.text.slice(acr.start, acr.end);
  if (!isAcronymShape(a) || a.length < 3) return;
  let k = open;
  let joined = false;
  while (k - 1 >= d.sentences[si].tokenStart && open - k < 14) {
    const t = toks[k - 1];
    const cap = t.kind === 'word' && UPPER_FIRST.test(d.text[t.start]);
    if (!cap && !NAME_JOINERS.has(t.norm)) break;
    if (!cap && t.norm !== 'of' && t.norm !== 'for' && t.norm !== 'the') joined = true;
    k--;
  }
  if (!joined) return;
  const words: string[] = [];
  for (let q = k; q < open; q++) words.push(tokText(d, q));
  const n = matchesAcronym(words, a);
  if (!n) return partSpelled(d, si, k, words, a, out, defs);
  if (!words.slice(words.length - n).some((w) => w === 'and' || w === 'in' || w === 'on' || w === '&')) return;
  // a known body keeps its type and name ("ISIS"); another needs an organisation's head word ("Council for ..."):
  // a programme or a law ("Deferred Action on Childhood Arrivals", "... Act") is left as it was
  const known = ctx.gaz.get(a);
  const type = known ? known.type : headTypeOf(definedHead(words.slice(words.length - n)));
  if (type !== 'org' && type !== 'group') return;
  const start = toks[open - n].start;
  const end = toks[open - 1].end;
  for (let q = out.length - 1; q >= 0 && out[q].start >= start; q--) if (out[q].end <= end) out.splice(q, 1);
  out.push(mk(d, si, start, end, type, 3, 'spelled by its acronym', known?.canonical));
  defs.push({ acronym: a, expansion: d.text.slice(start, end), doc: d.id, start, end });
}

/** The head of a name its acronym spells: before its last "in", a place that ends it ("U.N. Interim Force [in
 * Lebanon]" is a force). */
function definedHead(words: readonly string[]): string {
  const norms = words.map((w) => w.toLowerCase());
  const at = norms.lastIndexOf('in');
  return headWord(at > 0 ? norms.slice(0, at) : norms);
}

/**
 * "Deferred Action for Parents of Americans and Lawful Permanent Residents ( DAPA )": the acronym spells the words
 * before an "and" inside the name, which goes on to the bracket. The whole is one name (a programme's or a body's, by
 * its head), a spelling of the acronym's expansion (the words it spells, the definition recorded), so that the long
 * form, the short one and the acronym are one entity. `k` is the token of words[0].
 */
function partSpelled(
  d: Doc,
  si: number,
  k: number,
  words: readonly string[],
  a: string,
  out: Mention[],
  defs: AcronymDefinition[],
): void {
  const at = words.lastIndexOf('and');
  const n = at > 1 ? matchesAcronym(words.slice(0, at), a) : 0;
  if (n < 2 || at === words.length - 1) return;
  const norms = words.slice(at - n).map((w) => w.toLowerCase());
  const head = programHead(norms.slice(0, n), bodyHead);
  const type = head ? 'event' : headTypeOf(headWord(norms.slice(0, n)));
  if (type !== 'event' && type !== 'org' && type !== 'group') return;
  const toks = d.tokens;
  const start = toks[k + at - n].start;
  const end = toks[k + words.length - 1].end;
  for (let q = out.length - 1; q >= 0 && out[q].start >= start; q--) if (out[q].end <= end) out.splice(q, 1);
  const m = mk(d, si, start, end, type, 3, 'spelled in part by its acronym');
  m.acronym = a;
  out.push(m);
  defs.push({ acronym: a, expansion: d.text.slice(start, toks[k + at - 1].end), doc: d.id, start, end });
}

/** "Syrian Democratic Forces (SDF)": record the definition and trim the mention to the words that spell the acronym. */
function findDefinition(d: Doc, seg: Unit[], m: Mention, defs: AcronymDefinition[]): void {
  const toks = d.tokens;
  const last = seg[seg.length - 1].i;
  const open = toks[last + 1];
  const acr = toks[last + 2];
  const close = toks[last + 3];
  if (!open || !acr || !close || open.norm !== '(' || close.norm !== ')') return;
  const a = d.text.slice(acr.start, acr.end);
  if (!isAcronymShape(a)) return;
  const words = seg.filter((u) => u.word).map((u) => d.text.slice(toks[u.i].start, toks[u.i].end));
  const n = matchesAcronym(words, a);
  if (!n) return;
  const wordUnits = seg.filter((u) => u.word);
  const first = wordUnits[wordUnits.length - n];
  const start = toks[first.i].start;
  defs.push({ acronym: a, expansion: d.text.slice(start, m.end), doc: d.id, start, end: m.end });
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
