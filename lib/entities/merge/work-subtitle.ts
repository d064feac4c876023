// Merge rule: a work's title with its subtitle is the work its main title names ("Immigration Wars : Forging an
// American Solution" = "Immigration Wars"): a book or film is cited now in full, now by the words before the colon.
// Both must be titles of works (quoted after a cue, typed 'event'); the main title must be one entity.
import { nodeLabel, type MergeGraph } from './graph.js';

/** The words of a title up to case and a leading article ("The Immigration Wars" -> "immigration wars"). */
function titleKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether node i holds a quoted title of a work. */
function isWork(g: MergeGraph, i: number): boolean {
  return g.types[i].type === 'event' && g.nodes[i].mentions.some((m) => m.cue === 'title of a work');
}

/** Join each title with a subtitle to the one node of its main title. */
export function mergeWorkSubtitles(g: MergeGraph): void {
  const byTitle = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (!isWork(g, i)) return;
    for (const k of new Set(n.mentions.map((m) => titleKey(m.text))))
      (byTitle.get(k) ?? byTitle.set(k, []).get(k)!).push(i);
  });
  g.nodes.forEach((n, i) => {
    if (!isWork(g, i)) return;
    const full = n.mentions.find((m) => m.cue === 'title of a work' && m.text.includes(':'));
    if (!full) return;
    const targets = (byTitle.get(titleKey(full.text.slice(0, full.text.indexOf(':')))) ?? []).filter((t) => t !== i);
    if (!targets.length || new Set(targets.map((t) => g.uf.find(t))).size !== 1) return;
    const t = targets[0];
    if (g.compatible(i, t)) g.join(t, i, `'${nodeLabel(n)}' is the work '${nodeLabel(g.nodes[t])}' with its subtitle`);
  });
}
