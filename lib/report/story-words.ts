// Pure: loaded terms that are the story's own words, written by most outlets covering it ("the talking points" of a
// hearing about them, "regime" in 2013 coverage of Syria), so no mark of one outlet's wording.

import { putIn } from '../util/maps.js';
import { loadedRowKey } from '../framing/loaded-row-key.js';

/** A lexicon hit as this reads it (lib/framing/loaded.ts LoadedHit). */
export type StoryHit = { doc: string; outlet: string; term: string; voice: string; text?: string };

/** The share of the other outlets covering the same stories that must write the term in their own narration. */
const SHARE = 1 / 2;
/** And how many of them at least. */
const MIN_OTHERS = 2;

/**
 * Outlet + row keys ("outlet\u0000term", lib/framing/loaded-row-key.ts: "anti-war" and "anti-iran" apart) of the terms an outlet writes in its own narration that most other outlets
 * covering the same events (by `eventOf`; one story when it has no events) also write in theirs: at least MIN_OTHERS
 * of them and at least SHARE of the other outlets with an article in those events.
 */
export function storyWords(
  hits: readonly StoryHit[],
  outletOf: Readonly<Record<string, string>>,
  eventOf: Readonly<Record<string, string>> = {},
): Set<string> {
  const ev = (doc: string) => eventOf[doc] ?? '';
  const covering = new Map<string, Set<string>>(); // event -> outlets with an article in it
  for (const [doc, outlet] of Object.entries(outletOf)) putIn(covering, ev(doc), outlet);
  const users = new Map<string, Set<string>>(); // term + event -> outlets writing it in their own narration
  const eventsOf = new Map<string, Set<string>>(); // outlet + term -> events of its own uses
  for (const h of hits) {
    if (h.voice !== 'own') continue;
    const term = loadedRowKey(h.term, h.text);
    putIn(users, term + '\u0001' + ev(h.doc), h.outlet);
    putIn(eventsOf, h.outlet + '\u0001' + term, ev(h.doc));
  }
  const out = new Set<string>();
  for (const [key, events] of eventsOf) {
    const [outlet, term] = key.split('\u0001');
    const others = new Set<string>();
    const writers = new Set<string>();
    for (const e of events) {
      for (const o of covering.get(e) ?? []) if (o !== outlet) others.add(o);
      for (const o of users.get(term + '\u0001' + e) ?? []) if (o !== outlet) writers.add(o);
    }
    if (writers.size >= MIN_OTHERS && writers.size >= SHARE * others.size) out.add(outlet + '\u0000' + term);
  }
  return out;
}
