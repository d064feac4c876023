// Events: which articles report the same story. The record's `event` field when the input gives one; otherwise a
// clustering of articles by shared named entities and content words (tf-idf cosines, lib/events/vectors.ts), shared
// passages and date proximity, merged strongest link first under a group-average check (docs/notes/2026-12-events3.md).
// A clustered event is named "<first date>/<entity>" by lib/events/names.ts.
import { byString } from '../text/counts.js';
import { nameEvents } from './names.js';
import { tokenize } from '../text/tokenize.js';
import { termStop } from '../text/stopwords.js';
import {
  addVec,
  countKeys,
  denseDots,
  dot,
  dotPacked,
  idfWeights,
  packVectors,
  scoredPairs,
  unitVector,
  type SparseVec,
} from './vectors.js';
import { wordView, type WordView } from './words.js';

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
  /** content words of the article's body with their counts (stopwords left out), for the word view of similarity */
  terms?: ReadonlyMap<string, number>;
  /** content words of its headline: counted `headlineWeight` more times in the word view */
  titleTerms?: readonly string[];
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
  /** similarity (entity cosine + termWeight × word cosine + passage bonus, times the date factor) at which two
   *  articles are linked, and the group-average link two clusters need to merge (default 0.35) */
  threshold?: number;
  /** articles more than this many days apart are never linked (default 4) */
  windowDays?: number;
  /** an event never spans more days than this (default 10): stops chains of daily stories merging into one */
  maxSpanDays?: number;
  /** weight of a shared passage (default 0.3) */
  passageWeight?: number;
  /** entities in more than this share of the articles only weigh, they never propose a pair (default 0.05, at least 50 docs) */
  commonShare?: number;
  /** weight of the content-word cosine beside the entity cosine (default 1); 0 clusters on entities alone */
  termWeight?: number;
  /** share of the threshold the group-average link of two clusters must reach for them to merge (default 1) */
  groupShare?: number;
  /** extra counts of each headline word in the word view (default 2) */
  headlineWeight?: number;
  /** added to every word's idf (default 0): a word in every article of a one-story corpus still weighs something */
  idfFloor?: number;
  /** content words kept per article, heaviest first (default 60) */
  topTerms?: number;
  /** entity id -> type (person, org, place, group, event, demonym, unknown): actors and places name events first */
  types?: ReadonlyMap<string, string>;
  /** entity id -> its name as written, for event names (a hyphened family name stays whole: "ocasio-cortez") */
  names?: ReadonlyMap<string, string>;
}

const DAY = 86_400_000;
const DEFAULT_TERM_WEIGHT = 3;
const DEFAULT_IDF_FLOOR = 3;

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

/** Clusters (lists of doc indices, each sorted, first member smallest) of the docs at `idx`; singletons included. */
function clusterDocs(docs: readonly EventDoc[], idx: readonly number[], opts: EventOptions): number[][] {
  if (!idx.length) return [];
  const days = idx.map((i) => dayOf(docs[i].date));
  const views = docViews(
    idx.map((i) => docs[i]),
    opts,
  );
  const { edges, score } = similarities(views, days, opts);
  // shared passages
  const passages = new Map<number, number[]>(); // doc -> docs it shares a passage with
  const pos = new Map(idx.map((i, k) => [docs[i].id, k]));
  for (const [a, b] of opts.links ?? []) {
    const x = pos.get(a),
      y = pos.get(b);
    if (x === undefined || y === undefined || x === y) continue;
    const key = Math.min(x, y) * idx.length + Math.max(x, y);
    edges.set(key, (edges.get(key) ?? score(x, y)) + (opts.passageWeight ?? 0.3));
    (passages.get(x) ?? passages.set(x, []).get(x)!).push(y);
    (passages.get(y) ?? passages.set(y, []).get(y)!).push(x);
  }
  const root = mergeLinks(scoredLinks(edges, days, opts), { days, views, passages }, opts);
  const out = new Map<number, number[]>();
  idx.forEach((i, k) => {
    const r = root(k);
    (out.get(r) ?? out.set(r, []).get(r)!).push(i);
  });
  return [...out.values()];
}

