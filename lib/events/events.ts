// Events: which articles report the same story. The record's `event` field when the input gives one; otherwise a
// clustering of articles by shared named entities (weighted by rarity), shared passages and date proximity.
// A clustered event is named "<first date>/<entity>" by lib/events/names.ts.
import { byString } from '../text/counts.js';
import { nameEvents } from './names.js';

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
  /** similarity (entity cosine + passage bonus, times the date factor) at which two articles are linked (default 0.35) */
  threshold?: number;
  /** articles more than this many days apart are never linked (default 4) */
  windowDays?: number;
  /** an event never spans more days than this (default 10): stops chains of daily stories merging into one */
  maxSpanDays?: number;
  /** weight of a shared passage (default 0.3) */
  passageWeight?: number;
  /** entities in more than this share of the articles only weigh, they never propose a pair (default 0.05, at least 50 docs) */
  commonShare?: number;
  /** entity id -> type (person, org, place, group, event, demonym, unknown): actors and places name events first */
  types?: ReadonlyMap<string, string>;
}

const DAY = 86_400_000;

function dayOf(date: string | null): number | null {
  if (!date) return null;
  const t = Date.parse(date.slice(0, 10) + 'T00:00:00Z');
  return Number.isFinite(t) ? Math.round(t / DAY) : null;
}

/** Assign every article to an event: the given `event` where there is one, otherwise a cluster of related articles. */
export function findEvents(docs: readonly EventDoc[], opts: EventOptions = {}): EventResult {
  const given = docs.filter((d) => d.event && d.event.trim()).length;
  const free: number[] = [];
  docs.forEach((d, i) => {
    if (!(d.event && d.event.trim())) free.push(i);
  });
  const groups = clusterDocs(docs, free, opts);
  const eventOf = new Array<string>(docs.length);
  const byEvent = new Map<string, number[]>();
  docs.forEach((d, i) => {
    if (d.event && d.event.trim())
      (
        byEvent.get('given:' + d.event.trim()) ??
        byEvent.set('given:' + d.event.trim(), []).get('given:' + d.event.trim())!
      ).push(i);
  });
  for (const g of groups) byEvent.set('cluster:' + g[0], g);
  const ordered = [...byEvent].sort((a, b) => a[1][0] - b[1][0]);
  const names = nameEvents(
    docs,
    ordered.map(([, m]) => m),
    { types: opts.types },
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

/** Inverse document frequency of each entity id over the docs. */
function entityWeights(docs: readonly EventDoc[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const e of new Set(d.entities)) df.set(e, (df.get(e) ?? 0) + 1);
  const w = new Map<string, number>();
  for (const [e, n] of df) w.set(e, Math.log((docs.length + 1) / n));
  return w;
}

/** `id`, or `id#2`, `id#3`… when it is taken; the id returned is marked as taken. */
function uniqueId(id: string, used: Set<string>): string {
  let out = id;
  for (let k = 2; used.has(out); k++) out = `${id}#${k}`;
  used.add(out);
  return out;
}

/** Clusters (lists of doc indices, each sorted, first member smallest) of the docs at `idx`; singletons included. */
function clusterDocs(docs: readonly EventDoc[], idx: readonly number[], opts: EventOptions): number[][] {
  if (!idx.length) return [];
  const threshold = opts.threshold ?? 0.35;
  const windowDays = opts.windowDays ?? 4;
  const maxSpan = opts.maxSpanDays ?? 10;
  const w = entityWeights(idx.map((i) => docs[i]));
  // entities in many articles (a president, a country) say little about which story an article reports: left out
  const maxDf = Math.max(50, (opts.commonShare ?? 0.05) * idx.length);
  const minWeight = Math.log((idx.length + 1) / maxDf);
  const vecs = idx.map((i) => docVector(docs[i].entities, w, minWeight));
  const days = idx.map((i) => dayOf(docs[i].date));
  const edges = candidatePairs(vecs, days, windowDays);
  // shared passages
  const pos = new Map(idx.map((i, k) => [docs[i].id, k]));
  for (const [a, b] of opts.links ?? []) {
    const x = pos.get(a),
      y = pos.get(b);
    if (x === undefined || y === undefined || x === y) continue;
    const key = Math.min(x, y) * idx.length + Math.max(x, y);
    edges.set(key, (edges.get(key) ?? 0) + (opts.passageWeight ?? 0.3));
  }
  const scored: [number, number, number][] = [];
  for (const [key, s0] of edges) {
    const a = Math.floor(key / idx.length),
      b = key % idx.length;
    const da = days[a],
      db = days[b];
    let s = s0;
    if (da !== null && db !== null) {
      const gap = Math.abs(da - db);
      if (gap > windowDays) continue;
      s *= 1 - gap / (2 * (windowDays + 1));
    } else s *= 0.8; // an undated article needs more in common
    if (s >= threshold) scored.push([s, a, b]);
  }
  scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  // strongest links first; two clusters merge only if the merged one stays within maxSpan days
  const parent = idx.map((_, k) => k);
  const lo = days.slice(),
    hi = days.slice();
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const [, a, b] of scored) {
    const ra = find(a),
      rb = find(b);
    if (ra === rb) continue;
    const l = minN(lo[ra], lo[rb]),
      h = maxN(hi[ra], hi[rb]);
    if (l !== null && h !== null && h - l > maxSpan) continue;
    const r = Math.min(ra, rb),
      o = Math.max(ra, rb);
    parent[o] = r;
    lo[r] = l;
    hi[r] = h;
  }
  const out = new Map<number, number[]>();
  idx.forEach((i, k) => {
    const r = find(k);
    (out.get(r) ?? out.set(r, []).get(r)!).push(i);
  });
  return [...out.values()];
}

function minN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** A doc's entity vector over entities rarer than `minWeight`: weight idf × (1 + log count), L2-normalised. */
function docVector(entities: readonly string[], w: Map<string, number>, minWeight: number): Map<string, number> {
  const tf = new Map<string, number>();
  for (const e of entities) tf.set(e, (tf.get(e) ?? 0) + 1);
  const v = new Map<string, number>();
  let norm = 0;
  for (const [e, n] of tf) {
    const x = (w.get(e) ?? 0) * (1 + Math.log(n));
    if ((w.get(e) ?? 0) > minWeight && x > 0) {
      v.set(e, x);
      norm += x * x;
    }
  }
  norm = Math.sqrt(norm) || 1;
  for (const [e, x] of v) v.set(e, x / norm);
  return v;
}

/** Cosine similarity over the entities that are not common, of every pair of docs sharing one and dated at most `window` days apart (or undated), keyed a * n + b (a < b). */
function candidatePairs(
  vecs: readonly Map<string, number>[],
  days: readonly (number | null)[],
  window: number,
): Map<number, number> {
  const n = vecs.length;
  const postings = new Map<string, { k: number; x: number }[]>();
  vecs.forEach((v, k) => {
    for (const [e, x] of v) (postings.get(e) ?? postings.set(e, []).get(e)!).push({ k, x });
  });
  const pairs = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    for (let i = 0; i < list.length; i++) {
      const a = list[i],
        da = days[a.k];
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j],
          db = days[b.k];
        if (da !== null && db !== null && Math.abs(da - db) > window) continue;
        const key = a.k * n + b.k;
        pairs.set(key, (pairs.get(key) ?? 0) + a.x * b.x);
      }
    }
  }
  return pairs;
}

