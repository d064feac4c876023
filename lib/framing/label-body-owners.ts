// Whose "its allies" and "their supporters" are: the people of a state or a body the phrase names by a possessive
// pronoun ("Iran and its allies", "the Brotherhood and its supporters"). "its" stands for no person, so the owner is
// the state or body named right before "and its" / ", its", or else the one state or body its sentence and the one
// before name; two or more named there ("White House officials say the U.S. and its allies …" has both) leave it out,
// as does a pronoun whose sentence names none. "their" after a plural common noun of people of its sentence is theirs
// ("moved many detainees …, separating them from their lawyers": the detainees', not the ACLU's named before), unless
// that noun is the body's own people ("Brotherhood leaders or their supporters"). Pure over the doc and the entity
// mentions before the pronoun.
import type { Doc, EntityRef } from '../types.js';

/** A mention of an entity in a doc, by character offsets. */
export interface OwnerMention {
  start: number;
  end: number;
  e: EntityRef;
}

/** Entity types that own "its" people: a state or place, an organisation, a party or movement. */
const ITS_OWNERS: ReadonlySet<string> = new Set(['org', 'place', 'group']);
/** And "their" people: a body named as its members ("Republicans and their allies"); a place is "its". */
const THEIR_OWNERS: ReadonlySet<string> = new Set(['org', 'group']);

/**
 * The state or body the possessive pronoun at token p ("its", "their") stands for, from `mentions` (the doc's entity
 * mentions sorted by start): the mention ending right before "and" or a comma before the pronoun, or else the one
 * entity of an owner type named in the pronoun's sentence before it or in the sentence before. Undefined for any other
 * word, when none or two or more are named, or for "their" after a plural common noun of people (`peopleAt`, e.g. a
 * lower-case plural head of people) nearer in its sentence than any entity (commonAntecedent).
 */
export function bodyOwner(
  d: Doc,
  p: number,
  mentions: readonly OwnerMention[] | undefined,
  peopleAt: (j: number) => boolean = () => false,
): EntityRef | undefined {
  const pron = d.tokens[p];
  const types = pron.norm === 'its' ? ITS_OWNERS : pron.norm === 'their' ? THEIR_OWNERS : undefined;
  if (!types || !mentions?.length) return undefined;
  const owner = (m: OwnerMention) => types.has(m.e.type ?? '');
  // "Iran and its allies", "the Brotherhood, its leaders": the body coordinated with its people
  const link = d.tokens[p - 1];
  const before = d.tokens[p - 2];
  if (link && before && link.sentence === pron.sentence && (link.norm === 'and' || link.norm === ',')) {
    const m = mentions.find((x) => x.end === before.end);
    if (m) return owner(m) ? m.e : undefined;
  }
  if (pron.norm === 'their' && commonAntecedent(d, p, mentions, peopleAt)) return undefined;
  const s = d.sentences[pron.sentence];
  const from = d.sentences[pron.sentence - 1]?.start ?? s.start;
  const named = new Map<string, EntityRef>();
  for (const m of mentions) {
    if (m.start >= pron.start) break;
    if (m.start >= from && owner(m)) named.set(m.e.id, m.e);
  }
  return named.size === 1 ? [...named.values()][0] : undefined;
}

/** Tokens read back from "their" for a common antecedent (a clause or two of its sentence). */
const MAX_BACK = 30;

/**
 * Whether "their" at token p stands for a plural common noun of people (`peopleAt`) its sentence names before it,
 * nearer than any entity mention: "separating detainees from their lawyers". A noun right after a mention or a
 * possessive is that body's people ("Brotherhood leaders or their supporters", "the party's leaders … their
 * supporters") and no other antecedent.
 */
function commonAntecedent(
  d: Doc,
  p: number,
  mentions: readonly OwnerMention[],
  peopleAt: (j: number) => boolean,
): boolean {
  const toks = d.tokens;
  const s = toks[p].sentence;
  const inMention = (j: number) => j >= 0 && mentions.some((m) => toks[j].start >= m.start && toks[j].end <= m.end);
  for (let j = p - 1; j >= 0 && j >= p - MAX_BACK && toks[j].sentence === s; j--) {
    if (inMention(j)) return false;
    if (peopleAt(j) && !inMention(j - 1) && toks[j - 1]?.norm !== "'s") return true;
  }
  return false;
}
