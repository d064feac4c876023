// Merge rule: a shorter person name whose first and last words equal a longer one's joins it
// ("Mohammed al-Sudani" -> "Mohammed Shia al-Sudani"), when exactly one longer entity fits; and a shorter name that is
// the longer one without its first given names ("Tayyip Erdogan" of "Recep Tayyip Erdogan", "Javad Zarif" of
// "Mohammad Javad Zarif": copy often drops a first name that is a common one), when exactly one longer entity ends so.
import { shorterForm } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** Join shorter multi-word person names to the one longer person name that fits. */
export function mergeShorterForms(g: MergeGraph, idx: PersonIndex): void {
  const byTail = tails(g);
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
      return;
    }
    if (roots.length) return;
    const ends = (byTail.get(tailKey(n.core)) ?? []).filter((p) => endsWith(g.nodes[p].core, n.core));
    if (ends.length && distinct(ends.map((p) => String(g.uf.find(p)))).length === 1)
      g.join(i, ends[0], `shorter form '${nodeLabel(n)}' of '${nodeLabel(g.nodes[ends[0]])}' (its last names)`);
  });
}

const tailKey = (core: readonly string[]) => core[core.length - 2] + '\u0000' + core[core.length - 1];

/** Person names of three words or more, by their last two words. */
function tails(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    if (g.types[p].type !== 'person' || g.types[p].strength < 2 || n.core.length < 3) return;
    const k = tailKey(n.core);
    (out.get(k) ?? out.set(k, []).get(k)!).push(p);
  });
  return out;
}

/** The longer name ends with every word of the shorter one. */
function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (long.length <= short.length) return false;
  for (let k = 1; k <= short.length; k++) if (long[long.length - k] !== short[short.length - k]) return false;
  return true;
}
