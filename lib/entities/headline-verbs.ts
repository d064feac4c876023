// A title-case line's verb right after a name: "Obama Authorizes Deploying Up To 450 More Troops", "Syria's Assad
// Visits Moscow", "Senator Ann Vale Signs The Pact". A headline capitalises every word, so a run of capitals goes on
// from the name into the verb and its object; the name ends before the verb. The verb is told by the corpus's own
// case counts (its stem written in lower case), never by a list of verbs.
import type { Doc } from '../types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isTitleCaseSentence } from '../text/title-case.js';
import { TITLES } from './gazetteer.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import { headTypeOf } from './head-words.js';
import { isPartyWord } from './party-words.js';
import { isPeopleWord } from './peoples.js';
import { isPersonStart, isPersonWord } from './person-words.js';
import { ordinaryOrInflected, ordinaryWord } from './corpus-words.js';
import { type Unit, type Ctx, tokText, runText } from './scan-context.js';
import { ALL_CAPS_WORD, CAPITALISED_WORD } from './word-shapes.js';

/** A headline verb's ending: -s (not -ss, -us, -is: "Congress", "Campus", "Genesis") or -ed. Not -ing: after a name
 * it is a firm's or a programme's word as often ("Yildiz Holding"). */
const VERB_ENDING = /(?:[^sui]s|ed)$/;

/** Plurals of kin that name a family or its firm after the surname ("Koch Brothers", "Lehman Brothers"). */
const KIN_PLURALS: ReadonlySet<string> = new Set(['brothers', 'sisters', 'sons', 'daughters', 'cousins', 'twins']);

/**
 * The index in `units` of a title-case line's verb right after a name, or -1: a capitalised word with a verb's
 * ending (`headlineVerb`) after the last word of a name (`endsName`), the run up to the verb no name the gazetteer
 * knows ("Manchester United"), in a sentence written in title case.
 */
export function verbAfterName(d: Doc, units: readonly Unit[], ctx: Ctx): number {
  for (let p = 1; p < units.length; p++) {
    if (!units[p].word || !units[p - 1].word || units[p].tail === true) continue;
    if (!headlineVerb(d, units[p].i, ctx) || !endsName(d, units[p - 1].i, ctx)) continue;
    if (givenNameOpens(d, units, p - 1) && (ctx.capMidUses.get(d.tokens[units[p].i].norm) ?? 0) > 1) continue;
    if (ctx.gaz.has(runText(d, units.slice(0, p + 1)))) continue;
    return isTitleCaseSentence(d, d.tokens[units[p].i].sentence) ? p : -1;
  }
  return -1;
}

/**
 * Token k reads as a headline's verb: capitalised, with a verb's ending, a form the corpus writes in lower case at
 * least as often as it capitalises it inside sentences (not "Sessions" of Jeff Sessions) and whose stem is an ordinary
 * word of the corpus ("Authorizes" beside "authorize"); no name word of the lists, title, head word ("News", "Forces"),
 * known name, party or people ("Democrats", "Kurds").
 */
function headlineVerb(d: Doc, k: number, ctx: Ctx): boolean {
  const n = d.tokens[k].norm;
  if (n.length < 4 || !VERB_ENDING.test(n) || KIN_PLURALS.has(n) || !CAPITALISED_WORD.test(tokText(d, k))) return false;
  if ((ctx.lowerUses.get(n) ?? 0) < (ctx.capMidUses.get(n) ?? 0)) return false;
  if (isPersonWord(n) || WORD_GIVEN_NAMES.has(n) || TITLES.has(n) || headTypeOf(n) || ctx.gazLower.has(n)) return false;
  if (isPartyWord(n.slice(0, -1), ctx.gazLower) || isPeopleWord(tokText(d, k))) return false;
  return ordinaryOrInflected(n, ctx);
}

/**
 * Token k can be the last word of a name: no ordinary word of the corpus ("Nuclear Talks", "Foreign Relations"),
 * given name that is a word ("Will"), title or stop word, and no place or people (a team: "Texas Rangers").
 */
function endsName(d: Doc, k: number, ctx: Ctx): boolean {
  const n = d.tokens[k].norm;
  if (ordinaryWord(n, ctx) || WORD_GIVEN_NAMES.has(n) || TITLES.has(n) || STOPWORDS.has(n)) return false;
  const g = ctx.gazLower.get(n);
  return g === undefined || g.type === 'person';
}

