// One person's actor labels under one referent. "a Mitt Romney administration" and "an Obama or Romney
// administration" in one article, "the Qaddafi government" in one outlet and "Moammar Gadhafi's regime" in another
// name one person's government, but the entities may keep the bare surname apart from the full name (they join a
// surname only when one full name in the whole corpus fits). A person an actor label is built on is read as a longer
// name's short form or spelling with lib/entities' own alias tests (the surname alone, `shorterForm`, and
// `romanisationVariant` / `nameVariant` for "Qaddafi" = "Gadhafi"): first among the people the outlet names, and when
// none there fits, among the people other actor labels are built on. Exactly one fitting name is taken; two or more
// ("Romney" of Mitt and of Ann) leave the label as it was. Pure: label mentions and entities in, mentions out.
import { coreParts, nameParts } from '../entities/name-parts.js';
import { nameVariant, romanisationVariant, shorterForm } from '../entities/aliases.js';
import type { Doc, EntityRef } from '../types.js';
import type { LabelMention } from './types.js';

const NO_TERMS: ReadonlyMap<string, string> = new Map();

/** "actor:government:mitt-romney" → its role and its base entity's id. */
function parseTarget(target: string): { role: string; base: string } | undefined {
  if (!target.startsWith('actor:')) return undefined;
  const k = target.indexOf(':', 6);
  return k < 0 ? undefined : { role: target.slice(6, k), base: target.slice(k + 1) };
}

/** Whether person name `short` (core words) is a short form or a spelling of `long`, by the entities' alias tests. */
function formOf(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 1 && long.length >= 2) {
    const last = long[long.length - 1];
    return last === short[0] || romanisationVariant(short[0], last, NO_TERMS) !== null;
  }
  if (short.length < long.length) return shorterForm(short, long) !== null;
  return short.length === long.length && nameVariant(short, long, NO_TERMS) !== null;
}

/** The people of `pool` that person `e` is a form of (a spelling goes to the more often named). */
function fullForms(e: EntityRef, pool: readonly EntityRef[], words: (e: EntityRef) => string[]): EntityRef[] {
  const w = words(e);
  return pool.filter(
    (p) =>
      p.id !== e.id && formOf(w, words(p)) && (words(p).length > w.length || p.mentions.length > e.mentions.length),
  );
}

/** The one fuller form among the outlet's people, or when the outlet names none, among the labelled people. */
function oneFullForm(
  e: EntityRef,
  outletPeople: readonly EntityRef[],
  labelled: readonly EntityRef[],
  words: (e: EntityRef) => string[],
): EntityRef | undefined {
  const own = fullForms(e, outletPeople, words);
  const fits = own.length ? own : fullForms(e, labelled, words);
  return fits.length === 1 ? fits[0] : undefined;
}

/** The people each outlet names anywhere, by outlet. */
function peopleByOutlet(docs: readonly Doc[], people: readonly EntityRef[]): Map<string, EntityRef[]> {
  const outletOf = new Map(docs.map((d) => [d.id, d.outlet]));
  const out = new Map<string, EntityRef[]>();
  for (const p of people) {
    const outlets = new Set(p.mentions.map((m) => outletOf.get(m.doc)).filter((o) => o !== undefined));
    for (const o of outlets) (out.get(o) ?? out.set(o, []).get(o)!).push(p);
  }
  return out;
}

/**
 * Actor label mentions with a person's short form or spelling re-aimed at the person's fuller name: "Romney
 * (government)" → "Mitt Romney (government)" where the outlet names Mitt Romney and no other Romney.
 */
export function mergeReferentForms(
  mentions: readonly LabelMention[],
  entities: readonly EntityRef[],
  docs: readonly Doc[],
): LabelMention[] {
  const people = entities.filter((e) => e.type === 'person');
  const byId = new Map(people.map((e) => [e.id, e]));
  const cache = new Map<string, string[]>();
  const words = (e: EntityRef) => cache.get(e.id) ?? cache.set(e.id, coreParts(nameParts(e.name))).get(e.id)!;
  const bases = new Set(mentions.map((m) => parseTarget(m.target)?.base).filter((b) => b !== undefined));
  const labelled = people.filter((e) => bases.has(e.id));
  const named = peopleByOutlet(docs, people);
  const memo = new Map<string, EntityRef | undefined>();
  const fuller = (outlet: string, e: EntityRef) => {
    const key = outlet + '\u0000' + e.id;
    if (!memo.has(key)) memo.set(key, oneFullForm(e, named.get(outlet) ?? [], labelled, words));
    return memo.get(key);
  };
  return mentions.map((m) => {
    const t = parseTarget(m.target);
    const e = t && byId.get(t.base);
    const to = e && fuller(m.outlet, e);
    if (!t || !to) return m;
    return { ...m, target: `actor:${t.role}:${to.id}`, targetName: `${to.name} (${t.role})` };
  });
}
