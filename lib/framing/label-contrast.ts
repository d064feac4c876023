// Label contrasts: two ways of naming the same group or actor that different outlets choose between ("illegal immigrants"
// against "undocumented immigrants"), read from the label table's own-narration counts. Pure: rows in, contrasts out.
import { byString } from '../util/compare.js';
import { headLemma } from './groups.js';
import { isAdverb } from './adverbs.js';
import { HAS_UPPER } from '../util/letters.js';
import { splitChance } from './split-chance.js';

/** The label-table fields a contrast reads (a LabelRow, or a pooled one). */
export interface ContrastRow {
  entity: string;
  outlet: string;
  label: string;
  kind: string;
  /** uses in the outlet's own narration (quotes and reused text are the source's words, not the outlet's) */
  own: number;
  /** the event of these uses; when rows carry events, the two sides must meet in one event at least */
  event?: string;
  /** evaluative weight of the label, 0..1; when rows carry it, the two sides must differ in judgement */
  evaluative?: number;
  /** actor labels: the role words compared ("regime" / "government"); other labels compare their modifier */
  variant?: string;
  /** the articles of the own-narration uses, when known: a label share leaves out an outlet whose uses are one article's */
  ownDocs?: readonly string[];
}

/** One side of a contrast: a way of naming the group and the outlets that use it and not the other. */
export interface ContrastSide {
  /** the words that set this side apart ("illegal"), or the whole label when it has no modifier */
  variant: string;
  /** the labels written, most used first ("illegal immigrants", "illegal immigrant"; an actor label keeps its name's case: "Iranian regime") */
  labels: string[];
  /**
   * outlets choosing this side, most uses first, with their own-narration uses of it: those never writing the other
   * side, and, when the sides differ clearly in judgement (by `minRoleJudgement`, or the rows carry no weights), those
   * writing it at least four times as often as the other (`other`: their uses of the other side, a slip or a quote
   * left unmarked, which does not make them outlets of both)
   */
  outlets: { outlet: string; own: number; other?: number }[];
  /** own-narration uses of this side by those outlets */
  own: number;
}

/** Two ways of naming one group that the outlets split over. */
export interface LabelContrast {
  entity: string;
  sides: [ContrastSide, ContrastSide];
  /** outlets that use both sides in their own narration and choose neither (ContrastSide.outlets) */
  both: string[];
  /** those outlets' own-narration uses of the first and of the second side, in `both`'s order */
  bothUses: { outlet: string; own: [number, number] }[];
  /** events in which both sides are used (0 when the rows carry no events) */
  events: number;
  /** own-narration uses on the weaker side: how much the contrast rests on */
  evidence: number;
  /**
   * how unlikely the split is by chance: -log10 of the chance that the two labels' uses fall on the outlets as they
   * do if every outlet chose between them alike (lib/framing/split-chance.ts; 2 = 1 in 100), over every outlet using
   * either side, mixing ones included
   */
  chance: number;
  /** how far apart the sides' evaluative weights are (0..1; 0 when the rows carry no weights) */
  judgement: number;
  /** what the sides differ in: the words before one head noun ("illegal" / "undocumented" immigrants), or the role noun an actor is given ("regime" / "government") */
  by: 'modifier' | 'role';
}

export interface ContrastOptions {
  /** label kinds compared: discovered group labels and concept phrases (names and titles are house style) */
  kinds?: readonly string[];
  /** own-narration uses each side needs, from outlets choosing it (ContrastSide.outlets; default 3; one outlet must use it twice) */
  minUses?: number;
  /**
   * how unlikely by chance the split must be (`LabelContrast.chance`, default 1.3: 1 in 20): the bar scales with the
   * uses, whatever the corpus's size; outlets that mix the two words, or write each once or twice, lower the odds
   */
  minChance?: number;
  /** at most this share of the outlets using either side may use both, leaning to neither (default 1/3) */
  maxShared?: number;
  /**
   * when rows carry evaluative weights, the sides' weights must differ by this much (default 0.25): "illegal" against
   * "undocumented" is a choice of judgement, "agricultural" against "low-skilled" workers names two kinds of worker
   */
  minJudgement?: number;
  /**
   * the same for actor labels, whose sides are role nouns (default 0.5): one side must judge ("regime", "terrorists")
   * where the other describes ("government", "militants"); "rebels" against "opposition" is no choice of judgement
   */
  minRoleJudgement?: number;
}

const KINDS = ['group', 'phrase', 'actor'];

