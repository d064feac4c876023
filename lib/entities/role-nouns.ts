// Role nouns no title list holds, capitalised before a full name: "Chief Negotiator Saeb Vale", "Founding Father Ann
// Vale", "Gold Star Mother Jan Doe". The corpus decides which words are role nouns: it writes each of them in lower
// case ("the chief negotiator", "a founding father") at least as often as it capitalises them inside sentences.
import type { Doc } from '../types.js';
import { headTypeOf } from './head-words.js';
import { isPersonStart, unlistedGivenName } from './person-words.js';
import { isPeopleWord } from './peoples.js';
import { ordinaryWord } from './corpus-words.js';
import { WORD_GIVEN_NAMES } from './word-given-names.js';
import { STOPWORDS } from '../text/stopwords.js';
import { type Unit, type Ctx, tokText } from './scan-context.js';

/** A word in capitals ("GOP"): no family name in body text. */
const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** A plural's ending: not "-ss" ("Ross"). */
const PLURAL = /[^s]s$/;

/** At most this many role words before the name. */
const MAX_ROLE_WORDS = 3;

/**
 * Where a person's full name starts after capitalised role words at the head of units[from..]: one to three words,
 * each an ordinary word of the corpus (ordinaryWord) and no head word of a body, people's word or known name (nor do
 * they make one together or with the name's first word: "Long Island", "South Carolina"), then a given name of the
 * lists and one or two more name words that end the run (the last not in capitals), none of them an ordinary word, or
 * two or three name words the lists lack (unlistedGivenName: never written in lower case, no known name; no plural
 * unless after a title: `titled`). "of" may join role words ("Courtesy of"). -1 when the run does not read so.
 */
export function roleWordsEnd(
  d: Doc,
  units: readonly Unit[],
  words: readonly string[],
  from: number,
  titled: boolean,
  ctx: Ctx,
): number {
  const n = units.length;
  for (let q = from + 1; q <= from + MAX_ROLE_WORDS && q < n; q++) {
    const role = words.slice(from, q);
    // "Courtesy of Ann Vale": "of" inside the role words
    const inner = q - 1 > from && words[q - 1] === 'of';
    if (!inner && !roleWord(d, units[q - 1], words[q - 1], ctx)) return -1;
    if (ctx.gazLower.has(role.join(' '))) return -1;
    const left = n - q;
    if (left < 2 || left > 3 || !units.slice(q).every((u) => u.word)) continue;
    // "South Carolina GOP": the role words and the name's first word make a known name
    if (ctx.gazLower.has(words.slice(from, q + 1).join(' ')) || ALL_CAPS.test(tokText(d, units[n - 1].i))) return -1;
    if (isPersonStart(words[q]) && !words.slice(q + 1).some((w) => ordinaryWord(w, ctx))) return q;
    // a given name the lists lack ("Chief Negotiator Saeb Vale"): no word of the name is ever written in lower case,
    // and without a title before the role none is a plural ("Global Depositary Receipts")
    if (!titled && words.slice(q).some((w) => PLURAL.test(w))) continue;
    if (units.slice(q).every((u) => unlistedGivenName(d, u.i, ctx))) return q;
  }
  return -1;
}

/** The endings of nouns for people by what they do or are ("negotiator", "father", "strategist", "representative",
 * "spokeswoman", "emissary", "heiress"): general English, not names. "-ment" names a thing ("development"). */
const PERSON_NOUN_ENDING = /(?:er|or|ist|ian|ant|(?<!m)ent|ee|man|woman|person|ary|ess|ive)$/;

/** Nouns for people by role that have no such ending (general English, small). */
const BARE_ROLE_NOUNS: ReadonlySet<string> = new Set(
  'host chief aide envoy coach judge bishop rabbi imam cleric pilot nurse poet boss veteran'.split(' '),
);

/**
 * The role words units[from..role) found by `roleWordsEnd` are a person's title: after a title ("Secretary of Housing
 * and Urban Development"), joined by "of" ("Courtesy of"), or ending in a noun for a person (PERSON_NOUN_ENDING,
 * BARE_ROLE_NOUNS: "Chief Negotiator", "Founding Father", "Host"). Else they are a subhead run into the next sentence
 * ("The Economic Downside Donald Trump has insisted ...", "Interactive Video Feature Mitt Romney ..."): no title.
 */
export function roleWordsTitle(words: readonly string[], from: number, role: number, titled: boolean): boolean {
  if (titled || words.slice(from, role).includes('of')) return true;
  const last = words[role - 1];
  return PERSON_NOUN_ENDING.test(last) || BARE_ROLE_NOUNS.has(last);
}

/** Adjectives that open names of their own before a person's name ("the New Jim Crow", "Old Tom Vale"): no role. */
const NAME_ADJECTIVES: ReadonlySet<string> = new Set(['new', 'old', 'great', 'little', 'big', 'young', 'good', 'bad']);

/**
 * A capitalised word the corpus writes mostly in lower case that heads no body and names no people or place; no
 * function word ("Ever"), given name that is also a word ("Rich") or adjective that opens names (NAME_ADJECTIVES).
 */
function roleWord(d: Doc, u: Unit, w: string, ctx: Ctx): boolean {
  if (!u.word || !ordinaryWord(w, ctx) || headTypeOf(w) || ctx.gazLower.has(w)) return false;
  if (STOPWORDS.has(w) || WORD_GIVEN_NAMES.has(w) || NAME_ADJECTIVES.has(w)) return false;
  return !isPeopleWord(tokText(d, u.i)) && !isPersonStart(w);
}
