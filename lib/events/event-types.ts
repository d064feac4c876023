// What event finding reads (EventDoc), its switches (EventOptions) and their defaults, and what it gives (EventResult).

/** What event finding reads about one article: plain data, aligned with nothing else. */
export interface EventDoc {
  id: string;
  outlet: string;
  /** ISO date YYYY-MM-DD or null */
  date: string | null;
  /** the event given by the input record, if any */
  event?: string;
  /** entity ids mentioned in the article, once per mention (repeats weigh more) */
  entities: readonly string[];
  /** entity ids its headline names: what the article is about, for the event's name */
  titleEntities?: readonly string[];
  /** content words of the article's body with their counts (stopwords left out), for the word view of similarity */
  terms?: ReadonlyMap<string, number>;
  /** content words of its headline: counted `headlineWeight` more times in the word view */
  titleTerms?: readonly string[];
}

/** One event: its id and the articles in it (input order). */
export interface EventGroup {
  id: string;
  docs: string[];
  /** the entities that name the event, best first (lib/events/names.ts), for reading */
  entities: string[];
  /** first and last known date of its articles */
  from: string | null;
  to: string | null;
}

/** What findEvents returns: every doc's event, and the events. */
export interface EventResult {
  /** 'records' (every article had an event field), 'clustered' (none had), 'mixed' */
  source: 'records' | 'clustered' | 'mixed';
  /** per doc, in input order */
  assignments: { doc: string; event: string }[];
  events: EventGroup[];
}

/** Switches for the clustering. */
export interface EventOptions {
  /** pairs of doc ids that share a passage (from overlap); each adds `passageWeight` to their similarity */
  links?: readonly (readonly [string, string])[];
  /** similarity (entity cosine + termWeight × word cosine + passage bonus, times the date factor) at which two
   *  articles are linked, and the group-average link two clusters need to merge (default 0.35) */
  threshold?: number;
  /** articles more than this many days apart are never linked (default 4) */
  windowDays?: number;
  /** an event never spans more days than this (default 10): stops chains of daily stories merging into one */
  maxSpanDays?: number;
  /** weight of a shared passage (default 0.3) */
  passageWeight?: number;
  /** entities in more than this share of the articles only weigh, they never propose a pair (default 0.05, at least 50 docs) */
  commonShare?: number;
  /** weight of the content-word cosine beside the entity cosine (default 1); 0 clusters on entities alone */
  termWeight?: number;
  /** share of the threshold the group-average link of two clusters must reach for them to merge (default 1) */
  groupShare?: number;
  /** extra counts of each headline word in the word view (default 2) */
  headlineWeight?: number;
  /** added to every word's idf (default 0): a word in every article of a one-story corpus still weighs something */
  idfFloor?: number;
  /** content words kept per article, heaviest first (default 60) */
  topTerms?: number;
  /** entity id -> type (person, org, place, group, event, demonym, unknown): actors and places name events first */
  types?: ReadonlyMap<string, string>;
  /** entity id -> its name as written, for event names (a hyphened family name stays whole: "ocasio-cortez") */
  names?: ReadonlyMap<string, string>;
}

/** Default of EventOptions.termWeight. */
export const DEFAULT_TERM_WEIGHT = 3;
/** Default of EventOptions.idfFloor. */
export const DEFAULT_IDF_FLOOR = 3;
/** Default of EventOptions.threshold. */
export const DEFAULT_THRESHOLD = 0.35;
/** Default of EventOptions.windowDays. */
export const DEFAULT_WINDOW_DAYS = 4;
/** Default of EventOptions.passageWeight. */
export const DEFAULT_PASSAGE_WEIGHT = 0.3;
