// A label mentioned, not used: the writer names the word rather than calling anything by it. "The White House stopped
// short of calling it a coup", "what the right calls amnesty", "a so-called amnesty proposal", "once the amnesty charge
// sticks", "anything that smacks of amnesty": the outlet reports a label, weighs it or holds it at a distance; it
// does not choose it. Counting such uses as the outlet's own choice of noun would file CNN, which reports the debate over
// the word "coup", among the outlets that call Egypt's takeover a coup. Pure: a doc and a token index in, a yes or no out.
import type { Doc } from '../types.js';
import { reportedLabel } from './reported-labels.js';
import { isStopword } from '../text/stopwords.js';
import { STARTS_LOWER } from '../util/letters.js';
import { wordAt } from '../text/word-at.js';

/** Verbs that name a thing by the word after them, with at most an object between ("calling it a coup", "dubbed X"). */
const NAMING_VERBS: ReadonlySet<string> = new Set(
  'call calls called calling label labels labeled labelled labeling labelling dub dubs dubbed dubbing brand brands branded branding term terms termed'.split(
    ' ',
  ),
);

/** Objects between a naming verb and the word ("calling it a coup", "called them terrorists", "calling someone an illegal alien"). */
const NAMED_OBJECTS: ReadonlySet<string> = new Set(
  'it them this that him her these those someone somebody anyone anybody everyone'.split(' '),
);

/** Nouns after the word that make it a charge or a tag ("the amnesty charge", "the racist label"). */
const META_AFTER: ReadonlySet<string> = new Set(
  'charge charges label labels tag tags slur slurs epithet epithets accusation accusations'.split(' '),
);

/** Words before "of" that make what follows a charge, an echo or a fear ("cries of amnesty", "smacks of amnesty"). */
const META_OF: ReadonlySet<string> = new Set(
  'charge charges accusation accusations cry cries smack smacks smacked smacking whiff hint specter spectre taint'.split(
    ' ',
  ),
);

/** Marks that open a quoted complement (`` is two marks, read by its first). */
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '`', "'", '‘', '«']);

/** Words that name the word itself before it ("the word coup", "the term amnesty"). */
const WORD_NOUNS: ReadonlySet<string> = new Set(['word', 'term', 'label']);

/**
 * True when the label whose words run from token `i` to `end` (exclusive; one word by default) is mentioned, not
 * used: after a naming verb with at most an object and an article between ("calling it a coup"), after "so-called",
 * after "the word" / "the term", before a noun that makes it a charge ("the amnesty charge"), after "cries of" /
 * "smacks of", or the complement of "as" after a verb of calling ("dismissed as amnesty", reportedLabel); also with
 * modifiers the label leaves out between ("calling it a military coup", "whom the Border Patrol calls unaccompanied
 * alien children", namedComplement), and anywhere in the complement of the writer's "what X calls …" ("what critics
 * called a renewal of its offensive", namingClause): the writer reports someone else's word, with or without quote marks.
 */
export function mentionedLabel(d: Doc, i: number, end = i + 1): boolean {
  return nextToNaming(d, i, end) || namedComplement(d, i, end) || namingClause(d, i);
}

/** The checks of mentionedLabel on the words right before and after the label. */
function nextToNaming(d: Doc, i: number, end: number): boolean {
  if (d.tokens[i].norm === 'so-called') return true;
  const s = d.tokens[i].sentence;
  let j = i - 1;
  let w = wordAt(d, j, s);
  if (w === 'a' || w === 'an') w = wordAt(d, --j, s);
  if (w === undefined) return metaAfter(d, end, s);
  if (w === 'so-called' || WORD_NOUNS.has(w)) return true;
  // "cries of amnesty", "the charge of amnesty"; not "in charge of border security"
  if (w === 'of' && META_OF.has(wordAt(d, j - 1, s) ?? '') && wordAt(d, j - 2, s) !== 'in') return true;
  if (NAMED_OBJECTS.has(w))
    return NAMING_VERBS.has(wordAt(d, j - 1, s) ?? '') || metaAfter(d, end, s) || reportedLabel(d, i);
  // "called illegal immigrants “rapists”": the words are the object, named by the complement after them
  if (w !== undefined && NAMING_VERBS.has(w) && !complementAfter(d, end, s)) return true;
  return metaAfter(d, end, s) || reportedLabel(d, i);
}

/** A noun after the label that makes it a charge or a tag ("the amnesty charge"). */
function metaAfter(d: Doc, end: number, s: number): boolean {
  return META_AFTER.has(wordAt(d, end, s) ?? '');
}

