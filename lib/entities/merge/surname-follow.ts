// One person per surname per article: in an article naming none of a surname's bearers in full, the mentions whose
// form of address sent them to one namesake ("Mr. Clinton" six times, joined to Bill Clinton while the corpus-wide
// vote goes to Hillary Clinton) say whom the article means; its other mentions of the surname, untitled or with a
// title no bearer is named in full with ("Governor Clinton pressed"), are that person too, not the vote's. Mentions
// with a telling title stay where the title rules put them.
import type { Mention } from '../mentions.js';
import { pushTo, putIn } from '../../util/maps.js';
import type { MergeGraph } from './graph.js';
import type { SurnameGroup } from './surname-articles.js';

/** Where the mentions split off node i since edge `fromEdge` went: per article, the person node(s) they joined. */
function placedByDoc(g: MergeGraph, fromNode: number, fromEdge: number): Map<string, Set<number>> {
  const target = new Map<number, number>();
  for (let k = fromEdge; k < g.edges.length; k++) {
    const { a, b } = g.edges[k];
    if (a >= fromNode && b < fromNode) target.set(a, b);
    else if (b >= fromNode && a < fromNode) target.set(b, a);
  }
  const out = new Map<string, Set<number>>();
  for (const [k, p] of target) for (const m of g.nodes[k].mentions) putIn(out, m.doc, p);
  return out;
}

/**
 * Node i's `rest` mentions whose title says nothing (`silent`), of each article whose addressed mentions all joined
 * one person since node `fromNode` and edge `fromEdge`, as groups for that person; and the mentions left.
 */
export function followPlaced(
  g: MergeGraph,
  rest: readonly Mention[],
  since: { fromNode: number; fromEdge: number },
  silent: (m: Mention) => boolean,
): { groups: SurnameGroup[]; rest: Mention[] } {
  const placed = placedByDoc(g, since.fromNode, since.fromEdge);
  const move = new Map<number, Mention[]>();
  const left: Mention[] = [];
  for (const m of rest) {
    const ps = placed.get(m.doc);
    const roots = ps && new Set([...ps].map((p) => g.uf.find(p)));
    if (!ps || !silent(m) || roots!.size !== 1) left.push(m);
    else pushTo(move, [...ps][0], m);
  }
  const groups = [...move].map(([person, ms]): SurnameGroup => {
    const docs = new Set(ms.map((m) => m.doc)).size;
    return { person, via: 'follow', mentions: ms, docs };
  });
  return { groups, rest: left };
}
