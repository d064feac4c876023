// A sentence's first word is capitalised whatever it is: a run that opens a sentence (or a clause after a colon or a
// quote) drops it when it is a common word ("Meanwhile Iran", "Officials said") and keeps it when it is a name, a
// given name, a particle or an acronym. Also the initialism whose spaced period ended a sentence ("the U.S . Critics").
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isAcronymShape } from './acronyms.js';
import { orgContext } from './org-cues.js';
import { givenWordOpensName } from './word-given-names.js';
import { FIRST_NAMES, PATRONYM_PARTICLES } from './gazetteer.js';
import { countedName } from './numerals.js';
import { eventLead } from './head-words.js';
import { commonWordPlace, ordinaryWord } from './corpus-words.js';
import { countedOf } from './counts.js';
import { isPersonWord } from './person-words.js';
import { type Unit, type Ctx, unitNorms, isNameUnit, tokText } from './scan-context.js';
import { titleLength, undottedHonorific } from './title-words.js';
import { JOIN_PARTICLES } from './token-classes.js';
import { PARTICLE_WORD, CAP_PARTICLE_WORD, UPPER_FIRST } from './word-shapes.js';
import { surnameWord, broadcastTitle } from './stop-caps.js';
import { nameOpenerInside, pairWrittenInside } from './repeated-names.js';

/** Sentence starters that are capitalised only because they start a sentence (a small corpus may never show them in lower case). */
export const COMMON_STARTERS = new Set([
  'according',
  'earlier',
  'later',
  'meanwhile',
  'however',
  'despite',
  'while',
  'although',
  'though',
  'after',
  'before',
  'since',
  'during',
  'following',
  'regarding',
  'addressing',
  'amid',
  'under',
  'over',
  'speaking',
  'asked',
  'today',
  'yesterday',
  'tomorrow',
  'last',
  'next',
  'first',
  'second',
  'third',
  'new',
  'high',
  'several',
  'both',
  'other',
  'another',
  'some',
  'many',
  'most',
  'more',
  'such',
  'these',
  'those',
  'this',
  'that',
  'there',
  'here',
  'officials',
  'sources',
  'reports',
  'analysts',
  'critics',
  'observers',
  'residents',
  'local',
  'former',
  'senior',
  'top',
  'acting',
  'interim',
  'about',
  'around',
  'nearly',
  'almost',
  'only',
  'also',
  'yet',
  'still',
  'instead',
  'indeed',
  'thus',
  'overall',
  'separately',
  'additionally',
  'moreover',
  'furthermore',
  'elsewhere',
  'once',
  'now',
  'then',
  'when',
  'where',
  'why',
  'how',
  'what',
  'who',
  'whose',
  'which',
  // correlatives: "( Neither the Bush nor the Rubio campaign", "Either Vale or"
  'neither',
  'either',
  'if',
  'unless',
  'until',
  'as',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'without',
  'within',
  'between',
  'against',
  'toward',
  'towards',
  'through',
  'throughout',
  'unlike',
  'like',
  'given',
  'based',
  'citing',
  'quoting',
  'separately',
  'updated',
  'breaking',
  'exclusive',
  'analysis',
  'opinion',
  'editorial',
  'watch',
  'listen',
  'read',
  'see',
  'photo',
  'video',
  'security',
  'government',
  'military',
  'political',
  'armed',
  'foreign',
  'regional',
  'international',
  'national',
  'local',
  'officials',
  'people',
  'we',
  'they',
  'he',
  'she',
]);

/**
 * Whether a run's sentence-initial first word is a common word capitalised only because it starts the sentence. Kept:
 * gazetteer names (and the first words of one: "South Africa"), given names, particles, acronyms, and a word the run
 * continues over a joiner ("Health and Human Services": the joiner rules judged the whole a name). In a table line the
 * first cell is a name ("Port Vale 2 Oxford 0"), so only stopwords and sentence starters are dropped there; a lone
 * word before a colon ("Attendance: 12,000", "Scorers:") is a label.
 */
