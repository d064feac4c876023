// The entity types, in a module of their own so that the gazetteer and the mention finder both import it without a cycle.

/**
 * What a mention refers to. 'demonym' (Iraqi, Shia, Kurdish) is kept apart and not counted as an entity by default.
 * 'event' is a named event, competition, war, law, programme, holiday or vessel (World Cup, Gulf War, Clean Air Act,
 * Deferred Action for Childhood Arrivals, Memorial Day, USS Cole): no actor and no place.
 * 'unknown' is a name with no evidence for any type: it is counted in frequencies and left out of typed charts.
 */
export type EntityType = 'person' | 'org' | 'place' | 'group' | 'event' | 'demonym' | 'unknown';

/** Words the corpus writes in lower case, as the typing rules ask of them (a Set, or the count Map of the mentions pass). */
export type WordSet = Pick<ReadonlySet<string>, 'has'>;

/**
 * The fields of a mention that a retyping rule reads and changes (mentions.ts's Mention, which imports the rules):
 * named here so that rule modules (sides.ts, surname-places.ts) need not import the mention finder.
 */
export interface RetypedMention {
  text: string;
  start: number;
  end: number;
  sentence: number;
  type: EntityType;
  strength: number;
  cue: string;
}
