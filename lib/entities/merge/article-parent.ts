// Shared by the merges of short names ("Judiciary Committee", "the Department"): when the corpus has several longer
// names a short one could stand for, each article's mentions go to the one of them that article names.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { pushTo } from '../../util/maps.js';

/**
 * Each article's mentions of node i that go to the one parent (of `roots`) the article names: [parent node, mentions].
 * `names` says which of a parent's mentions name it as a longer form of node i; by default all of them.
 */
export function parentsByArticle(
  g: MergeGraph,
  i: number,
  roots: ReadonlySet<number>,
  names: (m: Mention) => boolean = () => true,
): [number, Mention[]][] {
  const named = new Map<string, Set<number>>();
  const first = new Map<number, number>();
  g.nodes.forEach((n, k) => {
    const r = g.uf.find(k);
    if (!roots.has(r)) return;
    if (!first.has(r)) first.set(r, k);
    for (const m of n.mentions) if (names(m)) (named.get(m.doc) ?? named.set(m.doc, new Set()).get(m.doc)!).add(r);
  });
  const out = new Map<number, Mention[]>();
  for (const m of g.nodes[i].mentions) {
    const inDoc = named.get(m.doc);
    if (inDoc?.size !== 1) continue;
    const p = first.get(inDoc.values().next().value as number)!;
    pushTo(out, p, m);
  }
  return [...out];
}
