// Unnamed people a speaker phrase names by a plural people word or a title the entity stage knows: "Many Iranians",
// "The Israelis", "an airline director", "Some journalists". The speaker classifier's own people nouns ("activists",
// "lawyers") miss demonyms and the entity stage's role words; a phrase it could not place otherwise is read here once
// more. Pure.
import { isDemonym } from './name-shape.js';
import { isPersonTitle } from './unknown-people.js';
import { phraseHead } from './speaker-heads.js';
import { STARTS_UPPER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';

/** Openers of one or some unnamed people: "an airline director", "some journalists". */
const INDEFINITE = /^(?:a|an|one|another|some|several|many|most|few|other|two|three|four|five)$/i;

/** Openers counting one person out of many: "one reader", "another technician". */
const ONE_OF_MANY = /^(?:one|another)$/i;
/** Endings of nouns of one who does or practises something: "reader", "counselor", "technician", "activist", "agent". */
const AGENT_ENDING = /^\p{Ll}{2,}(?:er|or|ician|ist|ant|ent)$/u;
/** People named by a "-head" compound in the plural: "the wiseheads", "hotheads", "eggheads" (things do not speak). */
const HEAD_COMPOUND = /^\p{Ll}{2,}head$/u;

/** Nouns with an agent noun's ending that name things, not people: "world powers", "sectors", "rumors". */
const NOT_PEOPLE: ReadonlySet<string> = new Set(
  (
    'power order paper letter matter number border water center centre winter quarter corner chapter answer ' +
    'sector factor vector rumor rumour error mirror precedent content event talent percent'
  ).split(' '),
);

/** Words of a clause or a verb phrase before a head: the phrase was caught around a verb, not as a speaker. */
const CLAUSE_WORD = /^(?:told|tells|telling|that|which|including|because|is|are|was|were|\w+ing)$/i;

/** The singular of a plural people word ("journalists", "beneficiaries", "spokesmen"), or null for no plural. */
function singular(w: string): string | null {
  if (/men$/.test(w)) return w.replace(/men$/, 'man');
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/[^s]s$/.test(w)) return w.slice(0, -1);
  return null;
}

/**
 * Whether a phrase names unnamed people: its head (the last word before a postmodifier) is a demonym in the plural
 * ("The Israelis", "Many Iranians"), or a title, people word, agent noun or "-head" compound ("the wiseheads") in the plural ("Some journalists", "Backers") or after an
 * indefinite opener ("an airline director"), or an agent noun after "one"/"another" ("one reader", "another
 * technician"). "The captain" (one person the article has in view) and "Russian" (an
 * adjective or a language) are not.
 */
export function unnamedPeople(phrase: string): boolean {
  const { words, end } = phraseHead(phrase);
  if (end === 0) return false;
  // "told reporters", "telling the students", "which critics": the people are an audience or a clause's, no speaker
  if (words.slice(0, end - 1).some((w) => CLAUSE_WORD.test(w))) return false;
  const head = words[end - 1];
  const one = singular(head.toLowerCase());
  if (one && isDemonym(head)) return true;
  if (end > 1 && STARTS_UPPER.test(head)) return false; // a capitalised head inside the phrase is a name
  // "Backers say …", "Detractors", "congressional investigators": the plural of an agent noun is people doing that
  if (one)
    return (
      isPersonTitle(one) ||
      HEAD_COMPOUND.test(one) ||
      (AGENT_ENDING.test(one) && !/ment$/.test(one) && !isStopword(one) && !NOT_PEOPLE.has(one))
    );
  if (end > 1 && INDEFINITE.test(words[0]) && isPersonTitle(head)) return true;
  // "one reader", "Another technician", "One tax counselor in town": one of many, named by what they do
  return end > 1 && ONE_OF_MANY.test(words[0]) && AGENT_ENDING.test(head) && !isStopword(head); // not "One week after"
}
