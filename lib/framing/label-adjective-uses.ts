// A singular head of people that is an adjective where it stands names no one: after a copula with no article ("we
// must be patient", "voters who say they are independent", "likely to remain poor"), or joined by "and"/"or" to an
// adjective ("years of patient and persistent diplomacy", "suburban, independent and more moderate voters", "both
// conservative and liberal groups"). The word is an adjective by compromise's lexicon or by an ending English keeps for
// adjectives; a count noun of people needs an article there ("were a father and son" keeps its label, and so does
// "they were father and son", whose "son" is a noun). Pure over the doc's tokens.
import type { Doc } from '../types.js';
import { STARTS_LOWER } from '../util/letters.js';
import { lexiconTag } from './wordclass.js';

/** Copulas and linking verbs, after which a bare adjective is said of the subject. */
const LINKING: ReadonlySet<string> = new Set(
  'be is are was were been being am become became becomes remain remains remained stay stays stayed seem seems'.split(
    ' ',
  ),
);
/** Words of degree before an adjective ("more moderate", "very flexible"). */
const DEGREE: ReadonlySet<string> = new Set(['more', 'most', 'less', 'least', 'very', 'too', 'so', 'increasingly']);
/** Endings English keeps for adjectives ("conservative", "radical", "flexible", "persistent", "dangerous"). */
const ADJECTIVE_END = /(?:ive|al|ic|ible|able|ous|ful|ent)$/;
/** Endings of adjectives that are no nouns of people too ("-ent" ends "student", "resident"). */
const ADJECTIVE_ONLY_END = /(?:ive|al|ic|ible|able|ous|ful)$/;

const isAdjective = (norm: string, end: RegExp) => lexiconTag(norm) === 'Adjective' || end.test(norm);

/**
 * Whether the singular head at token i is an adjective here: right after a linking verb (no modifier or article), an adjective by the lexicon or its ending, not before "and"/"or" and a noun of people
 * (`isPeople`); or such an adjective before "and"/"or" and an adjective (the lexicon's, an adjective's ending that
 * names no people, or one after a word of degree).
 */
export function adjectiveUse(d: Doc, i: number, isPeople: (norm: string) => boolean): boolean {
  const toks = d.tokens;
  const t = toks[i];
  if (!isAdjective(t.norm, ADJECTIVE_ONLY_END)) return false;
  const s = t.sentence;
  const conj = toks[i + 1]?.sentence === s && (toks[i + 1].norm === 'and' || toks[i + 1].norm === 'or');
  const y = conj ? toks[i + 2] : undefined;
  const lower = !!y && y.sentence === s && y.kind === 'word' && STARTS_LOWER.test(d.text[y.start]);
  if (lower && (DEGREE.has(y.norm) || (isAdjective(y.norm, ADJECTIVE_END) && !isPeople(y.norm)))) return true;
  const p = toks[i - 1];
  return !!p && p.sentence === s && LINKING.has(p.norm) && !(lower && isPeople(y.norm));
}
