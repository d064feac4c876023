// A bare surname after "Mr." is a man and after "Mrs.", "Ms." or "Miss" a woman ("Mrs. Trump hates to see children
// separated" is the first lady, not the president). A person's gender is told by the given name of its full names
// (compromise's lists) or by a gendered title before them ("Mrs. Ann Vale", "Queen ..."). In an article naming a man
// and a woman with the surname in full, the titled surname goes to the one whose gender fits; where the person the
// surname rule would give it to is of the other gender, it stays an entity of its own, shown with its title.
import { addressGender, givenNameGender, titleGender, type Gender } from '../name-gender.js';
import type { Mention } from '../mentions.js';
import type { MergeGraph } from './graph.js';
import { rootsBy, type SurnameGroup } from './surname-articles.js';

/** Per set root of the candidates, the gender its full names tell, where they tell one. */
export type Genders = ReadonlyMap<number, Gender>;

/** Votes a given name of the lists counts for, against the forms of address. */
const GIVEN = 2;
/** Votes of the corpus (forms of address and pronouns) that decide without the lists. */
const CORPUS_ALONE = 2;

/** What the corpus says of the candidates' genders besides their given names. */
export interface GenderEvidence {
  /** the pronoun after a full-name mention (pronoun-gender.ts) */
  said: ReadonlyMap<Mention, Gender>;
  /** articles naming, besides the candidates, another person with the surname whom no rule indexes (a given name
   * the lists lack and no title: "Jamiel Vortley"): their bare surnames tell nothing of the candidates */
  others: ReadonlySet<string>;
}

export const NO_EVIDENCE: GenderEvidence = { said: new Map(), others: new Set() };
/** The share of the votes one gender must have. */
const AGREE = 0.75;

/**
 * The genders of the candidates' set roots, by vote: each form of address before a full name, and before the bare
 * surname (`bare`) in an article naming that one candidate in full ("Mr. Graham" beside "Lindsey Graham"), is a vote;
 * the given name of the full names (compromise's lists) counts GIVEN votes. A gender with AGREE of the votes wins.
 * "Lindsey" is a woman's name in the lists; 32 "Mr. Graham" in his articles make him a man, while one stray "Mrs."
 * in an article about a man leaves his gender unknown, not female.
 */
export function rootGenders(
  g: MergeGraph,
  cands: readonly number[],
  bare: readonly Mention[],
  ev: GenderEvidence = NO_EVIDENCE,
): Map<number, Gender> {
  const votes = new Map<number, { male: number; female: number; given: Set<Gender> }>();
  const at = (r: number) => votes.get(r) ?? votes.set(r, { male: 0, female: 0, given: new Set() }).get(r)!;
  for (const p of cands) {
    const v = at(g.uf.find(p));
    const n = g.nodes[p];
    const given = n.core.length >= 2 ? givenNameGender(n.core[0]) : undefined;
    if (given) v.given.add(given);
    for (const m of n.mentions) {
      const x = m.parts.length >= 2 ? (titleGender(m.title) ?? ev.said.get(m)) : undefined;
      if (x) v[x]++;
    }
  }
  const { byDoc } = rootsBy(g, cands, new Map());
  for (const m of bare) {
    const a = addressGender(m.title);
    const roots = a === undefined || ev.others.has(m.doc) ? undefined : byDoc.get(m.doc);
    if (a && roots?.size === 1) at(roots.values().next().value as number)[a]++;
  }
  const out = new Map<number, Gender>();
  for (const [r, v] of votes) {
    const x = decide(v.male, v.female, v.given);
    if (x) out.set(r, x);
  }
  return out;
}

/**
 * A person's gender from the votes of the forms of address and pronouns and the genders of its given names (see
 * above). CORPUS_ALONE votes of the corpus that agree decide without the lists: a writer's "Mr." and "he" know the
 * person, the lists only the name ("Adel" is listed as a woman's name).
 */
function decide(male: number, female: number, given: ReadonlySet<Gender>): Gender | undefined {
  const corpus = male + female;
  if (corpus >= CORPUS_ALONE) {
    if (male >= AGREE * corpus) return 'male';
    if (female >= AGREE * corpus) return 'female';
  }
  if (given.size === 1) {
    if (given.has('male')) male += GIVEN;
    else female += GIVEN;
  }
  const all = male + female;
  if (!all) return undefined;
  return male >= AGREE * all ? 'male' : female >= AGREE * all ? 'female' : undefined;
}

