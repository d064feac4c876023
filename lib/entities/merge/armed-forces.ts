// Merge rule: a state's armed forces named by its people's adjective and a word for an army ("Israeli Army",
// "Israeli Military", "Israeli Armed Forces") are the forces the corpus names in full with an acronym it defines
// ("Israel Defense Forces ( IDF )"): the one node per state whose name is the state's name or adjective followed by
// "Defense Forces", "Defence Forces" or "Armed Forces" and which carries a defined acronym. A name the corpus never
// defines ("Syrian Defense Forces", once, a slip for another body) takes nothing. Where the state has no such body,
// "<adjective> military" is its one "<adjective> Armed Forces" ("the Egyptian military", "Egyptian Armed Forces").
import { demonymTargets } from '../gazetteer.js';
import { nodeLabel, type MergeGraph } from './graph.js';

/** The words for a state's army after its people's adjective. */
const ARMY_WORDS: ReadonlySet<string> = new Set(['army', 'military', 'armed forces']);
/** The full names' last words. */
const FORCES_WORDS: ReadonlySet<string> = new Set(['defense forces', 'defence forces', 'armed forces']);
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

function add(m: Map<string, Set<number>>, state: string, i: number): void {
  (m.get(state) ?? m.set(state, new Set()).get(state)!).add(i);
}

/** Join "<adjective> Army" to the one acronym-defined "<state> Defense Forces" of the same state. */
export function mergeArmedForces(g: MergeGraph): void {
  const states = stateWords();
  const full = new Map<string, Set<number>>();
  const armed = new Map<string, Set<number>>();
  const armies: { i: number; state: string; military: boolean }[] = [];
  g.nodes.forEach((n, i) => {
    if (!BODY_TYPES.has(g.types[i].type) || n.core.length < 2) return;
    const s = split(n.core, states);
    if (!s) return;
    if (FORCES_WORDS.has(s.rest) && n.acronymOf) add(full, s.state, i);
    else if (ARMY_WORDS.has(s.rest)) armies.push({ i, state: s.state, military: s.rest === 'military' });
    if (s.rest === 'armed forces') add(armed, s.state, i);
  });
  for (const { i, state, military } of armies) {
    // with no acronym-defined forces, "the Egyptian military" is the "Egyptian Armed Forces": one body, two words
    const targets = [...(full.get(state) ?? (military ? armed.get(state) : undefined) ?? [])];
    if (!targets.length) continue;
    if (new Set(targets.map((p) => g.uf.find(p))).size !== 1 || !g.compatible(i, targets[0])) continue;
    const t = targets[0];
    g.join(
      t,
      i,
      g.nodes[t].acronymOf
        ? `'${nodeLabel(g.nodes[i])}' is the armed forces of ${state}, named in full as '${nodeLabel(g.nodes[t])}' (${g.nodes[t].acronymOf})`
        : `'${nodeLabel(g.nodes[i])}' is the armed forces of ${state}, '${nodeLabel(g.nodes[t])}'`,
    );
  }
}