/** The articles as event finding reads them: entity ids per doc from an entity result (docs in the same order), and
 *  the entities whose spelling in the article's body is also in its headline. */
export function eventDocs(
  articles: readonly { id: string; outlet: string; date: string | null; event?: string; title?: string }[],
  mentions: readonly (readonly { entity: string; text?: string }[])[],
): EventDoc[] {
  return articles.map((a, i) => ({
    id: a.id,
    outlet: a.outlet,
    date: a.date,
    event: a.event,
    entities: (mentions[i] ?? []).map((m) => m.entity),
    titleEntities: headlineEntities(a.title ?? '', mentions[i] ?? []),
  }));
}

/** Entities of the mentions whose text the headline contains as whole words (any case), each once, in mention order. */
export function headlineEntities(title: string, mentions: readonly { entity: string; text?: string }[]): string[] {
  if (!title) return [];
  const t = title.toLowerCase();
  const out = new Set<string>();
  const found = new Map<string, boolean>(); // spelling -> in the headline
  for (const m of mentions) {
    if (!m.text || out.has(m.entity)) continue;
    let hit = found.get(m.text);
    if (hit === undefined) found.set(m.text, (hit = hasWords(t, m.text.toLowerCase())));
    if (hit) out.add(m.entity);
  }
  return [...out];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `s` occurs in `t` with no letter or digit right before or after it. */
function hasWords(t: string, s: string): boolean {
  if (!s) return false;
  for (let i = t.indexOf(s); i >= 0; i = t.indexOf(s, i + 1)) {
    const before = i > 0 ? t[i - 1] : '';
    const after = t[i + s.length] ?? '';
    if (!(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after))) return true;
  }
  return false;
}

/**
 * entity id -> type, for EventOptions.types. An organisation that `isOutlet` knows as a news outlet ("CNN", "Fox",
 * "Associated Press") is typed 'media': outlets are named in stories about everything, as sources and as
 * interviewers, so they name no event ("2013-09-09/cnn").
 */
export function entityTypes(
  entities: readonly { id: string; name?: string; type?: string }[],
  isOutlet: (name: string) => boolean = () => false,
): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entities)
    if (e.type) m.set(e.id, e.type === 'org' && e.name !== undefined && isOutlet(e.name) ? 'media' : e.type);
  return m;
}

/** Doc-id pairs that share at least one passage, from an overlap result's pairs. */
export function passageLinks(
  pairs: readonly { a: string; b: string; passages: readonly unknown[] }[],
): [string, string][] {
  return pairs.filter((p) => p.passages.length > 0).map((p) => [p.a, p.b]);
}

/** doc id -> event id, as a plain object with no prototype (ids such as "__proto__" are plain keys). */
export function eventMap(r: EventResult): Record<string, string> {
  const m: Record<string, string> = Object.create(null);
  for (const a of r.assignments) m[a.doc] = a.event;
  return m;
}
