// Merge rule: a one-word name (a surname) joins the multi-word person name ending in it. When exactly one person in
// the corpus has it, that one; else each article naming the surname alone votes for the one person with that surname
// in the article, or, when the article names none, in the article's event; the person most of those articles vote
// for (more than half of them) takes it. An article naming two people with the surname does not vote.
import { skeleton, wordVariant } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';

/** The set roots of the candidate persons named in each article and in each event. */
function rootsBy(
  g: MergeGraph,
  fits: readonly number[],
  eventOf: ReadonlyMap<string, string>,
): { byDoc: Map<string, Set<number>>; byEvent: Map<string, Set<number>> } {
  const byDoc = new Map<string, Set<number>>();
  const byEvent = new Map<string, Set<number>>();
  for (const p of fits) {
    const r = g.uf.find(p);
    for (const m of g.nodes[p].mentions) {
      (byDoc.get(m.doc) ?? byDoc.set(m.doc, new Set()).get(m.doc)!).add(r);
      const ev = eventOf.get(m.doc);
      if (ev !== undefined) (byEvent.get(ev) ?? byEvent.set(ev, new Set()).get(ev)!).add(r);
    }
  }
  return { byDoc, byEvent };
}

/** The candidate the articles naming node i alone vote for (article first, then its event), or undefined. */
function votedPerson(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  eventOf: ReadonlyMap<string, string>,
): number | undefined {
  const { byDoc, byEvent } = rootsBy(g, fits, eventOf);
  const votes = new Map<number, number>();
  let total = 0;
  const seen = new Set<string>();
  for (const m of g.nodes[i].mentions) {
    if (seen.has(m.doc)) continue;
    seen.add(m.doc);
    const ev = eventOf.get(m.doc);
    const roots = byDoc.get(m.doc) ?? (ev === undefined ? undefined : byEvent.get(ev));
    if (!roots || roots.size !== 1) continue;
    const r = roots.values().next().value as number;
    votes.set(r, (votes.get(r) ?? 0) + 1);
    total++;
  }
  let best = -1;
  let bestVotes = 0;
  for (const [r, v] of votes) if (v > bestVotes || (v === bestVotes && r < best)) [best, bestVotes] = [r, v];
  if (bestVotes * 2 <= total) return undefined;
  return fits.find((p) => g.uf.find(p) === best);
}

/**
 * A one-word name typed other than a person ("House", an organisation, 94 mentions) joins the one person with that
 * surname ("Matt House", a spokesman named in two articles) only when at least half of the articles naming it also
 * name that person: otherwise the word is an institution or a place that shares the surname.
 */
function namedAlongside(g: MergeGraph, i: number, fits: readonly number[]): boolean {
  const t = g.types[i].type;
  if (t === 'person' || t === 'unknown') return true;
  const withPerson = new Set<string>();
  for (const p of fits) for (const m of g.nodes[p].mentions) withPerson.add(m.doc);
  const docs = new Set(g.nodes[i].mentions.map((m) => m.doc));
  let both = 0;
  for (const d of docs) if (withPerson.has(d)) both++;
  return both * 2 >= docs.size;
}

/** Join one-word names to the person whose last name they are (see the rule above). */
export function mergeSurnames(
  g: MergeGraph,
  idx: PersonIndex,
  groupTerm: ReadonlyMap<string, string>,
  eventOf: ReadonlyMap<string, string> = new Map(),
): void {
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || !mayJoinPerson(g, i)) return;
    const w = n.core[0];
    const exact = idx.byLast.get(w) ?? [];
    const loose = w.length >= 4 ? (idx.byLastSkeleton.get(skeleton(w)) ?? []) : [];
    const fits = [...new Set([...exact, ...loose])].sort((a, b) => a - b);
    if (!fits.length) return;
    const roots = distinct(fits.map((p) => String(g.uf.find(p))));
    if (roots.length === 1) {
      const p = fits[0];
      if (!namedAlongside(g, i, fits)) return;
      const last = g.nodes[p].core[g.nodes[p].core.length - 1];
      const how = last === w ? '' : ` (${wordVariant(w, last, groupTerm) ?? 'same skeleton'})`;
      g.join(i, p, `surname '${w}' of '${nodeLabel(g.nodes[p])}'${how}`);
      return;
    }
    const p = votedPerson(g, i, exact.length ? exact : fits, eventOf);
    if (p !== undefined) {
      g.join(i, p, `surname '${w}' of '${nodeLabel(g.nodes[p])}' (the one person with it in most articles naming it)`);
    }
  });
}
