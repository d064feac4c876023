// Whose "his supporters" and "her aides" are: a group of people around a person the phrase names by a possessive
// pronoun. The pronoun's referent is read as the speakers' resolver reads "he said" (pronoun-referents.ts): the person
// named before it in its paragraph, or in the paragraph before, the subject when two or more are named, never one the
// article gives the other gender. Pure over the docs, their voices and the entities.
import type { Doc, EntityRef } from '../types.js';
import type { Voice } from './types.js';
import { docSpeakerContext, type CorpusSpeakerLookups } from './speaker-context.js';
import { entityIndex, mentionIndex, mentionsByDoc, surnameIndex } from './mention-lookups.js';
import { pronounReferent } from './pronoun-referents.js';
import { sentenceAt } from './people-before.js';
import type { Gender } from './doc-genders.js';

/** A possessive pronoun to resolve: the doc (index into the docs), the pronoun's offset and its gender. */
export interface OwnerAsk {
  doc: number;
  pos: number;
  gender: Gender;
}

/** The gender of a possessive pronoun that names one person ("his" m, "her" f); undefined for any other word. */
export function ownerGender(norm: string): Gender | undefined {
  return norm === 'his' ? 'm' : norm === 'her' ? 'f' : undefined;
}

/**
 * The person entity each ask's pronoun stands for (`pronounReferent`), or undefined when the resolver names no one or
 * names someone no person entity is. A doc's context is made only for docs with an ask; the resolver reads the people
 * the doc names, not its speakers (no speaker memory: an owner is named in the text, whoever spoke).
 */
export function pronounOwners(
  docs: readonly Doc[],
  voices: readonly Voice[],
  entities: readonly EntityRef[],
  events: Readonly<Record<string, string>>,
  asks: readonly OwnerAsk[],
): (EntityRef | undefined)[] {
  if (!asks.length) return [];
  const people = entities.filter((e) => e.type === 'person');
  const byId = new Map(people.map((e) => [e.id, e]));
  const peopleIn = mentionsByDoc(people);
  const lookups: CorpusSpeakerLookups = {
    outlets: [],
    forms: [],
    entityAt: mentionIndex(entities),
    personAt: entityIndex(people),
    surnames: surnameIndex(people, events),
    unknowns: [],
    // (no title held across an event is asked by the pronoun resolver)
    eventTitled: () => new Set<string>(),
  };
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const contexts = new Map<number, ReturnType<typeof docSpeakerContext>>();
  return asks.map((q) => {
    const d = docs[q.doc];
    let sc = contexts.get(q.doc);
    if (!sc) {
      const quoted = (vById.get(d.id)?.quotes ?? []).filter((x) => x.depth === 0).sort((a, b) => a.start - b.start);
      sc = docSpeakerContext(d, events[d.id], quoted, peopleIn.get(d.id) ?? [], lookups);
      contexts.set(q.doc, sc);
    }
    const paragraph = sentenceAt(d.sentences, q.pos)?.paragraph ?? -1;
    const r = pronounReferent(q.gender, sc.at(q.pos, paragraph));
    return r?.entity ? byId.get(r.entity) : undefined;
  });
}

/** Determiners of a generic person: "a child", "every parent", "any worker". */
const GENERIC = new Set(['a', 'an', 'every', 'each', 'any']);

/**
 * Whether the possessive pronoun at token p stands for a generic person its sentence names before it ("a child … in
 * custody with her parents", "every worker and his family"): a lower-case singular noun of people (`personNoun`) after
 * "a", "every" or "any" (an adjective between allowed), with no named person (`personAt`) between it and the pronoun.
 * The pronoun then names no one of the story, whoever the resolver would take.
 */
export function genericOwner(
  d: Doc,
  p: number,
  personAt: (j: number) => boolean,
  personNoun: (j: number) => boolean,
): boolean {
  const s = d.tokens[p].sentence;
  for (let j = p - 1; j >= 0 && d.tokens[j].sentence === s; j--) {
    if (personAt(j)) return false;
    if (!personNoun(j)) continue;
    const [b1, b2] = [d.tokens[j - 1], d.tokens[j - 2]];
    if ((b1?.sentence === s && GENERIC.has(b1.norm)) || (b2?.sentence === s && GENERIC.has(b2.norm))) return true;
  }
  return false;
}

/** English nouns of people whose plural takes no "-s" (the plural is the lemma a corpus's heads are counted under). */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['person', 'people'],
]);

/** The plural of a singular noun of people that takes no "-s" ("child" -> "children"); undefined for any other word. */
export function irregularPlural(norm: string): string | undefined {
  return IRREGULAR_PLURALS.get(norm);
}

/** Whether a noun of people is a plural that takes no "-s" ("children", "women", "people"). */
export function isIrregularPlural(norm: string): boolean {
  return [...IRREGULAR_PLURALS.values()].includes(norm);
}