/** The links at or above the threshold once the date factor is applied, strongest first: [score, a, b]. */
function scoredLinks(
  edges: ReadonlyMap<number, number>,
  days: readonly (number | null)[],
  opts: EventOptions,
): [number, number, number][] {
  const threshold = opts.threshold ?? 0.35;
  const windowDays = opts.windowDays ?? 4;
  const n = days.length;
  const scored: [number, number, number][] = [];
  for (const [key, s0] of edges) {
    const a = Math.floor(key / n),
      b = key % n;
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
  return scored.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
}

/**
 * Union the docs along the links, strongest first; returns each doc's cluster root. Two clusters merge only if the
 * merged one stays within maxSpan days, an undated article bridges no two dated clusters, and the clusters' group-average
 * link reaches `groupShare` of the threshold: one article that mentions two stories does not chain them into one.
 */
function mergeLinks(
  scored: readonly [number, number, number][],
  ctx: { days: readonly (number | null)[]; views: DocViews; passages: ReadonlyMap<number, readonly number[]> },
  opts: EventOptions,
): (k: number) => number {
  const { days, views, passages } = ctx;
  const maxSpan = opts.maxSpanDays ?? 10;
  const parent = days.map((_, k) => k);
  const lo = days.slice(),
    hi = days.slice();
  const sums = new Map<number, ClusterSum>();
  const sumOf = (r: number): ClusterSum =>
    sums.get(r) ?? { ents: views.ents[r], words: views.words ? views.words.vec(r) : null, members: [r] };
  /** how many pairs across the two clusters share a passage */
  const passagePairs = (x: ClusterSum, rOther: number) => {
    let n = 0;
    for (const k of x.members) for (const y of passages.get(k) ?? []) if (find(y) === rOther) n++;
    return n;
  };
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
    // an undated article joins one dated story at most: no span cap can hold it
    if ((days[a] === null || days[b] === null) && lo[ra] !== null && lo[rb] !== null) continue;
    const sa = sumOf(ra),
      sb = sumOf(rb);
    const bar = (opts.groupShare ?? 1) * (opts.threshold ?? 0.35);
    const small = sa.members.length <= sb.members.length ? { x: sa, other: rb } : { x: sb, other: ra };
    // an article that shares a passage with a member joins on that alone: copy is the same story
    const copied = small.x.members.length === 1 && passagePairs(small.x, small.other) > 0;
    if (
      sa.members.length + sb.members.length > 2 &&
      !copied &&
      groupAverage(sa, sb, passagePairs(small.x, small.other), opts) < bar
    )
      continue;
    const r = Math.min(ra, rb),
      o = Math.max(ra, rb);
    parent[o] = r;
    lo[r] = l;
    hi[r] = h;
    // the larger cluster's sums grow in place (a lone article's entity vector is the view's, copied first)
    const [big, rBig, other] = sa.members.length >= sb.members.length ? [sa, ra, sb] : [sb, rb, sa];
    const own = sums.has(rBig);
    sums.delete(o);
    sums.set(r, {
      ents: addVec(big.ents, other.ents, own),
      words: big.words && other.words ? addVec(big.words, other.words, own) : null,
      members: pushAll(big.members, other.members),
    });
  }
  return find;
}

/**
 * Group-average link of two clusters: the mean over their cross pairs of entity cosine + termWeight × word cosine
 * + passageWeight per pair sharing a passage (the vectors are unit vectors, so the dot product of their sums is the
 * sum of the pair cosines).
 */
function groupAverage(a: ClusterSum, b: ClusterSum, passagePairs: number, opts: EventOptions): number {
  const words = a.words && b.words ? dot(a.words, b.words) : 0;
  const sum =
    dot(a.ents, b.ents) + (opts.termWeight ?? DEFAULT_TERM_WEIGHT) * words + (opts.passageWeight ?? 0.3) * passagePairs;
  return sum / (a.members.length * b.members.length);
}

/** A cluster's summed entity and word vectors and its size. */
interface ClusterSum {
  ents: SparseVec;
  words: SparseVec | null;
  /** its docs */
  members: number[];
}

/** `a` with the items of `b` appended (a is grown, not copied). */
function pushAll(a: number[], b: readonly number[]): number[] {
  for (const x of b) a.push(x);
  return a;
}

function minN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}

