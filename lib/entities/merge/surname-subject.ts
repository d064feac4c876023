// Two holders of a surname named in one article, one of them introduced as a relative brought in to describe the
// other: "Peter Vale , freed on Sunday , ... said Vale ' mother , Nancy Vale", "Franklin Vale , the son of the late
// Billy Vale". The article is about the one introduced otherwise, and its bare surname ("Vale said", "Vale called")
// means that one: each such mention goes to the article's subject, when the corpus vote names no person or one the
// article does not name (an article naming the vote's person keeps its bare surname with the vote, as elsewhere). A
// holder counts as a relative when its first full name in the article is written after a kin noun (relative-names.ts)
// whose possessor is a pronoun, the surname itself or nobody ("his mother", "Vale ' mother", "the son of"); "Sue 's
// daughter Kelly Vale" names Kelly by her mother's given name, which tells nothing of whom the article is about. An
// article naming two or more holders introduced otherwise tells no subject this way; its mentions are left to the
// other rules.
import type { Relative } from '../relative-names.js';
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { movedGroups, type SurnameGroup } from './surname-articles.js';

/** Per article, per candidate root: its first full-name mention there. */
function firstNamedByDoc(g: MergeGraph, cands: readonly number[]): Map<string, Map<number, Mention>> {
  const out = new Map<string, Map<number, Mention>>();
  for (const p of cands) {
    const root = g.uf.find(p);
    for (const m of g.nodes[p].mentions) {
      const roots = out.get(m.doc) ?? out.set(m.doc, new Map()).get(m.doc)!;
      const had = roots.get(root);
      if (!had || m.start < had.start) roots.set(root, m);
    }
  }
  return out;
}

/** Whether a holder's first full name is written as a relative's, of someone the article calls by the surname. */
function introducedAsRelative(m: Mention, relatives: ReadonlyMap<Mention, Relative>): boolean {
  const r = relatives.get(m);
  return r !== undefined && (r.of === '' || r.of === m.parts[m.parts.length - 1]);
}

/** The one root of an article's holders introduced otherwise than as a relative, when the others all are. */
function subjectOf(
  firsts: ReadonlyMap<number, Mention> | undefined,
  relatives: ReadonlyMap<Mention, Relative>,
): number | undefined {
  if (!firsts || firsts.size < 2) return undefined;
  const subjects = [...firsts].filter(([, m]) => !introducedAsRelative(m, relatives));
  return subjects.length === 1 ? subjects[0][0] : undefined;
}

/**
 * Node i's `rest` mentions in articles naming two or more of the candidates in full, all but one introduced as
 * relatives,
 * as groups for that one (the article's subject); and the mentions left.
 */
export function subjectHolders(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  by: { relatives?: ReadonlyMap<Mention, Relative>; voted?: number },
): { groups: SurnameGroup[]; rest: Mention[] } {
  const { relatives } = by;
  if (!relatives?.size || !rest.length) return { groups: [], rest: rest.slice() };
  const byDoc = firstNamedByDoc(g, cands);
  const target = by.voted === undefined ? undefined : g.uf.find(by.voted);
  const move = new Map<number, Mention[]>();
  const left: Mention[] = [];
  for (const m of rest) {
    const firsts = byDoc.get(m.doc);
    // an article naming the vote's person keeps its bare surname with the vote
    const r = target !== undefined && firsts?.has(target) ? undefined : subjectOf(firsts, relatives);
    if (r === undefined) left.push(m);
    else (move.get(r) ?? move.set(r, []).get(r)!).push(m);
  }
  return { groups: movedGroups(g, cands, move, 'subject'), rest: left };
}
