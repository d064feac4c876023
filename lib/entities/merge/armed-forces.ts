// Merge rule: a state's armed forces named by its people's adjective or its name and a word for an army ("Israeli
// Army", "Israeli Military", "Israeli Armed Forces", "Iraq army") are one body.
// - Where the corpus names them in full with an acronym it defines ("Israel Defense Forces ( IDF )"), they join that
//   node: the one node per state whose name is the state's name or adjective followed by "Defense Forces", "Defence
//   Forces" or "Armed Forces" and which carries a defined acronym. A name the corpus never defines ("Syrian Defense
//   Forces", once, a slip for another body) takes nothing.
// - Otherwise "<state> military" and "<state> armed forces" are one body ("the Egyptian military", "Egyptian Armed
//   Forces"), and "<state> army" is one body whatever the state's word ("Iraq army", "Iraqi Army").
// - The army is the whole military ("the Syrian army", "the Syrian military") unless the corpus names another service
//   of that state (its navy, air force, marines, coast guard) in more than one article: then the army is one branch
//   ("U.S. Army" beside "U.S. Navy" and "U.S. Air Force") and stays apart from the military.
import { demonymTargets } from '../gazetteer.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** The words for a state's army after its people's adjective. */
const ARMY_WORDS: ReadonlySet<string> = new Set(['army', 'military', 'armed forces']);
/** The full names' last words. */
const FORCES_WORDS: ReadonlySet<string> = new Set(['defense forces', 'defence forces', 'armed forces']);
/** The words for a state's services besides its army (general English). */
const SERVICE_WORDS: ReadonlySet<string> = new Set(['navy', 'air force', 'marines', 'marine corps', 'coast guard']);
/** Types a body's name may have: an institution or a group. */
const BODY_TYPES: ReadonlySet<string> = new Set(['org', 'group']);

/** Lowercase state names and adjectives to the state's name ("israeli" and "israel" -> "Israel"). */
function stateWords(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [adj, state] of demonymTargets()) {
    out.set(adj.toLowerCase(), state);
    out.set(state.toLowerCase(), state);
  }
  return out;
}

/** The state a name's leading words name and the rest of its words, or undefined. */
function split(
  core: readonly string[],
  states: ReadonlyMap<string, string>,
): { state: string; rest: string } | undefined {
  for (let k = core.length - 1; k >= 1; k--) {
    const state = states.get(core.slice(0, k).join(' '));
    if (state !== undefined) return { state, rest: core.slice(k).join(' ') };
  }
  return undefined;
}

/** One state's forces nodes by kind. */
interface StateForces {
  /** acronym-defined full names */
  full: number[];
  /** "<state> military" and "<state> armed forces" */
  whole: number[];
  /** "<state> army" */
  army: number[];
  /** the articles naming another of the state's services */
  serviceDocs: Set<string>;
}

/** The forces nodes of every state the corpus names so. */
function forcesByState(g: MergeGraph): Map<string, StateForces> {
  const states = stateWords();
  const out = new Map<string, StateForces>();
  const of = (state: string): StateForces =>
    out.get(state) ?? out.set(state, { full: [], whole: [], army: [], serviceDocs: new Set() }).get(state)!;
  g.nodes.forEach((n, i) => {
    if (!BODY_TYPES.has(g.types[i].type) || n.core.length < 2) return;
    const s = split(n.core, states);
    if (!s) return;
    if (FORCES_WORDS.has(s.rest) && n.acronymOf) of(s.state).full.push(i);
    else if (s.rest === 'army') of(s.state).army.push(i);
    else if (ARMY_WORDS.has(s.rest)) of(s.state).whole.push(i);
    else if (SERVICE_WORDS.has(s.rest)) for (const m of n.mentions) of(s.state).serviceDocs.add(m.doc);
  });
  return out;
}

/** Join every node of `from` to `to`, when their sets may merge. */
function joinAll(g: MergeGraph, to: number, from: readonly number[], state: string): void {
  for (const i of from) {
    if (i === to || g.uf.find(i) === g.uf.find(to) || !g.compatible(i, to)) continue;
    const named = g.nodes[to].acronymOf ? ` (${g.nodes[to].acronymOf})` : '';
    const full = g.nodes[to].acronymOf ? 'named in full as ' : '';
    g.join(
      to,
      i,
      `'${nodeLabel(g.nodes[i])}' is the armed forces of ${state}, ${full}'${nodeLabel(g.nodes[to])}'${named}`,
    );
  }
}

/** The node with the most mentions (the first on a tie). */
function largest(g: MergeGraph, xs: readonly number[]): number {
  let best = xs[0];
  for (const i of xs) if (g.nodes[i].mentions.length > g.nodes[best].mentions.length) best = i;
  return best;
}

/** Join a state's army, military and armed forces to its one acronym-defined full name, or to each other. */
export function mergeArmedForces(g: MergeGraph): void {
  for (const [state, f] of forcesByState(g)) {
    if (f.full.length) {
      if (new Set(f.full.map((p) => g.uf.find(p))).size !== 1) continue;
      joinAll(g, f.full[0], [...f.whole, ...f.army], state);
      continue;
    }
    const branch = f.serviceDocs.size > 1;
    const bodies = branch ? [f.whole, f.army] : [[...f.whole, ...f.army]];
    for (const xs of bodies) if (xs.length > 1) joinAll(g, largest(g, xs), xs, state);
  }
}
