// Merge rule: a one-word name (a surname) joins the multi-word person name ending in it. When exactly one person in
// the corpus has it, that one. When several people share it, it is resolved article by article: the mentions in an
// article go to the one person with that surname the article names in full, or, when it names none, the one its
// event names; the rest (articles naming two of them, or none in article or event) go to the person most articles
// vote for (more than half of them), each article voting as above, or stay apart. An article naming two people with
// the surname does not vote. A one-word name typed an institution or a place ("Hill", the outlet) gives a person only
// the mentions in the articles that name that person in full and type the word nowhere as anything else; one the word
// itself types ("House", an institution's head word) gives none.
import type { Relative } from '../relative-names.js';
import type { Mention } from '../mentions.js';
import { skeleton, wordVariant } from '../aliases.js';
import { distinct, nodeLabel, type MergeGraph } from './graph.js';
import { namedFarLess } from './far-less.js';
import { familyName } from '../family-name.js';
import { mayJoinPerson, type PersonIndex } from './person-index.js';
import { ownersByArticle, rootsBy, type SurnameGroup } from './surname-articles.js';
import { personWords, regroupByTitle, runTogether, silentTitle, titledArticles } from './surname-titles.js';
import {
  addressed,
  byGenderInArticle,
  keepApart,
  misfits,
  rootGenders,
  withoutMisfits,
  type GenderEvidence,
  type Genders,
} from './surname-gender.js';
import type { Gender } from '../name-gender.js';
import { NOWHERE, toNamesakes, type Whereabouts } from './surname-namesakes.js';
import { followPlaced } from './surname-follow.js';
import { benchNamesakes } from './bench-titles.js';
import { placeHeaded } from './place-heads.js';
import { commonWordMentions } from './common-word-surname.js';
import { singularsOf } from '../kin-plurals.js';
import { joinUntypedHolders, leaveOtherGivenApart } from './other-given.js';
import { nearestHolders } from './surname-nearest.js';
import { safeNearestHolders, type SafeNearestContext } from './surname-nearest-safe.js';
import { subjectHolders } from './surname-subject.js';
import { listedSurnames, stateTagged } from './surname-lists.js';
import { listHolders, listTitles } from './list-titles.js';

/** The candidate the articles naming node i alone vote for (article first, then its event), or undefined. */
function votedPerson(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  eventOf: ReadonlyMap<string, string>,
): number | undefined {
  const { byDoc, byEvent } = rootsBy(g, fits, eventOf);
  const votes = new Map<number, number>();
  let total = 0;
  const seen = new Set<string>();
  for (const m of g.nodes[i].mentions) {
    if (seen.has(m.doc)) continue;
    seen.add(m.doc);
    const ev = eventOf.get(m.doc);
    const roots = byDoc.get(m.doc) ?? (ev === undefined ? undefined : byEvent.get(ev));
    if (!roots || roots.size !== 1) continue;
    const r = roots.values().next().value as number;
    votes.set(r, (votes.get(r) ?? 0) + 1);
    total++;
  }
  let best = -1;
  let bestVotes = 0;
  for (const [r, v] of votes) if (v > bestVotes || (v === bestVotes && r < best)) [best, bestVotes] = [r, v];
  if (bestVotes * 2 <= total) return undefined;
  return fits.find((p) => g.uf.find(p) === best);
}

/**
 * A one-word name typed other than a person ("House", an organisation, 94 mentions) joins the one person with that
 * surname ("Matt House", a spokesman named in two articles) only when at least half of the articles naming it also
 * name that person: otherwise the word is an institution or a place that shares the surname.
 */
function namedAlongside(g: MergeGraph, i: number, fits: readonly number[]): boolean {
  const t = g.types[i].type;
  if (t === 'person' || t === 'unknown') return true;
  const withPerson = new Set<string>();
  for (const p of fits) for (const m of g.nodes[p].mentions) withPerson.add(m.doc);
  const docs = new Set(g.nodes[i].mentions.map((m) => m.doc));
  let both = 0;
  for (const d of docs) if (withPerson.has(d)) both++;
  return both * 2 >= docs.size;
}

