// Merge rule: a person an article calls by the given name alone, after naming them in full ("Carlos Ruiz Mena, a
// 16-year-old migrant, ... Carlos told the nurse"), is that person. A one-word person name left alone by the surname
// rule joins, article by article, the one person named in full in that article whose first name it is. An article
// naming two people with that first name, or none, keeps its mentions apart; so does an article that types the word
// as anything but a person. A name whose other articles would no longer type it a person once these mentions left
// is not split: it joins whole the one person its articles name in full, or stays apart when they name several.
import { nodeLabel, voteType, type MergeGraph } from './graph.js';
import { mayJoinPerson } from './person-index.js';
import { ownersByArticle } from './surname-articles.js';
import { personWords, runTogether } from './surname-titles.js';

/** Multi-word person nodes (name-shape evidence or better) by their first name word, for the words `wanted`. */
function byFirstName(g: MergeGraph, wanted: ReadonlySet<string>): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    if (n.core.length < 2 || !wanted.has(n.core[0])) return;
    if (g.types[p].type !== 'person' || g.types[p].strength < 2) return;
    (out.get(n.core[0]) ?? out.set(n.core[0], []).get(n.core[0])!).push(p);
  });
  return out;
}

/** Nodes alone in their set (no earlier rule joined them). */
function aloneNodes(g: MergeGraph): Uint8Array {
  const size = new Uint32Array(g.nodes.length);
  for (let k = 0; k < g.nodes.length; k++) size[g.uf.find(k)]++;
  const alone = new Uint8Array(g.nodes.length);
  for (let k = 0; k < g.nodes.length; k++) alone[k] = size[g.uf.find(k)] === 1 ? 1 : 0;
  return alone;
}

/** Join each article's bare given name to the one person it names in full with that first name (see above). */
export function mergeGivenNames(g: MergeGraph): void {
  const alone = aloneNodes(g);
  const n0 = g.nodes.length;
  const bare: number[] = [];
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    if (alone[i] && n.core.length === 1 && g.types[i].type === 'person' && mayJoinPerson(g, i)) bare.push(i);
  }
  if (!bare.length) return;
  const firsts = byFirstName(g, new Set(bare.map((i) => g.nodes[i].core[0])));
  let words: Map<string, number> | null = null;
  for (const i of bare) {
    const n = g.nodes[i];
    const w = n.core[0];
    // less two names run together ("Jeff Sessions Jefferson")
    const all = firsts.get(w);
    if (!all) continue;
    words ??= personWords(g);
    const cands = all.filter((p) => !runTogether(g, p, words!));
    if (!cands.length) continue;
    const { groups, rest } = ownersByArticle(g, i, cands, new Map(), false);
    // the mentions left must still read as a person: the typed ones gone, "Saddam" alone would turn untyped; then
    // the whole name joins the one person its articles name in full, or stays whole
    if (rest.length && voteType(rest) !== 'person') {
      const people = new Set(groups.map((grp) => g.uf.find(grp.person)));
      const docs = groups.reduce((sum, grp) => sum + grp.docs, 0);
      if (people.size === 1) g.join(i, groups[0].person, why(g, w, groups[0].person, docs));
      continue;
    }
    // the node keeps the mentions of the other articles; with none, it joins the first group's person itself
    const host = rest.length ? undefined : groups.shift();
    for (const grp of groups) g.join(g.split(i, grp.mentions), grp.person, why(g, w, grp.person, grp.docs));
    if (host) g.join(i, host.person, why(g, w, host.person, host.docs));
  }
}

const why = (g: MergeGraph, w: string, p: number, docs: number) =>
  `given name '${w}' of '${nodeLabel(g.nodes[p])}' named in full in the same article (${docs === 1 ? '1 article' : `${docs} articles`})`;
