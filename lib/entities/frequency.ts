// Entity frequency by outlet and by article: mentions, articles mentioning, share of the outlet's mentions.
import { byString } from '../text/counts.js';
import type { EntityType } from './types.js';
import type { EntityResult } from './entities.js';

/** Which entity types count (default: person, org, place, group; demonyms only when asked). */
export interface FrequencyOptions {
  types?: EntityType[];
}

/** A row of entityFrequencyByOutlet: one (outlet, entity). */
export type EntityOutletRow = {
  outlet: string;
  /** the entity id (as in entity rows, kwicEntity and `#entity=<id>` links) */
  entity: string;
  name: string;
  type: EntityType;
  mentions: number;
  /** articles of the outlet that mention the entity */
  articles: number;
  /** mentions / all counted mentions of the outlet */
  share: number;
};

/** A row of entityFrequencyByArticle: one (article, entity). */
export type EntityArticleRow = {
  doc: string;
  outlet: string;
  entity: string;
  name: string;
  type: EntityType;
  mentions: number;
};

/** A row of entityRows (entities.csv): one merged entity. */
export type EntityRow = {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  outlets: number;
  /** every spelling merged into the entity, joined with "; " */
  aliases: string;
  merged_because: string;
};

/** A row of mentionRows (entity-mentions.csv): one mention, offsets into the article text. */
export type MentionRow = {
  entity: string;
  type: EntityType;
  doc: string;
  outlet: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  cue: string;
};

const DEFAULT_TYPES: EntityType[] = ['person', 'org', 'place', 'group'];

/** One row per (outlet, entity): mentions, articles mentioning it, and its share of the outlet's counted mentions. */
export function entityFrequencyByOutlet(result: EntityResult, opts: FrequencyOptions = {}): EntityOutletRow[] {
  const types = new Set(opts.types ?? DEFAULT_TYPES);
  const outletOf = new Map(result.docs.map((d) => [d.id, d.outlet]));
  const byEntity = new Map(result.entities.map((e) => [e.id, e]));
  const counts = new Map<string, { mentions: number; docs: Set<string> }>();
  const totals = new Map<string, number>();
  for (const list of result.mentions) {
    for (const m of list) {
      const e = byEntity.get(m.entity)!;
      if (!types.has(e.type)) continue;
      const o = outletOf.get(m.doc) ?? '';
      const k = o + '\u0000' + e.id;
      const c = counts.get(k) ?? { mentions: 0, docs: new Set<string>() };
      c.mentions++;
      c.docs.add(m.doc);
      counts.set(k, c);
      totals.set(o, (totals.get(o) ?? 0) + 1);
    }
  }
  const rows: EntityOutletRow[] = [];
  for (const [k, c] of counts) {
    const [outlet, id] = k.split('\u0000');
    const e = byEntity.get(id)!;
    rows.push({
      outlet,
      entity: id,
      name: e.name,
      type: e.type,
      mentions: c.mentions,
      articles: c.docs.size,
      share: c.mentions / totals.get(outlet)!,
    });
  }
  return rows.sort((a, b) => byString(a.outlet, b.outlet) || b.mentions - a.mentions || byString(a.entity, b.entity));
}

/** One row per (article, entity): mentions in that article. */
export function entityFrequencyByArticle(result: EntityResult, opts: FrequencyOptions = {}): EntityArticleRow[] {
  const types = new Set(opts.types ?? DEFAULT_TYPES);
  const byEntity = new Map(result.entities.map((e) => [e.id, e]));
  const rows: EntityArticleRow[] = [];
  result.mentions.forEach((list, i) => {
    const doc = result.docs[i];
    const c = new Map<string, number>();
    for (const m of list) if (types.has(byEntity.get(m.entity)!.type)) c.set(m.entity, (c.get(m.entity) ?? 0) + 1);
    const ids = [...c.keys()].sort((a, b) => c.get(b)! - c.get(a)! || byString(a, b));
    for (const id of ids)
      rows.push({
        doc: doc.id,
        outlet: doc.outlet,
        entity: id,
        name: byEntity.get(id)!.name,
        type: byEntity.get(id)!.type,
        mentions: c.get(id)!,
      });
  });
  return rows;
}

/** One row per entity: type, total mentions, articles, outlets, aliases and why they were merged (for entities.csv). */
export function entityRows(result: EntityResult): EntityRow[] {
  return result.entities.map((e) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    mentions: e.mentions.length,
    articles: new Set(e.mentions.map((m) => m.doc)).size,
    outlets: Object.keys(e.by_outlet).length,
    aliases: e.aliases.join('; '),
    merged_because: e.merged_because.join('; '),
  }));
}

/** One row per mention (for entity-mentions.csv). */
export function mentionRows(result: EntityResult): MentionRow[] {
  const outletOf = new Map(result.docs.map((d) => [d.id, d.outlet]));
  return result.mentions.flat().map((m) => ({
    entity: m.entity,
    type: m.type,
    doc: m.doc,
    outlet: outletOf.get(m.doc) ?? '',
    start: m.start,
    end: m.end,
    text: m.text,
    sentence: m.sentence,
    cue: m.cue,
  }));
}
