// Merge rule: a person's formal name, with middle initials and a generation suffix ("Eric H. Holder Jr.", "Samuel A.
// Alito Jr.", "James R. Clapper Jr.": the first reference of many papers), is the person the corpus names by given
// and family name alone ("Eric Holder"), when nothing says the suffix tells two people apart:
// - the corpus never writes the name with those initials and no suffix ("Robert F. Kennedy" is the father of "Robert
//   F. Kennedy Jr."; "Donald J. Trump" of a "Donald J. Trump Jr."), nor with another suffix ("X Sr." beside "X Jr.");
// - the suffixed name has a middle initial: "Donald Trump Jr." is how news names the son, never the father, so a
//   suffix with no initials stays apart;
// - exactly one person (set) is named by that given and family name.
import { NAME_SUFFIX } from '../family-name.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** A middle initial with its period ("h.", "w.s."). */
const INITIAL = /^(?:\p{L}\.)+$/u;

/** The parts of a formal name: given, initials, family, suffix; null when the name is no such name. */
function formal(core: readonly string[]): { first: string; initials: string[]; family: string; suffix: string } | null {
  const n = core.length;
  if (n < 4 || !NAME_SUFFIX.test(core[n - 1])) return null;
  const initials = core.slice(1, n - 2);
  if (!initials.every((w) => INITIAL.test(w)) || INITIAL.test(core[0]) || INITIAL.test(core[n - 2])) return null;
  return { first: core[0], initials, family: core[n - 2], suffix: core[n - 1].replace(/\.$/, '') };
}

/** The name keys written in the corpus: every node's core words, and each suffixed name's given, family and suffix. */
function writtenNames(g: MergeGraph): { cores: Set<string>; suffixes: Map<string, Set<string>> } {
  const cores = new Set<string>();
  const suffixes = new Map<string, Set<string>>();
  for (const n of g.nodes) {
    cores.add(n.core.join(' '));
    const k = n.core.length;
    if (k >= 3 && NAME_SUFFIX.test(n.core[k - 1])) {
      const key = n.core[0] + ' ' + n.core[k - 2];
      (suffixes.get(key) ?? suffixes.set(key, new Set()).get(key)!).add(n.core[k - 1].replace(/\.$/, ''));
    }
  }
  return { cores, suffixes };
}

/** Join each formal name with a generation suffix to the one person named by its given and family name alone. */
export function mergeGenerationSuffixes(g: MergeGraph, idx: PersonIndex): void {
  let written: ReturnType<typeof writtenNames> | undefined;
  g.nodes.forEach((n, i) => {
    const f = formal(n.core);
    if (!f || g.types[i].type !== 'person' || !mayJoinPerson(g, i)) return;
    written ??= writtenNames(g);
    if (written.cores.has([f.first, ...f.initials, f.family].join(' '))) return;
    if ((written.suffixes.get(f.first + ' ' + f.family)?.size ?? 0) > 1) return;
    const plain = (idx.byFirstLast.get(f.first + '\u0000' + f.family) ?? []).filter(
      (p) => g.nodes[p].core.length === 2 && g.types[p].type === 'person',
    );
    const roots = new Set(plain.map((p) => g.uf.find(p)));
    if (roots.size !== 1) return;
    g.join(
      i,
      plain[0],
      `formal name '${nodeLabel(n)}' of '${nodeLabel(g.nodes[plain[0]])}' (middle initials and '${f.suffix}')`,
    );
  });
}
