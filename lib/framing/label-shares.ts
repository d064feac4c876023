// Label shares: on one story most outlets write both "regime" and "government" for one actor, so no contrast (outlets
// choosing one side only) passes; they still differ in how often they choose the judging word. For one entity and a
// pair of its label variants that differ in judgement, each outlet's share of the judging side among its own-narration
// uses of the two, stated when outlets differ strongly on enough uses. Pure: label rows in, shares out.
import { byString } from '../util/compare.js';
import { rowsByEntity, sharedEvents, usesOf, type ContrastRow, type VariantUses } from './label-contrast.js';

/** One outlet's uses of a pair of variants. */
export interface ShareOutlet {
  outlet: string;
  /** own-narration uses of the judging side */
  judging: number;
  /** own-narration uses of both sides */
  uses: number;
  /** judging / uses, rounded to 4 decimals */
  share: number;
  /** the articles those uses come from (absent when the rows do not say) */
  articles?: number;
}

/** How the outlets divide between a judging and a describing label of one entity. */
export interface LabelShare {
  entity: string;
  /** the judging variant ("regime") and its labels as written, most used first */
  judging: { variant: string; labels: string[] };
  /**
   * the describing side: every describing variant outlets choose instead of the judging one ("undocumented",
   * "unauthorized"), most used first, joined by " / " in `variant`, and their labels
   */
  describing: { variant: string; variants: string[]; labels: string[] };
  /** outlets with enough uses, highest share of the judging side first */
  outlets: ShareOutlet[];
  /**
   * outlets with enough uses left out because their uses come from fewer than `minArticles` articles while
   * `minOutlets` others' come from more (ShareOptions.minArticles), in name order; absent when none
   */
  fewArticles?: string[];
  /** highest share minus lowest */
  gap: number;
  /** two-proportion z between the outlets with the highest and the lowest share */
  z: number;
  by: 'modifier' | 'role';
}

export interface ShareOptions {
  /** label kinds compared (default group, phrase, actor) */
  kinds?: readonly string[];
  /** own-narration uses of the pair an outlet needs to be counted (default 6) */
  minUses?: number;
  /**
   * articles an outlet's uses of the pair must come from (default 2), when the rows carry their articles and
   * `minOutlets` outlets pass it: a think tank's one report with 22 uses is one author's choice, not an outlet's
   * habit to set beside newsrooms of many articles; in a corpus of one article per outlet every outlet counts
   */
  minArticles?: number;
  /** outlets with enough uses needed (default 3): a share is read against other outlets, not one pair */
  minOutlets?: number;
  /** the highest share minus the lowest must reach this (default 0.5) */
  minGap?: number;
  /** and the two extremes must differ by a two-proportion z of this much (default 1.96, p < .05 two-sided) */
  minZ?: number;
  /** judgement gap of a modifier pair (default 0.25) and of a role pair (default 0.5), as in labelContrasts */
  minJudgement?: number;
  minRoleJudgement?: number;
}

