// Merge rule: hyphen and space variants of one name ("Kim Jong-un" = "Kim Jong Un" = "Kim Jong - un").
import { nodeLabel, type MergeGraph } from './graph.js';

/** Join nodes whose name words are the same once hyphenated words are split. */
export function mergeHyphenVariants(g: MergeGraph): void {
  const first = new Map<string, number>();
  g.nodes.forEach((n, i) => {
    if (g.types[i].type === 'demonym') return;
    const hyphen = n.core.some((w) => w.includes('-'));
    if (!hyphen && n.core.length < 2) return;
    const words = hyphen ? n.core.flatMap((w) => w.split('-')).filter(Boolean) : n.core;
    if (words.length < 2) return;
    const k = words.join(' ');
    const j = first.get(k);
    if (j === undefined) first.set(k, i);
    else if (g.compatible(i, j))
      g.join(j, i, `hyphen and space variants: '${nodeLabel(g.nodes[j])}' = '${nodeLabel(g.nodes[i])}'`);
  });
}