/**
 * "Carlos" (a boy an article calls by his given name, 90 mentions) is not the last name of "Juan Carlos": a word
 * typed a person mostly as a given name alone (no surname) joins a longer name only in the articles naming that one.
 * The articles that name exactly one of the longer names do not count: "Kerry said" is a listed given name alone, but
 * in the hundred articles naming "John Kerry" it is his surname, and the few other articles write "Mr. Kerry". An
 * article naming two of them ("Theo Curtis" and his mother "Nancy Curtis") still counts.
 */
function calledByGivenName(g: MergeGraph, i: number, fits: readonly number[], listed: ReadonlySet<Mention>): boolean {
  const named = new Map<string, Set<number>>();
  for (const p of fits)
    for (const m of g.nodes[p].mentions)
      (named.get(m.doc) ?? named.set(m.doc, new Set()).get(m.doc)!).add(g.uf.find(p));
  let given = 0;
  let all = 0;
  for (const m of g.nodes[i].mentions) {
    if (named.get(m.doc)?.size === 1) continue;
    all++;
    if (m.cue === 'given name alone' && !listed.has(m)) given++;
  }
  return given * 2 > all;
}

/** Why a group of a surname's mentions joins its person. */
function groupWhy(g: MergeGraph, w: string, grp: SurnameGroup): string {
  const n = grp.docs === 1 ? '1 article' : `${grp.docs} articles`;
  const label = nodeLabel(g.nodes[grp.person]);
  if (grp.via === 'gender')
    return `surname '${w}' after '${grp.title}' of '${label}', the one named in full in the same article whose gender fits (${n})`;
  if (grp.via === 'follow')
    return `surname '${w}' of '${label}', whom the same article names by the form of address (${n})`;
  if (grp.via === 'nearest')
    return `surname '${w}' of '${label}', of the holders its article names in full the one named last before it (${n})`;
  if (grp.via === 'subject')
    return `surname '${w}' of '${label}', of the holders its article names in full the one not named as a relative of the others (${n})`;
  if (grp.via === 'title')
    return `surname '${w}' after '${grp.title}' of '${label}', the one named in full with that title most often (${n})`;
  const where = grp.via === 'article' ? 'in full in the same article' : "in the article's event";
  return `surname '${w}' of '${label}' named ${where} (${n})`;
}

/**
 * Give each article's mentions of node i to their own person (see the rule above): the groups split off node i, which
 * keeps the rest (or, with no rest, the first group) and joins `voted` when given.
 */
function assignByArticle(
  g: MergeGraph,
  i: number,
  w: string,
  own: {
    groups: SurnameGroup[];
    rest: Mention[];
    silent: (m: Mention) => boolean;
    cands: readonly number[];
    relatives?: ReadonlyMap<Mention, Relative>;
    near: Omit<SafeNearestContext, 'genders'>;
  },
  voted: number | undefined,
  why: string,
  genders: Genders,
  namesakes: (misfit: readonly Mention[]) => Mention[],
): void {
  const sorted = withoutMisfits(g, genders, own, voted);
  const whole = !sorted.groups.length && !sorted.rest.length;
  const since = { fromNode: g.nodes.length, fromEdge: g.edges.length };
  keepApart(g, i, namesakes(sorted.apart), whole);
  if (whole) return;
  const followed = voted === undefined ? undefined : followPlaced(g, sorted.rest, since, own.silent);
  if (followed) sorted.rest = followed.rest;
  const subject = subjectHolders(g, sorted.rest, own.cands, { relatives: own.relatives, voted });
  const nearest =
    voted === undefined
      ? safeNearestHolders(g, subject.rest, own.cands, { ...own.near, genders })
      : nearestHolders(g, subject.rest, own.cands, voted);
  sorted.rest = nearest.rest;
  const groups = [...sorted.groups, ...(followed?.groups ?? []), ...subject.groups, ...nearest.groups];
  const host = sorted.rest.length ? undefined : groups.shift();
  for (const grp of groups) g.join(g.split(i, grp.mentions), grp.person, groupWhy(g, w, grp));
  if (host) g.join(i, host.person, groupWhy(g, w, host));
  else if (voted !== undefined) g.join(i, voted, why);
}

/** Articles that must tell who a surname is (naming the person in full, or by a title) before the rule below holds. */
const DOMINANT_DOCS = 10;
/** ... and the share of them that must name the one person. */
const DOMINANT_SHARE = 0.9;