/** Two-proportion z of a1/n1 against a2/n2 (pooled variance; 0 when the pooled share is 0 or 1). */
export function twoProportionZ(a1: number, n1: number, a2: number, n2: number): number {
  const p = (a1 + a2) / (n1 + n2);
  const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
  return se > 0 ? (a1 / n1 - a2 / n2) / se : 0;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Label counts of several variants added up. */
function pooled(maps: readonly (Map<string, number> | undefined)[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of maps) for (const [l, n] of m ?? []) out.set(l, (out.get(l) ?? 0) + n);
  return out;
}

/** Negative prefixes: "illegal" and "legal", "undocumented" and "documented" name two groups, not one group two ways. */
const NEGATIONS = ['il', 'un', 'in', 'im', 'ir', 'non', 'non-', 'dis'];

/** True when one variant is the other with a negative prefix ("illegal" / "legal"). */
export function opposites(a: string, b: string): boolean {
  return NEGATIONS.some((p) => a === p + b || b === p + a);
}

/**
 * The outlets a share compares: when `minOutlets` of them have their uses from `minArticles` articles or more, those
 * only, and the others' names, in name order (`fewArticles`: one report of a think tank beside newsrooms of many
 * articles is one author's choice, not an outlet's habit); else all of them, as in a corpus of one article per
 * outlet, where a share compares articles.
 */
function habitual(all: ShareOutlet[], o: Required<ShareOptions>): { outlets: ShareOutlet[]; fewArticles: string[] } {
  const many = all.filter((x) => x.articles === undefined || x.articles >= o.minArticles);
  if (many.length === all.length || many.length < o.minOutlets) return { outlets: all, fewArticles: [] };
  const few = all.filter((x) => !many.includes(x)).map((x) => x.outlet);
  return { outlets: many, fewArticles: few.sort(byString) };
}

/** The articles of an outlet's own uses of the variants, or undefined when the rows do not carry them. */
function articlesOf(u: VariantUses, variants: readonly string[], outlet: string): number | undefined {
  if (!u.docs.size) return undefined;
  const all = new Set<string>();
  for (const v of variants) for (const d of u.docs.get(v)?.get(outlet) ?? []) all.add(d);
  return all.size;
}

function written(labels: Map<string, number> | undefined): string[] {
  return [...(labels ?? [])].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])).map(([l]) => l);
}

/**
 * The share of the judging variant j against the describing variants ks pooled, or undefined when the guards fail:
 * each outlet's uses of j among its uses of j and every k.
 */
function pairShare(
  entity: string,
  u: VariantUses,
  role: boolean,
  j: string,
  ks: readonly string[],
  o: Required<ShareOptions>,
): LabelShare | undefined {
  const a = u.uses.get(j)!;
  const bs = ks.map((k) => u.uses.get(k)!);
  const all: ShareOutlet[] = [];
  for (const outlet of new Set([...a.keys(), ...bs.flatMap((b) => [...b.keys()])])) {
    const judging = a.get(outlet) ?? 0;
    const uses = judging + bs.reduce((n, b) => n + (b.get(outlet) ?? 0), 0);
    if (uses < o.minUses) continue;
    const articles = articlesOf(u, [j, ...ks], outlet);
    all.push({ outlet, judging, uses, share: round(judging / uses), ...(articles !== undefined ? { articles } : {}) });
  }
  const { outlets, fewArticles } = habitual(all, o);
  if (outlets.length < o.minOutlets) return undefined;
  outlets.sort((x, y) => y.share - x.share || y.uses - x.uses || byString(x.outlet, y.outlet));
  const [hi, lo] = [outlets[0], outlets[outlets.length - 1]];
  const z = twoProportionZ(hi.judging, hi.uses, lo.judging, lo.uses);
  if (hi.share - lo.share < o.minGap || z < o.minZ) return undefined;
  return {
    entity,
    judging: { variant: j, labels: written(u.labels.get(j)) },
    describing: {
      variant: ks.join(' / '),
      variants: [...ks],
      labels: written(pooled(ks.map((k) => u.labels.get(k)))),
    },
    outlets,
    ...(fewArticles.length ? { fewArticles } : {}),
    gap: round(hi.share - lo.share),
    z: round(z),
    by: role ? ('role' as const) : ('modifier' as const),
  };
}

/** The pairs of one entity's variants that differ in judgement, judging side first, most used first. */
function judgedPairs(u: VariantUses, role: boolean, o: Required<ShareOptions>): [string, string][] {
  if (!u.weights.size) return [];
  const total = (v: string) => [...u.uses.get(v)!.values()].reduce((s, n) => s + n, 0);
  // a bare head ("immigrants") names the whole kind, legal or not, and re-mentions a group named fully before: no
  // side of a choice between two labels of one group
  const bare = (v: string) => [...u.labels.get(v)!.keys()].every((l) => !/\s/.test(l.replace(/^(?:the|a|an)\s+/i, '')));
  const vs = [...u.uses.keys()].filter((v) => role || !bare(v)).sort((x, y) => total(y) - total(x) || byString(x, y));
  const out: [string, string][] = [];
  for (let i = 0; i < vs.length; i++)
    for (let k = i + 1; k < vs.length; k++) {
      const [wi, wk] = [u.weights.get(vs[i]) ?? 0, u.weights.get(vs[k]) ?? 0];
      if (Math.abs(wi - wk) < (role ? o.minRoleJudgement : o.minJudgement)) continue;
      if (sharedEvents(u, vs[i], vs[k]) === 0) continue; // two labels never in one story name two groups
      if (opposites(vs[i], vs[k])) continue; // "legal immigrants" are another group than "illegal immigrants"
      out.push(wi > wk ? [vs[i], vs[k]] : [vs[k], vs[i]]);
    }
  return out;
}

