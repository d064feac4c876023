// A bare surname listed beside people of one office takes their title: "Scalia , Alito and Thomas" (justices), "Sens
// . Graham and Dick Durbin" (senators), "presidential candidates Bush and Reagan" (a president). The neighbour's
// title is the one written before it, or else the one the corpus writes most often before its holder's full name. The
// surname rule reads it as a title written before the name: in an article naming two or more holders in full, the
// one of them the corpus names with that title takes the mention (not Jeb Bush, whom the article also names, but
// George H.W. Bush); in an article naming none, the holder named with it most often (surname-titles.ts).
import type { Mention } from '../mentions.js';
import { addressGender } from '../name-gender.js';
import type { MergeGraph } from './graph.js';
import type { PersonIndex } from './person-index.js';
import { movedGroups, rootsBy, type SurnameGroup } from './surname-articles.js';
import { JOINERS, LIST_GAP, step } from './surname-lists.js';
import { titleCounts, titleOf } from './surname-titles.js';

/** How often a title must come before a holder's full name to be that holder's title. */
const MIN_TITLED = 2;

/** The one title written most often (MIN_TITLED or more, no tie, no form of address) in the counts, or undefined. */
function topTitle(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let bestN = 0;
  let tie = false;
  for (const [t, n] of counts) {
    if (addressGender(t) !== undefined) continue;
    if (n > bestN) [best, bestN, tie] = [t, n, false];
    else if (n === bestN) tie = true;
  }
  return !tie && bestN >= MIN_TITLED ? best : undefined;
}

/** A list neighbour's title: written before it, or its holder's (see above), read once per node. */
function neighbourTitle(
  g: MergeGraph,
  x: Mention,
  node: number,
  idx: PersonIndex,
  seen: Map<number, string | undefined>,
): string | undefined {
  const own = titleOf(x);
  if (own !== undefined) return addressGender(own) === undefined ? own : undefined;
  if (!seen.has(node)) seen.set(node, holderTitle(g, node, idx));
  return seen.get(node);
}

/** The title node's holders are named with most often: the node itself when a full name, else the full names
 * ending in its word. */
function holderTitle(g: MergeGraph, node: number, idx: PersonIndex): string | undefined {
  if (g.types[node].type !== 'person' && g.types[node].type !== 'unknown') return undefined;
  const core = g.nodes[node].core;
  const holders = core.length >= 2 ? [node] : (idx.byLast.get(core[0]) ?? []);
  const counts = new Map<string, number>();
  for (const per of titleCounts(g, holders).values()) for (const [t, n] of per) counts.set(t, (counts.get(t) ?? 0) + n);
  return topTitle(counts);
}

/** Every mention of every node with its node, per article, in text order. */
function byArticle(g: MergeGraph): Map<string, { ms: Mention[]; node: Map<Mention, number> }> {
  const out = new Map<string, { ms: Mention[]; node: Map<Mention, number> }>();
  g.nodes.forEach((n, i) => {
    for (const m of n.mentions) {
      const a = out.get(m.doc) ?? out.set(m.doc, { ms: [], node: new Map() }).get(m.doc)!;
      a.ms.push(m);
      a.node.set(m, i);
    }
  });
  for (const a of out.values()) a.ms.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/**
 * The one-word mentions with no title of their own listed (a comma, "and" or "or" between, in one sentence) beside
 * names whose titles agree, each with that title.
 */
export function listTitles(
  g: MergeGraph,
  idx: PersonIndex,
  where: { before?: ReadonlyMap<Mention, string>; after?: ReadonlyMap<Mention, string> },
): Map<Mention, string> {
  const out = new Map<Mention, string>();
  const seen = new Map<number, string | undefined>();
  for (const { ms, node } of byArticle(g).values()) {
    ms.forEach((m, k) => {
      if (m.parts.length !== 1 || m.title) return;
      const t = g.types[node.get(m)!].type;
      if (t !== 'person' && t !== 'unknown') return;
      const prev: Mention | undefined = ms[step(ms, k, -1)];
      const next: Mention | undefined = ms[step(ms, k, 1)];
      // a name written twice ("Paul , and what Paul wants") is no list
      const beside = (joined: boolean, x: Mention | undefined, gap: number): string => {
        if (!joined || !x || x.sentence !== m.sentence || gap > LIST_GAP || x.parts.join(' ') === m.parts[0]) return '';
        return neighbourTitle(g, x, node.get(x)!, idx, seen) ?? '';
      };
      const titles = new Set<string>([
        beside(JOINERS.has(where.before?.get(m) ?? ''), prev, m.start - (prev?.end ?? 0)),
        beside(JOINERS.has((where.after?.get(m) ?? '').split(' ')[0]), next, (next?.start ?? 0) - m.end),
      ]);
      titles.delete('');
      if (titles.size === 1) out.set(m, [...titles][0]);
    });
  }
  return out;
}

/**
 * Node i's `rest` mentions with an implied title in articles naming two or more of the candidates in full, as groups
 * for the one of those the corpus names in full with that title; and the mentions left.
 */
export function listHolders(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  implied: ReadonlyMap<Mention, string>,
): { groups: SurnameGroup[]; rest: Mention[] } {
  if (!rest.some((m) => implied.has(m))) return { groups: [], rest: rest.slice() };
  const { byDoc } = rootsBy(g, cands, new Map());
  const titles = titleCounts(g, cands);
  const move = new Map<number, Mention[]>();
  const left: Mention[] = [];
  for (const m of rest) {
    const t = implied.get(m);
    const named = byDoc.get(m.doc);
    const fits = t === undefined || !named || named.size < 2 ? [] : [...named].filter((r) => titles.get(r)?.get(t));
    if (fits.length !== 1) left.push(m);
    else (move.get(fits[0]) ?? move.set(fits[0], []).get(fits[0])!).push(m);
  }
  return { groups: movedGroups(g, cands, move, 'title'), rest: left };
}
