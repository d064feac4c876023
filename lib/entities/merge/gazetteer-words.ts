// Merge rule: a name whose words are a gazetteer name's up to case, particles, hyphens and brackets joins it, though
// the gazetteer does not list that spelling ("al‑Qaeda" with a non-breaking hyphen, "Al- Qaeda" broken across a line,
// the bare "Qaeda" after a lowercase "al"). The gazetteer matches exact spellings; the corpus writes more of them.
// A spelling may drop a particle the gazetteer writes, not add one ("Al Cardenas", "De Leon" are people, not the
// gazetteer's "Cárdenas" or "León"); a bare acronym ("GOA") is not the place written in capitals; a person is not a
// place ("Jordan said", the family name of "Neil Jordan").
import type { Mention } from '../mentions.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** Every name word (particles included) of the mentions of node i. */
function words(ms: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of ms) for (const w of m.parts) out.add(w);
  return out;
}

/** Node i's spellings use only name words the gazetteer entity's spellings use, and none is a bare acronym. */
function noAddedWords(g: MergeGraph, i: number, known: ReadonlySet<string>): boolean {
  for (const m of g.nodes[i].mentions) {
    if (m.acronym) return false;
    for (const w of m.parts) if (!known.has(w)) return false;
  }
  return true;
}

/** Join each non-gazetteer node to the one gazetteer entity with the same name words, when their types agree. */
export function mergeGazetteerWords(g: MergeGraph): void {
  const byCore = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (!n.gazetteer || !n.key.startsWith('gaz:') || !n.core.length) return;
    const k = n.core.join(' ');
    (byCore.get(k) ?? byCore.set(k, []).get(k)!).push(i);
  });
  g.nodes.forEach((n, i) => {
    if (n.gazetteer || n.acronymOf || g.types[i].type === 'demonym') return;
    const list = byCore.get(n.core.join(' '));
    if (!list || new Set(list.map((p) => g.uf.find(p))).size !== 1 || !g.compatible(i, list[0])) return;
    // a person named like a place ("Jordan" of "Neil Jordan") is left to the surname rules
    if (g.types[i].type === 'person' && g.types[list[0]].type === 'place') return;
    if (!noAddedWords(g, i, words(list.flatMap((p) => g.nodes[p].mentions)))) return;
    g.join(list[0], i, `same name words as the gazetteer's '${nodeLabel(g.nodes[list[0]])}': '${nodeLabel(n)}'`);
  });
}
