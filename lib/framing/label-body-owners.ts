// Whose "its allies" and "their supporters" are: the people of a state or a body the phrase names by a possessive
// pronoun ("Iran and its allies", "the Brotherhood and its supporters"). "its" stands for no person, so the owner is
// the state or body named right before "and its" / ", its", or else the one state or body its sentence and the one
// before name; two or more named there ("White House officials say the U.S. and its allies …" has both) leave it out,
// as does a pronoun whose sentence names none. Pure over the doc and the entity mentions before the pronoun.
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
 * word, or when none or two or more are named.
 */
export function bodyOwner(d: Doc, p: number, mentions: readonly OwnerMention[] | undefined): EntityRef | undefined {
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
  const s = d.sentences[pron.sentence];
  const from = d.sentences[pron.sentence - 1]?.start ?? s.start;
  const named = new Map<string, EntityRef>();
  for (const m of mentions) {
    if (m.start >= pron.start) break;
    if (m.start >= from && owner(m)) named.set(m.e.id, m.e);
  }
  return named.size === 1 ? [...named.values()][0] : undefined;
}