export function dropsFirstWord(d: Doc, units: readonly Unit[], ctx: Ctx, clause = false): boolean {
  const toks = d.tokens;
  const t0 = toks[units[0].i];
  const w = d.text.slice(t0.start, t0.end);
  const n = t0.norm;
  const g = ctx.gaz.get(w);
  const two = units.length > 1 ? d.text.slice(t0.start, toks[units[1].i].end) : '';
  const special =
    (g !== undefined && !commonWordPlace(g, n, ctx)) ||
    (two !== '' && ctx.gaz.has(two)) ||
    (ctx.gazLower.has(n) && w === w.toUpperCase() && !commonWordPlace(ctx.gazLower.get(n), n, ctx)) ||
    FIRST_NAMES.has(n) ||
    (units.length > 1 && givenWordOpensName(d, units[0].i, (j) => surnameWord(d, j, ctx))) || // "Bill Clinton"
    (PATRONYM_PARTICLES.has(n) && units.length > 1) || // "Bin Laden 's aides": the particle opens the name
    PARTICLE_WORD.test(w) ||
    CAP_PARTICLE_WORD.test(w) ||
    isAcronymShape(w) ||
    broadcastTitle(d, units[0].i) ||
    countedOf(d, units) ||
    countedName(unitNorms(d, units)) || // "World War II ended"
    eventLead(unitNorms(d, units)) || // "Operation Coyote , designed to ...": the event's word opens its name
    // "Health and Human Services", "Chamber of Commerce"; not a name particle ("Unlike bin Laden": the name follows)
    (units.length > 2 && !isNameUnit(d, units[1]) && !JOIN_PARTICLES.has(toks[units[1].i].norm)) ||
    (units.length > 2 && titleLength(unitNorms(d, units), 0, units.length) > 1) || // "National Security Adviser X"
    (units.length > 1 && undottedHonorific(d, units, unitNorms(d, units), 0)) || // "Mrs Vale declined": split later
    (units.length === 2 && w === 'Miss'); // "Miss Vale began": the form of address opens the name
  if (special) return false;
  if (STOPWORDS.has(n) || COMMON_STARTERS.has(n)) return true;
  if (writtenAsName(d, units)) return false;
  // "Ford shares fell" (not "Restaurant owners say": a word the corpus writes in lower case at least as often)
  if (units.length === 1 && !ordinaryWord(n, ctx) && orgContext(d, t0.sentence, units[0].i, units[0].i)) return false;
  const label = units.length === 1 && toks[units[0].i + 1]?.norm === ':';
  if (ctx.table) return !clause && (label || (units.length === 1 && ctx.lowerUses.has(n)));
  const common = ordinaryWord(n, ctx) || ((n.endsWith('ing') || n.endsWith('ly')) && n.length > 4);
  if (clause) return common && n.length > 1 && !(isPersonWord(n) && (units.length > 1 || speaks(d, units[0].i)));
  // "Nations that have to decide": a word the corpus writes in lower case and capitalises only inside longer names
  // (not a given name or surname: "Bash added", after "Dana Bash")
  const inNamesOnly = units.length === 1 && ctx.lowerUses.has(n) && !ctx.capAlone.has(n) && !isPersonWord(n);
  return common || label || inNamesOnly || (units.length === 1 && !ctx.capMid.has(w));
}

/**
 * "Ban Ki-moon said" opening a sentence or a clause: the article writes the same two words inside a sentence
 * ("Secretary-General Ban Ki-moon"); "'' Ban said": the lone word before a verb of saying opens a name there. A
 * name, not a capitalised ordinary word.
 */
function writtenAsName(d: Doc, units: readonly Unit[]): boolean {
  const i = units[0].i;
  // a title opening the run ("Sheriff Vale") is split off later, not kept as a name's word
  if (titleLength(unitNorms(d, units), 0, units.length) > 0) return false;
  if (units.length > 1) return units[1].i === i + 1 && pairWrittenInside(d, i);
  return speaks(d, i) && nameOpenerInside(d, i);
}

/** The word at i, left alone after a dropped first word, is an ordinary word and no known name or name word. */
export function leftOrdinary(d: Doc, i: number, ctx: Ctx): boolean {
  const n = d.tokens[i].norm;
  const w = tokText(d, i);
  if (!UPPER_FIRST.test(w) || ctx.gaz.has(w) || isAcronymShape(w)) return false; // "Ousting al-Assad"
  return ordinaryWord(n, ctx) && !isPersonWord(n);
}

/** Verbs of saying right after a word: "Green said" is the person, a surname the corpus also writes as a word. */
const SAYS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'noted']);

/** The word at i is followed by a verb of saying. */
function speaks(d: Doc, i: number): boolean {
  return SAYS.has(d.tokens[i + 1]?.norm ?? '');
}

/**
 * "came to the U.S . Critics said": a period the copy spaced off an initialism may end the sentence; an ordinary word
 * alone after it opens the next one ("U.S . Citizenship and Immigration Services" is a longer run).
 */
export function initialismEndsSentence(d: Doc, units: readonly Unit[], ctx: Ctx): boolean {
  return units.length === 2 && spacedInitialism(d, units[0].i) && ordinaryWord(d.tokens[units[1].i].norm, ctx);
}

/** A dotted initialism whose last period the copy spaced off, one token ("U.S ."). */
function spacedInitialism(d: Doc, k: number): boolean {
  const t = d.tokens[k];
  return t.kind === 'word' && t.end - t.start > 3 && d.text.charCodeAt(t.end - 2) === 32;
}
