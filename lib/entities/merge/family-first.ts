// Merge rule: a person whose family name comes first ("Ban Ki-moon", "Xi Jinping", "Moon Jae-in") is called by that
// first word alone ("Mr. Ban", "Secretary-General Ban said"). The given-name rule joins a bare first word only in the
// articles naming the person in full, which suits "Carlos" (a boy an article calls by his given name) but leaves the
// articles that say "Ban" and never "Ban Ki-moon" as a row of their own. Here the word joins corpus-wide when it
// reads as a family name: the corpus writes it alone after a title or an honorific in two articles or more, exactly
// one person named in full opens with it and already holds it alone (an article named both), no full name ends in it
// (then it is also a surname of others, "Lee", left to the surname rule) and no list holds it as a given name ("Mr.
// Carlos" is a man surnamed Carlos, not "Carlos Ruiz"; "Kim").
import { FIRST_NAMES } from '../gazetteer.js';
import type { Mention } from '../mentions.js';
import { givenNames } from '../world.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** Articles writing the word alone after a title for its person to read as a family name. */
const TITLED_ARTICLES = 2;

/** One-word nodes that may name a person, by their word. */
function bareNodes(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    const t = g.types[i].type;
    if (n.core.length !== 1 || (t !== 'person' && t !== 'unknown') || !mayJoinPerson(g, i)) return;
    (out.get(n.core[0]) ?? out.set(n.core[0], []).get(n.core[0])!).push(i);
  });
  return out;
}

/** Roots of the multi-word person names (name-shape evidence or better) opening with each of the `wanted` words. */
function byFirstWord(g: MergeGraph, wanted: ReadonlyMap<string, number[]>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  g.nodes.forEach((n, p) => {
    if (n.core.length < 2 || !wanted.has(n.core[0])) return;
    if (g.types[p].type !== 'person' || g.types[p].strength < 2) return;
    (out.get(n.core[0]) ?? out.set(n.core[0], new Set()).get(n.core[0])!).add(g.uf.find(p));
  });
  return out;
}

/** The articles of mentions written after a title or an honorific. */
const titledDocs = (ms: readonly Mention[]) => new Set(ms.filter((m) => m.title).map((m) => m.doc));

/** Join the bare family name of a family-name-first person to them across the corpus (see above). */
export function mergeFamilyFirst(g: MergeGraph, idx: PersonIndex): void {
  const bare = bareNodes(g);
  const firsts = byFirstWord(g, bare);
  const named = new Set<number>();
  g.nodes.forEach((n, p) => {
    if (n.core.length > 1) named.add(g.uf.find(p));
  });
  for (const [w, nodes] of bare) {
    const people = firsts.get(w);
    if (!people || idx.byLast.has(w) || FIRST_NAMES.has(w) || givenNames().has(w)) continue;
    // the one person already holding the word alone, and the nodes still apart from every person
    const holders = new Set<number>();
    const apart: number[] = [];
    for (const k of nodes) {
      const r = g.uf.find(k);
      if (people.has(r)) holders.add(r);
      else if (!named.has(r)) apart.push(k);
    }
    if (holders.size !== 1 || !apart.length) continue;
    const titled = titledDocs(nodes.flatMap((k) => g.nodes[k].mentions));
    if (titled.size < TITLED_ARTICLES) continue;
    const person = [...holders][0];
    const label = nodeLabel(g.nodes[person]);
    for (const k of apart)
      g.join(
        k,
        person,
        `family name '${w}' written first in '${label}', alone after a title in ${titled.size} articles`,
      );
  }
}