/**
 * Unit q is a given name that opens a name (first in the run or after a title): the word after it is its surname as
 * often as a verb ("Rep. Maxine Waters", "Mark Meadows" beside "Assad Visits Moscow"). The cut then needs a verb form
 * the corpus capitalises nowhere else inside a sentence (the line itself aside).
 */
function givenNameOpens(d: Doc, units: readonly Unit[], q: number): boolean {
  if (!isPersonStart(d.tokens[units[q].i].norm)) return false;
  return q === 0 || !units[q - 1].word || TITLES.has(d.tokens[units[q - 1].i].norm);
}

/** Auxiliaries and modals that open a yes-no question before its subject ("Should Obama …", "Can Ann Vale …"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  'should will would can could shall must may might does do did'.split(' '),
);

/**
 * "Should Obama Order Strikes on ISIS ?", "Should Hillary Run in 2016 ?": in a question that a modal or an auxiliary
 * opens (at the sentence's start or after a label's colon, "Urgent : Should …"), the subject's name is followed by the
 * bare verb, capitalised as a headline or a poll writes it. The index in `units` of the first word after the name
 * that the corpus writes in lower case at least as often as it capitalises it inside sentences, and that is no name
 * word of the lists, title, head word or known name; else -1.
 */
export function verbInModalQuestion(d: Doc, units: readonly Unit[], ctx: Ctx): number {
  const toks = d.tokens;
  const k = units[0].i - 1;
  const s = d.sentences[toks[units[0].i].sentence];
  if (k < s.tokenStart || !QUESTION_OPENERS.has(toks[k].norm) || toks[s.tokenEnd - 1].norm !== '?') return -1;
  if (k > s.tokenStart && toks[k - 1].norm !== ':') return -1;
  for (let p = 1; p < units.length; p++) {
    if (!units[p].word || !units[p - 1].word) continue;
    const n = toks[units[p].i].norm;
    if (!ordinaryWord(n, ctx) || isPersonWord(n) || TITLES.has(n) || headTypeOf(n) || ctx.gazLower.has(n)) continue;
    return CAPITALISED_WORD.test(tokText(d, units[p].i)) ? p : -1;
  }
  return -1;
}

/** The forms a headline verb's -s or -ed form implies, past and present participle ("passes": "passed", "passing";
 * "votes": "voted", "voting"; "carries": "carried", "carrying"), for the verb's witness in lower case. */
function verbForms(norm: string): { past: string[]; ing: string[] } {
  if (norm.endsWith('ed')) return { past: [], ing: [norm.slice(0, -2) + 'ing', norm.slice(0, -1) + 'ing'] };
  if (norm.endsWith('ies')) {
    const y = norm.slice(0, -3);
    return { past: [y + 'ied'], ing: [y + 'ying'] };
  }
  const e = norm.slice(0, -1); // "votes" -> "vote", "passes" -> "passe"
  const es = norm.slice(0, -2); // "passes" -> "pass"
  return {
    past: [e + 'd', e + 'ed', es + 'ed'],
    ing: [e + 'ing', e.slice(0, -1) + 'ing', es + 'ing'],
  };
}

/**
 * "HOUSE PASSES KATE 'S LAW", "SENATE BACKS ...": token k, in capitals, is the verb that follows a headline's
 * subject: a word of four letters or more with a verb's ending (-s or -ed), no name word, title, head word, known
 * name, party or people, whose other forms the corpus writes in lower case as a verb's ("passed" and "passing"
 * beside "PASSES"); a plural noun has none ("STUDENTS": no "studented"). Not a list of verbs: the corpus tells.
 */
export function capitalsVerb(d: Doc, k: number, ctx: Ctx): boolean {
  const t = d.tokens[k];
  if (!t || t.kind !== 'word' || !ALL_CAPS_WORD.test(tokText(d, k))) return false;
  const n = t.norm;
  if (n.length < 4 || !VERB_ENDING.test(n) || KIN_PLURALS.has(n) || STOPWORDS.has(n)) return false;
  if (isPersonWord(n) || WORD_GIVEN_NAMES.has(n) || TITLES.has(n) || headTypeOf(n) || ctx.gazLower.has(n)) return false;
  if (isPartyWord(n.slice(0, -1), ctx.gazLower) || isPeopleWord(n[0].toUpperCase() + n.slice(1))) return false;
  const { past, ing } = verbForms(n);
  const seen = (forms: string[]) => forms.some((f) => (ctx.lowerUses.get(f) ?? 0) > 0);
  return (past.length === 0 || seen(past)) && seen(ing);
}
