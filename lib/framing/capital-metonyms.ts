// Capitals standing for their governments: "Damascus denied …", "Tehran's nuclear program", "Washington and Moscow
// agreed". A capital of an independent state (world-countries' capitals, lib/entities/world.ts) is a label of
// "<State> (government)" when it acts: the subject of a verb of speech, judgement or decision (an auxiliary or "and"
// with another capital or state may stand between), or a possessive before a word that is no part of a city
// ("Tehran's program", not "Damascus's suburbs"). A capital after a preposition ("fighting in Damascus", "officials in
// Tehran said") or before a noun ("Damascus residents") is the city, a place, and no label. These labels are names,
// so they are no side of a contrast or a proportion (label-contrast.ts reads only lower-case variants): news uses a
// capital for a government in every outlet's style, without judging it; they show in the label table. An article that
// writes "<capital> County" means the county by the name alone ("Nassau's voting-age public").
import type { Doc, Token } from '../types.js';
import { capitalStates } from '../entities/world.js';
import { gazetteerMaps } from '../entities/gazetteer.js';
import { auxiliaryOf, isStopword } from '../text/stopwords.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { REPORTING_VERBS, STATEMENT_ACTS } from './quotes.js';
import type { EntityIndex, NamedAt, StateNamed } from './leader-states.js';

/** Verbs of a government acting or deciding, besides the reporting and judging verbs (general English, present and past). */
const ACTS = [
  ...'agreed agrees refused refuses rejects vowed vows pledged pledges threatened threatens demanded demands'.split(
    ' ',
  ),
  ...'wants wanted sought seeks signed signs approved approves ordered orders backed backs supports supported'.split(
    ' ',
  ),
  ...'accuses blames denies insists retaliated responded hopes hoped fears feared considers considered'.split(' '),
  ...'recognized recognised recalled expelled imposed launched struck sent sends offered offers'.split(' '),
  ...'opposes opposed condemns criticizes agreed urges appears seemed seems views viewed'.split(' '),
];
/** Verbs of speaking, judging and acting whose subject is an actor (also the verbs after a bare role noun, bare-roles.ts). */
export const ACTING_VERBS: ReadonlySet<string> = new Set([...REPORTING_VERBS, ...STATEMENT_ACTS, ...ACTS]);

/** Words that may stand between a subject and its verb: auxiliaries, negation, an adverb of time. */
const BETWEEN: ReadonlySet<string> = new Set(
  "has have had will would could can may might must should did does also not n't already now still publicly".split(' '),
);

/** Prepositions before a place: "in Damascus", "to Tehran", "outside Baghdad". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at from to into near outside around across toward towards through over of between inside within via on off onto beyond against with for by about under after before behind'.split(
    ' ',
  ),
);

/** Nouns (and the direction words before them) of a city as a place, after its possessive: "Damascus's suburbs". */
const CITY_WORDS: ReadonlySet<string> = new Set(
  (
    'suburbs suburb outskirts streets street residents resident airport neighborhood neighborhoods neighbourhood ' +
    'neighbourhoods district districts center centre downtown mayor population skyline old university citizens twin ' +
    'subway metro traffic police crowded capital ' +
    'people hospitals hospital markets market governor city port squares square northern southern eastern western ' +
    'central main largest biggest'
  )
    .split(' ')
    .filter(Boolean),
);

/**
 * Words of team sports (general English): a capital acting near one is a team ("Washington has enjoyed great regular
 * season success", "Washington could turn to Strasburg or fellow starter Patrick Corbin"), not a government. Words
 * politics shares ("game", "team", "season", "fans", "race") are left out.
 */
const SPORTS: ReadonlySet<string> = new Set(
  (
    'postseason preseason playoff playoffs inning innings pitcher pitchers pitching bullpen quarterback quarterbacks ' +
    'touchdown touchdowns halftime ballpark stadium roster rosters coach coaches lineup starter starters slugger ' +
    'batting hitter hitters rookie rookies league leagues tournament championship championships goalkeeper striker ' +
    'midfielder baseball football basketball hockey soccer nfl nba mlb nhl'
  ).split(' '),
);

/**
 * Capitals whose name stands for a union of states seated there more than for their own state: "Brussels will change
 * them" is the European Union (and NATO), not Belgium's government.
 */
const UNION_SEATS: ReadonlySet<string> = new Set(['Brussels']);

