// Part-of-speech gates for general-vocabulary words marked loaded (lib/framing/loaded.ts). The general sentiment
// vocabularies list words, not uses: "crowd", "wave" or "kind" carry a sentiment score whatever their role. Two cheap
// gates, without running a tagger over the corpus (compromise's tagger would cost more than the whole framing stage):
// - the word's class in compromise's lexicon (MIT licence, read from node_modules at run time): a word the lexicon
//   lists only as a noun is a topic word more often than an evaluation;
// - its position: an evaluative modifier of a noun ("a vicious attack", "the radical plan") is the writer's label,
//   while a general-vocabulary word standing alone before a function word or punctuation ("the vote was close",
//   "a kind of") is description more often than not.
import type { Doc } from '../types.js';
import { requireFromRoot } from '../paths.js';
import { isStopword } from '../text/stopwords.js';

/** compromise's lexicon tags that name a noun. */
const NOUN_TAGS = new Set(['Singular', 'Plural', 'Uncountable', 'Noun', 'Actor']);

let nouns: Set<string> | null = null;

/** Words compromise's lexicon lists with a noun as their first tag, loaded once. */
function nounWords(): Set<string> {
  if (!nouns) {
    const nlp = requireFromRoot('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    nouns = new Set();
    for (const [w, tag] of Object.entries(nlp.model().one.lexicon)) {
      const first = Array.isArray(tag) ? tag[0] : tag;
      if (NOUN_TAGS.has(first)) nouns.add(w);
    }
  }
  return nouns;
}

let firstTags: Map<string, string> | null = null;

/** Each word of compromise's lexicon with its first tag ("froze" PastTense, "average" Adjective), loaded once. */
function lexiconTags(): Map<string, string> {
  if (!firstTags) {
    const nlp = requireFromRoot('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    firstTags = new Map();
    for (const [w, tag] of Object.entries(nlp.model().one.lexicon)) firstTags.set(w, Array.isArray(tag) ? tag[0] : tag);
  }
  return firstTags;
}

/** The first tag compromise's lexicon gives the lower-case word ("PastTense", "Adjective"), or undefined. */
export function lexiconTag(norm: string): string | undefined {
  return lexiconTags().get(norm);
}

let actors: Set<string> | null = null;

/** Words compromise's lexicon tags as people ("agent", "officers", "lawyer"), loaded once. */
function actorWords(): Set<string> {
  if (!actors) {
    const nlp = requireFromRoot('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
    actors = new Set();
    for (const [w, tag] of Object.entries(nlp.model().one.lexicon))
      if (Array.isArray(tag) ? tag.includes('Actor') : tag === 'Actor') actors.add(w);
  }
  return actors;
}

/**
 * True when the lower-case word is a plural of a noun compromise's lexicon tags as people ("agents", "officers",
 * "lawyers"): a word that can be the subject of a verb after it, and no verb itself.
 */
export function isPluralActor(norm: string): boolean {
  if (norm.length < 4 || !norm.endsWith('s') || norm.endsWith('ss')) return false;
  const a = actorWords();
  return a.has(norm) || a.has(norm.slice(0, -1));
}

/** True when compromise's lexicon lists the lower-case word as a noun ("crowd", "wave", "backlash"). */
export function isLexiconNoun(norm: string): boolean {
  return nounWords().has(norm);
}

/** Words that open a noun phrase: after one of them, a word is a modifier or the head of a noun phrase. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'every',
  'each',
]);

/**
 * True when word token i stands where an evaluative modifier stands: after a determiner, or before a content word of
 * the same sentence ("a vicious attack", "radical plan"). False when it stands alone between function words or before
 * punctuation ("was close.", "of good"), or heads a noun phrase before "of" ("a kind of", "the good of").
 */
export function isModifierPosition(d: Doc, i: number): boolean {
  const t = d.tokens[i];
  const next = d.tokens[i + 1];
  const sameNext = !!next && next.sentence === t.sentence && next.kind === 'word';
  if (sameNext && next.norm === 'of') return false; // the head of a noun phrase: "a kind of", "the worst of"
  const prev = d.tokens[i - 1];
  if (prev && prev.sentence === t.sentence && prev.kind === 'word' && DETERMINERS.has(prev.norm)) return true;
  return sameNext && !isStopword(next.norm);
}

/** True when a general-vocabulary word at token i may be marked loaded: not a lexicon noun, and in modifier position. */
export function evaluativeUse(d: Doc, i: number): boolean {
  return !isLexiconNoun(d.tokens[i].norm) && isModifierPosition(d, i);
}