/**
 * The person nearly all articles that tell who the surname is point to ("Barack Obama" in full or "President Obama"
 * in 35 of 36 articles, "Judge Blocks Obama", a headline slip, in one): the articles that name nobody with the
 * surname mean that person too. Undefined when no person holds DOMINANT_SHARE of DOMINANT_DOCS or more articles.
 */
function dominantPerson(g: MergeGraph, groups: readonly SurnameGroup[]): { person: number; why: string } | undefined {
  const docs = new Map<number, { person: number; docs: number }>();
  let all = 0;
  for (const grp of groups) {
    const r = g.uf.find(grp.person);
    const x = docs.get(r) ?? docs.set(r, { person: grp.person, docs: 0 }).get(r)!;
    x.docs += grp.docs;
    all += grp.docs;
  }
  for (const x of docs.values())
    if (x.docs >= DOMINANT_DOCS && x.docs >= DOMINANT_SHARE * all)
      return { person: x.person, why: `the person ${x.docs} of the ${all} articles telling who it is name` };
  return undefined;
}

const votedWhy = (g: MergeGraph, w: string, p: number) =>
  `surname '${w}' of '${nodeLabel(g.nodes[p])}' (the one person with it in most articles naming it)`;

/** Candidate persons for the surname w: exact last word, or (4+ letters) the same skeleton; ascending. */
function candidates(idx: PersonIndex, w: string): { exact: number[]; fits: number[] } {
  const exact = idx.byLast.get(w) ?? [];
  const loose = w.length >= 4 ? (idx.byLastSkeleton.get(skeleton(w)) ?? []) : [];
  return { exact, fits: [...new Set([...exact, ...loose])].sort((a, b) => a - b) };
}

/** Nodes sharing their set with another node (joined by an earlier rule): those are not split. */
function sharedSets(g: MergeGraph): Uint8Array {
  const size = new Uint32Array(g.nodes.length);
  for (let k = 0; k < g.nodes.length; k++) size[g.uf.find(k)]++;
  const shared = new Uint8Array(g.nodes.length);
  for (let k = 0; k < g.nodes.length; k++) shared[k] = size[g.uf.find(k)] > 1 ? 1 : 0;
  return shared;
}

/** Cues that type a word by the word itself, whatever the article says around it. */
const LEXICAL_CUE = /(^|: )(head word|gazetteer|party word)/;

/**
 * A word typed otherwise than a person only by the context of some articles ("The Hill reported"), never by the word
 * itself ("House", an institution's head word, though two spokesmen share it): in an article that names a person with
 * that surname and says nothing else of the word, the word is that person.
 */
function typedByContext(g: MergeGraph, i: number): boolean {
  for (const m of g.nodes[i].mentions) if (m.type !== 'person' && LEXICAL_CUE.test(m.cue)) return false;
  return true;
}

/** The candidates less the names run together from two ("Tom Malinowski Trump"); all of them if none is left. */
function fullNames(g: MergeGraph, cands: readonly number[], words: ReadonlyMap<string, number>): readonly number[] {
  const kept = cands.filter((p) => !runTogether(g, p, words));
  return kept.length ? kept : cands;
}

