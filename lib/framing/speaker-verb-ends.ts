// A speaker phrase that ran into its own verb: "The guard said" (that …), "Iranian leaders now say", "One border patrol
// agent can be heard" (saying …), "A memo found" (later stated …), "the report does n't say". The phrase read for
// its kind and name ends before the verb, its auxiliaries and its adverbs: "The guard", "Iranian leaders", "A memo".
// Pure: a phrase in, its length without the verb out.
import { VERB_WORDS } from './speech-verbs.js';
import { WEEKDAYS } from '../util/calendar.js';

/**
 * Verbs of saying that are plural nouns too, closing a speaker phrase as its head: "media reports", "his claims",
 * "the notes", "Gulf states". They stay.
 */
const NOUN_FORMS: ReadonlySet<string> = new Set(['reports', 'claims', 'notes', 'states']);
/**
 * Past forms that close a phrase as its verb besides the verbs of saying: what a document or a poll "found" or
 * "showed" ("A 2013 poll found", "A memo found later stated", "The study showed"), what a court "ruled" or "held",
 * what can be "heard" on a recording (after "be": "can be heard").
 */
const OTHER_CLOSERS: ReadonlySet<string> = new Set(['found', 'showed', 'ruled', 'held']);
/**
 * Words left before a cut verb that belong to it: auxiliaries and modals, negations (as written and tokenised:
 * "does n't"), adverbs of time and frequency ("now", "also"; words in -ly are read apart).
 */
const VERB_GROUP_WORDS: ReadonlySet<string> = new Set([
  ...'can could may might will would must should shall does do did has have had is are was were be been'.split(' '),
  ...["n't", 'not', 'never', "doesn't", "don't", "didn't", 'n’t', 'doesn’t', 'don’t', 'didn’t'],
  ...'also now later then further again already still just often always long first once recently'.split(' '),
  // a day between the subject and its verb ("President Doe on Thursday denied", "a new poll Sunday found")
  ...WEEKDAYS,
  ...'on today yesterday tonight'.split(' '),
]);
/** Words a phrase cut before its verb must hold more than: determiners ("The reported" is no phrase "The"). */
const DETERMINERS: ReadonlySet<string> = new Set('the a an this that these those his her its their our my'.split(' '));

/** Whether a lower-case word closing a phrase is its verb: a verb of saying (not a noun form), "found", "be heard". */
function closingVerb(words: readonly string[], i: number): boolean {
  const w = words[i];
  if (w === 'heard') return i > 0 && words[i - 1] === 'be';
  // (a noun form after an adverb is the verb: "The dissent sarcastically notes")
  const adverb = i > 0 && /^\p{Ll}+ly$/u.test(words[i - 1]);
  return (VERB_WORDS.has(w) && (!NOUN_FORMS.has(w) || adverb)) || OTHER_CLOSERS.has(w);
}

/**
 * The length of speaker phrase `phrase` without a verb of saying closing it (and the auxiliaries, negations and
 * adverbs and a day before that verb), or the phrase's length when none closes it. A phrase of one word, or one that
 * would keep no word but determiners, is left whole ("Said", "The reported").
 */
export function lengthBeforeVerb(phrase: string): number {
  const words = phrase.trimEnd().split(' ');
  let n = words.length;
  if (n < 2 || !closingVerb(words, n - 1)) return phrase.length;
  n--;
  while (n > 1 && (VERB_GROUP_WORDS.has(words[n - 1].toLowerCase()) || /^\p{Ll}+ly$/u.test(words[n - 1]))) n--;
  const kept = words.slice(0, n);
  return kept.some((w) => /\p{L}{2}/u.test(w) && !DETERMINERS.has(w.toLowerCase()))
    ? kept.join(' ').length
    : phrase.length;
}