/**
 * The words of a label before its head noun (its modifier), or the head's lemma when it is one word ("adults" =
 * "adult"); for a noun named by its clause, the clause's manner (clauseManner), the choice the outlet made however
 * the clause runs.
 */
export function labelVariant(label: string): string {
  const manner = clauseManner(label);
  if (manner) return manner;
  const words = label
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.length > 1 ? words.slice(0, -1).join(' ') : words.length ? headLemma(words[0]) : '';
}

/** Words of the phrase after "without" a clause label ends in: a noun and an adjective before it (label-clauses.ts). */
const MAX_WITHOUT = 2;

/**
 * The manner of a label of three or more words that is a noun named by its clause (label-clauses.ts): its last word
 * when an adverb in "-ly" ("people who crossed the border illegally" = "illegally"), or the phrase from "without" to
 * its end ("people living here without legal status" = "without legal status"), "not …" when the label holds a
 * negation ("people who are not here lawfully" = "not lawfully"); undefined for any other label.
 */
export function clauseManner(label: string): string | undefined {
  const words = label
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length <= 2) return undefined;
  const last = words[words.length - 1];
  const w = words.lastIndexOf('without');
  const manner =
    last.endsWith('ly') && isAdverb(last)
      ? last
      : w >= 2 && words.length - w <= 1 + MAX_WITHOUT
        ? words.slice(w).join(' ')
        : undefined;
  if (!manner) return undefined;
  return words.some((x) => x === 'not' || x === "n't" || x === 'never') ? 'not ' + manner : manner;
}

export type Uses = Map<string, Map<string, number>>; // variant -> outlet -> own uses

export interface VariantUses {
  uses: Uses;
  /** variant -> label as written (lowercase) -> own uses */
  labels: Map<string, Map<string, number>>;
  /** variant -> events it is used in */
  events: Map<string, Set<string>>;
  /** variant -> its most evaluative label's weight (empty when rows carry none) */
  weights: Map<string, number>;
  /** variant -> outlet -> the articles of its own uses (empty when rows carry no `ownDocs`) */
  docs: Map<string, Map<string, Set<string>>>;
}

/** Own-narration uses of each lower-case variant of one entity's rows: by outlet, as written, by event, and its weight. */
export function usesOf(rows: readonly ContrastRow[]): VariantUses {
  const uses: Uses = new Map();
  const labels = new Map<string, Map<string, number>>();
  const events = new Map<string, Set<string>>();
  const weights = new Map<string, number>();
  const docs = new Map<string, Map<string, Set<string>>>();
  for (const r of rows) {
    // a capitalised word makes the label a name or a house spelling ("ISIS fighters", "GOP nominee"), which the
    // entity merges cover; a label is a framing choice when its words are common words
    // an actor label's variant is its role words: the name before them is the referent, not the choice
    // a clause label's choice is its manner: a place named in the clause is no name of the group ("people … in the U.S.")
    const manner = r.variant === undefined ? clauseManner(r.label) : undefined;
    if (r.own <= 0 || (!manner && HAS_UPPER.test(r.variant ?? r.label))) continue;
    const v = r.variant ?? labelVariant(r.label);
    if (!v) continue;
    const byOutlet = uses.get(v) ?? uses.set(v, new Map()).get(v)!;
    byOutlet.set(r.outlet, (byOutlet.get(r.outlet) ?? 0) + r.own);
    const ls = labels.get(v) ?? labels.set(v, new Map()).get(v)!;
    // an actor label keeps its name as written ("Iranian regime"), in one spelling; other labels are common words,
    // lowercased
    const l = r.variant !== undefined ? oneSpelling(r.label) : r.label.toLowerCase();
    ls.set(l, (ls.get(l) ?? 0) + r.own);
    if (r.event) (events.get(v) ?? events.set(v, new Set()).get(v)!).add(r.event);
    if (r.evaluative !== undefined) weights.set(v, Math.max(weights.get(v) ?? 0, r.evaluative));
    if (r.ownDocs) {
      const byO = docs.get(v) ?? docs.set(v, new Map()).get(v)!;
      const set = byO.get(r.outlet) ?? byO.set(r.outlet, new Set()).get(r.outlet)!;
      for (const d of r.ownDocs) set.add(d);
    }
  }
  return { uses, labels, events, weights, docs };
}

/**
 * An actor label in one spelling of its marks: a curly apostrophe or a backtick as a straight one, a possessive's
 * "’ s" as "'s" ("Iran ’ s regime" and "Iran 's regime" are one label as written), and an article a sentence's start capitalised in lower case ("The
 * regime"). The name's own capitals stay.
 */