/**
 * One entity's share: the judging variant of its most used pair that passes the guards, against every describing
 * variant that passes them with it, pooled ("illegal" against "undocumented" and "unauthorized": outlets choose among
 * three words, and a share of one pair would leave out the outlet whose word is the third). When no pair passes alone,
 * a role noun's judging variant against all its describing ones pooled (pooledShare).
 */
function entityShare(entity: string, rs: readonly ContrastRow[], o: Required<ShareOptions>): LabelShare | undefined {
  const u = usesOf(rs);
  const role = rs.some((r) => r.variant !== undefined);
  const pairs = judgedPairs(u, role, o);
  const first = pairs.find(([j, k]) => pairShare(entity, u, role, j, [k], o));
  if (!first) return role ? pooledShare(entity, u, pairs, o) : undefined;
  const j = first[0];
  const ks = pairs.filter(([x, k]) => x === j && pairShare(entity, u, role, j, [k], o)).map(([, k]) => k);
  return pairShare(entity, u, role, j, ks, o) ?? pairShare(entity, u, role, j, [first[1]], o);
}

/**
 * A role noun's judging variant against every describing variant it is paired with, pooled before the guards, for
 * each judging variant in the order of its pairs; the first that passes. "regime" against "government",
 * "authorities" and "administration": outlets choose among four words for one government, and each pair alone may
 * fall under the use bar while the choice is clear. Role nouns only: each names the actor itself, where a modifier
 * may name a part of the group ("skilled", "detained" workers), no other word for it.
 */
function pooledShare(
  entity: string,
  u: VariantUses,
  pairs: readonly [string, string][],
  o: Required<ShareOptions>,
): LabelShare | undefined {
  for (const j of new Set(pairs.map(([x]) => x))) {
    const ks = pairs.filter(([x]) => x === j).map(([, k]) => k);
    const s = pairShare(entity, u, true, j, ks, o);
    if (s) return s;
  }
  return undefined;
}

/**
 * Entities whose outlets divide differently between a judging and a describing label, most divided first. For each
 * entity, its pairs of variants (as labelContrasts reads them: own narration, lower-case variants, pooled over
 * events, used together in one event at least when rows carry events) that differ in judgement, most used first;
 * the first pair where outlets with `minUses` uses each (from `minArticles` articles or more when enough outlets' are
 * and the rows carry their articles, `ownDocs`) differ by `minGap` in their share of the judging side, the
 * two extremes also by a z of `minZ`, is the entity's share; when none passes alone, a role noun's judging variant
 * against all its describing variants pooled, under the same guards. Rows without evaluative weights give none.
 */
export function labelShares(rows: readonly ContrastRow[], opts: ShareOptions = {}): LabelShare[] {
  const o: Required<ShareOptions> = {
    kinds: ['group', 'phrase', 'actor'],
    minUses: 6,
    minArticles: 2,
    minOutlets: 3,
    minGap: 0.5,
    minZ: 1.96,
    minJudgement: 0.25,
    minRoleJudgement: 0.5,
    ...opts,
  };
  const out: LabelShare[] = [];
  for (const [entity, rs] of [...rowsByEntity(rows, o.kinds)].sort((x, y) => byString(x[0], y[0]))) {
    const s = entityShare(entity, rs, o);
    if (s) out.push(s);
  }
  return out.sort((a, b) => b.z - a.z || byString(a.entity, b.entity));
}
