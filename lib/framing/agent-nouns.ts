// Nouns for a person by their shape: an agent noun ("statistician", "artist", "actor", "consultant") heads a person's
// description though no title list holds it ("Gaurav , a statistician from India who …", "Houman , a 24 year-old
// actor who …"). Companies are described by agent nouns too ("a maker of …", "a provider of …", "a supplier to …"),
// so "-er", "-or" and "-ant" are read only before a word that follows people: "who", "from", "at", "behind",
// "based". A few nouns for a person of no such shape are named ("hopeful", "incumbent"). Pure; the suffixes and the few words of those shapes that are no agents are general English.

/** Suffixes of nouns for a person whatever follows them: "statistician", "historian", "artist", "economist". */
const PERSON_SUFFIX = /^\p{Ll}{3,}(?:ist|ian)$/u;

/** Suffixes of agent nouns that name companies as often: "actor", "trader", "consultant" (but "maker", "provider"). */
const AGENT_SUFFIX = /^\p{Ll}{3,}(?:er|or|ant)$/u;

/** Words after an agent noun that only a person's description has there: "an actor who", "a trader from Pune". */
const PERSON_FOLLOWERS: ReadonlySet<string> = new Set(['who', 'whose', 'from', 'at', 'behind', 'based']);

/** Words of those shapes that are no agents (things, places, ranks of things, adjectives of origin used as nouns). */
const NOT_AGENTS: ReadonlySet<string> = new Set(
  (
    'number letter paper newspaper order water matter center centre chapter quarter corner border power tower ' +
    'error sector factor floor door color colour mirror honor honour favor favour labor labour motor vector minor ' +
    'major interior exterior character master shelter register river weather winter summer computer chamber ' +
    'restaurant plant giant grant variant implant pageant list twist wrist mist'
  ).split(' '),
);

/**
 * Nouns for a person that neither a suffix nor a title list shows, heading a description set off after a name: "a
 * Democratic presidential hopeful", "a native of …", "a Harbour resident", "the incumbent", "a challenger".
 */
const PERSON_WORDS: ReadonlySet<string> = new Set(
  'hopeful hopefuls native resident graduate frontrunner front-runner contender incumbent challenger cofounder'.split(
    ' ',
  ),
);

/**
 * Whether `word` (lower case), the head of a description set off after a name, is an agent noun for a person: "-ist"
 * or "-ian" whatever follows, "-er", "-or" or "-ant" when `next` (the word after it, lower case; '' at the
 * description's end) is one that follows people ("who", "from", "at").
 */
export function agentNoun(word: string, next: string): boolean {
  if (PERSON_WORDS.has(word)) return true;
  if (NOT_AGENTS.has(word)) return false;
  if (PERSON_SUFFIX.test(word)) return true;
  return AGENT_SUFFIX.test(word) && PERSON_FOLLOWERS.has(next);
}