/** True when the sentence of token `j`, or the one before or after it, has a word of team sports. */
function sportsNear(d: Doc, j: number): boolean {
  const toks = d.tokens;
  const s = toks[j].sentence;
  let a = j;
  while (a > 0 && toks[a - 1].sentence >= s - 1) a--;
  for (let k = a; k < toks.length && toks[k].sentence <= s + 1; k++) {
    const n = toks[k].norm;
    if (toks[k].kind !== 'word' || !lower(d, toks[k])) continue;
    if (SPORTS.has(n) || (n.includes('-') && n.split('-').some((w) => SPORTS.has(w)))) return true;
  }
  return false;
}

let firstWords: Set<string> | null = null;

/** Lowercase first words of the capitals: a cheap test before the mention lookup. */
function capitalFirstWords(): ReadonlySet<string> {
  firstWords ??= new Set([...capitalStates().keys()].map((c) => c.split(/\s/)[0].toLowerCase()));
  return firstWords;
}

/** A capital's mention used as its government, and the state it stands for. */
export interface CapitalUse {
  named: NamedAt;
  state: string;
}

/** The capital named at token `j` (as a whole mention starting there), with its state; undefined for anything else. */
function capitalAt(d: Doc, j: number, ix: EntityIndex): CapitalUse | undefined {
  const named = ix.at(d.id, j);
  if (!named || !named.whole || named.a !== j || named.e.type !== 'place') return undefined;
  const text = d.text.slice(d.tokens[named.a].start, d.tokens[named.b].end);
  const state = capitalStates().get(text);
  return state ? { named, state } : undefined;
}

/** Modal verbs: after one, the next word is the subject's verb ("Tehran would retaliate", "Washington must act"). */
const MODALS: ReadonlySet<string> = new Set('will would could can may might must should'.split(' '));

/** Adverbs of degree inside a noun phrase ("Tehran's most affluent neighborhoods"). */
const DEGREE: ReadonlySet<string> = new Set(['most', 'more', 'very', 'less', 'least']);

/** Verbs after a modal that say what a name is or means, not what a government does. */
const NOT_ACTS: ReadonlySet<string> = new Set(['be', 'mean', 'refer', 'stand']);

/** True when word token `t` of `d` is lower case. */
const lower = (d: Doc, t: Token) => t.kind === 'word' && STARTS_LOWER.test(d.text[t.start]);

/**
 * True when the words after the capital ending at token `b` make it the subject of an acting verb: a verb of the
 * lists, a participle after "has" ("Tehran has denied"), or a verb other than "be" after a modal ("Washington must
 * act"). An auxiliary, a negation or "and" with another place may stand between.
 */
function actsAfter(d: Doc, b: number, ix: EntityIndex): boolean {
  const toks = d.tokens;
  const s = toks[b].sentence;
  let k = b + 1;
  // "Washington and Moscow agreed": another capital or state in the subject
  if (toks[k]?.norm === 'and' && toks[k].sentence === s) {
    const other = ix.at(d.id, k + 1);
    if (other && other.a === k + 1 && other.e.type === 'place') k = other.b + 1;
  }
  let modal = false,
    perfect = false;
  for (let n = 0; toks[k] && toks[k].sentence === s && n < 3 && BETWEEN.has(auxiliaryOf(toks[k].norm)); n++, k++) {
    const w = auxiliaryOf(toks[k].norm);
    modal ||= MODALS.has(w);
    perfect ||= /^ha[sd]e?$|^have$/.test(w);
  }
  const t = toks[k];
  if (!t || t.sentence !== s || !lower(d, t) || isStopword(t.norm)) return false;
  // "Rome might mean any infidel army": a name used as a word, not an actor
  return ACTING_VERBS.has(t.norm) || (modal && !NOT_ACTS.has(t.norm)) || (perfect && /ed$/.test(t.norm));
}

/** True when the capital ending at token `b` is a possessive before a word that is no part of a city. */
function ownsAfter(d: Doc, b: number): boolean {
  const toks = d.tokens;
  const p = toks[b + 1];
  if (!p || p.sentence !== toks[b].sentence || (p.norm !== "'s" && p.norm !== "'")) return false;
  const n = toks[b + 2];
  if (!n || n.sentence !== p.sentence || !lower(d, n)) return false;
  // "Cairo's twin city", "Tehran's most affluent neighborhoods", "Beirut's mainly Shiite southern suburbs": a city
  // word among the first few words of the phrase (a function word or punctuation ends it)
  for (let k = b + 2; k <= b + 5; k++) {
    const t = toks[k];
    if (!t || t.sentence !== p.sentence || t.kind !== 'word' || (isStopword(t.norm) && !DEGREE.has(t.norm))) break;
    if (CITY_WORDS.has(t.norm)) return false;
  }
  return true;
}

