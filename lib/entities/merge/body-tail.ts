// Merge rule: a body's name is the tail of one longer name whose head is an organisation ("Security Council" of
// "United Nations Security Council"). News copy names a body in full once and then drops its parent; when the
// corpus gives the tail only one parent, the bare tail is that body. Two parents ("Senate Judiciary Committee",
// "House Judiciary Committee") leave the bare "Judiciary Committee" alone: the copy does not say which.
import { nodeLabel, type MergeGraph } from './graph.js';

const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group']);

/** Nodes by their name words joined ("united nations" -> nodes). */
function byCore(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    const k = n.core.join(' ');
    (out.get(k) ?? out.set(k, []).get(k)!).push(i);
  });
  return out;
}

/** Body nodes by each tail of two or more words whose head words name an organisation node. */
function tailsOfBodies(g: MergeGraph, cores: ReadonlyMap<string, number[]>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 3 || !BODY_TYPES.has(g.types[i].type)) return;
    for (let k = 1; k <= n.core.length - 2; k++) {
      const head = cores.get(n.core.slice(0, k).join(' ')) ?? [];
      if (!head.some((h) => BODY_TYPES.has(g.types[h].type))) continue;
      const tail = n.core.slice(k).join(' ');
      (out.get(tail) ?? out.set(tail, []).get(tail)!).push(i);
    }
  });
  return out;
}

/** Every name of two or more words that ends another body's name (any head) — its parents' roots. */
function parentRoots(g: MergeGraph, tail: readonly string[]): Set<number> {
  const roots = new Set<number>();
  const t = tail.join(' ');
  g.nodes.forEach((n, i) => {
    if (n.core.length > tail.length && n.core.slice(n.core.length - tail.length).join(' ') === t)
      roots.add(g.uf.find(i));
  });
  return roots;
}

/** Join each bare body name to the one longer body, headed by an organisation, that ends in it. */
export function mergeBodyTails(g: MergeGraph): void {
  const tails = tailsOfBodies(g, byCore(g));
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || n.gazetteer || !BODY_TYPES.has(g.types[i].type)) return;
    const list = tails.get(n.core.join(' '));
    if (!list || parentRoots(g, n.core).size !== 1 || !g.compatible(i, list[0])) return;
    g.join(list[0], i, `'${nodeLabel(n)}' is the tail of '${nodeLabel(g.nodes[list[0]])}', its one parent`);
  });
}
