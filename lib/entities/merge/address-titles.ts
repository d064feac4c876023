// Merge rule: a person named with a title of address of Arabic and Persian names before the given name ("Sheik Nimr
// al-Nimr", "Mullah Akhtar Mansour", "Imam Ali Vale") is the person named without it ("Nimr al-Nimr", "Nimr Baqr
// al-Nimr"): the title is no given name. The name less its title joins the one person it names, word for word or as a
// shorter form (same first and last name). A title with one word after it ("Mullah Omar") is how that one is known,
// and a name of another type ("Imam Khomeini International Airport") is no person.
import { shorterForm } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** Titles of address written before the given name in Arabic and Persian names (lowercase), from general knowledge. */
export const ADDRESS_TITLES: ReadonlySet<string> = new Set([
  'sheik',
  'sheikh',
  'shaikh',
  'sheikha',
  'imam',
  'mullah',
  'mufti',
  'maulana',
  'ayatollah',
  'hojatoleslam',
]);

const personLike = (g: MergeGraph, p: number) =>
  (g.types[p].type === 'person' || g.types[p].type === 'unknown') && mayJoinPerson(g, p);

/** The person nodes the name `rest` names: the node of that very name, or a longer name it is a shorter form of. */
function namedBy(
  g: MergeGraph,
  idx: PersonIndex,
  byCore: ReadonlyMap<string, number[]>,
  rest: readonly string[],
): number[] {
  const out = [...(byCore.get(rest.join(' ')) ?? [])];
  for (const p of idx.byFirstLast.get(rest[0] + '\u0000' + rest[rest.length - 1]) ?? [])
    if (shorterForm(rest, g.nodes[p].core)) out.push(p);
  return out;
}

/** Join each person name opening with a title of address to the one person its name less the title names. */
export function mergeAddressTitles(g: MergeGraph, idx: PersonIndex): void {
  const byCore = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    const k = n.core.join(' ');
    if (n.core.length >= 2 && personLike(g, p)) (byCore.get(k) ?? byCore.set(k, []).get(k)!).push(p);
  });
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const core = g.nodes[i].core;
    if (core.length < 3 || !ADDRESS_TITLES.has(core[0]) || g.types[i].type !== 'person' || !mayJoinPerson(g, i))
      continue;
    const fits = namedBy(g, idx, byCore, core.slice(1));
    if (!fits.length || distinct(fits.map((p) => String(g.uf.find(p)))).length !== 1) continue;
    g.join(i, fits[0], `'${nodeLabel(g.nodes[i])}' is '${nodeLabel(g.nodes[fits[0]])}' with a title of address`);
  }
}
