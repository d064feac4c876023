// A one-word name written in far more articles than the longer names it could be short for is a thing of its own:
// read by the surname and "X of Y" head merges.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';

/** Articles naming a one-word name at least this many times as often as its longer names do are another thing. */
const FAR_LESS = 4;
/** ... and at least this many articles name the word. */
const FAR_LESS_MIN_DOCS = 5;

const docsOf = (ms: readonly Mention[]) => new Set(ms.map((m) => m.doc));

/**
 * "Islam" (a religion, a hundred articles) and "Liwa al-Islam" (a brigade, named in one): a one-word name written in
 * far more articles than all the longer names ending in it together is a thing of its own, not their short form; only
 * the articles that name a longer one in full give it their mentions (article by article, no corpus-wide vote).
 */
export function namedFarLess(g: MergeGraph, i: number, fits: readonly number[]): boolean {
  const own = docsOf(g.nodes[i].mentions).size;
  if (own < FAR_LESS_MIN_DOCS) return false;
  const full = new Set<string>();
  for (const p of fits) for (const d of docsOf(g.nodes[p].mentions)) full.add(d);
  return own >= FAR_LESS * full.size;
}
