// Merge rule: a body's name is the tail of one longer name whose head is an organisation ("Security Council" of
// "United Nations Security Council"). News copy names a body in full once and then drops its parent; when the
// corpus gives the tail only one parent, the bare tail is that body. Two parents ("Senate Judiciary Committee",
// "House Judiciary Committee") leave the bare "Judiciary Committee" alone: the copy does not say which.
import { parentsByArticle } from './article-parent.js';
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

/** Types of the names that own a body named after them ("United Nations", "Senate", "Kurdistan Region"). */
const OWNER_TYPES: ReadonlySet<string> = new Set(['org', 'group', 'place']);

/**
 * The parents of a tail: every longer name ending in it whose head words are a name of their own (an organisation,
 * group or place node) — their roots. A head that is no name ("National" of "National Security Council") makes a
 * different body's name, which copy does not shorten to the tail.
 */
function parentRoots(g: MergeGraph, cores: ReadonlyMap<string, number[]>, tail: readonly string[]): Set<number> {
  const roots = new Set<number>();
  const t = tail.join(' ');
  g.nodes.forEach((n, i) => {
    if (n.core.length <= tail.length || n.core.slice(n.core.length - tail.length).join(' ') !== t) return;
    const head = cores.get(n.core.slice(0, n.core.length - tail.length).join(' ')) ?? [];
    if (head.some((h) => OWNER_TYPES.has(g.types[h].type))) roots.add(g.uf.find(i));
  });
  return roots;
}

/** The parents together are named at least as often as the bare tail: a tail named more often than all its parents
 * ("White House" beside "Republican White House") is a name of its own, not their short form. */
function parentsCommoner(g: MergeGraph, tailCount: number, roots: ReadonlySet<number>): boolean {
  let count = 0;
  g.nodes.forEach((n, k) => {
    if (roots.has(g.uf.find(k))) count += n.mentions.length;
  });
  return count >= tailCount;
}

/**
 * Join each bare body name to the one longer body, headed by a name of its own, that ends in it; when the corpus has
 * several such parents named as often as the tail, each article's mentions join the one parent that article names
 * (none or two: they stay).
 */
export function mergeBodyTails(g: MergeGraph): void {
  const cores = byCore(g);
  const tails = tailsOfBodies(g, cores);
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    if (n.core.length < 2 || n.gazetteer || !BODY_TYPES.has(g.types[i].type)) continue;
    const list = tails.get(n.core.join(' '));
    if (!list) continue;
    const roots = parentRoots(g, cores, n.core);
    if (roots.size === 1) {
      if (g.compatible(i, list[0]))
        g.join(list[0], i, `'${nodeLabel(n)}' is the tail of '${nodeLabel(g.nodes[list[0]])}', its one parent`);
      continue;
    }
    if (g.uf.find(i) !== i || !parentsCommoner(g, n.mentions.length, roots)) continue;
    for (const [p, ms] of parentsByArticle(g, i, roots)) {
      if (!g.compatible(i, p)) continue;
      const part = ms.length === g.nodes[i].mentions.length ? i : g.split(i, ms);
      g.join(
        p,
        part,
        `'${nodeLabel(n)}' is the tail of '${nodeLabel(g.nodes[p])}', the one parent named in the same article`,
      );
    }
  }
}
