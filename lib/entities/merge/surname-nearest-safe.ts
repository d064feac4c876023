// Two holders of a surname named in one article as themselves, and no corpus vote to fall back on: "Sue Vale", then
// "Sue 's daughter Kelly Vale", then "Kelly Vale says ... `` We wanted to marry , '' Vale says". A reader takes the
// bare surname for the holder named last before it, as long as that naming is close and plain: the holder was named
// (in full, by the given name alone, or by a bare surname this rule already gave it) in the same paragraph or within
// PARAGRAPH_WINDOW paragraphs before, in a sentence naming no other holder, and no other holder was named since. A
// mention before every naming, after a sentence naming two holders ("Kelly Vale and Sue Vale both ran ... Vale
// said"), or far from the last naming stays unresolved; so does one whose form of address misfits the holder's
// gender. Only the articles naming two or more holders in full are read; the vote's case is surname-nearest.ts.
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { movedGroups, type SurnameGroup } from './surname-articles.js';
import { misfits, type Genders } from './surname-gender.js';

/** A naming of a holder in an article: where, in which sentence, whose. */
interface Naming {
  start: number;
  sentence: number;
  root: number;
}

/**
 * How many paragraphs a bare surname may stand after the last naming of its holder. A chain of bare surnames carries
 * the holder on (each one given is a naming), so an article that keeps writing "Vale says" keeps its subject. News
 * paragraphs are one or two sentences: a profile quotes its subject for several before writing the surname again
 * (seven paragraphs of quotes and context between two of them in one AllSides profile).
 */
const PARAGRAPH_WINDOW = 8;

/** How many namings of one sentence are looked at to see whether it names another holder (bounded on a list). */
const SENTENCE_SPAN = 8;

/** What the rule reads of the article beside the graph. */
export interface SafeNearestContext {
  /** per article, the paragraph of each sentence */
  paragraphs?: ReadonlyMap<string, readonly number[]>;
  /** per article, its one-word mentions (given names alone among them), in text order */
  alone?: ReadonlyMap<string, readonly Mention[]>;
  /** the holders' genders, to leave a misfitting form of address unresolved */
  genders: Genders;
}

/** Per article naming two or more of the candidates in full: their namings in full and by given name, in order. */
function namingsByDoc(
  g: MergeGraph,
  cands: readonly number[],
  docs: ReadonlySet<string>,
  alone: ReadonlyMap<string, readonly Mention[]> | undefined,
): Map<string, Naming[]> {
  const out = new Map<string, Naming[]>();
  const given = new Map<string, Map<string, number>>();
  for (const p of cands) {
    const root = g.uf.find(p);
    const first = g.nodes[p].core[0];
    for (const m of g.nodes[p].mentions) {
      if (!docs.has(m.doc)) continue;
      (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push({ start: m.start, sentence: m.sentence, root });
      const names = given.get(m.doc) ?? given.set(m.doc, new Map()).get(m.doc)!;
      // a given name two holders share (or an initial) names neither
      if (first.replace(/\.$/, '').length < 2 || (names.has(first) && names.get(first) !== root)) names.set(first, -1);
      else names.set(first, root);
    }
  }
  for (const [doc, list] of out) {
    if (new Set(list.map((x) => x.root)).size < 2) {
      out.delete(doc);
      continue;
    }
    const names = given.get(doc)!;
    for (const m of alone?.get(doc) ?? []) {
      const root = m.parts.length === 1 ? names.get(m.parts[0]) : undefined;
      if (root !== undefined && root >= 0) list.push({ start: m.start, sentence: m.sentence, root });
    }
    list.sort((a, b) => a.start - b.start || a.root - b.root);
  }
  return out;
}

/** Whether the sentence of list[k] names a holder other than list[k]'s. */
function sentenceNamesOther(list: readonly Naming[], k: number): boolean {
  const { sentence, root } = list[k];
  for (let j = k - 1; j >= 0 && k - j <= SENTENCE_SPAN && list[j].sentence === sentence; j--)
    if (list[j].root !== root) return true;
  for (let j = k + 1; j < list.length && j - k <= SENTENCE_SPAN && list[j].sentence === sentence; j++)
    if (list[j].root !== root) return true;
  return false;
}

/** Whether the naming is close enough before a mention in paragraph `at` and plain (see above). */
function plainBefore(
  list: readonly Naming[],
  k: number,
  last: Naming,
  at: number,
  para: readonly number[] | undefined,
) {
  const gap = para ? at - (para[last.sentence] ?? 0) : 0;
  if (gap > PARAGRAPH_WINDOW) return false;
  // a chained bare surname stands in its sentence beside the namings of that sentence before it
  return last === list[k]
    ? !sentenceNamesOther(list, k)
    : !(k >= 0 && list[k].sentence === last.sentence && list[k].root !== last.root);
}

/** The holder one article's bare surnames go to, in text order (undefined: unresolved); each given one is a naming. */
function resolveArticle(
  list: readonly Naming[],
  ms: readonly Mention[],
  para: readonly number[] | undefined,
  genders: Genders,
): (number | undefined)[] {
  const out: (number | undefined)[] = [];
  let k = -1; // the last naming in `list` before the current mention
  let chained: Naming | undefined; // the last bare surname given
  for (const m of ms) {
    while (k + 1 < list.length && list[k + 1].start < m.start) k++;
    const named = k >= 0 ? list[k] : undefined;
    const last = chained && (!named || chained.start > named.start) ? chained : named;
    const at = para ? (para[m.sentence] ?? 0) : 0;
    const ok = last !== undefined && plainBefore(list, k, last, at, para) && !misfits(genders, m, last.root);
    out.push(ok ? last.root : undefined);
    if (ok) chained = { start: m.start, sentence: m.sentence, root: last.root };
  }
  return out;
}

/**
 * Node i's `rest` mentions in articles naming two or more of the candidates in full, when no vote decides, as groups
 * for the holder named last and close before each (see above); and the mentions left.
 */
export function safeNearestHolders(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  ctx: SafeNearestContext,
): { groups: SurnameGroup[]; rest: Mention[] } {
  if (!rest.length) return { groups: [], rest: [] };
  const docs = new Map<string, Mention[]>();
  for (const m of rest) (docs.get(m.doc) ?? docs.set(m.doc, []).get(m.doc)!).push(m);
  const named = namingsByDoc(g, cands, new Set(docs.keys()), ctx.alone);
  const move = new Map<number, Mention[]>();
  const left: Mention[] = [];
  for (const [doc, ms] of docs) {
    const list = named.get(doc);
    if (!list) {
      for (const m of ms) left.push(m);
      continue;
    }
    ms.sort((a, b) => a.start - b.start);
    const to = resolveArticle(list, ms, ctx.paragraphs?.get(doc), ctx.genders);
    ms.forEach((m, k) => {
      const r = to[k];
      if (r === undefined) left.push(m);
      else (move.get(r) ?? move.set(r, []).get(r)!).push(m);
    });
  }
  return { groups: movedGroups(g, cands, move, 'nearest'), rest: left };
}
