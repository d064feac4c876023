// Merge rule: a one-word name that is the head of exactly one "X of Y" name in the corpus joins it ("the Gang" =
// "Gang of Eight", "the Department" = "Department of Labor"), when neither is a person and their types agree, and the
// word is not written in far more articles than the longer name ("the Wall", a hundred articles on a border wall, is
// no short form of a "Wall of Shame" named once).
import { namedFarLess } from './far-less.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** The lower-cased head of an "X of Y ..." name, or '' when the node's name has no such shape. */
function ofHead(g: MergeGraph, i: number): string {
  const n = g.nodes[i];
  if (n.acronymOf || g.types[i].type === 'person') return '';
  const words = n.mentions[0].text.toLowerCase().split(/\s+/);
  return words.length >= 3 && words[1] === 'of' ? words[0] : '';
}

/** Join one-word names to the one "X of Y" name they head. */
export function mergeOfHeads(g: MergeGraph): void {
  const byHead = new Map<string, number[]>();
  g.nodes.forEach((_, i) => {
    const h = ofHead(g, i);
    if (h) (byHead.get(h) ?? byHead.set(h, []).get(h)!).push(i);
  });
  if (!byHead.size) return;
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf) return;
    const list = byHead.get(n.core[0]);
    if (!list) return;
    const roots = new Set(list.map((p) => g.uf.find(p)));
    const a = g.types[i].type;
    const b = g.types[list[0]].type;
    if (roots.size !== 1 || a === 'person' || (a !== b && a !== 'unknown' && b !== 'unknown')) return;
    if (namedFarLess(g, i, list)) return;
    g.join(list[0], i, `head '${nodeLabel(n)}' of the one '${nodeLabel(g.nodes[list[0]])}'`);
  });
}
