// A speaker phrase capitalised only because it opens its sentence: "Medics said …", "Unions say …", "Federal
// authorities asked …", "People familiar with the matter said …". Read as a name, such a phrase was an unclassifiable
// "other"; read in lower case it is unnamed people or a body. The evidence that the capital is the sentence's, not a
// name's: the article writes the opening word in lower case elsewhere, or the word is a demonym ("British
// authorities"). Pure over the phrase and the doc's text.
import type { SourceKind } from './types.js';
import { isDemonym } from './name-shape.js';
import { nonPersonKind } from './institutions.js';
import { plainName } from './person-names.js';
import { sourceKindOf } from './source-kinds.js';
import { writesLower, type LowerWords } from '../text/lower-words.js';

/** A capitalised opening word, then the rest of the phrase: "Federal | authorities". */
const CAPITALISED_OPENING = /^(\p{Lu}\p{Ll}+)((?:\s+\S+)*)$/u;
/** A lower-case word: the rest of a phrase after its opening word must open on one. */
const LOWER_NEXT = /^\s+\p{Ll}/u;
/** A plural a one-word phrase must be ("Medics", "Unions", "Allies", "Spokesmen"): a singular may be a surname
 * ("Farmer said"). */
const PLURAL = /(?:[^s]s|men|people|children)$/;

/** Kinds a phrase read in lower case is taken as: people or a body the words name, not a name. */
const COMMON_KINDS: ReadonlySet<SourceKind> = new Set(['anonymous', 'institution']);

/**
 * What a speaker phrase (`t`, closing marks dropped) capitalised by its sentence is: unnamed people or a body, read in
 * lower case ("Medics" → anonymous "medics", "Unions" → institution, "Federal authorities" → anonymous), when the doc
 * (`words`: lowerWords of its text) writes its opening word in lower case or the word is a demonym; `forms`: the outlet forms media are
 * matched by. Null when the phrase may be a name ("Gates", "Farmer said", "Obama aides" is read elsewhere).
 */
export function sentenceCapitalised(
  t: string,
  words: LowerWords,
  forms: readonly string[],
): { kind: SourceKind; name: string } | null {
  const m = CAPITALISED_OPENING.exec(t);
  if (!m) return null;
  const [, first, rest] = m;
  if (rest ? !LOWER_NEXT.test(rest) : !PLURAL.test(first)) return null;
  const lower = first.toLowerCase();
  if (!isDemonym(first) && !writesLower(words, first)) return null;
  const low = lower + rest;
  const kind = sourceKindOf(low, forms);
  const k = kind === 'other' ? nonPersonKind(low) : kind;
  return COMMON_KINDS.has(k) ? { kind: k, name: plainName(low) } : null;
}
