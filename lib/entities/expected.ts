// Pure: how often an outlet would have named an entity, at the rate the other outlets name it in the same events.
// "X never names Trump" means something only if X covered stories in which the others named him: a columnist whose
// three pieces are from 2012 was not silent about a president of 2018. Each of an outlet's articles is expected to
// name the entity at the rate (mentions per word) of the other outlets' articles of its event; the outlet's expectation
// is the sum over its articles. An article alone in its event, or with only its own outlet, expects nothing.

/** One article as the expectation reads it: its outlet, its words and the event it belongs to. */
export interface ExpectDoc {
  id: string;
  outlet: string;
  words: number;
}

/** entity id -> outlet -> mentions expected in the events the outlet covered. */
export type ExpectedMentions = Map<string, Map<string, number>>;

/** Words and mentions of one event, in all and by outlet. */
interface EventTally {
  words: number;
  wordsBy: Map<string, number>;
  mentions: Map<string, number>;
  mentionsBy: Map<string, number>;
}

/**
 * Expected mentions of each of `entities` by each outlet (see the header). `mentions[i]` are the entity ids mentioned
 * in docs[i], once per mention; `eventOf` maps a doc id to its event (docs without one stand alone).
 */
export function expectedMentions(
  docs: readonly ExpectDoc[],
  mentions: readonly (readonly { entity: string }[])[],
  entities: readonly string[],
  eventOf: Readonly<Record<string, string>>,
): ExpectedMentions {
  const wanted = new Set(entities);
  const tallies = tallyEvents(docs, mentions, wanted, eventOf);
  const out: ExpectedMentions = new Map(entities.map((e) => [e, new Map<string, number>()]));
  for (const t of tallies.values())
    for (const [outlet, words] of t.wordsBy) {
      const others = t.words - words;
      if (others <= 0) continue;
      for (const e of entities) {
        const byOthers = (t.mentions.get(e) ?? 0) - (t.mentionsBy.get(e + '\u0000' + outlet) ?? 0);
        if (byOthers <= 0) continue;
        const m = out.get(e)!;
        m.set(outlet, (m.get(outlet) ?? 0) + (words * byOthers) / others);
      }
    }
  return out;
}

function tallyEvents(
  docs: readonly ExpectDoc[],
  mentions: readonly (readonly { entity: string }[])[],
  wanted: ReadonlySet<string>,
  eventOf: Readonly<Record<string, string>>,
): Map<string, EventTally> {
  const tallies = new Map<string, EventTally>();
  docs.forEach((d, i) => {
    const ev = Object.hasOwn(eventOf, d.id) ? eventOf[d.id] : '\u0000doc:' + d.id;
    let t = tallies.get(ev);
    if (!t) tallies.set(ev, (t = { words: 0, wordsBy: new Map(), mentions: new Map(), mentionsBy: new Map() }));
    t.words += d.words;
    t.wordsBy.set(d.outlet, (t.wordsBy.get(d.outlet) ?? 0) + d.words);
    for (const m of mentions[i] ?? []) {
      if (!wanted.has(m.entity)) continue;
      t.mentions.set(m.entity, (t.mentions.get(m.entity) ?? 0) + 1);
      const k = m.entity + '\u0000' + d.outlet;
      t.mentionsBy.set(k, (t.mentionsBy.get(k) ?? 0) + 1);
    }
  });
  return tallies;
}
