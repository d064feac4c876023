// Merge rule: one person's name written with a nickname and with the formal given name ("Chuck Schumer" = "Charles
// Schumer", "Bill Clinton" = "William Clinton"), by the table in data/nicknames.json, when the surname is the same and
// nothing contradicts: no other person with that surname whom the short form could also name, and the others with
// that surname and a given name that is not a form of the same name, in the corpus (or, when the articles' events are
// known, in the events naming either of the two), named far less than the two; or, whatever the others, the text
// witnesses that the two are one (nickname-witness.ts: one article names both and no other holder, or both are written
// after a title no other holder has). An initial ("J. Schumer") neither merges nor contradicts.
import { sharedFormal, standsFor, type NicknameTable } from '../nicknames.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';
import { nicknameWitnessed } from './nickname-witness.js';
import type { Mention } from '../mentions.js';

/** The given name of a multi-word person node: its first name word, or '' for an initial. */
function givenName(g: MergeGraph, i: number): string {
  const w = g.nodes[i].core[0];
  return w.replace(/\.$/, '').length < 2 ? '' : w;
}

/** The words between the first and the last agree: equal, or missing from one of the two names. */
function middlesFit(a: readonly string[], b: readonly string[]): boolean {
  if (a.length <= 2 || b.length <= 2) return true;
  return a.length === b.length && a.every((w, k) => w === b[k] || k === 0);
}

/** The events of the articles naming node i. */
function eventsOf(g: MergeGraph, i: number, eventOf: ReadonlyMap<string, string>): Set<string> {
  const out = new Set<string>();
  for (const m of g.nodes[i].mentions) {
    const e = eventOf.get(m.doc);
    if (e !== undefined) out.add(e);
  }
  return out;
}

/** How many more mentions the two names need than their namesakes to be the surname's one bearer of that name. */
const DOMINANCE = 4;

/**
 * Another person with the surname (among `list`), where a or b is named, contradicts the merge: one whose given name
 * the short form could also stand for ("Kate" beside "Kathryn" and "Katherine"), or namesakes whose given names are
 * no form of `formal` with more than a quarter of the two names' weight (see `weights`). A family or a common surname
 * ("Laura Ashdown" beside "Jim" and "James Ashdown") keeps them apart; a namesake named in passing ("Adrian Durbin",
 * twice, beside "Dick Durbin" and "Richard Durbin", 133 times) does not.
 */
function contradicted(
  g: MergeGraph,
  list: readonly number[],
  pair: readonly [number, number],
  formal: string,
  table: NicknameTable,
  eventOf: ReadonlyMap<string, string>,
  weight: ReadonlyMap<number, number>,
): boolean {
  const [a, b] = pair;
  const ra = g.uf.find(a);
  const rb = g.uf.find(b);
  const scope = eventOf.size ? new Set([...eventsOf(g, a, eventOf), ...eventsOf(g, b, eventOf)]) : null;
  const shorts = [givenName(g, a), givenName(g, b)].filter((n) => n !== formal);
  const others = new Set<number>();
  for (const c of list) {
    const rc = g.uf.find(c);
    if (rc === ra || rc === rb) continue;
    const name = givenName(g, c);
    if (!name || standsFor(table, name, formal)) continue;
    if (scope && ![...eventsOf(g, c, eventOf)].some((e) => scope.has(e))) continue;
    if (shorts.some((s) => standsFor(table, s, name))) return true;
    others.add(rc);
  }
  let rest = 0;
  for (const r of others) rest += weight.get(r) ?? 0;
  return rest * DOMINANCE > (weight.get(ra) ?? 0) + (weight.get(rb) ?? 0);
}

/**
 * The weight of each bearer of one surname (the set roots of `list`): its mentions as the earlier rules left them,
 * plus the bare surname's mentions in the articles that name it in full and no other bearer (the surname rule runs
 * later and will give it those). "James Foley" (20 mentions in full, 80 as "Foley") outweighs his parents, named in
 * full six times; counted on full names only, they held more than a quarter of "Jim" and "James Foley".
 */
function weights(
  g: MergeGraph,
  list: readonly number[],
  sizes: ReadonlyMap<number, number>,
  bare: readonly number[],
): Map<number, number> {
  const out = new Map<number, number>();
  const bearersOf = new Map<string, Set<number>>();
  for (const p of list) {
    const r = g.uf.find(p);
    out.set(r, sizes.get(r) ?? 0);
    for (const m of g.nodes[p].mentions) (bearersOf.get(m.doc) ?? bearersOf.set(m.doc, new Set()).get(m.doc)!).add(r);
  }
  for (const i of bare)
    for (const m of g.nodes[i].mentions) {
      const rs = bearersOf.get(m.doc);
      if (rs?.size !== 1) continue;
      const r = rs.values().next().value as number;
      out.set(r, out.get(r)! + 1);
    }
  return out;
}

/** One-word person nodes by their word: the bare surnames. */
function bareNames(g: MergeGraph): Map<string, number[]> {
  const out = new Map<string, number[]>();
  g.nodes.forEach((n, i) => {
    if (n.core.length !== 1 || !mayJoinPerson(g, i) || g.types[i].type !== 'person') return;
    (out.get(n.core[0]) ?? out.set(n.core[0], []).get(n.core[0])!).push(i);
  });
  return out;
}

/** Join the nickname and formal-name forms of one person's name (see the rule above). */
export function mergeNicknames(
  g: MergeGraph,
  idx: PersonIndex,
  table: NicknameTable,
  eventOf: ReadonlyMap<string, string> = new Map(),
  relatives: ReadonlyMap<Mention, unknown> = new Map(),
): void {
  if (!table.size) return;
  // the mentions of each person as the earlier rules left it (surname and shorter forms joined in)
  const sizes = new Map<number, number>();
  g.nodes.forEach((n, i) => {
    const r = g.uf.find(i);
    sizes.set(r, (sizes.get(r) ?? 0) + n.mentions.length);
  });
  const bare = bareNames(g);
  for (const [last, list] of idx.byLast) {
    if (list.length < 2) continue;
    let weight = weights(g, list, sizes, bare.get(last) ?? []);
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x];
        const b = list[y];
        if (g.uf.find(a) === g.uf.find(b) || !mayJoinPerson(g, a) || !mayJoinPerson(g, b)) continue;
        const fa = givenName(g, a);
        const fb = givenName(g, b);
        const formal = fa && fb ? sharedFormal(table, fa, fb) : null;
        if (!formal || !middlesFit(g.nodes[a].core, g.nodes[b].core)) continue;
        const witnessed = () => nicknameWitnessed(g, list, [a, b], relatives);
        if (contradicted(g, list, [a, b], formal, table, eventOf, weight) && !witnessed()) continue;
        const how =
          fa === formal
            ? `${fb} is a form of ${fa}`
            : fb === formal
              ? `${fa} is a form of ${fb}`
              : `both forms of ${formal}`;
        const size = (sizes.get(g.uf.find(a)) ?? 0) + (sizes.get(g.uf.find(b)) ?? 0);
        g.join(a, b, `nickname: '${nodeLabel(g.nodes[a])}' = '${nodeLabel(g.nodes[b])}' (${how}, data/nicknames.json)`);
        sizes.set(g.uf.find(a), size);
        weight = weights(g, list, sizes, bare.get(last) ?? []);
      }
    }
  }
}
