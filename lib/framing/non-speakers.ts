// Speaker phrases that name nothing that can speak: an abstract noun ("The fact that …", "The overarching problem is
// …", "the only thing"), a sentence's opening adverbial ("Despite …", "Outside a lunch …"), or a clause around a copula whose subject is no person ("The standards are vague about …",
// "The town is so walled off that …", "This is a man who …"). The speaker finder caught them before a verb of saying
// or a quote; they are no one's statement. Pure.
import { isPeopleNoun, phraseHead } from './speaker-heads.js';
import { isPersonTitle } from './unknown-people.js';
import { STARTS_UPPER } from '../util/letters.js';

/** Heads of an abstract noun phrase, which no one can be. */
const ABSTRACT_HEADS: ReadonlySet<string> = new Set(
  (
    'fact facts notion thing things idea ideas problem point issue question reality truth difference reason remark ' +
    'showdown debate alternative irony upshot'
  ).split(' '),
);
/** Words after a head that point at it: "The salient fact here". */
const POINTING = new Set(['here', 'there', 'now']);
const COPULA = new Set(['is', 'are', 'was', 'were']);
/** Subjects that are people: pronouns of persons. */
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'who']);
/** Bodies of people, who speak as one: "rights groups were furious, saying …". */
const BODIES = new Set(['group', 'coalition', 'organization', 'union', 'campaign', 'committee']);

/** The singular of a plural word ("groups" → "group"), else the word. */
function singular(w: string): string {
  return w.endsWith('ies') ? w.slice(0, -3) + 'y' : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/** Whether a lower-case word names people: "activists", "the president", "officials". */
function peopleWord(w: string): boolean {
  const one = singular(w);
  return PERSON_PRONOUNS.has(w) || isPeopleNoun(w) || isPersonTitle(w) || isPersonTitle(one) || BODIES.has(one);
}

/** Prepositions and participles opening a sentence's adverbial: "Despite …", "Outside a lunch …", "Asked about …". */
const OPENING_WORDS = new Set(
  'after before despite outside inside asked known since until amid following during upon'.split(' '),
);

/** The writer turning to the reader: "Let's say …", "Let ’ s recall", "Let us return to what …" (a spaced apostrophe). */
const WRITERS_IMPERATIVE = /^(?:[Ll]et\s?['’]\s?s|lets|[Ll]et\s+us)(?:\s|$)/;

/** "what … said" inside the phrase: someone's words the writer turns to ("Let's go to what Ivo Doe said"). */
const WHAT = /\bwhat\b/i;

/**
 * Whether a speaker phrase is the writer's own imperative to the reader ("Let's say the agency …", "Let's recall"): a
 * hypothetical or the writer's voice, no one's statement, whatever the phrase names. Not when it turns to what someone
 * said ("Let us return to what three senators have said"): they speak.
 */
export function writersImperative(phrase: string): boolean {
  return WRITERS_IMPERATIVE.test(phrase) && !WHAT.test(phrase);
}

/**
 * Whether a speaker phrase names nothing that can speak: headed by an abstract noun, opening on a sentence's adverbial
 * ("Despite", "Asked about …"), or a clause with a copula whose subject (the word before it) is neither a name
 * (capitalised inside the phrase) nor a word for people.
 */
export function cannotSpeak(phrase: string): boolean {
  const { words, end } = phraseHead(phrase);
  if (end === 0) return false;
  if (OPENING_WORDS.has(words[0].toLowerCase())) return true;
  const cop = words.findIndex((w, i) => i > 0 && COPULA.has(w.toLowerCase()));
  if (cop > 0) {
    const subject = words[cop - 1];
    const name = STARTS_UPPER.test(subject) && cop > 1;
    return !name && !peopleWord(subject.toLowerCase());
  }
  const head = POINTING.has(words[end - 1].toLowerCase()) && end > 1 ? words[end - 2] : words[end - 1];
  return end > 1 && ABSTRACT_HEADS.has(head.toLowerCase());
}
