// A one-word name right before a lowercase place noun ("Starr and Cameron counties", "the Malki district", "Reagan
// airport") names a place, whatever person the corpus names in full with that word: a county or a district named
// after someone, or sharing a surname by chance, is not that person. Such mentions (typed a place by the noun after
// them, evidence.ts) stay apart from the person unless their article names the person in full.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';

/** The cues of a name typed a place by the words after it: a lowercase place noun (evidence.ts), or its state or
 * country after a comma ("in Morton, Mississippi", fallback-types.ts). */
const PLACE_HEAD_CUE = /(^|: )(?:place noun after: |a town and its region$)/;

/** The mentions of node i typed a place by a place noun after them, in articles naming no candidate in full. */
export function placeHeaded(g: MergeGraph, i: number, fits: readonly number[]): Mention[] {
  const ms = g.nodes[i].mentions.filter((m) => m.type === 'place' && PLACE_HEAD_CUE.test(m.cue));
  if (!ms.length) return ms;
  const named = new Set<string>();
  for (const p of fits) for (const m of g.nodes[p].mentions) named.add(m.doc);
  return ms.filter((m) => !named.has(m.doc));
}
