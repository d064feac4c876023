// Newsrooms the corpus itself names: a name no outlet table knows that one article cites as a newsroom ("told Voice of
// America , a news service funded by …") is a newsroom in every article of the corpus, where it may stand with no
// description ("Voice of America adds that …", "a story posted by Voice of America"). citations.ts reads the corpus
// twice: the second time, the articles holding such a name read it as a known outlet's, and keep what they read first.
import { outletKey, type OutletResolver } from './outlets.js';
import type { Citation } from './types.js';

/** A name of two or more words, each capitalised or a joiner ("of", "the", "and"): no bare word like "Monitor". */
const MANY_WORDS = /^\p{Lu}[\p{L}\p{N}'\u2019.-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}\p{N}'\u2019.-]*)){1,5}$/u;
/** A first word that leaves one name word only ("The Hill"): too short to read as a name everywhere. */
const ARTICLE_FIRST = /^(?:The|A|An)\s+\S+$/;

/** At most this many names are learned (the most cited first): each is searched for in every article. */
export const MAX_CORPUS_MEDIA = 300;

/**
 * The names outlet citations give that the resolver does not know, of two words or more (not "The X"), in a fixed
 * order: newsrooms the corpus names, the MAX_CORPUS_MEDIA most cited. Generic media ("State TV") are none.
 */
export function corpusMedia(citations: readonly Citation[], resolver: Pick<OutletResolver, 'resolve'>): string[] {
  const count = new Map<string, number>();
  for (const c of citations) {
    if (c.kind === 'generic') continue;
    const n = count.get(c.cited);
    if (n !== undefined) count.set(c.cited, n + 1);
    else if (MANY_WORDS.test(c.cited) && !ARTICLE_FIRST.test(c.cited) && !resolver.resolve(c.cited))
      count.set(c.cited, 1);
  }
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return [...count]
    .sort((x, y) => y[1] - x[1] || order(x[0], y[0]))
    .slice(0, MAX_CORPUS_MEDIA)
    .map(([name]) => name)
    .sort((x, y) => y.length - x.length || order(x, y));
}

/**
 * The resolver that also knows the corpus's own newsrooms `names`, matched as written (case-sensitive) without a
 * leading "The", as the readers take a table's names: "the" before them is the cue's.
 */
export function withCorpusMedia(resolver: OutletResolver, names: readonly string[]): OutletResolver {
  const byKey = new Map(names.map((n) => [outletKey(n), n]));
  return {
    ...resolver,
    exactCase: [...(resolver.exactCase ?? []), ...names.map((n) => n.replace(/^The\s+/, ''))],
    resolve: (name) => resolver.resolve(name) ?? byKey.get(outletKey(name)) ?? null,
  };
}