function maxN(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/** Each doc's two views: entity vector (entities in many articles left out) and, with a term weight, word vector. */
interface DocViews {
  ents: SparseVec[];
  words: WordView | null;
  /** idf above which a key is rare enough to propose a pair */
  rare: number;
}

/**
 * The docs' views. Entities in many articles (a president, a country) say little about which story an article
 * reports: they are left out of the entity view. Common words stay in the word view, weighing little, but never
 * propose a pair.
 */
function docViews(docs: readonly EventDoc[], opts: EventOptions): DocViews {
  const n = docs.length;
  const maxDf = Math.max(50, (opts.commonShare ?? 0.05) * n);
  const rare = Math.log((n + 1) / maxDf);
  const entIdf = idfWeights(docs.map((d) => d.entities));
  const ents = docs.map((d) => unitVector(countKeys(d.entities), entIdf, rare));
  const words =
    (opts.termWeight ?? DEFAULT_TERM_WEIGHT) > 0
      ? wordView(docs, {
          headlineWeight: opts.headlineWeight ?? 2,
          idfFloor: opts.idfFloor ?? DEFAULT_IDF_FLOOR,
          topTerms: opts.topTerms ?? 60,
        })
      : null;
  return { ents, words, rare };
}

/**
 * Similarity of docs: entity cosine + termWeight × content-word cosine (`score`), and the pairs (keyed a * n + b, a < b)
 * that share an uncommon entity or an uncommon content word, are dated at most `windowDays` apart (or undated) and
 * score at least the threshold (`edges`: the date factor is at most 1, so no other pair links without a passage).
 */
function similarities(
  views: DocViews,
  days: readonly (number | null)[],
  opts: EventOptions,
): { edges: Map<number, number>; score: (a: number, b: number) => number } {
  const { ents, words, rare } = views;
  const termWeight = opts.termWeight ?? DEFAULT_TERM_WEIGHT;
  const floor = opts.idfFloor ?? DEFAULT_IDF_FLOOR;
  const entIds = new Map<string, number>();
  const pe = packVectors(ents, entIds);
  const pw = words ? words.packed : null;
  // proposing keys, one numbering: every entity of the entity view (it holds only uncommon ones), then rare words
  const offset = entIds.size;
  const keysOf = pe.map((v, k) => {
    const keys = Array.from(v.ids);
    if (words) for (const id of words.packed[k].ids) if (words.idf[id] > rare + floor) keys.push(offset + id);
    return keys;
  });
  const score = (a: number, b: number) => dotPacked(pe[a], pe[b]) + (pw ? termWeight * dotPacked(pw[a], pw[b]) : 0);
  // the same sums as `score`, each doc spread once over dense arrays (vectors.ts, denseDots)
  const entFrom = denseDots(pe, entIds.size);
  const wordFrom = words ? denseDots(words.packed, words.idf.length) : null;
  const scoreFrom = (a: number) => {
    const e = entFrom(a),
      w = wordFrom ? wordFrom(a) : null;
    return w ? (b: number) => e(b) + termWeight * w(b) : (b: number) => e(b) + 0;
  };
  const edges = scoredPairs(keysOf, days, opts.windowDays ?? 4, scoreFrom, opts.threshold ?? 0.35);
  return { edges, score };
}

/** The articles as event finding reads them: entity ids per doc from an entity result (docs in the same order), the
 *  entities whose spelling in the article's body is also in its headline, and, when given, the body's content-word
 *  counts (`terms`, e.g. TermCounts.byDoc) and the headline's content words. */
export function eventDocs(
  articles: readonly { id: string; outlet: string; date: string | null; event?: string; title?: string }[],
  mentions: readonly (readonly { entity: string; text?: string }[])[],
  terms?: readonly ReadonlyMap<string, number>[],
): EventDoc[] {
  return articles.map((a, i) => ({
    id: a.id,
    outlet: a.outlet,
    date: a.date,
    event: a.event,
    entities: (mentions[i] ?? []).map((m) => m.entity),
    titleEntities: headlineEntities(a.title ?? '', mentions[i] ?? []),
    ...(terms ? { terms: terms[i] ?? new Map(), titleTerms: headlineTerms(a.title ?? '') } : {}),
  }));
}

/** Content words of a headline, normalised as term counts normalise them (stopwords left out). */
export function headlineTerms(title: string): string[] {
  return tokenize(title)
    .filter((t) => t.kind === 'word' && termStop(t.norm) === 'content')
    .map((t) => t.norm);
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

/** entity id -> its name as written, for EventOptions.names. */
export function entityNames(entities: readonly { id: string; name?: string }[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of entities) if (e.name !== undefined) m.set(e.id, e.name);
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
