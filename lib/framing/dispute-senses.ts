// Labels of an act mentioned as the word under dispute, not used. When a government will not call a takeover "a coup"
// because the word would cut off aid, reports are full of the word: "the White House stopped short of calling it a
// coup", "Egypt tells Kerry there was no coup", "whether what happened was a coup", "accusations of a military coup",
// "amounted to a coup", "the general denied the military staged a coup", "cut off after a coup — a term his statement
// avoided", "U.S. law restricts aid in instances of military coup". The outlet reports the dispute over the word; it
// does not call anything by it. The readings, each on the words around the label (no tagger):
// - a naming verb or "the word/term" before it, a charge after it (mentionedLabel, the label readers' test);
// - the complement of a verb of classing ("amounts to", "qualifies as", "constitutes") or of a copula that is denied
//   ("is not a coup", "there was no coup") or asked about ("whether … was a coup", "… a coup or not"), or of a naming
//   verb over a long object ("did not call the military's overthrow of the government a coup");
// - the object of a noun of dispute ("accusations of a coup", "the definition of genocide") or the modifier of one
//   ("the coup question", "the coup designation"), or named "a term" / "a word" right after it;
// - within a few words of a verb of denying ("denied the military staged a coup"), for labels of acts, not people;
// - "coup" or "genocide" indefinite or bare ("a coup", "military coup") in a sentence about the law or after "if": the
//   legal category, not the act that happened.
// "coup" after a word of success ("a major coup for the campaign", "a significant coup") is a triumph, no label at all.
import type { Doc } from '../types.js';
import { isStopword } from '../text/stopwords.js';
import { wordAt } from '../text/word-at.js';
import { mentionedLabel } from './label-mentions.js';

/** Lexicon terms that label an act of violence or a seizure of power, whose name is itself disputed in the news. */
export const ACT_LABELS: ReadonlySet<string> = new Set([
  'coup',
  'putsch',
  'massacre*',
  'genocide',
  'invasion',
  'terroris*',
  'terror',
  'atrocit*',
  'power grab',
]);

/** Verbs and phrases of classing that take the label as their complement ("amounted to a coup"). */
const CLASSING = new Set(
  'amount amounts amounted amounting qualify qualifies qualified qualifying constitute constitutes constituted constituting tantamount'.split(
    ' ',
  ),
);

/** Forms of "be" before a predicate noun. */
const COPULA = new Set('is are was were be been being'.split(' '));

/** Words that may stand between a copula and its predicate ("was actually a coup", "is clearly not a coup"). */
const PREDICATE_ADVERBS = new Set('actually really clearly not never no longer in fact indeed truly'.split(' '));

/** Nouns of a dispute before "of" ("accusations of a military coup", "the definition of genocide"). */
const DISPUTE_OF = new Set(
  'accusation accusations allegation allegations charge charges claim claims definition definitions question talk cries label term word use designation characterization characterisation'.split(
    ' ',
  ),
);

/** Nouns of a dispute or a legal test after the label ("the coup question", "the coup designation"). */
const DISPUTE_AFTER = new Set(
  'question label designation determination debate provision provisions clause statute restriction restrictions law laws finding declaration language'.split(
    ' ',
  ),
);

/** Determiners that make a label definite: the coup that happened. */
const DEFINITE = new Set('the this that these those its his her their'.split(' '));

/** Words of the law in a sentence that names the label as a legal category. */
const LAW_WORDS = new Set('law laws legally statute statutes legislation'.split(' '));

/** Verbs that name their object by a complement ("call the overthrow a coup", "declared Morsi's ouster a coup"). */
const NAMING = new Set(
  'call calls called calling label labels labeled labelled labeling labelling declare declares declared declaring deem deems deemed term termed dub dubbed brand branded'.split(
    ' ',
  ),
);

/** Act labels the law names as a category (aid cut off "after a coup"). */
const LEGAL_LABELS = new Set(['coup', 'putsch', 'genocide']);

/** Labels put on people ("terrorists"): read only for naming, classing, a denied predicate and a noun of dispute. */
const PEOPLE_LABELS = new Set(['terroris*', 'terror']);

/** Verbs and nouns of denying ("denied the military staged a coup"). */
const DENYING = new Set('deny denies denied denying denial denials'.split(' '));

/** Words of success before "coup" ("a major coup", "a diplomatic coup"). */
const TRIUMPH = new Set(
  'major significant big real great considerable notable remarkable diplomatic publicity propaganda recruiting fundraising marketing pr'.split(
    ' ',
  ),
);

/** A content word at `j` in sentence `s`: a modifier of the label ("military", "full-blown"; "Military" in a headline). */
function modifier(d: Doc, j: number, s: number): boolean {
  const t = d.tokens[j];
  return !!t && t.sentence === s && t.kind === 'word' && !isStopword(t.norm) && !ARTICLES.has(t.norm);
}

/** Determiners that open the label's phrase. */
const ARTICLES = new Set(['a', 'an', 'no', 'the']);

/** The index of the first token before the label's noun phrase: over at most two modifiers and an article or "no". */
function phraseStart(d: Doc, i: number, s: number): { before: number; det: string | undefined } {
  let j = i - 1;
  while (j >= i - 2 && modifier(d, j, s)) j--;
  const det = wordAt(d, j, s);
  if (det !== undefined && ARTICLES.has(det) && det !== 'the') return { before: j - 1, det };
  return { before: j, det: undefined };
}

/** A word of negation ("not", "never", "wasn't", "no"). */
function negation(w: string | undefined): boolean {
  return w === 'not' || w === 'never' || w === 'no' || (w?.endsWith("n't") ?? false);
}

