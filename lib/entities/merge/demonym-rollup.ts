// Merge rule (optional, off by default): a demonym joins its country ("Iraqi" -> Iraq).
import { nodeLabel, type MergeGraph } from './graph.js';

/** Join each demonym node to the gazetteer node of its country, when the corpus names the country. */
export function rollUpDemonyms(g: MergeGraph): void {
  g.nodes.forEach((n, i) => {
    if (!n.key.startsWith('demonym:')) return;
    const target = g.byKey.get('gaz:' + n.key.slice('demonym:'.length));
    if (target !== undefined)
      g.join(i, target, `demonym roll-up: '${nodeLabel(n)}' -> '${nodeLabel(g.nodes[target])}'`);
  });
}
