// What joins a nickname and its formal name even where other holders of the surname outweigh them (nickname.ts): a
// family surname ("Ted Kennedy" beside John, Anthony and Patrick Kennedy) keeps the weight rule from joining "Ted"
// and "Edward", though the writers mean one man. Two witnesses say so: one article names both forms and no other
// holder of the surname ("Ted Vane ... hailing Teddy Vane as the bill's spirit"), or both forms are written after one
// title that no other holder of the surname is ever written after ("the late Sen. Ted Vane", "Sen. Edward Vane"). A
// form of address ("Mr.", "Mrs.") names no office and witnesses nothing; nor does a name written as a relative's.
import type { Mention } from '../mentions.js';
import { addressGender } from '../name-gender.js';
import type { MergeGraph } from './graph.js';

/** The articles naming each holder's set (roots of `list`). */
function articlesOf(g: MergeGraph, list: readonly number[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const p of list) {
    const r = g.uf.find(p);
    const docs = out.get(r) ?? out.set(r, new Set()).get(r)!;
    for (const m of g.nodes[p].mentions) docs.add(m.doc);
  }
  return out;
}

/** One article names both a and b, and no other holder in `list`; neither written as a relative there. */
function namedTogetherAlone(
  g: MergeGraph,
  list: readonly number[],
  [a, b]: readonly [number, number],
  relatives: ReadonlyMap<Mention, unknown>,
): boolean {
  const ra = g.uf.find(a);
  const rb = g.uf.find(b);
  const docs = articlesOf(g, list);
  const kin = (p: number, doc: string) => g.nodes[p].mentions.some((m) => m.doc === doc && relatives.has(m));
  for (const doc of docs.get(ra) ?? []) {
    if (!docs.get(rb)?.has(doc) || kin(a, doc) || kin(b, doc)) continue;
    let alone = true;
    for (const [r, ds] of docs) if (r !== ra && r !== rb && ds.has(doc)) alone = false;
    if (alone) return true;
  }
  return false;
}

/** The titles (no form of address) written right before the mentions of the sets of `ps`, lowercase. */
function titlesOf(g: MergeGraph, list: readonly number[], roots: ReadonlySet<number>): Set<string> {
  const out = new Set<string>();
  for (const p of list) {
    if (!roots.has(g.uf.find(p))) continue;
    for (const m of g.nodes[p].mentions)
      if (m.title && addressGender(m.title) === undefined) out.add(m.title.toLowerCase());
  }
  return out;
}

/** Both a and b are written after one title that no other holder in `list` is written after. */
function titledAlike(g: MergeGraph, list: readonly number[], [a, b]: readonly [number, number]): boolean {
  const ra = g.uf.find(a);
  const rb = g.uf.find(b);
  const ofB = titlesOf(g, list, new Set([rb]));
  const shared = [...titlesOf(g, list, new Set([ra]))].filter((t) => ofB.has(t));
  if (!shared.length) return false;
  const others = new Set(list.map((p) => g.uf.find(p)).filter((r) => r !== ra && r !== rb));
  const taken = titlesOf(g, list, others);
  return shared.some((t) => !taken.has(t));
}

/**
 * Whether the text itself says the nickname form a and the formal form b (two holders of one surname, `list` all of
 * its holders) are one person (see above).
 */
export function nicknameWitnessed(
  g: MergeGraph,
  list: readonly number[],
  pair: readonly [number, number],
  relatives: ReadonlyMap<Mention, unknown> = new Map(),
): boolean {
  return namedTogetherAlone(g, list, pair, relatives) || titledAlike(g, list, pair);
}