/** A complement after the words, in quote marks or after "as": they are a naming verb's object, not its complement. */
function complementAfter(d: Doc, end: number, s: number): boolean {
  const t = d.tokens[end];
  if (!t || t.sentence !== s) return false;
  return t.norm === 'as' || (t.kind !== 'word' && QUOTE_OPENERS.has(d.text[t.start]));
}

/** Words a complement's modifiers may hold besides content words ("the most severe crackdown"). */
const DEGREE: ReadonlySet<string> = new Set(['most', 'more', 'very']);

/** Naming verbs' base forms, nouns as often ("brand new", "a phone call", "long term"). */
const BASE_FORMS: ReadonlySet<string> = new Set(['call', 'label', 'dub', 'brand', 'term']);

/** Determiners that open a naming verb's object ("call the bill a blanket amnesty"). */
const OBJECT_DETS: ReadonlySet<string> = new Set([
  'the',
  'his',
  'her',
  'its',
  'their',
  'this',
  'that',
  'these',
  'those',
]);

/** A lower-case word token at `i` in sentence `s` that is no stopword (or a degree word): a possible modifier. */
function modifierAt(d: Doc, i: number, s: number): boolean {
  const t = d.tokens[i];
  if (!t || t.sentence !== s || t.kind !== 'word' || !STARTS_LOWER.test(d.text[t.start])) return false;
  return DEGREE.has(t.norm) || !isStopword(t.norm);
}

/**
 * The label is a naming verb's complement over modifiers it leaves out: "calling it a military coup", "called it the
 * most severe crackdown", "call the bill a blanket amnesty" (an object of a determiner and at most two words, then
 * "a"), "calls unaccompanied alien children" (no article: at least one modifier between, and no complement after).
 */
function namedComplement(d: Doc, i: number, end: number): boolean {
  const s = d.tokens[i].sentence;
  let j = i - 1;
  const from = j;
  while (j > i - 4 && modifierAt(d, j, s) && !NAMING_VERBS.has(d.tokens[j].norm)) j--;
  if (j === from) return false; // no modifier between: nextToNaming has read it
  const art = wordAt(d, j, s);
  if (art === 'a' || art === 'an' || art === 'the') j--;
  const w = wordAt(d, j, s) ?? '';
  if (NAMED_OBJECTS.has(w)) return NAMING_VERBS.has(wordAt(d, j - 1, s) ?? '');
  // a base form before bare modifiers is a noun as often ("brand new immigrants", "a call for more workers")
  if (NAMING_VERBS.has(w)) return art !== 'the' && !BASE_FORMS.has(w) && !complementAfter(d, end, s);
  if (art !== 'a' && art !== 'an') return false;
  // "the bill", "the government overthrow": a determiner and one or two words, after the verb
  for (let k = j; k >= j - 2 && modifierAt(d, k, s); k--)
    if (OBJECT_DETS.has(wordAt(d, k - 1, s) ?? '')) return NAMING_VERBS.has(wordAt(d, k - 2, s) ?? '');
  return false;
}

/** Words that open the writer's naming clause before its subject ("what critics call", "whom the agency calls"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['what', 'whom']);

/**
 * Whether the label stands in the complement of "what/whom X calls/called/describes as …", within eight tokens of the
 * verb and with no punctuation between ("in what critics called a renewal of its aggressive offensive"), the subject
 * at most four words ("what the political right-wing calls"; "what 's called" too).
 */
function namingClause(d: Doc, i: number): boolean {
  const s = d.tokens[i].sentence;
  for (let k = i - 1; k >= i - 8 && k >= 0; k--) {
    const t = d.tokens[k];
    if (t.sentence !== s || t.kind !== 'word') return false;
    if (!NAMING_VERBS.has(t.norm) && !(t.norm === 'as' && describedAs(d, k, s))) continue;
    for (let m = k - 1; m >= k - 5 && m >= 0; m--) {
      const u = d.tokens[m];
      if (u.sentence !== s || (u.kind !== 'word' && u.norm !== "'s")) return false;
      if (CLAUSE_OPENERS.has(u.norm)) return true;
    }
    return false;
  }
  return false;
}

/** "as" after a verb of describing or referring, one or two words back ("described as", "refers to as"). */
function describedAs(d: Doc, k: number, s: number): boolean {
  const w1 = wordAt(d, k - 1, s) ?? '';
  const w = w1 === 'to' ? (wordAt(d, k - 2, s) ?? '') : w1;
  return /^(?:describ|refer|characteri|portray|depict)/.test(w);
}