/** Join one one-word node to its person or persons (see the rule above). */
function mergeSurname(
  g: MergeGraph,
  i: number,
  idx: PersonIndex,
  groupTerm: ReadonlyMap<string, string>,
  shared: boolean,
  words: ReadonlyMap<string, number>,
  weak: WeakNames,
  where: Whereabouts,
  full: FullNames,
): void {
  const w = g.nodes[i].core[0];
  const { exact, fits } = candidates(idx, w);
  // kin and the like are split off only where a person could take them: a split elsewhere makes two rows of a name
  if (
    !fits.length ||
    !leaveKinApart(g, i, shared, where, idx) ||
    !leaveBenchApart(g, i, fits, shared, where.lower, full)
  )
    return;
  // a different given name is a different person: before the word, or in the one holder its article names
  if (!leaveOtherGivenApart(g, i, fits, shared, where)) return;
  if (!joinUntypedHolders(g, i, fits, full.byLast.get(w), { ...where, shared })) return;
  const ev = evidence(g, fits, weak, w);
  const joinable = mayJoinPerson(g, i);
  if (!joinable && !typedByContext(g, i)) return;
  const roots = distinct(fits.map((p) => String(g.uf.find(p))));
  const rare = namedFarLess(g, i, fits) || calledByGivenName(g, i, fits, weak.listed);
  // a full name only an article corroborates takes the surname in the articles naming it, not corpus-wide; so does a
  // full name whose family name is only spelled alike ("Cissna" for a bare "Cessna", "Tillis" for "Telles"): a look-
  // alike word is a namesake, a brand or a place as often as a misspelling, so the article must name the person
  const looseOnly = !exact.length && !writtenInSet(g, fits, full.byLast.get(w)) && !givenNameBeside(g, i, fits, full);
  if (looseOnly && !shared && !joinBesideFamilyName(g, i, fits, full)) return;
  const local = looseOnly || fits.some((p) => idx.corroborated.has(p));
  if (joinable && roots.length === 1 && !rare && !local && namedAlongside(g, i, fits)) {
    const p = fits[0];
    if (!shared && !soleFits(g, i, fits, ev, weak.byLast.get(w) ?? [], where)) return;
    const last = familyName(g.nodes[p].core);
    const how = last === w ? '' : ` (${wordVariant(w, last, groupTerm) ?? 'same skeleton'})`;
    g.join(i, p, `surname '${w}' of '${nodeLabel(g.nodes[p])}'${how}`);
    return;
  }
  const cands = fullNames(g, roots.length > 1 && exact.length ? exact : fits, words);
  // the vote counts only articles naming a candidate: a word typed otherwise ("House") must be named alongside too
  const voted =
    joinable && roots.length > 1 && !rare && !looseOnly && namedAlongside(g, i, cands)
      ? votedPerson(g, i, cands, where.eventOf)
      : undefined;
  if (shared || !typedByContext(g, i)) {
    if (voted !== undefined) g.join(i, voted, votedWhy(g, w, voted));
    return;
  }
  const t = g.types[i].type;
  const own = ownersByArticle(g, i, cands, where.eventOf, t === 'person' || t === 'unknown');
  const genders = addressed(g.nodes[i].mentions)
    ? rootGenders(g, cands, g.nodes[i].mentions, ev)
    : new Map<number, Gender>();
  const byGender = genders.size ? byGenderInArticle(g, own.rest, cands, genders) : { groups: [], rest: own.rest };
  const listed = listHolders(g, byGender.rest, cands, weak.tagged);
  const byTitle = titledArticles(g, listed.rest, cands, voted === undefined ? -1 : g.uf.find(voted), weak.tagged);
  const groups = [...regroupByTitle(g, own.groups, cands), ...byGender.groups, ...listed.groups, ...byTitle.groups];
  const dom =
    voted === undefined && !calledByGivenName(g, i, cands, weak.listed) ? dominantPerson(g, groups) : undefined;
  const to = voted ?? dom?.person;
  const why =
    to === undefined
      ? ''
      : dom
        ? `surname '${w}' of '${nodeLabel(g.nodes[dom.person])}' (${dom.why})`
        : votedWhy(g, w, to);
  const namesakes = (ms: readonly Mention[]) =>
    toNamesakes(g, i, ms, { cands, weak: weak.byLast.get(w) ?? [] }, where, ev);
  const silent = silentTitle(g, cands);
  const near = { paragraphs: where.paragraphs, alone: full.alone };
  const found = { groups, rest: byTitle.rest, silent, cands, relatives: where.relatives, near };
  assignByArticle(g, i, w, found, to, why, genders, namesakes);
}

/**
 * Before node i joins the one person with its surname: its mentions whose form of address misfits that person's
 * gender are kept apart (see surname-gender.ts). False when none is left to join.
 */
function soleFits(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  ev: GenderEvidence,
  weak: readonly number[],
  where: Whereabouts,
): boolean {
  const ms = g.nodes[i].mentions;
  if (!addressed(ms)) return true;
  const genders = rootGenders(g, fits, ms, ev);
  const root = g.uf.find(fits[0]);
  const misfit = ms.filter((m) => misfits(genders, m, root));
  const apart = toNamesakes(g, i, misfit, { cands: fits, weak }, where, ev);
  // every mention went to a namesake: node i itself joined it
  if (!g.nodes[i].mentions.length || (apart.length === 0 && misfit.length === ms.length)) return false;
  const left = g.nodes[i].mentions.length;
  keepApart(g, i, apart, apart.length === left);
  return apart.length < left;
}

