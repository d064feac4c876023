// A role noun that English also writes as an adjective ("military", "army", "junta") modifies the noun after it
// ("the Parchin military base", "U.S. military action", "an army camp"): no label of an armed force, as "government
// officials" is none of a government. After a singular role noun a verb is in "-s" or "-ed", an irregular past ("the
// military took", "the army sent"), or stands behind an adverb ("the military quickly"); anything else lower-case is
// the noun it modifies. "opposition" and "militia" are nouns before a noun ("opposition groups", "militia fighters")
// and name the opposition still. The past forms come from compromise's lexicon (MIT licence, read from node_modules
// at run time), as lib/framing/wordclass.ts reads its nouns.
import { requireFromRoot } from '../paths.js';
import { isAdverb } from './adverbs.js';

/** Role nouns that are adjectives too ("a military base", "an army camp", "junta rule"). */
const ADJECTIVAL: ReadonlySet<string> = new Set(['military', 'army', 'junta']);

/** Irregular verbs whose past is their base form ("the army cut the road", "the military set up"). */
const SAME_PAST: ReadonlySet<string> = new Set(
  'put set cut hit let shut spread quit cast hurt cost beat bid burst thrust upset split'.split(' '),
);

/**
 * Words after a role noun that are no noun it modifies: adverbs of time and prepositions the stopword list leaves out
 * ("the military earlier said", "the army outside the city"), and irregular pasts compromise's lexicon leaves out.
 */
const NOT_MODIFIED: ReadonlySet<string> = new Set(
  (
    'earlier later today yesterday tonight once twice first last soon instead ' +
    'outside inside against across near toward towards alongside amid throughout without beyond behind ' +
    'left retook overthrew overran withdrew rose fell fled held kept stood'
  ).split(' '),
);

let past: Set<string> | null = null;

/** Words compromise's lexicon lists with a past tense as their first tag ("took", "sent", "said"), loaded once. */
function pastForms(): Set<string> {
  if (!past) {
    const nlp = requireFromRoot('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    past = new Set();
    for (const [w, tag] of Object.entries(nlp.model().one.lexicon))
      if ((Array.isArray(tag) ? tag[0] : tag) === 'PastTense') past.add(w);
  }
  return past;
}

/**
 * Whether lower-case role noun `role` modifies the lower-case word `next` written right after it (no stopword):
 * "military base", "military action", not "military says", "military launched", "military took", "military
 * quickly", "military using".
 */
export function adjectivalRole(role: string, next: string): boolean {
  if (!ADJECTIVAL.has(role) || !/^[a-z][a-z-]*$/.test(next)) return false;
  if (/(?:s|ed|ing)$/.test(next) || isAdverb(next) || SAME_PAST.has(next) || NOT_MODIFIED.has(next)) return false;
  return !pastForms().has(next);
}
