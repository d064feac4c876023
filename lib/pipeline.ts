// Every analysis once, on one loaded corpus: the spine the report, the CLI's main job and scripts share.
// Input/output: reads the user-editable data files (outlets, aliases, frames, loaded lexicon).
import type { Corpus, Doc, Span } from './types.js';
import { analyseAll } from './text/analyse.js';
import { countTerms } from './text/counts.js';
import { namePhrases } from './text/name-phrases.js';
import type { TermCounts, TermOptions } from './text/types.js';
import { boilerplateMasks } from './framing/boilerplate.js';
import { datelineFreeMasks } from './framing/dateline-prefix.js';
import { captionFreeMasks } from './framing/captions.js';
import { captionFreeCounts } from './framing/caption-free-counts.js';
import { overlap, type OverlapOptions, type OverlapResult } from './overlap/overlap.js';
import { isOutletName, readOutletTable } from './overlap/outlets.js';
import { extractEntities, type EntityOptions, type EntityResult } from './entities/entities.js';
import { readAliasRules } from './entities/files.js';
import { runFraming } from './framing/run.js';
import {
  entityNames,
  entityTypes,
  eventDocs,
  eventMap,
  findEvents,
  passageLinks,
  type EventResult,
} from './events/events.js';
import type { Framing, FramingOptions } from './framing/framing.js';

/** All results for one corpus; every span in them indexes `corpus.articles[i].text`. */
export interface Analysis {
  corpus: Corpus;
  docs: Doc[];
  /** term counts per article as a user reads them: site furniture, datelines and photo captions left out */
  counts: TermCounts;
  overlap: OverlapResult;
  entities: EntityResult;
  /** which articles report the same story (record `event` fields, else clustered) */
  events?: EventResult;
  framing: Framing;
  /** spans of each article reused from another corpus article (from overlap), as framing read them */
  reused: Span[];
  /**
   * site furniture left out of the term counts and entities: doc id -> keep-mask over its tokens (0 = furniture), for
   * the docs that hold any (boilerplateMasks, without events); set by analyseCorpus
   */
  furniture?: Map<string, Uint8Array>;
  /** two-word names counted as one term in the counts ("White House"); set by analyseCorpus */
  phrases?: Set<string>;
  /** milliseconds per stage */
  ms: Record<string, number>;
}

/** Data files to use instead of those under data/, and a callback as each stage finishes. */
export interface PipelineOptions {
  docs?: Doc[];
  outletsPath?: string;
  aliasesPath?: string;
  framesPath?: string;
  lexiconPath?: string;
  /** overlap settings other than the outlet table (e.g. minWords) */
  overlap?: Omit<OverlapOptions, 'outlets'>;
  /** entity settings other than the alias rules (e.g. rollupDemonyms) */
  entities?: Omit<EntityOptions, 'aliases'>;
  /** framing settings (voices included, ranking method, prior, top, minCount); withOverlap: false ignores reuse */
  framing?: FramingOptions & { withOverlap?: boolean };
  onStage?: (stage: string, ms: number) => void;
}