let countries: Set<string> | null = null;

/** The independent state a place name names: a country (by the gazetteer's canonical name) or its capital. */
export function countryOfPlace(name: string): string | undefined {
  countries ??= new Set(capitalStates().values());
  const canonical = gazetteerMaps().exact.get(name)?.canonical ?? name;
  return capitalStates().get(name) ?? (countries.has(canonical) ? canonical : undefined);
}

/** True when a place name is a capital or a country. */
const stateLike = (name: string) => countryOfPlace(name) !== undefined;

/**
 * True when the words before the capital starting at token `a` make it a city or a name: a capitalised word of the
 * same sentence ("Embassy Tripoli"), a city word before a preposition ("the state of Washington's", "the streets of
 * Cairo"), or "and"/"or" after a place that is no state ("New York and Washington", the states).
 */
function cityBefore(d: Doc, a: number, ix: EntityIndex): boolean {
  const toks = d.tokens;
  const prev = toks[a - 1];
  if (!prev || prev.sentence !== toks[a].sentence) return false;
  if (prev.kind === 'word' && STARTS_UPPER.test(d.text[prev.start]) && toks[a - 2]?.sentence === prev.sentence)
    return true;
  const before = toks[a - 2];
  if (!before || before.sentence !== prev.sentence) return false;
  if (PLACE_PREPOSITIONS.has(prev.norm) && (CITY_WORDS.has(before.norm) || before.norm === 'state')) return true;
  if (prev.norm !== 'and' && prev.norm !== 'or') return false;
  const other = ix.at(d.id, a - 2);
  if (!other || other.e.type !== 'place') return false;
  return !stateLike(d.text.slice(toks[other.a].start, toks[other.b].end));
}

/** Words after a name that make it a county or a like division of a state ("Nassau County", "Orleans Parish"). */
const COUNTY_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough']);

/** Names the doc writes before "County" (or "Parish", "Borough"), capitalised: its places of that name are counties. */
function countyNames(d: Doc): Set<string> {
  const out = new Set<string>();
  const toks = d.tokens;
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    if (
      !COUNTY_WORDS.has(t.norm) ||
      !STARTS_UPPER.test(d.text[t.start]) ||
      !STARTS_UPPER.test(d.text[toks[k - 1].start])
    )
      continue;
    // the name's words before "County", capitalised, in the same sentence ("San Juan County")
    let a = k - 1;
    while (
      a > 0 &&
      toks[a - 1].sentence === t.sentence &&
      toks[a - 1].kind === 'word' &&
      STARTS_UPPER.test(d.text[toks[a - 1].start]) &&
      k - a < 3
    )
      a--;
    for (let b = a; b < k; b++) out.add(d.text.slice(toks[b].start, toks[k - 1].end));
  }
  return out;
}

/**
 * Capitals of a doc used for their governments: the capital is a whole place mention, not after a preposition, and
 * the subject of an acting verb or a possessive before a word that is no part of a city. `named` turns the state's
 * name into the corpus's entity.
 */
export function capitalMetonyms(
  d: Doc,
  ix: EntityIndex,
  named: StateNamed,
): (CapitalUse & { id: string; name: string })[] {
  const out: (CapitalUse & { id: string; name: string })[] = [];
  const toks: readonly Token[] = d.tokens;
  const firsts = capitalFirstWords();
  const counties = countyNames(d);
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j];
    if (t.kind !== 'word' || !firsts.has(t.norm) || !STARTS_UPPER.test(d.text[t.start])) continue;
    const c = capitalAt(d, j, ix);
    if (!c) continue;
    j = c.named.b;
    const text = d.text.slice(t.start, toks[c.named.b].end);
    // "Nassau County … Nassau's voting-age public": the article's place of that name is a county, not the capital
    if (cityBefore(d, c.named.a, ix) || UNION_SEATS.has(text) || counties.has(text)) continue;
    // after a preposition the capital is the place ("fighting in Damascus", "action against Damascus would …"); a
    // possessive may still be the government's ("without Moscow's veto")
    const prev = toks[c.named.a - 1];
    const place = !!prev && prev.sentence === t.sentence && PLACE_PREPOSITIONS.has(prev.norm);
    if (!ownsAfter(d, c.named.b) && (place || !actsAfter(d, c.named.b, ix))) continue;
    // a team named for its city ("Washington's postseason path")
    if (sportsNear(d, c.named.a)) continue;
    const st = named(c.state);
    out.push({ ...c, id: st.id, name: st.name });
  }
  return out;
}
