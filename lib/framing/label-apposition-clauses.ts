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
  if (verbAfterName(d, span, titleSet) || verbBeforeObject(d, span, titleSet)) return true;
  // "the FBI, the Department of Homeland Security, the intelligence community, and …": the next item of a list
  if (next?.norm === ',' && LIST_JOINS.has(after?.norm ?? '')) return true;
  const last = span[span.length - 1];
  const opensBare = !DETS.has(span[0].norm);
  if (opensBare && endsOnTitledName(d, span, titleSet)) return true;
  return opensBare && (next?.norm === 'and' || next?.norm === 'or') && STARTS_UPPER.test(d.text[last.start]);
}

/** Words that open a noun phrase: after a subject's noun, one marks the object of a verb between them. */
const OPENS_OBJECT: ReadonlySet<string> = new Set('the a an his her its their'.split(' '));

/**
 * Whether a span opening on an article is a clause, subject, verb and object: lower-case words after the article, then
 * a content word that is no title and a word opening a noun phrase ("a poll put the majority leader's approval
 * rating"; two noun phrases side by side have a verb or a preposition between them). "a member of the Gang of Eight",
 * "the freshman senator from Florida" join their phrases by a preposition.
 */
function verbBeforeObject(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  if (!DETS.has(span[0]?.norm ?? '')) return false;
  const lower = (t: Token) => t.kind === 'word' && STARTS_LOWER.test(d.text[t.start]) && !isStopword(t.norm);
  for (let j = 2; j + 1 < span.length && lower(span[j - 1]); j++) {
    if (!lower(span[j]) || titleSet.has(span[j].norm) || titleSet.has(span[j - 1].norm)) return false;
    if (OPENS_OBJECT.has(span[j + 1].norm)) return true;
  }
  return false;
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

/** Title words of a body's name or a ministry's, no person's office: "Foreign Relations", "Intelligence Service". */
const BODY_TITLE_WORDS: ReadonlySet<string> = new Set(['foreign', 'defense', 'defence', 'intelligence', 'prime']);

/**
 * Whether token t is a word of a person's office: a title word but those of a body's name, and "general" only in
 * lower case ("inspector general"; "the General Intelligence Directorate" is a body).
 */
function personTitle(d: Doc, t: Token, titleSet: ReadonlySet<string>): boolean {
  if (t.kind !== 'word' || !titleSet.has(t.norm) || BODY_TITLE_WORDS.has(t.norm)) return false;
  return t.norm !== 'general' || STARTS_LOWER.test(d.text[t.start]);
}

/** Prepositions that end the first noun phrase of a span: "the leader of the House", "a spokesman for a militia". */
const PHRASE_ENDS: ReadonlySet<string> = new Set('of for from in at with to on by'.split(' '));

/**
 * Whether a span's first noun phrase names a person's office ("the leader of the House", "The committee's chairman",
 * "a spokesman for a Kurdish militia", "fellow home-state senator"): beside a party, a chamber or a group, it
 * describes a person of it ("One leading Republican, Senator X"; "his fellow senator, Democrat Chris Murphy"), never
 * the body itself.
 */
export function personDescription(d: Doc, span: readonly Token[], titleSet: ReadonlySet<string>): boolean {
  for (const t of span) {
    if (PHRASE_ENDS.has(t.norm)) return false;
    if (personTitle(d, t, titleSet)) return true;
  }
  return false;
}

/**
 * Whether a span names a person of its own: an office followed by a name ("Mexican President Enrique Pena Nieto",
 * "the Republican senator David Perdue", "Representative Josh Gottheimer of New Jersey"), even when the entity
 * reader did not take the name: a capitalised word after the title that is neither a title word nor a place, and not
 * an owner ("President Obama's chief of staff" describes the chief of staff).
 */
export function namesAnotherPerson(
  d: Doc,
  span: readonly Token[],
  titleSet: ReadonlySet<string>,
  isPlace: (name: string) => boolean,
): boolean {
  for (let k = 0; k + 1 < span.length; k++) {
    const n = span[k + 1];
    if (!personTitle(d, span[k], titleSet) || n.kind !== 'word' || !STARTS_UPPER.test(d.text[n.start])) continue;
    if (titleSet.has(n.norm) || isStopword(n.norm)) continue;
    let b = k + 1;
    while (b < span.length && span[b].kind === 'word' && STARTS_UPPER.test(d.text[span[b].start])) b++;
    if (span[b]?.norm === "'s" || isPlace(d.text.slice(n.start, span[b - 1].end))) continue;
    return true;
  }
  return false;
}

/**
 * Words that govern the phrase after them: prepositions ("Responding to worrying intelligence indications, Obama
 * declares"; "at a news conference with Mexican President X, Obama stressed"; "running for president, Trump started")
 * and auxiliaries ("after he was elected president, Trump again indicated"). Not "as": "As president, Trump has
 * issued" gives Trump his office.
 */
const GOVERNORS: ReadonlySet<string> = new Set(
  (
    'to with for about from by at in on into onto against alongside toward towards over under among between ' +
    'without despite after before during since like through is are was were be been being'
  ).split(' '),
);

/**
 * Whether a phrase before a name's comma is the object of the word before it, in a fronted clause whose subject is
 * the name: a governing word (a preposition, an auxiliary, or a verb in -ing or -ed) before the phrase, and a verb
 * right after the name, over adverbs ("Responding to worrying intelligence indications, Obama declares"). "talked with
 * Iraq's prime minister, Nouri al-Maliki, about …" keeps its apposition: no verb follows the name.
 */
export function frontedObject(d: Doc, gov: Token | undefined, after: readonly Token[]): boolean {
  if (!gov || gov.kind !== 'word' || !STARTS_LOWER.test(d.text[gov.start])) return false;
  const governs = GOVERNORS.has(gov.norm) || (/(?:ing|ed)$/.test(gov.norm) && !isLexiconNoun(gov.norm));
  if (!governs) return false;
  let k = 0;
  while (k < after.length && after[k].kind === 'word' && (BEFORE_VERB.has(after[k].norm) || isAdverb(after[k].norm)))
    k++;
  const v = after[k];
  if (!v || v.kind !== 'word' || !STARTS_LOWER.test(d.text[v.start])) return false;
  if (CLAUSE_VERBS.has(v.norm)) return true;
  if (/ed$/.test(v.norm)) return !isStopword(v.norm) && !isLexiconNoun(v.norm);
  return /[^su]s$/.test(v.norm) && !isLexiconNoun(v.norm.replace(/e?s$/, '')) && !isLexiconNoun(v.norm.slice(0, -1));
}
