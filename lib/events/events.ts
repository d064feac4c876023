// Events: which articles report the same story. The record's `event` field when the input gives one; otherwise a
// clustering of articles by shared named entities and content words (tf-idf cosines, lib/events/vectors.ts), shared
// passages and date proximity, merged strongest link first under a group-average check (docs/notes/2026-12-events3.md).
// A clustered event is named "<first date>/<entity>" by lib/events/names.ts.
import { byString } from '../util/compare.js';
import { pushTo } from '../util/maps.js';
import { nameEvents } from './names.js';
import type { EventGroup, EventOptions, EventResult, EventDoc } from './event-types.js';
import { clusterDocs } from './cluster-docs.js';

export type { EventDoc, EventGroup, EventResult, EventOptions } from './event-types.js';
export { eventDocs, headlineTerms, headlineEntities } from './event-docs.js';
export { entityTypes, entityNames, passageLinks } from './event-hints.js';

/** Assign every article to an event: the given `event` where there is one, otherwise a cluster of related articles. */
export function findEvents(docs: readonly EventDoc[], opts: EventOptions = {}): EventResult {
  // each doc's given event, trimmed ('' when it has none)
  const givenOf = docs.map((d) => (d.event && d.event.trim()) || '');
  const given = givenOf.filter((e) => e).length;
  const free: number[] = [];
  givenOf.forEach((e, i) => {
    if (!e) free.push(i);
  });
  const groups = clusterDocs(docs, free, opts);
  const eventOf = new Array<string>(docs.length);
  const byEvent = new Map<string, number[]>();
  givenOf.forEach((e, i) => {
    if (e) pushTo(byEvent, 'given:' + e, i);
  });
  for (const g of groups) byEvent.set('cluster:' + g[0], g);
  const ordered = [...byEvent].sort((a, b) => a[1][0] - b[1][0]);
  const names = nameEvents(
    docs,
    ordered.map(([, m]) => m),
    { types: opts.types, names: opts.names },
  );
  const used = new Set<string>();
  const events: EventGroup[] = [];
  ordered.forEach(([key, members], k) => {
    const days = members
      .map((i) => docs[i].date)
      .filter((x): x is string => !!x)
      .sort(byString);
    const id = uniqueId(
      key.startsWith('given:') ? key.slice(6) : `${days[0] ?? 'undated'}/${names[k].slug || docs[members[0]].id}`,
      used,
    );
    for (const i of members) eventOf[i] = id;
    events.push({
      id,
      docs: members.map((i) => docs[i].id),
      entities: names[k].entities,
      from: days[0] ?? null,
      to: days[days.length - 1] ?? null,
    });
  });
  const source = given === docs.length && docs.length ? 'records' : given === 0 ? 'clustered' : 'mixed';
  return { source, assignments: docs.map((d, i) => ({ doc: d.id, event: eventOf[i] })), events };
}

/** `id`, or `id#2`, `id#3`… when it is taken; the id returned is marked as taken. */
function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let k = 2; used.has(out); k++) out = `${id}#${k}`;
  used.add(out);
  return out;
}

/** doc id -> event id, as a plain object with no prototype (ids such as "__proto__" are plain keys). */
export function eventMap(r: EventResult): Record<string, string> {
  const m: Record<string, string> = Object.create(null);
  for (const a of r.assignments) m[a.doc] = a.event;
  return m;
}
