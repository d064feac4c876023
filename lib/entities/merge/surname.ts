// Merge rule: a one-word name (a surname) joins the multi-word person name ending in it, when exactly one person in
// the corpus has it; or, when several do, when every article naming the surname alone names exactly one of them,
// and always the same one.
import { skeleton, wordVariant } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** The one person set every article of node i agrees on, or undefined. */
function perArticlePerson(g: MergeGraph, i: number, exact: readonly number[]): number | undefined {
  const byDoc = new Map<string, Set<number>>();
  for (const p of exact) {
    for (const m of g.nodes[p].mentions)
      (byDoc.get(m.doc) ?? byDoc.set(m.doc, new Set()).get(m.doc)!).add(g.uf.find(p));
  }
  let root: number | undefined;
  let member: number | undefined;
  for (const m of g.nodes[i].mentions) {
    const roots = byDoc.get(m.doc);
    if (!roots || roots.size !== 1) return undefined;
    const r = [...roots][0];
    if (root !== undefined && r !== root) return undefined;
    root = r;
    member ??= exact.find((p) => g.uf.find(p) === r);
  }
  return member;
}

/** Join one-word names to the unique person whose last name they are. */
export function mergeSurnames(g: MergeGraph, idx: PersonIndex, groupTerm: ReadonlyMap<string, string>): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || !mayJoinPerson(g, i)) return;
    const w = n.core[0];
    const exact = idx.byLast.get(w) ?? [];
    const loose = w.length >= 4 ? (idx.byLastSkeleton.get(skeleton(w)) ?? []) : [];
    const fits = [...new Set([...exact, ...loose])].sort((a, b) => a - b);
    const roots = distinct(fits.map((p) => String(g.uf.find(p))));
    if (roots.length === 1) {
      const p = fits[0];
      const last = g.nodes[p].core[g.nodes[p].core.length - 1];
      const how = last === w ? '' : ` (${wordVariant(w, last, groupTerm) ?? 'same skeleton'})`;
      g.join(i, p, `surname '${w}' of '${nodeLabel(g.nodes[p])}'${how}`);
      return;
    }
    const p = roots.length > 1 ? perArticlePerson(g, i, exact) : undefined;
    if (p !== undefined)
      g.join(i, p, `surname '${w}' of '${nodeLabel(g.nodes[p])}' (the only one in each article naming it)`);
  });
}