/** Person names of two words or more that no rule indexes (typed on title-case alone, or untyped by the corpus vote),
 * by family name; and the
 * pronouns after full names (pronoun-gender.ts). */
interface WeakNames {
  byLast: Map<string, number[]>;
  said: ReadonlyMap<Mention, Gender>;
  /** the given names alone that stand in a list of surnames (surname-lists.ts) */
  listed: ReadonlySet<Mention>;
  /** the bare surnames with a state's code in brackets after them, or listed beside people of one office, with the
   * title that stands for (surname-lists.ts, list-titles.ts) */
  tagged: ReadonlyMap<Mention, string>;
}

function weakNames(
  g: MergeGraph,
  said: ReadonlyMap<Mention, Gender>,
  listed: ReadonlySet<Mention>,
  tagged: ReadonlyMap<Mention, string>,
): WeakNames {
  const byLast = new Map<string, number[]>();
  g.nodes.forEach((n, p) => {
    const t = g.types[p];
    if (n.core.length < 2 || t.strength >= 2 || n.gazetteer) return;
    // a name typed a person in some article, left untyped by the corpus vote, counts too
    if (t.type !== 'person' && !(t.type === 'unknown' && n.mentions.some((m) => m.type === 'person'))) return;
    const last = familyName(n.core);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(p);
  });
  return { byLast, said, listed, tagged };
}

/** The pronouns after full names, and the articles naming a weak namesake of the candidates (surname-gender.ts). */
function evidence(g: MergeGraph, fits: readonly number[], weak: WeakNames, w: string): GenderEvidence {
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  const others = new Set<string>();
  for (const p of weak.byLast.get(w) ?? [])
    if (!roots.has(g.uf.find(p))) for (const m of g.nodes[p].mentions) others.add(m.doc);
  return { said: weak.said, others };
}

/** Every full name (two words or more) by its family name, whatever its type; the one-word person names of each
 * article; and each article's one-word mentions typed a person or untyped, in text order. */
interface FullNames {
  byLast: Map<string, number[]>;
  words: Map<string, Set<string>>;
  alone: Map<string, Mention[]>;
}

function fullNameIndex(g: MergeGraph): FullNames {
  const byLast = new Map<string, number[]>();
  const words = new Map<string, Set<string>>();
  const alone = new Map<string, Mention[]>();
  g.nodes.forEach((n, p) => {
    const t = g.types[p].type;
    if (n.core.length === 1 && t === 'person')
      for (const m of n.mentions) (words.get(m.doc) ?? words.set(m.doc, new Set()).get(m.doc)!).add(n.core[0]);
    if (n.core.length === 1 && (t === 'person' || t === 'unknown'))
      for (const m of n.mentions) (alone.get(m.doc) ?? alone.set(m.doc, []).get(m.doc)!).push(m);
    if (n.core.length < 2) return;
    const last = familyName(n.core);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(p);
  });
  for (const ms of alone.values()) ms.sort((a, b) => a.start - b.start);
  return { byLast, words, alone };
}

/** Every article naming node i also names the given name of its one candidate alone, typed a person ("Damien" at a
 * line's end, "Flemming" on the next, for "D. Fleming"): the look-alike spelling is that person's. */
function givenNameBeside(g: MergeGraph, i: number, fits: readonly number[], full: FullNames): boolean {
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  if (roots.size !== 1) return false;
  const given = fits.map((p) => g.nodes[p].core[0]);
  // an initial ("D. Fleming") is met by a given name with its letter
  const fitsGiven = (x: string) => given.some((y) => y === x || (/^\p{L}\.$/u.test(y) && x[0] === y[0]));
  return g.nodes[i].mentions.every((m) => [...(full.words.get(m.doc) ?? [])].some(fitsGiven));
}

/**
 * A look-alike spelling joins its one candidate in the articles that also write the candidate's family name alone,
 * spelled as the full name spells it and typed a person ("Qaddafi" three times, "Qadaffi" six, in one article): the
 * writer spells one name two ways. Those mentions leave node i for the person; false when none is left.
 */