export function oneSpelling(label: string): string {
  return label
    .replace(/[’‘`] ?s\b/g, "'s")
    .replace(/[’‘`]/g, "'")
    .replace(/^The /, 'the ');
}

/** Events both variants are used in; undefined when the rows carry no events. */
export function sharedEvents(u: VariantUses, a: string, b: string): number | undefined {
  const ea = u.events.get(a),
    eb = u.events.get(b);
  if (!u.events.size) return undefined;
  let n = 0;
  if (ea && eb) for (const e of ea) if (eb.has(e)) n++;
  return n;
}

/**
 * Whether an outlet writing `mine` uses of one side and `other` of the other chooses the first: it never writes the
 * other, or, where the sides differ clearly in judgement (`slips`), writes it at most a fifth of the time (CNN
 * "undocumented" 20 times, "illegal" once: a slip or an unmarked quote, not a mix of the two). Between words that
 * barely differ in judgement, writing both is naming two groups ("skilled" and "undocumented" workers).
 */
function chooses(mine: number, other: number, slips: boolean): boolean {
  return mine > 0 && (other === 0 || (slips && other * LEAN <= mine + other));
}
const LEAN = 5;

function side(
  variant: string,
  mine: Map<string, number>,
  other: Map<string, number>,
  labels: Map<string, number>,
  slips: boolean,
) {
  const outlets = [...mine]
    .filter(([o, own]) => chooses(own, other.get(o) ?? 0, slips))
    .map(([outlet, own]) => (other.has(outlet) ? { outlet, own, other: other.get(outlet)! } : { outlet, own }))
    .sort((a, b) => b.own - a.own || byString(a.outlet, b.outlet));
  const written = [...labels].sort((a, b) => b[1] - a[1] || byString(a[0], b[0])).map(([l]) => l);
  return { variant, labels: written, outlets, own: outlets.reduce((s, x) => s + x.own, 0) };
}

/** The head lemmas of a variant's labels as written ("illegal immigrants" -> "immigrant"). */
function headsOf(labels: Map<string, number>): Set<string> {
  const out = new Set<string>();
  for (const l of labels.keys()) {
    const words = l.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length) out.add(headLemma(words[words.length - 1]));
  }
  return out;
}

/** True when every label of the variant is its head alone ("immigrants", "the families"). */
function isBare(labels: Map<string, number>): boolean {
  return [...labels.keys()].every((l) => !/\s/.test(l.trim().replace(/^(?:the|a|an)\s+/i, '')));
}

/**
 * A bare head against a modifier of the same head ("immigrants" / "illegal immigrants", "families" / "illegal
 * immigrant families") is no choice: the bare word names the whole kind and re-mentions a group named fully before,
 * in every outlet. A bare head of another noun ("migrants" against "illegal immigrants") is a choice of noun.
 */
function bareOfSameHead(u: VariantUses, a: string, b: string): boolean {
  const [la, lb] = [u.labels.get(a)!, u.labels.get(b)!];
  if (isBare(la) && !isBare(lb)) return headsOf(lb).has(a);
  if (isBare(lb) && !isBare(la)) return headsOf(la).has(b);
  return false;
}

/** The contrast of variants a and b of one entity, or undefined when they do not split the outlets. */
function pairContrast(
  entity: string,
  u: VariantUses,
  role: boolean,
  [va, vb]: [string, string],
  o: Required<ContrastOptions>,
): LabelContrast | undefined {
  const [a, b] = [u.uses.get(va)!, u.uses.get(vb)!];
  const judgement = Math.abs((u.weights.get(va) ?? 0) - (u.weights.get(vb) ?? 0));
  if (u.weights.size && judgement < (role ? o.minRoleJudgement : o.minJudgement)) return undefined;
  // an outlet writing a judging side's other word a fifth of the time or less chooses its side; the rest write both
  const slips = !u.weights.size || judgement >= o.minRoleJudgement;
  const both = [...a.keys()]
    .filter((x) => b.has(x) && !chooses(a.get(x)!, b.get(x)!, slips) && !chooses(b.get(x)!, a.get(x)!, slips))
    .sort(byString);
  const either = new Set([...a.keys(), ...b.keys()]);
  // labels that never meet in one story name different people ("farm workers", "tech workers"), not one group
  const events = sharedEvents(u, va, vb);
  if (both.length > o.maxShared * either.size || events === 0) return undefined;
  if (!role && bareOfSameHead(u, va, vb)) return undefined;
  const s1 = side(va, a, b, u.labels.get(va)!, slips);
  const s2 = side(vb, b, a, u.labels.get(vb)!, slips);
  // each side rests on one outlet's repeated choice at least, not on single uses scattered over outlets
  if (s1.own < o.minUses || s2.own < o.minUses || s1.outlets[0]?.own < 2 || s2.outlets[0]?.own < 2) return undefined;
  const chance = splitChance([...either].sort(byString).map((x) => [a.get(x) ?? 0, b.get(x) ?? 0] as const));
  if (chance < o.minChance) return undefined;
  const first = s1.own >= s2.own;
  return {
    entity,
    sides: first ? [s1, s2] : [s2, s1],
    both,
    bothUses: both.map((x) => {
      const [na, nb] = [a.get(x)!, b.get(x)!];
      return { outlet: x, own: first ? [na, nb] : [nb, na] };
    }),
    events: events ?? 0,
    evidence: Math.min(s1.own, s2.own),
    chance,
    judgement: Math.round(judgement * 1e4) / 1e4,
    by: role ? 'role' : 'modifier',
  };
}