/** The word before the label's phrase, over at most three adverbs and negations, and whether one of them denies. */
function predicateVerb(d: Doc, before: number, det: string | undefined, s: number): { verb?: string; denied: boolean } {
  let j = before;
  let w = wordAt(d, j, s);
  let denied = det === 'no';
  for (let k = 0; k < 3 && w !== undefined && (PREDICATE_ADVERBS.has(w) || negation(w)); k++) {
    if (w.endsWith("n't") && COPULA.has(w.slice(0, -3))) return { verb: w.slice(0, -3), denied: true }; // "wasn't a coup"
    denied ||= negation(w);
    w = wordAt(d, --j, s);
  }
  return { verb: w, denied };
}

/**
 * The label's phrase is the complement of a verb of classing ("amounts to a coup", "qualifies as genocide") or of a
 * copula that is denied ("is not a coup", "there was no coup", "wasn't a massacre") or asked about ("whether the
 * ouster was a coup"). A plain "was a coup" is the writer's (or a reported speaker's) claim and stays.
 */
function disputedPredicate(d: Doc, i: number, before: number, det: string | undefined, s: number): boolean {
  const w = wordAt(d, before, s);
  const classing = w === 'to' || w === 'as' ? wordAt(d, before - 1, s) : w; // "amounted to", "qualifies as"
  if (classing !== undefined && CLASSING.has(classing)) return true;
  const { verb, denied } = predicateVerb(d, before, det, s);
  if (verb === undefined || !COPULA.has(verb)) return false;
  return denied || wordBefore(d, i, s, 10, (x) => x === 'whether');
}

/**
 * A naming verb with its object between it and "a"/"an" before the label, over at most ten tokens of words and
 * possessives: "did not call the Egyptian military's overthrow of the government a coup", "declaring the overthrow a
 * coup" (mentionedLabel reads an object of at most a determiner and two words).
 */
function namedObject(d: Doc, before: number, det: string | undefined, s: number): boolean {
  if (det !== 'a' && det !== 'an') return false;
  for (let k = before; k >= before - 10 && k >= 0; k--) {
    const t = d.tokens[k];
    if (t.sentence !== s || (t.kind !== 'word' && t.norm !== "'s")) return false;
    if (NAMING.has(t.norm)) return true;
  }
  return false;
}

/** A noun of dispute before "of" ("accusations of a coup"), after the label ("the coup question"), or "— a term". */
function disputeNoun(d: Doc, before: number, end: number, s: number): boolean {
  if (wordAt(d, before, s) === 'of' && DISPUTE_OF.has(wordAt(d, before - 1, s) ?? '')) return true;
  if (DISPUTE_AFTER.has(wordAt(d, end, s) ?? '')) return true;
  // "a coup -- a term his statement avoided": past a dash or a comma (a dash may be written as two marks)
  let k = end;
  while (k < end + 2 && d.tokens[k]?.sentence === s && d.tokens[k].kind === 'punct') k++;
  const a = wordAt(d, k, s);
  return (a === 'a' || a === 'the') && ['term', 'word', 'label'].includes(wordAt(d, k + 1, s) ?? '');
}

/** A word of `set` within `reach` words before token i in its sentence. */
function wordBefore(d: Doc, i: number, s: number, reach: number, test: (w: string) => boolean): boolean {
  for (let k = i - 1; k >= i - reach && k >= 0; k--) {
    const t = d.tokens[k];
    if (t.sentence !== s) return false;
    if (t.kind === 'word' && test(t.norm)) return true;
  }
  return false;
}

/** The label without a definite determiner, as a category: after "if" or in a sentence about the law. */
function legalCategory(d: Doc, i: number, before: number, det: string | undefined, s: number): boolean {
  if (det === undefined && i - before < 2) return false; // a bare label needs a modifier ("military coup")
  // "Sisi's military coup", "the July coup": a definite coup happened
  if (det === undefined && (d.tokens[before]?.norm === "'s" || DEFINITE.has(wordAt(d, before, s) ?? ''))) return false;
  if (wordBefore(d, i, s, 6, (w) => w === 'if')) return true;
  const sent = d.sentences[s];
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (LAW_WORDS.has(d.tokens[k].norm)) return true;
  return false;
}

/**
 * True when the act label `term` (one of ACT_LABELS) whose words run from token i to `end` (exclusive) is mentioned
 * as the word under dispute or as a legal category, not used (see the module comment).
 */
export function labelUnderDispute(d: Doc, i: number, end: number, term: string): boolean {
  const s = d.tokens[i].sentence;
  if (mentionedLabel(d, i, end)) return true;
  const { before, det } = phraseStart(d, i, s);
  if (disputedPredicate(d, i, before, det, s) || namedObject(d, before, det, s)) return true;
  if (disputeNoun(d, before, end, s)) return true;
  if (wordAt(d, end, s) === 'or' && wordAt(d, end + 1, s) === 'not') return true;
  if (PEOPLE_LABELS.has(term)) return false;
  // "denied the military staged a coup", "denies the atrocities"; not "denying terrorists safe havens"
  if (wordBefore(d, i, s, 6, (w) => DENYING.has(w))) return true;
  return LEGAL_LABELS.has(term) && legalCategory(d, i, before, det, s);
}

/** "coup" after a word of success ("a major coup for the campaign"): a triumph, not a seizure of power. */
export function coupAsTriumph(d: Doc, i: number): boolean {
  return TRIUMPH.has(wordAt(d, i - 1, d.tokens[i].sentence) ?? '');
}
