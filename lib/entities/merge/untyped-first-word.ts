// Merge rule: a word an article writes alone with no cue of any type ("under Deng", "Jamilo's brother") is the person
// the same article names in full with that first word ("Deng Xiaoping", "Jamilo Maalim"), when the word is a name and
// nothing else: the corpus never writes it in lower case (so it is no sentence's capitalised first word, "Border",
// "Under"), no full name ends in it (then it is a family name too, left to the surname rule) and the article names
// exactly one person opening with it. The given-name rule (given-name.ts) needs the bare word typed a person, which
// a given name no list holds ("Deng", "Jamilo") is only by this article's full name. Other articles keep the word
// apart: a corpus naming one holder in full does not make every bare use theirs ("Maxwell" and "Maxwell Air Force
// Base", "Carnegie" and "Carnegie Mellon").
import type { Mention } from '../mentions.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson } from './person-index.js';
import { pushTo } from '../../util/maps.js';

/** One word of letters (a module constant: tsx rebuilds a \p{...} literal on every call). */
const LETTERS = /^\p{L}+$/u;

/** Multi-word person nodes by first word, and the set of words that end one. */
function personNames(g: MergeGraph): { byFirst: Map<string, number[]>; lasts: Set<string> } {
  const byFirst = new Map<string, number[]>();
  const lasts = new Set<string>();
  g.nodes.forEach((n, p) => {
    if (n.core.length < 2 || g.types[p].type !== 'person') return;
    pushTo(byFirst, n.core[0], p);
    lasts.add(n.core[n.core.length - 1]);
  });
  return { byFirst, lasts };
}

/** Node i's mentions by the one person root (of `people`) their article names, articles naming several left out. */
function byArticlePerson(g: MergeGraph, i: number, people: readonly number[]): Map<number, Mention[]> {
  const named = new Map<string, Set<number>>();
  for (const p of people)
    for (const m of g.nodes[p].mentions) (named.get(m.doc) ?? named.set(m.doc, new Set()).get(m.doc)!).add(p);
  const out = new Map<number, Mention[]>();
  for (const m of g.nodes[i].mentions) {
    const ps = named.get(m.doc);
    if (!ps) continue;
    const roots = new Set([...ps].map((p) => g.uf.find(p)));
    if (roots.size === 1) pushTo(out, [...ps][0], m);
  }
  return out;
}

/** Join an untyped bare word to the one person its article names in full with that first word (see above). */
export function mergeUntypedFirstWords(g: MergeGraph, lowerUses: ReadonlyMap<string, number>): void {
  const { byFirst, lasts } = personNames(g);
  const size = new Map<number, number>();
  for (let k = 0; k < g.nodes.length; k++) size.set(g.uf.find(k), (size.get(g.uf.find(k)) ?? 0) + 1);
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    const w = n.core[0];
    if (n.core.length !== 1 || g.types[i].type !== 'unknown' || size.get(g.uf.find(i)) !== 1) continue;
    const people = byFirst.get(w);
    if (!people || lasts.has(w) || (lowerUses.get(w) ?? 0) > 0 || !LETTERS.test(w) || !mayJoinPerson(g, i)) continue;
    const groups = [...byArticlePerson(g, i, people)];
    groups.forEach(([p, ms], k) => {
      const whole = k === groups.length - 1 && ms.length === g.nodes[i].mentions.length;
      const docs = new Set(ms.map((m) => m.doc)).size;
      const why = `untyped '${w}' of '${nodeLabel(g.nodes[p])}' named in full in the same article (${docs === 1 ? '1 article' : `${docs} articles`})`;
      g.join(p, whole ? i : g.split(i, ms), why);
    });
  }
}
