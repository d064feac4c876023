// Entity frequency by outlet and by article: mentions, articles mentioning, share of the outlet's mentions.
import type { Row } from '../types.js';
import { byString } from '../text/counts.js';
import type { EntityType } from './types.js';
import type { EntityResult } from './entities.js';

/** Which entity types count (default: person, org, place, group; demonyms only when asked). */
export interface FrequencyOptions {
  types?: EntityType[];
}

const DEFAULT_TYPES: EntityType[] = ['person', 'org', 'place', 'group'];

/** One row per (outlet, entity): mentions, articles mentioning it, and its share of the outlet's counted mentions. */
export function entityFrequencyByOutlet(result: EntityResult, opts: FrequencyOptions = {}): Row[] {
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
  const rows: Row[] = [];
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
  return rows.sort(
    (a, b) =>
      byString(a.outlet as string, b.outlet as string) ||
      (b.mentions as number) - (a.mentions as number) ||
      byString(a.entity as string, b.entity as string),
  );
}

/** One row per (article, entity): mentions in that article. */
export function entityFrequencyByArticle(result: EntityResult, opts: FrequencyOptions = {}): Row[] {
  const types = new Set(opts.types ?? DEFAULT_TYPES);
  const byEntity = new Map(result.entities.map((e) => [e.id, e]));
  const rows: Row[] = [];
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
export function entityRows(result: EntityResult): Row[] {
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
export function mentionRows(result: EntityResult): Row[] {
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