/** Run tokenizing, term counts, overlap, entities, events and framing once each, in that order. */
export function analyseCorpus(corpus: Corpus, opts: PipelineOptions = {}): Analysis {
  const ms: Record<string, number> = {};
  const timed = <T>(stage: string, f: () => T): T => {
    const t0 = performance.now();
    const r = f();
    ms[stage] = Math.round(performance.now() - t0);
    opts.onStage?.(stage, ms[stage]);
    return r;
  };
  const docs = opts.docs ?? timed('tokenize', () => analyseAll(corpus.articles));
  // site furniture ("SEE ALSO: …", video teasers, newsletter boxes) is left out of term counts and entities
  const furniture = boilerplateMasks(docs);
  // two-word names ("White House") counted as one term, not as two frequent words; a dateline's filing place is no
  // word of the outlet's (lib/framing/dateline-prefix.ts, as in framing's term counts). `counts` (what a user reads)
  // leaves photo captions out too; events cluster on `clusterCounts`, captions kept (below)
  const { counts, clusterCounts, phrases } = timed('counts', () => {
    const phrases = namePhrases(docs);
    return { ...shownAndClusterCounts(docs, phrases, furniture), phrases };
  });
  // events given by the records decide credit across events; clustered events come later (they read overlap's links)
  const given = givenEvents(corpus);
  const outlets = readOutletTable(opts.outletsPath);
  const ov = timed('overlap', () =>
    overlap(docs, { ...opts.overlap, events: given, outlets, titles: titlesOf(corpus) }),
  );
  const entities = timed('entities', () =>
    extractEntities(docs, { events: given, furniture, ...opts.entities, aliases: readAliasRules(opts.aliasesPath) }),
  );
  const events = timed('events', () =>
    findEvents(eventDocs(corpus.articles, entities.mentions, clusterCounts.byDoc), {
      links: passageLinks(ov.pairs),
      types: entityTypes(entities.entities, isOutletName(outlets, corpus.articles)),
      names: entityNames(entities.entities),
    }),
  );
  const run = timed('framing', () =>
    runFraming(corpus.articles, {
      ...opts.framing,
      docs,
      overlap: ov,
      outlets,
      entities,
      events: eventMap(events),
      framesPath: opts.framesPath,
      lexiconPath: opts.lexiconPath,
    }),
  );
  const { framing, reused } = run;
  return { corpus, docs, counts, overlap: ov, entities, events, framing, reused, furniture, phrases, ms };
}

/**
 * Term counts without site furniture ("SEE ALSO: <headline>", newsletter boxes an outlet repeats in five or more
 * articles), datelines and photo captions, as framing leaves them out of its terms: a teaser label, a filing place or
 * a caption's formula is no outlet's vocabulary (the counts analyseCorpus shows). `found`: the furniture
 * masks and name phrases of these docs when already found (an Analysis of them), so they are not found again.
 */
export function furnitureFreeCounts(
  docs: readonly Doc[],
  opts: TermOptions = {},
  found?: Pick<Analysis, 'furniture' | 'phrases'>,
): TermCounts {
  return countTerms(
    docs,
    { phrases: found?.phrases ?? namePhrases(docs), ...opts },
    termMasks(docs, found?.furniture ?? boilerplateMasks(docs)),
  );
}

/** The furniture masks with datelines and photo captions masked too: what the shown term counts leave out. */
function termMasks(docs: readonly Doc[], furniture: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  const masks = datelineFreeMasks(docs, furniture);
  return captionFreeMasks(docs, masks) ?? masks;
}

/**
 * The term counts shown (top terms, charts, terms.csv: no datelines, no photo captions) and those events are clustered
 * on (captions kept; lib/framing/caption-free-counts.ts says why). One count when no doc has a caption.
 */
function shownAndClusterCounts(
  docs: readonly Doc[],
  phrases: ReadonlySet<string>,
  furniture: ReadonlyMap<string, Uint8Array>,
): { counts: TermCounts; clusterCounts: TermCounts } {
  const masks = datelineFreeMasks(docs, furniture);
  const clusterCounts = countTerms(docs, { phrases }, masks);
  return { counts: captionFreeCounts(docs, clusterCounts, { phrases }, masks), clusterCounts };
}

/** The `event` field of each article that has one (from records or the column mapping), by article id. */
function givenEvents(corpus: Corpus): Record<string, string> | undefined {
  const out: Record<string, string> = Object.create(null);
  let n = 0;
  for (const a of corpus.articles)
    if (a.event) {
      out[a.id] = a.event;
      n++;
    }
  return n ? out : undefined;
}

/** Each article's headline by id (those that have one): overlap names an article by it in a pair's reasons. */
function titlesOf(corpus: Corpus): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const a of corpus.articles) if (a.title) out[a.id] = a.title;
  return out;
}
