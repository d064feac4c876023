// Framing wired to the rest of presslens (input/output module: reads data/frames.json and data/loaded-lexicon.json):
// articles -> docs -> overlap (reused spans) + entities (actors) -> analyseFraming.
import type { Article, Doc, Span, EntityRef } from '../types.js';
import { analyseAll } from '../text/analyse.js';
import { overlap } from '../overlap/overlap.js';
import { boilerplateMasks } from './boilerplate.js';
import { countTerms } from '../text/counts.js';
import { extractEntities } from '../entities/entities.js';
import { readAliasRules } from '../entities/files.js';
import { analyseFraming, type Framing, type FramingOptions } from './framing.js';
import { readActNouns, readFrames, readLexicon } from './data.js';
import { entityNames, entityTypes, eventDocs, eventMap, findEvents, passageLinks } from '../events/events.js';
import { isOutletName, outletResolver, readOutletTable, type OutletEntry } from '../overlap/outlets.js';
import { agencyCopy, type CitationLike } from './agency-copy.js';

/** The pairs of an overlap result, as far as framing reads them. */
export interface OverlapPairsLike {
  pairs: readonly {
    a: string;
    b: string;
    passages: readonly { a: [number, number]; b: [number, number]; direction: string }[];
  }[];
  /** citations of outlets (wire datelines among them), for agency copy */
  citations?: readonly CitationLike[];
}

/** Reused spans from overlap passages: each passage is marked in the article that took it (b for 'a→b', a for 'b→a', the later article b when the direction is unknown). */
export function reusedSpans(result: OverlapPairsLike): Span[] {
  const out: Span[] = [];
  for (const p of result.pairs) {
    for (const x of p.passages) {
      if (x.direction === 'b→a') out.push({ doc: p.a, start: x.a[0], end: x.a[1] });
      else out.push({ doc: p.b, start: x.b[0], end: x.b[1] });
    }
  }
  return out.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.start - y.start));
}

/** Actors for labels and tone: entities of type person, org or group (places and demonyms are settings, not actors). */
export function actorEntities(entities: readonly (EntityRef & { type?: string })[]): EntityRef[] {
  return entities.filter(
    (e) => !e.type || e.type === 'person' || e.type === 'org' || e.type === 'group' || e.type === 'unknown',
  );
}

/** What runFraming used besides the articles, for reports. */
export interface FramingRun {
  framing: Framing;
  docs: Doc[];
  reused: Span[];
  entities: EntityRef[];
}

/** Data files and results already computed, so runFraming does not analyse twice. */
export interface RunFramingInputs {
  framesPath?: string;
  lexiconPath?: string;
  aliasesPath?: string;
  withOverlap?: boolean;
  /** the outlet table (names, short forms, agencies), as the pipeline read it from `--outlets`; the default table when not given */
  outlets?: readonly OutletEntry[];
  /** the articles' Docs, aligned with the articles */
  docs?: Doc[];
  /** an overlap result for these docs */
  overlap?: OverlapPairsLike;
  /** an entity result for these docs */
  entities?: {
    entities: readonly (EntityRef & { type?: string })[];
    mentions?: readonly (readonly { entity: string }[])[];
  };
  /** doc id -> event id (lib/events); found from the articles' `event` fields, entities and overlap when not given */
  events?: Readonly<Record<string, string>>;
}

/** Analyse articles for framing with everything wired: headlines as own voice, reused spans from overlap, actors from entities, the data files. */
export function runFraming(articles: readonly Article[], opts: FramingOptions & RunFramingInputs = {}): FramingRun {
  const docs = opts.docs ?? analyseAll(articles);
  const outlets = opts.outlets ?? readOutletTable(); // read once: overlap, event naming and agency copy need it
  const ov = opts.withOverlap === false ? null : (opts.overlap ?? overlap(docs, { outlets }));
  const reused = ov ? reusedSpans(ov) : [];
  // site furniture and transcript labels are no mentions, as in the pipeline (lib/pipeline.ts)
  let masks: ReturnType<typeof boilerplateMasks> | undefined; // read once, and only when entities or events are found here
  const furniture = () => (masks ??= boilerplateMasks(docs));
  const er =
    opts.entities ?? extractEntities(docs, { aliases: readAliasRules(opts.aliasesPath), furniture: furniture() });
  const entities = actorEntities(er.entities);
  const events =
    opts.events ??
    eventMap(
      findEvents(eventDocs(articles, er.mentions ?? [], countTerms(docs, {}, furniture()).byDoc), {
        links: ov ? passageLinks(ov.pairs) : [],
        types: entityTypes(er.entities, isOutletName(outlets, articles)),
        names: entityNames(er.entities),
      }),
    );
  const titles: Record<string, string> = Object.create(null); // ids such as "__proto__" are plain keys
  for (const a of articles) if (a.title) titles[a.id] = a.title;
  const framing = analyseFraming(
    {
      docs,
      titles,
      reused,
      agencyCopy: agencyCopy(
        docs,
        ov?.citations ?? [],
        outletResolver(
          outlets,
          articles.map((a) => a.outlet),
        ),
      ),
      entities,
      speakers: [...entities, ...er.entities.filter((e) => e.type === 'place')],
      modifiers: er.entities,
      frames: readFrames(opts.framesPath),
      lexicon: readLexicon(opts.lexiconPath),
      acts: readActNouns(),
      events,
    },
    opts,
  );
  return { framing, docs, reused, entities };
}
