// Merge rule: a ministry's field named alone is the ministry ("Homeland Security" = "Department of Homeland Security"
// = "Homeland Security Department"), as news copy writes it before a title ("Homeland Security Secretary Ann Vale"),
// after "at" ("officials at Homeland Security") and in "Secretary of Homeland Security". Only fields of two or more
// words: one word ("Defense", "Justice", "State") is also a common noun or a judge's title.
import { nodeLabel, type MergeGraph } from './graph.js';

/** The field of a "Department of X" or "X Department" name ("homeland security"), or ''. */
function fieldOf(core: readonly string[]): string {
  if (core.length >= 4 && core[0] === 'department' && core[1] === 'of') return core.slice(2).join(' ');
  if (core.length >= 3 && core[core.length - 1] === 'department') return core.slice(0, -1).join(' ');
  return '';
}

/** Join a field of two or more words to the department of that field ("Department of X" and "X Department" are one). */
export function mergeDepartmentFields(g: MergeGraph): void {
  const byField = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    const f = g.types[i].type === 'org' ? fieldOf(n.core) : '';
    if (f) (byField.get(f) ?? byField.set(f, []).get(f)!).push(i);
  });
  if (!byField.size) return;
  g.nodes.forEach((n, i) => {
    if (n.core.length < 2 || (g.types[i].type !== 'org' && g.types[i].type !== 'unknown')) return;
    const list = byField.get(n.core.join(' '));
    for (const p of list ?? [])
      if (g.compatible(i, p)) g.join(p, i, `field '${nodeLabel(n)}' of '${nodeLabel(g.nodes[p])}'`);
  });
}
