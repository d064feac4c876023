// A titled surname whose form of address misfits the person the surname rule gives it to ("Mr. Clinton" where the
// rule picks Hillary Clinton) is a namesake of the other gender. It joins the one other person with the surname named
// in full in the same article ("Mr. Shaw" beside "Jamiel Shaw"); else, when the article names none, the one person
// with the surname and the title's gender that the same outlet or the same event names in full elsewhere (the New
// York Times's "Mr. Clinton" is its Bill Clinton). Two such people, or none, and the mention stays apart.
import { addressGender, type Gender } from '../name-gender.js';
import type { Relative } from '../relative-names.js';
import type { Mention } from '../mentions.js';
import type { NicknameTable } from '../nicknames.js';
import { nodeLabel, type MergeGraph } from './graph.js';
import { rootGenders, type GenderEvidence } from './surname-gender.js';

/** Where each article belongs: its event (when known) and its outlet. */
export interface Whereabouts {
  eventOf: ReadonlyMap<string, string>;
  outletOf: ReadonlyMap<string, string>;
  /** one-word mentions that name a family or siblings ("the Koch brothers"), not one person (kin-plurals.ts) */
  kin?: ReadonlySet<Mention>;
  /** one-word mentions after "the" in the plural ("the Clintons"): a family when the singular is a family name */
  plurals?: ReadonlySet<Mention>;
  /** the lowercased word right before each one-word mention (word-before.ts), read by the last-word rule */
  before?: ReadonlyMap<Mention, string>;
  /** the two lowercased words right after each one-word mention (word-before.ts), read by the home chamber rule */
  after?: ReadonlyMap<Mention, string>;
  /** the listed given name right before each one-word mention, when the corpus never writes it in lower case */
  given?: ReadonlyMap<Mention, string>;
  /** how often the corpus writes each word in lower case (token norms) */
  lower?: ReadonlyMap<string, number>;
  /** full-name mentions written after a kin noun or "the late": relatives named to describe someone else
   * (relative-names.ts) */
  relatives?: ReadonlyMap<Mention, Relative>;
  /** per article, the paragraph of each of its sentences (read by surname-nearest-safe.ts) */
  paragraphs?: ReadonlyMap<string, readonly number[]>;
  /** the nickname table (data/nicknames.json): "Dick" is a form of "Richard", no other given name */
  nicknames?: NicknameTable;
}

export const NOWHERE: Whereabouts = { eventOf: new Map(), outletOf: new Map() };

/** Move each group of node i's mentions to its person (the first of its set among `pool`), saying why. */
function joinGroups(g: MergeGraph, i: number, byTarget: Map<number, Mention[]>, pool: readonly number[], why: string) {
  for (const [r, ms] of byTarget) {
    const p = pool.find((x) => g.uf.find(x) === r)!;
    const title = ms[0].title ?? '';
    const text = `surname '${g.nodes[i].core[0]}' after '${title}' of '${nodeLabel(g.nodes[p])}', ${why}`;
    g.join(ms.length === g.nodes[i].mentions.length ? i : g.split(i, ms), p, text);
  }
}

const push = (m: Map<number, Mention[]>, r: number, x: Mention) => (m.get(r) ?? m.set(r, []).get(r)!).push(x);

/**
 * Of the misfitting mentions of node i, those in an article that also names one weak namesake not known to be of
 * the other gender ("Army Sgt. Anita Vortley", "Jamiel Vortley", "Mr. Vortley told") join that namesake; the rest
 * are returned.
 */
function toWeakNames(
  g: MergeGraph,
  i: number,
  misfit: readonly Mention[],
  weak: readonly number[],
  genders: ReadonlyMap<number, Gender>,
): Mention[] {
  if (!misfit.length || !weak.length) return misfit.slice();
  const rest: Mention[] = [];
  const byTarget = new Map<number, Mention[]>();
  for (const m of misfit) {
    const a = addressGender(m.title);
    const here = new Set<number>();
    for (const p of weak) {
      const r = g.uf.find(p);
      const x = genders.get(r);
      if ((x === undefined || x === a) && g.nodes[p].mentions.some((y) => y.doc === m.doc)) here.add(r);
    }
    if (here.size !== 1) rest.push(m);
    else push(byTarget, here.values().next().value as number, m);
  }
  joinGroups(g, i, byTarget, weak, 'the one other person named in full with it in the same article');
  return rest;
}

/** Per set root of the pool, the outlets ("o:") and events ("e:") of the articles naming it in full. */
function namedWhere(g: MergeGraph, pool: readonly number[], where: Whereabouts): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const p of pool) {
    const r = g.uf.find(p);
    const s = out.get(r) ?? out.set(r, new Set()).get(r)!;
    for (const m of g.nodes[p].mentions) {
      if (m.parts.length < 2) continue;
      const o = where.outletOf.get(m.doc);
      const e = where.eventOf.get(m.doc);
      if (o !== undefined) s.add('o:' + o);
      if (e !== undefined) s.add('e:' + e);
    }
  }
  return out;
}

/** The one root of `named` of gender a named in the article's outlet or event, or undefined. */
function oneOfGender(
  named: ReadonlyMap<number, ReadonlySet<string>>,
  genders: ReadonlyMap<number, Gender>,
  keys: readonly string[],
  a: Gender,
): number | undefined {
  let out: number | undefined;
  for (const [r, s] of named) {
    if (genders.get(r) !== a || !keys.some((k) => s.has(k))) continue;
    if (out !== undefined) return undefined;
    out = r;
  }
  return out;
}

/**
 * Of the misfitting mentions of node i left by toWeakNames, those whose article's outlet or event names in full one
 * person of `pool` (the surname's indexed and weak namesakes) of the gender their form of address tells join that
 * person; the rest are returned, to be kept apart.
 */
function toNamesakesElsewhere(
  g: MergeGraph,
  i: number,
  misfit: readonly Mention[],
  pool: readonly number[],
  where: Whereabouts,
  genders: ReadonlyMap<number, Gender>,
): Mention[] {
  if (!misfit.length || !pool.length) return misfit.slice();
  const named = namedWhere(g, pool, where);
  const rest: Mention[] = [];
  const byTarget = new Map<number, Mention[]>();
  for (const m of misfit) {
    const a = addressGender(m.title);
    const o = where.outletOf.get(m.doc);
    const e = where.eventOf.get(m.doc);
    const keys = [o === undefined ? '' : 'o:' + o, e === undefined ? '' : 'e:' + e].filter(Boolean);
    const r = a === undefined ? undefined : oneOfGender(named, genders, keys, a);
    if (r === undefined) rest.push(m);
    else push(byTarget, r, m);
  }
  joinGroups(g, i, byTarget, pool, 'the one person of that gender its outlet or event names in full');
  return rest;
}

/**
 * Give node i's misfitting mentions to their namesakes (see above): the weak namesake the article names, else the one
 * person of the title's gender among the candidates and weak namesakes its outlet or event names. Returns the rest.
 */
export function toNamesakes(
  g: MergeGraph,
  i: number,
  misfit: readonly Mention[],
  people: { cands: readonly number[]; weak: readonly number[] },
  where: Whereabouts,
  ev: GenderEvidence,
): Mention[] {
  if (!misfit.length) return [];
  const pool = [...new Set([...people.cands, ...people.weak])].sort((a, b) => a - b);
  const genders = rootGenders(g, pool, [], ev);
  const rest = toWeakNames(g, i, misfit, people.weak, genders);
  return toNamesakesElsewhere(g, i, rest, pool, where, genders);
}
