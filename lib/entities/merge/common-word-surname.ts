// A surname that is also a common word ("Wall", "May", "Masters") stands for the person only where the article names
// that person: "Dems must agree to Wall", the banner "Finish The Wall", "the 12 May deadline" are the word, not Jeffrey
// Wall or Theresa May. A one-word name the corpus writes in lower case more often than it is named is such a word; its
// mentions with no title before them, in articles naming no person with it in full, stay apart from the person.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';

const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Whether one-word node i is a common word capitalised: the corpus writes it in lower case more often than the node is
 * mentioned. A name written with a lower-case particle ("al-Assad") is no common word, whatever its lower-case count.
 */
export function commonWord(g: MergeGraph, i: number, lower: ReadonlyMap<string, number>): boolean {
  const n = g.nodes[i];
  return n.core.length === 1 && (lower.get(n.core[0]) ?? 0) > n.mentions.length;
}

/** The mentions of common-word node i (see above) that stay apart from the persons `holders` (every full name
 * ending in the word, whatever its type): untitled, capitalised, in an article that names none of them and writes the
 * word after no title ("Sen. Blunt" there makes the later "Blunt told reporters" the senator). Empty when the word is
 * no common word. */
export function commonWordMentions(
  g: MergeGraph,
  i: number,
  holders: readonly number[],
  lower: ReadonlyMap<string, number>,
): Mention[] {
  if (!commonWord(g, i, lower)) return [];
  const named = new Set<string>();
  for (const p of holders) for (const m of g.nodes[p].mentions) named.add(m.doc);
  for (const m of g.nodes[i].mentions) if (m.title !== undefined) named.add(m.doc);
  return g.nodes[i].mentions.filter((m) => m.title === undefined && CAPITAL_FIRST.test(m.text) && !named.has(m.doc));
}
