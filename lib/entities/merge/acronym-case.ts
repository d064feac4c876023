// Merge rule: a one-word name that is an acronym in another case ("Daca", "Nato", "Ice": a house style that writes
// acronyms as words) joins the acronym's entity, as the capitals do. Without it, the capitals reach the expansion (by a
// definition or the gazetteer) and the house-style spelling stays apart, one entity split in two.
import { nodeLabel, type MergeGraph } from './graph.js';

/** Where an acronym's entity is found, and how often the corpus writes each word in lower case. */
export interface AcronymCaseLookups {
  /** the node of a defined acronym's expansion */
  expansionOf: (acronym: string) => number | undefined;
  /** the node of the gazetteer entity that lists the acronym in capitals among its spellings */
  gazetteerOf: (acronym: string) => number | undefined;
  /** uses of each word (token norm) written in lower case */
  lowerUses: ReadonlyMap<string, number>;
}

/** Join each one-word case variant of a known acronym to the node of its entity. */
export function mergeAcronymCase(g: MergeGraph, look: AcronymCaseLookups): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf || n.core[0].length < 3) return;
    const acronym = n.core[0].toUpperCase();
    const j = look.expansionOf(acronym);
    // a definition local to its articles leaves the expansion unmarked: the bare word stays apart there too
    if (j !== undefined && j !== i && g.nodes[j].acronymOf === acronym && g.compatible(i, j)) {
      g.join(j, i, `'${nodeLabel(n)}' is the defined acronym ${acronym} in another case`);
      return;
    }
    const k = look.gazetteerOf(acronym);
    if (k === undefined || k === i || !gazetteerCaseVariant(g, i, k, acronym, look.lowerUses)) return;
    g.join(k, i, `'${nodeLabel(n)}' is the acronym ${acronym} in another case`);
  });
}

/**
 * Node i ("Ice") is the gazetteer's acronym (ICE, node k) in title case: the corpus writes the capitals too, and the
 * word in lower case less often than the name (a house style's "Ice" among a few "ice"; not "Who" beside "who").
 */
function gazetteerCaseVariant(
  g: MergeGraph,
  i: number,
  k: number,
  acronym: string,
  lowerUses: ReadonlyMap<string, number>,
): boolean {
  const n = g.nodes[i];
  if (!g.compatible(i, k) || !g.nodes[k].mentions.some((m) => m.text === acronym)) return false;
  return (lowerUses.get(n.core[0]) ?? 0) < n.mentions.length;
}