/** The best contrast among one entity's variants (the split least likely by chance), or undefined when none splits the outlets. */
function bestContrast(entity: string, rows: readonly ContrastRow[], o: Required<ContrastOptions>) {
  const u = usesOf(rows);
  const role = rows.some((r) => r.variant !== undefined);
  const variants = [...u.uses.keys()].sort(byString);
  let best: LabelContrast | undefined;
  for (let i = 0; i < variants.length; i++)
    for (let j = i + 1; j < variants.length; j++) {
      const c = pairContrast(entity, u, role, [variants[i], variants[j]], o);
      if (c && (!best || c.chance > best.chance || (c.chance === best.chance && c.evidence > best.evidence))) best = c;
    }
  return best;
}

/** The label rows of the given kinds, by entity, in first-seen order. */
export function rowsByEntity(
  rows: readonly ContrastRow[],
  kinds: readonly ContrastRow['kind'][],
): Map<string, ContrastRow[]> {
  const byEntity = new Map<string, ContrastRow[]>();
  for (const r of rows)
    if (kinds.includes(r.kind)) (byEntity.get(r.entity) ?? byEntity.set(r.entity, []).get(r.entity)!).push(r);
  return byEntity;
}

/**
 * Groups and actors the outlets name in two competing ways, strongest first: for each entity, the pair of label
 * variants that splits the outlets most clearly. A variant is the modifier before the head noun ("illegal" /
 * "undocumented" immigrants) or, for actor labels (rows with `variant`, lib/framing/actor-labels.ts), the role noun
 * an actor is given ("the Assad regime" / "the Syrian government": "regime" / "government", one referent by the
 * referent rules, so "Syrian forces" and "Syrian rebels", two actors, are never compared). Counts are
 * own-narration uses pooled over events; a side needs `minUses` uses by outlets that choose it (never use the other
 * side, or, between a judging and a describing word, use it at least four times as often), one outlet using it at least twice, at most `maxShared`
 * of the outlets may use both, and the split must be unlikely by
 * chance (`minChance`; `chance`, lib/framing/split-chance.ts), a bar that scales with the uses the corpus has, so a
 * one-story corpus is held to the same odds as a collection of stories. A bare head is no side against a modifier of
 * the same head ("immigrants" / "illegal immigrants"). Contrasts come least likely by chance first. When the rows carry events, the
 * two sides must both be used in one event at least: competing names for the same people in the same story. When
 * the rows carry evaluative weights (labelRows with `weigh`, as analyseFraming gives them), the two sides must differ
 * in judgement by `minJudgement`: two neutral modifiers name two kinds of people, not one group named two ways.
 */
export function labelContrasts(rows: readonly ContrastRow[], opts: ContrastOptions = {}): LabelContrast[] {
  const o: Required<ContrastOptions> = {
    kinds: KINDS,
    minUses: 3,
    minChance: 1.3,
    maxShared: 1 / 3,
    minJudgement: 0.25,
    minRoleJudgement: 0.5,
    ...opts,
  };
  const out: LabelContrast[] = [];
  for (const [entity, rs] of rowsByEntity(rows, o.kinds)) {
    const c = bestContrast(entity, rs, o);
    if (c) out.push(c);
  }
  return out.sort((a, b) => b.chance - a.chance || b.evidence - a.evidence || byString(a.entity, b.entity));
}
