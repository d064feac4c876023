// Two holders of a surname named in one article, and a bare surname the corpus vote would give to a third: "Russell
// Moore" and "Rev. Johnnie Moore" in one article, "Moore said" after them, while the vote over the corpus names
// Suzanne Moore, whom that article never names. The writer means one of the people the article names, and a bare
// surname refers back to the last of them named before it (the reading a copy editor checks for), so each such
// mention goes to the holder whose full name comes nearest before it; of two named in one sentence, the first, the
// sentence's subject ("Laura Bush , wife of former president George Bush , wrote ... Bush wrote": the later name is
// a relation named to describe her). A mention before every full name, or in an article that names the vote's person
// too ("Melania Trump" beside "President Donald Trump"), stays with the vote.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { movedGroups, type SurnameGroup } from './surname-articles.js';

/** A full-name mention of a candidate's set: where, in which sentence, whose. */
interface Named {
  start: number;
  sentence: number;
  root: number;
}

/** Per article, every full-name mention of each candidate's set, in text order. */
function fullNamesByDoc(g: MergeGraph, cands: readonly number[]): Map<string, Named[]> {
  const out = new Map<string, Named[]>();
  for (const p of cands) {
    const root = g.uf.find(p);
    for (const m of g.nodes[p].mentions)
      (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push({ start: m.start, sentence: m.sentence, root });
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start || a.root - b.root);
  return out;
}

/** How many earlier full names of one sentence are looked at for its first (bounded on a hostile list of names). */
const SENTENCE_BACK = 8;

/** The root of the candidate named in full last before `start` (the first of its sentence), or undefined. */
function nearestBefore(list: readonly Named[], start: number): number | undefined {
  // binary search: the last full name starting before `start`
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const last = lo - 1;
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && last - first < SENTENCE_BACK && list[first - 1].sentence === list[last].sentence) first--;
  return list[first].root;
}

/**
 * Node i's `rest` mentions in articles naming two or more of the candidates in full and not the person `to` (the
 * vote's), as groups for the holder named nearest before each; and the mentions left.
 */
export function nearestHolders(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  to: number | undefined,
): { groups: SurnameGroup[]; rest: Mention[] } {
  if (to === undefined || !rest.length) return { groups: [], rest: rest.slice() };
  const target = g.uf.find(to);
  const named = fullNamesByDoc(g, cands);
  const move = new Map<number, Mention[]>();
  const left: Mention[] = [];
  // per article: whether it names two or more holders and not the vote's person
  const open = new Map<string, boolean>();
  for (const [doc, list] of named) {
    const roots = new Set(list.map((x) => x.root));
    open.set(doc, roots.size >= 2 && !roots.has(target));
  }
  for (const m of rest) {
    const list = named.get(m.doc);
    const r = list && open.get(m.doc) ? nearestBefore(list, m.start) : undefined;
    if (r === undefined) left.push(m);
    else (move.get(r) ?? move.set(r, []).get(r)!).push(m);
  }
  return { groups: movedGroups(g, cands, move, 'nearest'), rest: left };
}
