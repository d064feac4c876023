// Indexes of the multi-word person names, shared by the shorter-form and surname rules.
import { skeleton } from '../aliases.js';
import { familyName } from '../family-name.js';
import { PATRONYM_PARTICLES } from '../gazetteer.js';
import type { MergeGraph } from './graph.js';
import { particleBeforeLast } from './patronym.js';

/** Multi-word person nodes (typed person with name-shape evidence or better), indexed three ways. */
export interface PersonIndex {
  byFirstLast: Map<string, number[]>;
  byLast: Map<string, number[]>;
  byLastSkeleton: Map<string, number[]>;
}

const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);

/** Index the graph's multi-word person nodes by first+last word, last word and the last word's skeleton. */
export function personIndex(g: MergeGraph): PersonIndex {
  const idx: PersonIndex = { byFirstLast: new Map(), byLast: new Map(), byLastSkeleton: new Map() };
  g.nodes.forEach((n, p) => {
    if (!namedPerson(g, p) || n.core.length < 2) return;
    // first + last word as written: 'Robert Kennedy Jr.' is not his father 'Robert Kennedy'
    push(idx.byFirstLast, n.core[0] + '\u0000' + n.core[n.core.length - 1], p);
    const last = familyName(n.core);
    if (patronymicLast(g, p)) return;
    push(idx.byLast, last, p);
    push(idx.byLastSkeleton, skeleton(last), p);
  });
  return idx;
}

/**
 * Node p names a person: typed person on name-shape evidence or better, or outvoted on weak cues only (strength 2 or
 * less) by another article's cue while a mention of it opens with a listed given name ("Michael McKenna said it was
 * curious", typed org by "X said it", is "Michael McKenna, a Republican strategist" in another article): the person
 * named in full keeps the surname of the article that names him ("Mr. McKenna").
 */
function namedPerson(g: MergeGraph, p: number): boolean {
  const t = g.types[p];
  if (t.type === 'person') return t.strength >= 2;
  if (t.strength >= 3 || t.type !== 'org') return false;
  return g.nodes[p].mentions.some((m) => m.type === 'person' && m.cue === 'first name');
}

/** True when node i may take part in a person merge at all (not a gazetteer name, acronym, demonym or strongly typed non-person). */
export function mayJoinPerson(g: MergeGraph, i: number): boolean {
  const n = g.nodes[i];
  const t = g.types[i];
  if (n.gazetteer || n.acronymOf || t.type === 'demonym') return false;
  return !(t.strength >= 3 && t.type !== 'person');
}

/**
 * Person p is a short name made by a particle ("Abu Mazen": Mazen is his son; "bin Salman"), or a full name whose last
 * word follows "bin" ("Mohammed bin Salman": Salman is his father, King Salman): alone the word names the father, the
 * son or anyone so called, not p; "bin Salman" still finds p (patronym.ts). After a given name, "Abu" starts a family
 * name ("Ahmed Abu Khattala"), which copy shortens to "Khattala".
 */
function patronymicLast(g: MergeGraph, p: number): boolean {
  if (PATRONYM_PARTICLES.has(g.nodes[p].core[0])) return true;
  return g.nodes[p].mentions.some((m) => {
    const particle = particleBeforeLast(m);
    return particle !== undefined && particle !== 'abu';
  });
}
