// Merge rule: dotted and undotted spellings of one acronym ("F.B.I." = "FBI", "C.I.A." = "CIA").
import { isAcronymShape } from '../acronyms.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** The undotted lowercase form of a one-word acronym node, or '' when the node is not an acronym. */
function undotted(g: MergeGraph, i: number): string[] {
  const n = g.nodes[i];
  const out: string[] = [];
  if (n.acronymOf) out.push(n.acronymOf.replace(/\./g, '').toLowerCase());
  if (n.core.length === 1 && n.mentions.some((m) => isAcronymShape(m.text))) out.push(n.core[0].replace(/\./g, ''));
  return out;
}

/** Join nodes that spell the same acronym with and without dots. */
export function mergeAcronymDots(g: MergeGraph): void {
  const first = new Map<string, number>();
  g.nodes.forEach((_, i) => {
    for (const k of undotted(g, i)) {
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else if (j !== i && g.compatible(i, j)) {
        g.join(j, i, `same acronym with and without dots: '${nodeLabel(g.nodes[j])}' = '${nodeLabel(g.nodes[i])}'`);
      }
    }
  });
}
