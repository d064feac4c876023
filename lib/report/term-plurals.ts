// A word and its plural as one frequent term. The term counts keep "republican" and "republicans" apart (event
// clustering reads them so, and must not move), but a reader of the top-terms chart sees the same word twice, each
// with half its uses, and a list of "terms only one outlet ranks" can name a word another outlet ranks in its plural.
// At display time the two are one term, named by both forms, the singular first ("republican/republicans", as the
// loaded-word findings name "claim/claims"): one name for every outlet, whichever form it uses more, so lists compare.
import { requireFromRoot } from '../paths.js';

/** A folded term: the name shown and the forms counted under it. */
export interface TermFold {
  name: string;
  forms: string[];
}

/**
 * Plurals whose sense is not the singular's ("arms" are weapons, "customs" a border service, "goods" wares, "means"
 * resources, "damages" money a court awards): a fact of English, kept apart from the singular.
 */
const OWN_SENSE = new Set(['arms', 'customs', 'goods', 'means', 'damages', 'remains', 'savings', 'quarters']);

/** compromise's lexicon tags of a word that is no plural of a common noun ("news", "politics") or is a name. */
const NOT_PLURAL_TAGS =
  /^(?:Uncountable|LastName|FirstName|MaleName|FemaleName|ProperNoun|Place|City|Country|Region|Organization)$/;

let lexicon: Record<string, string | string[]> | null = null;

/** compromise's lexicon (MIT licence, read from node_modules at run time), loaded once. */
function lexiconTags(word: string): string[] {
  if (!lexicon) {
    const nlp = requireFromRoot('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    lexicon = nlp.model().one.lexicon;
  }
  const tag = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  return tag === undefined ? [] : Array.isArray(tag) ? tag : [tag];
}

/** The singular a plural-looking term would have: "countries" → "country", "taxes" → "tax", "bills" → "bill". */
function singularsOf(term: string): string[] {
  const out: string[] = [];
  if (term.endsWith('ies') && term.length > 4) out.push(term.slice(0, -3) + 'y');
  if (/(?:s|x|z|ch|sh)es$/.test(term)) out.push(term.slice(0, -2));
  if (term.endsWith('s') && !term.endsWith('ss') && !term.endsWith("'s")) out.push(term.slice(0, -1));
  return out;
}

/** True when the last words of `plural` and `singular` may be one word's two forms. */
function foldable(singular: string, plural: string): boolean {
  const last = (t: string) => t.slice(t.lastIndexOf(' ') + 1);
  const p = last(plural),
    s = last(singular);
  if (s.length < 3 || !/^\p{L}[\p{L}-]*$/u.test(p) || OWN_SENSE.has(p)) return false;
  return ![...lexiconTags(p), ...lexiconTags(s)].some((t) => NOT_PLURAL_TAGS.test(t));
}

/**
 * For each term of `terms` that is the plural of another term of `terms` (or that singular), its fold: the name
 * "singular/plural" and both forms. Terms without a counterpart are absent.
 */
export function pluralFolds(terms: Iterable<string>): Map<string, TermFold> {
  const all = new Set(terms);
  const out = new Map<string, TermFold>();
  for (const plural of [...all].sort())
    for (const singular of singularsOf(plural)) {
      if (!all.has(singular) || out.has(singular) || out.has(plural) || !foldable(singular, plural)) continue;
      const fold = { name: `${singular}/${plural}`, forms: [singular, plural] };
      out.set(singular, fold);
      out.set(plural, fold);
      break;
    }
  return out;
}
