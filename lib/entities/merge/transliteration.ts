// Merge rule: transliteration variants among multi-word names ("Basim Al-Awadi" = "Bassem Al-Awadi"),
// compared only within buckets sharing the skeleton of their last or first word.
import { byString } from '../../text/counts.js';
import { nameVariant, skeleton } from '../aliases.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** Join multi-word names of compatible type whose words are equal or transliteration variants. */
export function mergeTransliterations(g: MergeGraph, groupTerm: ReadonlyMap<string, string>): void {
  const buckets = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || g.types[i].type === 'demonym') return;
    for (const b of ['L:' + skeleton(n.core[n.core.length - 1]), 'F:' + skeleton(n.core[0])]) {
      const list = buckets.get(b) ?? [];
      list.push(i);
      buckets.set(b, list);
    }
  });
  for (const b of [...buckets.keys()].sort(byString)) {
    const list = buckets.get(b)!;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const c = list[y];
        if (g.uf.find(a) === g.uf.find(c) || !g.compatible(a, c)) continue;
        const why = nameVariant(g.nodes[a].core, g.nodes[c].core, groupTerm);
        if (why) g.join(a, c, `${why}: '${nodeLabel(g.nodes[a])}' = '${nodeLabel(g.nodes[c])}'`);
      }
    }
  }
}
