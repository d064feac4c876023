// Names written as a phrase of purpose or state: "Americans for Tax Reform", "Combatants for Peace", "Freedom for
// Immigrants", "CASA in Action", "Lives in Limbo". The words after "for" or "in" are ordinary words of the corpus
// ("peace", "immigrants", "action"), capitalised in a sentence of prose: nothing but a name capitalises them there,
// so the name goes on across the joiner. A place, a person, a people or a month after it is a seat, a cause or a
// date ("Americans for Iranians", "Congress in May", "Trump Tower in New York"), not the name's own words.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isTitleCaseSentence } from '../text/title-case.js';
import { MONTHS, WEEKDAYS } from '../util/calendar.js';
import { TITLES } from './gazetteer.js';
import { ordinaryWord } from './corpus-words.js';
import { isPeopleWord } from './peoples.js';
import { isPersonStart } from './person-words.js';
import { type Unit, type Ctx, adjacent, capRunEnd, runText, tokText } from './scan-context.js';
import { C } from './token-classes.js';
import { ALL_CAPS_WORD, CAPITALISED_WORD } from './word-shapes.js';
import { stopCap } from './stop-caps.js';

/** The joiners of such names. */
const PURPOSE_JOINERS: ReadonlySet<string> = new Set(['for', 'in']);

/** Most words on either side of the joiner ("Americans for Limited Government", "Republicans for Immigration Reform"). */
const MAX_SIDE = 3;

/** Months and weekdays, which the corpus writes in lower case too ("may", "march") and which date a clause. */
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

/** Token k is a capitalised ordinary word of the corpus (see above) that a name may hold after its joiner. */
function plainCapitalised(d: Doc, k: number, ctx: Ctx): boolean {
  const n = d.tokens[k].norm;
  if (!CAPITALISED_WORD.test(tokText(d, k)) || !ordinaryWord(n, ctx) || stopCap(d, k, ctx)) return false;
  if (STOPWORDS.has(n) || DATE_WORDS.has(n) || TITLES.has(n) || isPersonStart(n)) return false;
  return !ctx.gazLower.has(n) && !isPeopleWord(tokText(d, k));
}

/** A plural's ending: -s, not -ss or -us ("Kids", "Lives", not "Congress", "Campus"). */
const PLURAL = /[^su]s$/;

/**
 * The run before the joiner may open such a name: no name the gazetteer knows but a people ("Afghanistan for Stars",
 * "ICE for Enforcement"; "Americans for Tax Reform" is one) and no person's given name first ("Ann Vale in Migration Review"). Before "in", one word that is an
 * acronym or a plural ("CASA in Action", "Kids in Need"): "in" after a body, a prize or an adjective says where or
 * in what ("the Court in Heckler", "Nobel Prize in Physics", "Interested in Immigration").
 */
function purposeRun(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): boolean {
  const toks = d.tokens;
  const known = ctx.gaz.get(runText(d, units));
  if ((known && known.type !== 'demonym') || isPersonStart(toks[units[0].i].norm)) return false;
  if (toks[j].norm !== 'in') return true;
  const w = tokText(d, units[0].i);
  return units.length === 1 && (ALL_CAPS_WORD.test(w) || PLURAL.test(toks[units[0].i].norm));
}

/**
 * The joiner at j ("for", "in") continues the run `units` into a name of purpose (see above): the run is one to three
 * capitalised words with no title or stop word (`purposeRun`), in a sentence not written in title case; after the joiner, one to
 * three capitalised ordinary words (`plainCapitalised`) on the same line end the capitals, and none of them, nor the
 * whole, is a name the gazetteer knows. The joiner's unit, or null.
 */
export function purposeJoiner(d: Doc, j: number, units: readonly Unit[], ctx: Ctx): Unit[] | null {
  const toks = d.tokens;
  const cls = ctx.classes;
  if (!PURPOSE_JOINERS.has(toks[j].norm) || units.length > MAX_SIDE || !units.every((u) => u.word)) return null;
  for (const u of units) if (TITLES.has(toks[u.i].norm) || STOPWORDS.has(toks[u.i].norm)) return null;
  if (!purposeRun(d, j, units, ctx)) return null;
  const k = j + 1;
  if (k >= cls.end || cls.at(k) !== C.Cap || !adjacent(d, j, k)) return null;
  const e = capRunEnd(k, cls);
  if (e - k + 1 > MAX_SIDE || !adjacent(d, k, e)) return null;
  for (let q = k; q <= e; q++) if (!plainCapitalised(d, q, ctx)) return null;
  if (ctx.gaz.has(d.text.slice(toks[k].start, toks[e].end))) return null;
  return isTitleCaseSentence(d, toks[j].sentence) ? null : [{ i: j, word: true }];
}
