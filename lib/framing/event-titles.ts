// Who an event's articles call by a title as its current holder: "President Ivo Doe" in one story of the event makes
// a bare "the president" in another story of it, which names Doe only as "Doe", Doe. Pure over the docs' texts and
// person mentions; each (event, title) read once, when a speaker first asks.
import type { Doc } from '../types.js';
import { titledPeople, type PersonAt } from './people-before.js';

/**
 * The entity ids an event's docs title as current holders of `title` ("President Ivo Doe", not "former President
 * …"), by event and title: `docs` by event, `people` the person mentions of a doc.
 */
export function eventTitleHolders(
  docsByEvent: ReadonlyMap<string, readonly Doc[]>,
  people: (doc: string) => readonly PersonAt[],
): (ev: string | undefined, title: string) => ReadonlySet<string> {
  const cache = new Map<string, Set<string>>();
  return (ev, title) => {
    if (ev === undefined) return EMPTY;
    const key = ev + '\u0000' + title;
    let ids = cache.get(key);
    if (!ids) {
      ids = new Set<string>();
      for (const d of docsByEvent.get(ev) ?? [])
        for (const h of titledPeople(d.text, people(d.id))(title, Infinity)) if (h.current) ids.add(h.e.id);
      cache.set(key, ids);
    }
    return ids;
  };
}

const EMPTY: ReadonlySet<string> = new Set();
