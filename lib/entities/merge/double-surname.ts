// Merge rule: a Spanish or Portuguese name often carries two family names, the father's then the mother's
// ("Edilberto Lanza Mejia"), and copy writes the first of them alone ("Lanza told the court"). The surname rule
// indexes the last word only, so such a word finds no one. A one-word name no full name ends in joins, article by
// article, the one person its article names in full with the word right before the last family name, when the word
// is no given name ("Ann" of "Mary Ann Vale" is hers as a given name, not a family name written alone) and no initial.
import { FIRST_NAMES } from '../gazetteer.js';
import { givenNames } from '../world.js';
import { familyName, NAME_SUFFIX } from '../family-name.js';
import type { Mention } from '../mentions.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson } from './person-index.js';
import type { Whereabouts } from './surname-namesakes.js';

const WORD = /^\p{L}{2,}$/u;

/** The first of two family names of a full name of three words or more: the word before its family name, or ''. */
export function firstFamilyName(core: readonly string[]): string {
  const n = core.length;
  const k = n >= 4 && NAME_SUFFIX.test(core[n - 1]) ? n - 2 : n - 1;
  if (k < 2) return '';
  const w = core[k - 1];
  return WORD.test(w) && !FIRST_NAMES.has(w) && !givenNames().has(w) ? w : '';
}

/** The person names of three words or more by their first family name; and every family name of two words or more. */
function indexes(g: MergeGraph): { byFirst: Map<string, number[]>; lasts: Set<string> } {
  const byFirst = new Map<string, number[]>();
  const lasts = new Set<string>();
  g.nodes.forEach((n, p) => {
    if (n.core.length < 2) return;
    lasts.add(familyName(n.core));
    if (g.types[p].type !== 'person' || !mayJoinPerson(g, p)) return;
    const w = firstFamilyName(n.core);
    if (w) (byFirst.get(w) ?? byFirst.set(w, []).get(w)!).push(p);
  });
  return { byFirst, lasts };
}

/** Node i's mentions by the one candidate root its article names (articles naming two or none left out), less those
 * naming a family ("the Cavas family", "the Cavas and other families"). */
function byArticle(g: MergeGraph, i: number, cands: readonly number[], family: Kin): Map<number, Mention[]> {
  const roots = new Map<string, Set<number>>();
  for (const p of cands)
    for (const m of g.nodes[p].mentions)
      (roots.get(m.doc) ?? roots.set(m.doc, new Set()).get(m.doc)!).add(g.uf.find(p));
  const out = new Map<number, Mention[]>();
  for (const m of g.nodes[i].mentions) {
    const rs = roots.get(m.doc);
    if (rs?.size !== 1 || family.kin?.has(m) || family.plurals?.has(m)) continue;
    const r = rs.values().next().value as number;
    (out.get(r) ?? out.set(r, []).get(r)!).push(m);
  }
  return out;
}

/** The one-word mentions naming a family or siblings, and those after "the" in the plural (kin-plurals.ts). */
type Kin = Pick<Whereabouts, 'kin' | 'plurals'>;

/** Join the first of two family names written alone to the person its article names in full (see above). */
export function mergeDoubleSurnames(g: MergeGraph, family: Kin = {}): void {
  const { byFirst, lasts } = indexes(g);
  const size = new Map<number, number>();
  for (let k = 0; k < g.nodes.length; k++) size.set(g.uf.find(k), (size.get(g.uf.find(k)) ?? 0) + 1);
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    const t = g.types[i].type;
    if (n.core.length !== 1 || (t !== 'person' && t !== 'unknown') || !mayJoinPerson(g, i)) continue;
    const cands = byFirst.get(n.core[0]);
    if (!cands || lasts.has(n.core[0]) || size.get(g.uf.find(i)) !== 1) continue;
    for (const [r, ms] of byArticle(g, i, cands, family)) {
      const p = cands.find((c) => g.uf.find(c) === r)!;
      const why = `'${n.core[0]}', the first family name of '${nodeLabel(g.nodes[p])}', named in full in the same article`;
      g.join(ms.length === n.mentions.length ? i : g.split(i, ms), p, why);
    }
  }
}
