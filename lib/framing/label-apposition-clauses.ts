// What makes a span after a name's comma no apposition: a clause (an auxiliary, a reporting verb, a verb after a
// title or a name) or the next item of a list of people or things. Pure token tests.
import type { Doc, Token } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { REPORTING_VERBS } from './quotes.js';
import { isLexiconNoun } from './wordclass.js';
import { isAdverb } from './adverbs.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { DETS } from './label-forms.js';

/**
 * Auxiliaries, modals and reporting verbs: a span holding one is a clause, not a noun phrase ("Like X, the president
 * did not mince words", "At the White House, spokesman Y told reporters").
 */
const CLAUSE_VERBS: ReadonlySet<string> = new Set([
  ...'is are was were be been has have had do does did will would can could should may might must'.split(' '),
  ...REPORTING_VERBS,
]);

/** Adverbs that stand between a subject and its verb ("the president also supports", "anyone else puts"). */
const BEFORE_VERB = new Set(['also', 'else', 'still', 'now', 'then', 'just', 'often', 'never', 'always', 'only']);

/**
 * A verb after a title, in a span: a lower-case word in -ed that compromise's lexicon does not list as a noun, or one
 * in -s (neither it nor its singular a noun) right after a title or an adverb ("the president negotiates", "anyone
 * else puts", "the governor quickly rejects"); "a member of the group of eight lawmakers" has none.
 */
function verbAfter(d: Doc, span: readonly Token[], k: number, titleSet: ReadonlySet<string>): boolean {
  const t = span[k];
  if (!STARTS_LOWER.test(d.text[t.start]) || titleSet.has(t.norm)) return false;
  const prev = span[k - 1];
  // an -ly adverb modifies no noun: the word in -s after it is a verb, noun or not ("the mayor openly backs")
  if (prev && /ly$/.test(prev.norm) && isAdverb(prev.norm) && /[^su]s$/.test(t.norm)) return true;
  if (isLexiconNoun(t.norm)) return false;
  if (/ed$/.test(t.norm)) return !isStopword(t.norm);
  if (!/[^su]s$/.test(t.norm) || isLexiconNoun(t.norm.replace(/e?s$/, '')) || isLexiconNoun(t.norm.slice(0, -1)))
    return false;
  return (
    !!prev &&
    (titleSet.has(prev.norm) ||
      BEFORE_VERB.has(prev.norm) ||
      isAdverb(prev.norm) ||
      STARTS_UPPER.test(d.text[prev.start]))
  );
}

/**
 * A verb right after a name, in a span: "Telles received a request", "Director Mark Krikorian writes": a clause
 * whose subject is a name, not a noun phrase naming the entity.
 */
export function verbAfterName(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  for (let k = 1; k < span.length; k++)
    if (span[k - 1].kind === 'word' && STARTS_UPPER.test(d.text[span[k - 1].start]) && verbAfter(d, span, k, titleSet))
      return true;
  return false;
}

/**
 * Not an apposition: a clause that follows a fronted phrase ("Like X, the president did …", "More than to Congress,
 * the president acted"): an auxiliary, a modal, a reporting verb, or a verb-like word after its first title; or the
 * next item of a list of people ("Stevens, officer Jane Roe and a guard": no article opens it, a name ends it, "and"
 * follows; "Rubio, a member of the Gang of Eight and …" is an apposition) or of any list (", and" follows: "the
 * FBI, the Department of Homeland Security, the intelligence community, and …"); or a verb after a name ("Shortly
 * after the State of the Union, Telles received a request").
 */
export function isClauseOrListItem(
  d: Doc,
  span: readonly Token[],
  next: Token | undefined,
  titleSet: ReadonlySet<string>,
  after?: Token,
): boolean {
  // lower case only: "the United States" holds no verb
  if (span.some((t) => CLAUSE_VERBS.has(t.norm) && STARTS_LOWER.test(d.text[t.start]))) return true;
  const title = span.findIndex((t) => titleSet.has(t.norm));
  for (let k = title + 1; title >= 0 && k < span.length; k++) if (verbAfter(d, span, k, titleSet)) return true;
  if (verbAfterName(d, span, titleSet)) return true;
  // "the FBI, the Department of Homeland Security, the intelligence community, and …": the next item of a list
  if (next?.norm === ',' && LIST_JOINS.has(after?.norm ?? '')) return true;
  const last = span[span.length - 1];
  const opensBare = !DETS.has(span[0].norm);
  if (opensBare && endsOnTitledName(d, span, titleSet)) return true;
  return opensBare && (next?.norm === 'and' || next?.norm === 'or') && STARTS_UPPER.test(d.text[last.start]);
}

/**
 * Whether a span of capitalised words ends on a name after its last title word ("British Prime Minister David
 * Cameron"): after "President Ivo Doe," that is the next person of a list of leaders, not a description of the first.
 */
function endsOnTitledName(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  // capitalised words only: "chairman of the Senate Foreign Relations Committee" is a description
  const named = (t: Token) => t.kind === 'word' && (STARTS_UPPER.test(d.text[t.start]) || NAME_PARTICLE.test(t.norm));
  if (!span.every(named)) return false;
  let k = span.length - 1;
  while (k >= 0 && !titleSet.has(span[k].norm)) k--;
  return k >= 0 && k < span.length - 1;
}

/** Words that join the last item of a list ("A, B, and C"). */
export const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or']);

/** A lower-case particle that opens an Arabic family name ("al-Shatri"). */
const NAME_PARTICLE = /^(?:al|el|bin|ibn|abu)-/;
