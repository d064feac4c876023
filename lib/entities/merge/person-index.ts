// Indexes of the multi-word person names, shared by the shorter-form and surname rules.
import { skeleton } from '../aliases.js';
import { familyName } from '../family-name.js';
import { PARTICLES, PATRONYM_PARTICLES } from '../gazetteer.js';
import type { MergeGraph } from './graph.js';
import { particleBeforeLast } from './patronym.js';

/** Multi-word person nodes (typed person with name-shape evidence or better), indexed three ways. */
export interface PersonIndex {
  byFirstLast: Map<string, number[]>;
  byLast: Map<string, number[]>;
  byLastSkeleton: Map<string, number[]>;
  /** the full names typed on title case alone, indexed by their last word only because an article corroborates them */
  corroborated: Set<number>;
}

const push = (m: Map<string, number[]>, k: string, i: number) => (m.get(k) ?? m.set(k, []).get(k)!).push(i);

/** Index the graph's multi-word person nodes by first+last word, last word and the last word's skeleton. */
export function personIndex(g: MergeGraph): PersonIndex {
  const idx: PersonIndex = {
    byFirstLast: new Map(),
    byLast: new Map(),
    byLastSkeleton: new Map(),
    corroborated: new Set(),
  };
  g.nodes.forEach((n, p) => {
    if (!namedPerson(g, p) || n.core.length < 2) return;
    // first + last word as written: 'Robert Kennedy Jr.' is not his father 'Robert Kennedy'
    push(idx.byFirstLast, n.core[0] + '\u0000' + n.core[n.core.length - 1], p);
    const last = familyName(n.core);
    if (patronymicLast(g, p) || joinedLast(n.core) || compoundLast(g, p)) return;
    push(idx.byLast, last, p);
    push(idx.byLastSkeleton, skeleton(last), p);
  });
  for (const p of corroborated(g, idx)) {
    idx.corroborated.add(p);
    const last = familyName(g.nodes[p].core);
    push(idx.byLast, last, p);
    push(idx.byLastSkeleton, skeleton(last), p);
  }
  return idx;
}

/** The articles where each one-word node typed a person on evidence of its own (strength 2 or more) is a person. */
function barePersonDocs(g: MergeGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  g.nodes.forEach((n, i) => {
    const t = g.types[i];
    if (n.core.length !== 1 || t.type !== 'person' || t.strength < 2 || !mayJoinPerson(g, i)) return;
    const docs = out.get(n.core[0]) ?? out.set(n.core[0], new Set()).get(n.core[0])!;
    for (const m of n.mentions) if (m.type === 'person') docs.add(m.doc);
  });
  return out;
}

/**
 * Full names typed a person on title case alone ("Lee Gelernt", "Jakiw Palij": given names no list holds), whose
 * family name no better-typed full name has, and which an article names beside the bare family name typed a person
 * on evidence of its own ("Mr. Gelernt", "Palij said"): the two corroborate each other, so the full name takes the
 * surname, though only in the articles that name it in full (surname.ts): the corroboration is an article's. Where a better-typed namesake exists, the weak names stay out (the vote and the
 * article rule would otherwise split that person's surname with a slip or a relative named once).
 */
function corroborated(g: MergeGraph, idx: PersonIndex): number[] {
  const bare = barePersonDocs(g);
  const out: number[] = [];
  g.nodes.forEach((n, p) => {
    const t = g.types[p];
    if (n.core.length < 2 || t.type !== 'person' || t.strength >= 2 || n.gazetteer || n.acronymOf) return;
    const last = familyName(n.core);
    if (idx.byLast.has(last) || idx.byLastSkeleton.has(skeleton(last))) return;
    if (patronymicLast(g, p) || joinedLast(n.core) || compoundLast(g, p)) return;
    const docs = bare.get(last);
    if (docs && n.mentions.some((m) => docs.has(m.doc))) out.push(p);
  });
  return out;
}

/** Words that join two names, or a name and what it belongs to: "and", Arabic "wal" ("and the"), "of". */
const NAME_JOINERS = new Set(['and', '&', 'wal', 'of']);

/**
 * The last word follows a joiner ("Minbar al-Tawhid Wal Jihad", a website typed a person; "Beck of NumbersUSA";
 * "Chuck Schumer and House"): it names a thing or another name, not the family of the one person, so a bare "Jihad"
 * or "House" is not theirs.
 */
function joinedLast(core: readonly string[]): boolean {
  return core.length >= 3 && NAME_JOINERS.has(core[core.length - 2]);
}

/**
 * Node p names a person: typed person on name-shape evidence or better, or outvoted on weak cues only (strength 2 or
 * less) by another article's cue while a mention of it opens with a listed given name ("Michael McKenna said it was
 * curious", typed org by "X said it", is "Michael McKenna, a Republican strategist" in another article): the person
 * named in full keeps the surname of the article that names him ("Mr. McKenna").
 */
function namedPerson(g: MergeGraph, p: number): boolean {
  const t = g.types[p];
  if (t.type === 'person') return t.strength >= 2;
  if (t.strength >= 3 || t.type !== 'org') return false;
  return g.nodes[p].mentions.some((m) => m.type === 'person' && m.cue === 'first name');
}

/** Second words of Arabic compound names made with the article ("Salah al-Din", "Saif al-Islam": "righteousness of
 * the faith"), from general knowledge: such a compound is one given name or title, with no family name in it. */
const COMPOUND_SECONDS: ReadonlySet<string> = new Set(['din', 'deen', 'islam', 'dawla', 'dowla']);

/** Person p's name ends in such a compound ("Salah al-Din"): a bare "Din" ("Kerry v. Din", a court case) is not p. */
function compoundLast(g: MergeGraph, p: number): boolean {
  const n = g.nodes[p];
  if (!COMPOUND_SECONDS.has(familyName(n.core))) return false;
  return n.mentions.some((m) => m.parts.length >= 3 && PARTICLES.has(m.parts[m.parts.length - 2]));
}

/** True when node i may take part in a person merge at all (not a gazetteer name, acronym, demonym or strongly typed non-person). */
export function mayJoinPerson(g: MergeGraph, i: number): boolean {
  const n = g.nodes[i];
  const t = g.types[i];
  if (n.gazetteer || n.acronymOf || t.type === 'demonym') return false;
  return !(t.strength >= 3 && t.type !== 'person');
}

/**
 * Person p is a short name made by a particle ("Abu Mazen": Mazen is his son; "bin Salman"), or a full name whose last
 * word follows "bin" ("Mohammed bin Salman": Salman is his father, King Salman): alone the word names the father, the
 * son or anyone so called, not p; "bin Salman" still finds p (patronym.ts). After a given name, "Abu" starts a family
 * name ("Ahmed Abu Khattala"), which copy shortens to "Khattala".
 */
function patronymicLast(g: MergeGraph, p: number): boolean {
  if (PATRONYM_PARTICLES.has(g.nodes[p].core[0])) return true;
  return g.nodes[p].mentions.some((m) => {
    const particle = particleBeforeLast(m);
    return particle !== undefined && particle !== 'abu';
  });
}
