// Merge rule: a one-word name that is the last word of exactly one longer name in the corpus, and is written in
// articles that name the longer one, is its short form ("the Brotherhood" of "Muslim Brotherhood", "the Patrol" of
// "Border Patrol"). A head word that names a kind of body or place ("House", "Court", "Senate") is a name of its own
// or of many such bodies, and a word most of whose articles never name the longer one ("Islam" beside a brigade
// "Liwa al-Islam") is another thing; persons and places are left to the surname rule and the gazetteer.
import { GROUP_HEADS, ORG_HEADS, PLACE_HEADS } from '../gazetteer.js';
import { skeleton } from '../aliases.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import type { PersonIndex } from './person-index.js';

/** The share of the word's articles that must name the longer name too. */
const ALONGSIDE = 0.5;

/** The types of longer names whose last word may stand for them: organisations, groups and events (a place's or a
 * person's last word is a place or a surname of its own, and an untyped phrase is often a common noun's). */
const LONG_TYPES: ReadonlySet<string> = new Set(['org', 'group', 'event']);

/** Longer organisation, group and event names by their last name word. */
function byLastWord(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || !LONG_TYPES.has(g.types[i].type) || n.acronymOf) return;
    const w = n.core[n.core.length - 1];
    (out.get(w) ?? out.set(w, []).get(w)!).push(i);
  });
  return out;
}

/** The share of node i's articles that also name one of the nodes in `list`. */
function sharedArticles(g: MergeGraph, i: number, list: readonly number[]): number {
  const named = new Set<string>();
  for (const p of list) for (const m of g.nodes[p].mentions) named.add(m.doc);
  const docs = new Set(g.nodes[i].mentions.map((m) => m.doc));
  let both = 0;
  for (const d of docs) if (named.has(d)) both++;
  return both / docs.size;
}

/** Join one-word names to the one longer name they end (see the rule above). */
export function mergeLastWords(g: MergeGraph, people: PersonIndex): void {
  const byLast = byLastWord(g);
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf) return;
    const w = n.core[0];
    // a word that is (or spells like) a person's surname is left to the surname rule ("Star" beside "Starr")
    if (people.byLast.has(w) || (w.length >= 4 && people.byLastSkeleton.has(skeleton(w)))) return;
    const t = g.types[i].type;
    if (t === 'person' || t === 'demonym' || ORG_HEADS.has(w) || GROUP_HEADS.has(w) || PLACE_HEADS.has(w)) return;
    const list = byLast.get(w);
    if (!list || new Set(list.map((p) => g.uf.find(p))).size !== 1) return;
    if (!g.compatible(i, list[0]) || sharedArticles(g, i, list) < ALONGSIDE) return;
    g.join(list[0], i, `last word '${nodeLabel(n)}' of the one '${nodeLabel(g.nodes[list[0]])}', named alongside it`);
  });
}