/** Some mention of the node is written after a form of address: only then are genders read. */
export const addressed = (ms: readonly Mention[]) => ms.some((m) => addressGender(m.title) !== undefined);

/** The mention's form of address says one gender and the person (a set root) is known to be the other. */
export function misfits(genders: Genders, m: Mention, root: number): boolean {
  const a = addressGender(m.title);
  const r = genders.get(root);
  return a !== undefined && r !== undefined && a !== r;
}

/** Of the roots an article names in full, the one a gender fits: the one root not known to be of the other gender. */
function fitting(roots: ReadonlySet<number>, a: Gender, genders: Genders): number | undefined {
  let out: number | undefined;
  for (const r of roots) {
    const x = genders.get(r);
    if (x !== undefined && x !== a) continue;
    if (out !== undefined) return undefined;
    out = r;
  }
  return out;
}

/**
 * Of the mentions left by the per-article rule (`rest`), those after a form of address in an article naming two or
 * more candidates in full, given to the one whose gender fits; the others stay in `rest`.
 */
export function byGenderInArticle(
  g: MergeGraph,
  rest: readonly Mention[],
  cands: readonly number[],
  genders: Genders,
): { groups: SurnameGroup[]; rest: Mention[] } {
  const { byDoc } = rootsBy(g, cands, new Map());
  const groups = new Map<number, SurnameGroup & { docSet: Set<string> }>();
  const left: Mention[] = [];
  for (const m of rest) {
    const a = addressGender(m.title);
    const roots = byDoc.get(m.doc);
    const to = a && roots && roots.size >= 2 ? fitting(roots, a, genders) : undefined;
    if (to === undefined) {
      left.push(m);
      continue;
    }
    let grp = groups.get(to);
    if (!grp) {
      const person = cands.find((p) => g.uf.find(p) === to)!;
      groups.set(to, (grp = { person, via: 'gender', title: m.title, mentions: [], docs: 0, docSet: new Set() }));
    }
    grp.mentions.push(m);
    grp.docSet.add(m.doc);
  }
  return { groups: [...groups.values()].map(({ docSet, ...grp }) => ({ ...grp, docs: docSet.size })), rest: left };
}

/**
 * The groups and the rest less the mentions whose form of address misfits the person they would join (the group's,
 * or `restTo` for the rest); those are returned as `apart`.
 */
export function withoutMisfits(
  g: MergeGraph,
  genders: Genders,
  own: { groups: readonly SurnameGroup[]; rest: readonly Mention[] },
  restTo: number | undefined,
): { groups: SurnameGroup[]; rest: Mention[]; apart: Mention[] } {
  const apart: Mention[] = [];
  const keep = (ms: readonly Mention[], person: number | undefined) => {
    if (person === undefined) return ms.slice();
    const root = g.uf.find(person);
    const out: Mention[] = [];
    for (const m of ms) (misfits(genders, m, root) ? apart : out).push(m);
    return out;
  };
  const groups: SurnameGroup[] = [];
  for (const grp of own.groups) {
    const ms = keep(grp.mentions, grp.person);
    if (ms.length === grp.mentions.length) groups.push(grp);
    else if (ms.length) groups.push({ ...grp, mentions: ms, docs: new Set(ms.map((m) => m.doc)).size });
  }
  const rest = keep(own.rest, restTo);
  return { groups, rest, apart };
}

/** "Mrs. Trump": the mentions' most frequent form of address, capitalised, before their most frequent spelling. */
function apartName(ms: readonly Mention[]): string {
  const counts = new Map<string, number>();
  for (const m of ms) {
    const t = m.title ?? '';
    const k = `${t.charAt(0).toUpperCase()}${t.slice(1)} ${m.text}`.trim();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = '';
  let bestN = 0;
  for (const [k, n] of counts) if (n > bestN || (n === bestN && k < best)) [best, bestN] = [k, n];
  return best;
}

/**
 * Keep the misfitting mentions of node i apart: split off into a node of their own (or, with `whole`, node i itself
 * when they are all its mentions), shown with their title and saying why.
 */
export function keepApart(
  g: MergeGraph,
  i: number,
  apart: readonly Mention[],
  whole: boolean,
  why = 'the form of address does not fit the gender of the person named in full',
): void {
  if (!apart.length) return;
  const n = g.nodes[whole ? i : g.split(i, apart)];
  n.display = apartName(apart);
  n.reasons.push(`'${n.display}' kept apart: ${why}`);
}