function joinBesideFamilyName(g: MergeGraph, i: number, fits: readonly number[], full: FullNames): boolean {
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  if (roots.size !== 1) return true;
  const family = new Set(fits.map((p) => familyName(g.nodes[p].core)));
  const ms = g.nodes[i].mentions;
  const beside = ms.filter((m) => [...(full.words.get(m.doc) ?? [])].some((x) => family.has(x)));
  if (!beside.length) return true;
  const why = `'${g.nodes[i].core[0]}' spelled otherwise in articles writing '${[...family][0]}' alone, of '${nodeLabel(g.nodes[fits[0]])}'`;
  if (beside.length === ms.length) {
    g.join(i, fits[0], why);
    return false;
  }
  g.join(g.split(i, beside), fits[0], why);
  return true;
}

/** Whether a candidate's set holds a full name ending in the very word (a weaker spelling of the name merged in). */
function writtenInSet(g: MergeGraph, fits: readonly number[], full: readonly number[] | undefined): boolean {
  if (!full) return false;
  const roots = new Set(fits.map((p) => g.uf.find(p)));
  return full.some((q) => roots.has(g.uf.find(q)));
}

/**
 * A family or siblings named by the surname ("the Koch brothers", "the Bush family") is not the one person named in
 * full with it: those mentions leave node i for a node of their own, kept apart. False when nothing is left to join
 * (every mention names kin). A node already joined to others by an earlier rule is left as it is.
 */
function leaveKinApart(g: MergeGraph, i: number, shared: boolean, where: Whereabouts, idx: PersonIndex): boolean {
  const { kin, plurals } = where;
  // "the Clintons": a plural whose singular is a family name the corpus gives a person more often than the word
  // itself ("Mollie Tibbett", a slip once, does not make "the Tibbetts case" a family)
  const named = (w: string) => (idx.byLast.get(w) ?? []).reduce((n, p) => n + g.nodes[p].mentions.length, 0);
  const w = g.nodes[i].core[0];
  const family = singularsOf(w).some((x) => named(x) > named(w));
  const ms = g.nodes[i].mentions.filter((m) => kin?.has(m) || (family && plurals?.has(m)));
  if (!ms.length) return true;
  if (ms.length === g.nodes[i].mentions.length) return false;
  if (!shared) g.split(i, ms);
  return true;
}

/** A judge's title before a surname no candidate is titled with (bench-titles.ts), a place noun after it
 * (place-heads.ts), or a common word written where no holder is named (common-word-surname.ts) keeps those mentions
 * apart; false when nothing is left to join. A node already joined by an earlier rule is left as it is. */
function leaveBenchApart(
  g: MergeGraph,
  i: number,
  fits: readonly number[],
  shared: boolean,
  lower: ReadonlyMap<string, number> | undefined,
  full: FullNames,
): boolean {
  if (shared) return true;
  const holders = [...fits, ...(full.byLast.get(g.nodes[i].core[0]) ?? [])];
  const apart: [Mention[], string][] = [
    [benchNamesakes(g, i, fits), 'a judge, and the person named in full with the surname is never titled one'],
    [placeHeaded(g, i, fits), 'a place, by the place noun after it'],
    [
      commonWordMentions(g, i, holders, lower ?? new Map()),
      'a common word, and its article names no one with it in full',
    ],
  ];
  for (const [ms, why] of apart) {
    if (!ms.length) continue;
    const whole = ms.length === g.nodes[i].mentions.length;
    keepApart(g, i, ms, whole, why);
    if (whole) return false;
  }
  return true;
}

/** Join one-word names to the person whose last name they are (see the rule above). */
export function mergeSurnames(
  g: MergeGraph,
  idx: PersonIndex,
  groupTerm: ReadonlyMap<string, string>,
  where: Whereabouts = NOWHERE,
  said: ReadonlyMap<Mention, Gender> = new Map(),
): void {
  const shared = sharedSets(g);
  const words = personWords(g);
  const tagged = new Map([...listTitles(g, idx, where), ...stateTagged(g, where.after)]);
  const weak = weakNames(g, said, listedSurnames(g, where), tagged);
  const full = fullNameIndex(g);
  // the nodes split off while resolving are appended and not visited again
  const n0 = g.nodes.length;
  for (let i = 0; i < n0; i++) {
    const n = g.nodes[i];
    if (n.core.length !== 1 || n.gazetteer || n.acronymOf || g.types[i].type === 'demonym') continue;
    // a word with a digit ("G-20", "F-16") is no one's surname, whatever its skeleton
    if (/\d/.test(n.core[0])) continue;
    mergeSurname(g, i, idx, groupTerm, shared[i] === 1, words, weak, where, full);
  }
}
