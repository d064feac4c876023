// Lookups over the corpus's entity mentions that speaker resolution asks per speaker: the entity written in a span
// (one index, a binary search per lookup), each doc's person mentions, and people by surname in a doc or its event.
import type { EntityRef, Span } from '../types.js';
import { firstStartingAt } from '../util/search.js';
import type { PersonAt } from './people-before.js';
import { surnameKey } from './person-names.js';

/** Where each person entity is mentioned, per doc. */
export function mentionsByDoc(people: readonly EntityRef[]): Map<string, PersonAt[]> {
  const out = new Map<string, PersonAt[]>();
  for (const e of people)
    for (const m of e.mentions)
      (out.get(m.doc) ?? out.set(m.doc, []).get(m.doc)!).push({ start: m.start, end: m.end, e });
  for (const l of out.values()) l.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Person entities by lowercase surname, per doc and per event: a lookup that prefers the doc, then the event, never other events. */
export function surnameIndex(
  people: readonly EntityRef[],
  events: Readonly<Record<string, string>>,
): (surname: string, doc: string, event?: string, alone?: boolean) => EntityRef[] {
  const byDoc = new Map<string, EntityRef[]>();
  const byEvent = new Map<string, EntityRef[]>();
  const put = (m: Map<string, EntityRef[]>, k: string, e: EntityRef) => {
    const l = m.get(k);
    if (!l) m.set(k, [e]);
    else if (!l.includes(e)) l.push(e);
  };
  // a name's first word, in its docs only, under its own prefix: a family name written first ("Ban Ki-moon",
  // "Xi Jinping": "Ban said") or a first name used alone for someone named in full in the same article
  const FIRST = '\u0001';
  for (const e of people) {
    const sur = surnameKey(e.name);
    if (!e.name.includes(' ')) continue; // a one-word name cannot expand a surname
    const first = e.name.split(/\s+/)[0].toLowerCase();
    for (const m of e.mentions) {
      put(byDoc, m.doc + '\u0000' + sur, e);
      put(byDoc, m.doc + FIRST + first, e);
      const ev = events[m.doc];
      if (ev !== undefined) put(byEvent, ev + '\u0000' + sur, e);
    }
  }
  return (surname, doc, event, alone) =>
    byDoc.get(doc + '\u0000' + surname) ??
    (event !== undefined ? byEvent.get(event + '\u0000' + surname) : undefined) ??
    (alone ? byDoc.get(doc + FIRST + surname) : undefined) ??
    [];
}

/** The first entity (in list order) with a mention in `doc` overlapping `span`. */
export function entityIndex(entities: readonly EntityRef[]): (doc: string, span: Span) => EntityRef | undefined {
  const at = mentionIndex(entities);
  return (doc, span) => at(doc, span)?.e;
}

/** An entity and where its mention lies in the doc. */
export type EntityAt = { e: EntityRef; start: number; end: number };

/** The first entity (in list order) with a mention in `doc` overlapping `span`, with that mention: an index built once, a binary search per lookup. */
export function mentionIndex(entities: readonly EntityRef[]): (doc: string, span: Span) => EntityAt | undefined {
  const byDoc = new Map<string, { start: number; end: number; ent: number }[]>();
  entities.forEach((e, ent) => {
    for (const m of e.mentions) {
      const l = byDoc.get(m.doc);
      if (l) l.push({ start: m.start, end: m.end, ent });
      else byDoc.set(m.doc, [{ start: m.start, end: m.end, ent }]);
    }
  });
  const maxLen = new Map<string, number>();
  for (const [doc, l] of byDoc) {
    l.sort((a, b) => a.start - b.start || a.ent - b.ent);
    maxLen.set(
      doc,
      l.reduce((n, m) => Math.max(n, m.end - m.start), 0),
    );
  }
  return (doc, span) => {
    const l = byDoc.get(doc);
    if (!l) return undefined;
    const lo = firstStartingAt(l, span.end);
    const reach = span.start - maxLen.get(doc)!;
    let best = -1;
    for (let k = lo - 1; k >= 0 && l[k].start >= reach; k--)
      if (l[k].end > span.start && (best < 0 || l[k].ent <= l[best].ent)) best = k;
    return best < 0 ? undefined : { e: entities[l[best].ent], start: l[best].start, end: l[best].end };
  };
}
