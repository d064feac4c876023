// Merge rule: a one-word name that is a defined acronym in another case ("Daca", "Nato": a house style that writes
// acronyms as words) joins the acronym's expansion, as the bare acronym does. Without it, defining an acronym takes
// the capitals to the expansion and leaves the house-style spelling alone, one entity split in two.
import { nodeLabel, type MergeGraph } from './graph.js';

/** Join each one-word case variant of a defined acronym to the node of its expansion (given by `expansionOf`). */
export function mergeAcronymCase(g: MergeGraph, expansionOf: (acronym: string) => number | undefined): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf || n.core[0].length < 3) return;
    const acronym = n.core[0].toUpperCase();
    const j = expansionOf(acronym);
    // a definition local to its articles leaves the expansion unmarked: the bare word stays apart there too
    if (j === undefined || j === i || g.nodes[j].acronymOf !== acronym || !g.compatible(i, j)) return;
    g.join(j, i, `'${nodeLabel(n)}' is the defined acronym ${acronym} in another case`);
  });
}
