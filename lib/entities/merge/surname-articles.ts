// Where a bare surname points, article by article: to the one person with that surname the article names in full,
// else the one its event names. The surname rule uses it both to vote (one vote per article) and to give each
// article's mentions to their own person when several people share the surname ("King" is Peter King in his articles
// and Steve King in his).
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';

/** The set roots of the candidate persons named in each article and in each event. */
export function rootsBy(
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

/** The mentions of a bare surname that go to one person, and why. */
export interface SurnameGroup {
  /** the candidate person node (the first of its set among the candidates) */
  person: number;
  /** named in full in the article, in its event, or with the title the mentions are written after; or the one of
   * the article's persons whose gender fits the mentions' form of address; or the one the article's addressed
   * mentions joined (surname-follow.ts); or the one of two or more holders its article names in full last before
   * each mention (surname-nearest.ts); or the one its article names otherwise than as a relative of the others
   * (surname-subject.ts) */
  via: 'article' | 'event' | 'title' | 'gender' | 'follow' | 'nearest' | 'subject';
  /** the title, for via 'title' and 'gender' */
  title?: string;
  mentions: Mention[];
  docs: number;
}

/**
 * The groups of mentions moved to person sets (`move`: set root -> its mentions), each under the first candidate of
 * its set, with the rule that moved them (surname-nearest.ts, surname-subject.ts).
 */
export function movedGroups(
  g: MergeGraph,
  cands: readonly number[],
  move: ReadonlyMap<number, Mention[]>,
  via: SurnameGroup['via'],
): SurnameGroup[] {
  return [...move].map(([r, ms]) => {
    const person = cands.find((p) => g.uf.find(p) === r)!;
    return { person, via, mentions: ms, docs: new Set(ms.map((m) => m.doc)).size };
  });
}

/** A node's mentions per article, articles in order of first mention. */
function byDoc(ms: readonly Mention[]): Map<string, Mention[]> {
  const out = new Map<string, Mention[]>();
  for (const m of ms) (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push(m);
  return out;
}

/** Nothing in the article types the word as something other than a person ("The Hill reported" types it an outlet),
 * and no mention is an acronym ("DACA" is no one's surname, whatever name an extraction slip ends in it). */
function personInArticle(ms: readonly Mention[]): boolean {
  return ms.every((m) => !m.acronym && (m.type === 'person' || m.type === 'unknown' || m.strength < 2));
}

/**
 * Node i's mentions grouped by the one candidate person their article names in full, or, with `useEvent` and when the
 * article names none, the one its event names; `rest`: the mentions of articles naming two candidates or none, or
 * typing the word otherwise. Groups in order of their first article.
 */
export function ownersByArticle(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  eventOf: ReadonlyMap<string, string>,
  useEvent: boolean,
): { groups: SurnameGroup[]; rest: Mention[] } {
  const { byDoc: inDoc, byEvent } = rootsBy(g, fits, eventOf);
  const groups = new Map<string, SurnameGroup>();
  const rest: Mention[] = [];
  for (const [doc, ms] of byDoc(g.nodes[i].mentions)) {
    let roots = inDoc.get(doc);
    let via: SurnameGroup['via'] = 'article';
    const ev = eventOf.get(doc);
    if (!roots && useEvent && ev !== undefined) [roots, via] = [byEvent.get(ev), 'event'];
    if (!roots || roots.size !== 1 || !personInArticle(ms)) {
      for (const m of ms) rest.push(m);
      continue;
    }
    const root = roots.values().next().value as number;
    const k = via + root;
    let grp = groups.get(k);
    if (!grp) groups.set(k, (grp = { person: fits.find((p) => g.uf.find(p) === root)!, via, mentions: [], docs: 0 }));
    for (const m of ms) grp.mentions.push(m);
    grp.docs++;
  }
  return { groups: [...groups.values()], rest };
}
