// Merge rule: a shorter person name whose first and last words equal a longer one's joins it
// ("Mohammed al-Sudani" -> "Mohammed Shia al-Sudani"), when exactly one longer entity fits.
import { shorterForm } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** Join shorter multi-word person names to the one longer person name that fits. */
export function mergeShorterForms(g: MergeGraph, idx: PersonIndex): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || g.types[i].type !== 'person' || !mayJoinPerson(g, i)) return;
    const same = idx.byFirstLast.get(n.core[0] + '\u0000' + n.core[n.core.length - 1]) ?? [];
    const fits = same.filter((p) => p !== i && shorterForm(n.core, g.nodes[p].core));
    const roots = distinct(fits.map((p) => String(g.uf.find(p))));
    if (roots.length === 1) {
      g.join(
        i,
        fits[0],
        `shorter form '${nodeLabel(n)}' of '${nodeLabel(g.nodes[fits[0]])}' (same first and last name)`,
      );
    }
  });
}
