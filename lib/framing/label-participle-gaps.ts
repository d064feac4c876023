// What may stand between a verb's subject and the verb's "-ed" form before a group's head, so that the "-ed" word is
// the verb and no modifier of the head: a time phrase ("A federal judge on Wednesday ordered attorneys to …", "the
// agency last week released parents") and an apposition or a relative clause closed by a comma after a name
// ("Ibrahim , the interim interior minister , claimed armed protesters were …", "Rubio , who made the rounds , disputed
// conservative critics"). Pure over the doc's tokens; English's day names and time words, no word list of the data.
import type { Doc } from '../types.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { isStopword } from '../text/stopwords.js';
import { opensSentence } from '../text/word-case.js';
import { isAdverb } from './adverbs.js';

/**
 * The token before the gap that ends at token j, where a verb's subject may stand: over adverbs ("has sometimes
 * even forcibly separated"), an adverb in brackets ("He ( temporarily ) banned refugees") and a time phrase ("a judge
 * on Wednesday ordered"), in j's sentence. May be -1 or a token of another sentence.
 */
export function beforeGap(d: Doc, j: number): number {
  const toks = d.tokens;
  const s = toks[j].sentence;
  const adverbAt = (k: number) => k >= 0 && toks[k].sentence === s && toks[k].kind === 'word' && isAdverb(toks[k].norm);
  let k = j;
  while (adverbAt(k)) k--;
  if (toks[k]?.norm === ')' && adverbAt(k - 1) && toks[k - 2]?.norm === '(') k -= 3;
  while (adverbAt(k)) k--;
  return beforeAsideAfter(d, beforeTimePhrase(d, k));
}

/** Auxiliaries of the perfect and the passive, subjects of a verb after them for verbAfter ("would have , … , classified"). */
const AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been']);
/** Tokens an aside set off by commas may run to ("have , among other things ,"). */
const ASIDE_REACH = 6;

/**
 * The auxiliary before an aside set off by commas that the comma at k closes ("would have , among other things ,
 * classified illegal immigrants as felons"), or k: the aside is words only, within ASIDE_REACH tokens.
 */
function beforeAsideAfter(d: Doc, k: number): number {
  const toks = d.tokens;
  if (toks[k]?.norm !== ',') return k;
  const s = toks[k].sentence;
  for (let c = k - 1; c >= 1 && k - c <= ASIDE_REACH && toks[c].sentence === s; c--) {
    if (toks[c].kind !== 'word') return toks[c].norm === ',' && AUXILIARIES.has(toks[c - 1].norm) ? c - 1 : k;
  }
  return k;
}

/**
 * Whether token k is a singular demonstrative opening its sentence before the "-ed" word and a plural head at h:
 * "That required children to be separated", "This forced families to …": no determiner of a plural, the subject.
 */
export function demonstrativeSubject(d: Doc, k: number, plural: boolean): boolean {
  const t = d.tokens[k];
  return (
    plural &&
    !!t &&
    (t.norm === 'that' || t.norm === 'this') &&
    STARTS_UPPER.test(d.text[t.start]) &&
    opensSentence(d, k)
  );
}

/** Days of the week: "on Wednesday", "Wednesday". */
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Time words that stand alone as a time phrase. */
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'recently', 'earlier', 'later']);
/** Units a "last", "this" or "next" makes a time phrase of ("last week"). */
const TIME_UNITS = new Set(['week', 'month', 'year', 'night', 'weekend', 'spring', 'summer', 'fall', 'winter']);
const TIME_DEIXIS = new Set(['last', 'this', 'next', 'on']);

/**
 * The token before the time phrase that ends at token k, in its sentence ("judge [on Wednesday]" -> "judge", "agency
 * [last week]" -> "agency"); k when no time phrase ends there.
 */
function beforeTimePhrase(d: Doc, k: number): number {
  const toks = d.tokens;
  const t = toks[k];
  if (!t || t.kind !== 'word') return k;
  const day = DAYS.has(t.norm) && STARTS_UPPER.test(d.text[t.start]);
  if (!day && !TIME_WORDS.has(t.norm) && !TIME_UNITS.has(t.norm)) return k;
  const p = toks[k - 1];
  const deixis = !!p && p.sentence === t.sentence && TIME_DEIXIS.has(p.norm);
  if (TIME_UNITS.has(t.norm)) return deixis && p.norm !== 'on' ? k - 2 : k;
  return deixis && (day || p.norm !== 'on') ? k - 2 : k - 1;
}

/** Determiners that open a subject's noun phrase ("The travel ban , announced …"). */
const SUBJECT_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that']);

/**
 * Whether the comma at c opens a participle clause after a subject's noun, opened by a determiner within three words
 * ("The travel ban , announced shortly after …"): the noun is the subject of the verb after the clause's closing comma.
 */
function participleClause(d: Doc, c: number): boolean {
  const toks = d.tokens;
  const [noun, open] = [toks[c - 1], toks[c + 1]];
  if (noun.kind !== 'word' || !STARTS_LOWER.test(d.text[noun.start]) || isStopword(noun.norm)) return false;
  if (open.kind !== 'word' || !open.norm.endsWith('ed') || !STARTS_LOWER.test(d.text[open.start])) return false;
  for (let k = c - 2; k >= 0 && c - k <= 4 && toks[k].sentence === noun.sentence; k--) {
    if (SUBJECT_DETERMINERS.has(toks[k].norm)) return true;
    if (toks[k].kind !== 'word') return false;
  }
  return false;
}

/** Tokens read back from a closing comma for the comma that opens the apposition or clause. */
const APPOSITION_REACH = 14;
const BRACKETS = new Set(['(', ')', '[', ']']);
/** Words that open an apposition or a relative clause after a name ("Ibrahim , the minister ,", "X , who …"). */
const OPENS_APPOSITION = new Set(['the', 'a', 'an', 'who', 'which', 'whose', 'his', 'her', 'its', 'their']);

/**
 * Whether the comma at token k closes an apposition or a relative clause opened by a comma right after a capitalised
 * name in the same sentence, with no comma between ("Ibrahim , the interim interior minister ,"): the name is the
 * subject of the verb after k.
 */
export function closesApposition(d: Doc, k: number): boolean {
  const toks = d.tokens;
  if (toks[k]?.norm !== ',') return false;
  const s = toks[k].sentence;
  for (let c = k - 2; c >= 1 && k - c <= APPOSITION_REACH && toks[c].sentence === s; c--) {
    if (BRACKETS.has(toks[c].norm)) return false; // "( for temporary , skilled workers )": a bracket's list
    if (toks[c].norm !== ',') continue;
    const [name, open] = [toks[c - 1], toks[c + 1]];
    if (participleClause(d, c)) return true;
    if (!OPENS_APPOSITION.has(open.norm) || name.sentence !== s || name.kind !== 'word') return false;
    // "Indeed , the cap …": a sentence adverb is no name
    return STARTS_UPPER.test(d.text[name.start]) && !isStopword(name.norm) && !isAdverb(name.norm);
  }
  return false;
}
