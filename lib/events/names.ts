// Event names a journalist recognises: the entity the event's articles are about (in their headlines, in most of
// them, often), not merely the rarest one they share; and a second, the most specific to the event, when the first
// names other events too.
import { byString } from '../text/counts.js';
import { PARTICLES as NAME_PARTICLES } from '../entities/gazetteer.js';
import { NAME_SUFFIX } from '../entities/family-name.js';
import { slug } from '../util/names.js';

/** What naming reads about one article. */
export interface NamingDoc {
  /** entity ids mentioned in the article, once per mention */
  entities: readonly string[];
  /** entity ids the article's headline names */
  titleEntities?: readonly string[];
}

/** Knobs of the naming score (exported for experiments; the defaults are the documented rule). */
export interface NamingOptions {
  /** entity id -> type (person, org, place, group, event, demonym, unknown; media for a news outlet) */
  types?: ReadonlyMap<string, string>;
  /** exponent of the specificity for the first entity (default 0.25) and the second (default 0.75) */
  specPower?: number;
  secondSpecPower?: number;
  /** weight of a headline mention against the body's (default 2) */
  titleWeight?: number;
  /** mentions in one article at which its body counts in full (default 3) */
  fullCount?: number;
  /** an entity names the event only if in this share of its articles (default 0.5), or in the headlines of a third */
  minShare?: number;
  minTitleShare?: number;
  /** longest slug after the date (default 40) */
  maxLength?: number;
  /** entity id -> its name as written ("Alexandria Ocasio-Cortez"): a family name written with a hyphen stays whole */
  names?: ReadonlyMap<string, string>;
}

/** One event's name: the slug after the date, and its entities best first. */
export interface EventName {
  slug: string;
  entities: string[];
}

/** One entity of one event: how much its articles are about it, and the share of its articles in the event. */
interface Candidate {
  e: string;
  salience: number;
  spec: number;
  factor: number;
  /** salience × spec^specPower × factor: the score as first entity */
  score: number;
}

/** The docs with entities numbered once: per doc its distinct entities, their mention counts and headline flags. */
interface Indexed {
  ids: string[];
  /** docs per entity */
  df: Int32Array;
  ents: Int32Array[];
  counts: Int32Array[];
  inTitle: Uint8Array[];
}

/** Number the entities and count each doc's mentions of each (one pass; the scores then run on arrays). */
function indexDocs(docs: readonly NamingDoc[]): Indexed {
  const num = new Map<string, number>();
  const ids: string[] = [];
  const ix: Indexed = { ids, df: new Int32Array(0), ents: [], counts: [], inTitle: [] };
  const dfs: number[] = [];
  let tf = new Int32Array(1024);
  const seen: number[] = [];
  for (const d of docs) {
    for (const e of d.entities) {
      let k = num.get(e);
      if (k === undefined) {
        num.set(e, (k = ids.length));
        ids.push(e);
        dfs.push(0);
        if (k >= tf.length) tf = grow(tf);
      }
      if (tf[k]++ === 0) seen.push(k);
    }
    const title = d.titleEntities ?? [];
    ix.ents.push(Int32Array.from(seen));
    ix.counts.push(Int32Array.from(seen, (k) => tf[k]));
    ix.inTitle.push(Uint8Array.from(seen, (k) => (title.length && title.includes(ids[k]) ? 1 : 0)));
    for (const k of seen) {
      dfs[k]++;
      tf[k] = 0;
    }
    seen.length = 0;
  }
  ix.df = Int32Array.from(dfs);
  return ix;
}

/** A copy of `a` twice as long. */
function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** How much an entity of this type can name a story: actors and places do; a demonym, a news outlet or an untyped
 * word rarely. */
function typeFactor(e: string, type: string | undefined): number {
  if (type === 'media') return 0.1;
  if (type === 'demonym') return 0.3;
  if (type === 'unknown') return e.includes('-') ? 0.7 : 0.1;
  return 1;
}

/** Per-entity sums over one event's docs, reused from event to event (only the touched entries are reset). */
interface Scratch {
  sal: Float64Array;
  docs: Int32Array;
  titles: Int32Array;
  touched: number[];
}

/**
 * The entities that can name the event: salience = mean over its articles of (titleWeight if the headline names it)
 * + min(1, mentions / fullCount); spec = share of the corpus articles naming it that are in this event. Only those in
 * half the articles, or in the headlines of a third (and two), can name it: an aside in a few articles cannot.
 */
function eventCandidates(ix: Indexed, members: readonly number[], sc: Scratch, opts: NamingOptions): Candidate[] {
  const titleWeight = opts.titleWeight ?? 2;
  const fullCount = opts.fullCount ?? 3;
  const power = opts.specPower ?? 0.25;
  for (const i of members) {
    const ents = ix.ents[i],
      counts = ix.counts[i],
      inTitle = ix.inTitle[i];
    for (let j = 0; j < ents.length; j++) {
      const k = ents[j];
      if (sc.docs[k] === 0) sc.touched.push(k);
      sc.sal[k] += (inTitle[j] ? titleWeight : 0) + Math.min(1, counts[j] / fullCount);
      sc.docs[k]++;
      sc.titles[k] += inTitle[j];
    }
  }
  const n = members.length;
  const atLeast = (share: number, floor: number) => Math.max(floor, Math.ceil(share * n - 1e-9));
  const minDocs = atLeast(opts.minShare ?? 0.5, 1);
  const minTitles = atLeast(opts.minTitleShare ?? 1 / 3, 2);
  const out: Candidate[] = [];
  for (const k of sc.touched) {
    if (sc.docs[k] >= minDocs || sc.titles[k] >= minTitles) {
      const e = ix.ids[k];
      const salience = sc.sal[k] / n,
        spec = sc.docs[k] / ix.df[k],
        factor = typeFactor(e, opts.types?.get(e));
      out.push({ e, salience, spec, factor, score: salience * Math.pow(spec, power) * factor });
    }
    sc.sal[k] = 0;
    sc.docs[k] = 0;
    sc.titles[k] = 0;
  }
  sc.touched.length = 0;
  return out;
}

/** Higher score first, ties by id. */
function byScore(a: { e: string; score: number }, b: { e: string; score: number }): number {
  return b.score - a.score || byString(a.e, b.e);
}

/** The `n` best candidates as first entity, best first: one pass, no sort of them all (most events are one article
 *  with dozens of candidates). */
function bestFirst(cands: readonly Candidate[], n: number): { e: string; score: number }[] {
  const best: Candidate[] = [];
  for (const c of cands) {
    if (best.length === n && byScore(c, best[n - 1]) >= 0) continue;
    let i = best.length < n ? best.length : n - 1;
    best[i] = c;
    for (; i > 0 && byScore(best[i], best[i - 1]) < 0; i--) [best[i], best[i - 1]] = [best[i - 1], best[i]];
  }
  return best.map((c) => ({ e: c.e, score: c.score }));
}

/** Each event's candidates, and its three best as first entity, for lists of doc indices. */
export function rankEvents(
  docs: readonly NamingDoc[],
  groups: readonly (readonly number[])[],
  opts: NamingOptions = {},
): { cands: Candidate[][]; firsts: { e: string; score: number }[][] } {
  const ix = indexDocs(docs);
  const m = ix.ids.length;
  const sc: Scratch = { sal: new Float64Array(m), docs: new Int32Array(m), titles: new Int32Array(m), touched: [] };
  const cands = groups.map((g) => eventCandidates(ix, g, sc, opts));
  return { cands, firsts: cands.map((c) => bestFirst(c, 3)) };
}

/**
 * Names of the events (lists of doc indices): the first entity alone, or, when it comes first in several events, with
 * the second most specific to the event ("egypt+morsi"), a pair not used before when there is one; a second that
 * contains the first ("benghazi" and "benghazi-attack") names the event alone.
 */
export function nameEvents(
  docs: readonly NamingDoc[],
  groups: readonly (readonly number[])[],
  opts: NamingOptions = {},
): EventName[] {
  const { cands, firsts } = rankEvents(docs, groups, opts);
  const tops = new Map<string, number>();
  for (const r of firsts) if (r.length) tops.set(r[0].e, (tops.get(r[0].e) ?? 0) + 1);
  const max = opts.maxLength ?? 40;
  // larger events choose their pair first: the coup, not a later protest, is "egypt+morsi"
  const order = groups.map((_, k) => k).sort((a, b) => groups[b].length - groups[a].length || a - b);
  const pairs = new Set<string>();
  const out = new Array<EventName>(groups.length);
  for (const k of order) {
    const r = firsts[k];
    const entities = r.slice(0, 3).map((x) => x.e);
    out[k] = { slug: r.length ? clip(r[0].e, max) : '', entities };
    if (!r.length || (tops.get(r[0].e) ?? 0) < 2) continue;
    const top = r[0].e;
    const second = secondEntity(top, cands[k], pairs, opts);
    if (!second) continue;
    pairs.add(top + '+' + second);
    const slug = hasWords(second, top) ? second : `${short(top, opts)}+${short(second, opts)}`;
    const rest = entities.filter((x) => x !== top && x !== second);
    out[k] = { slug: clip(slug, max), entities: [top, second, ...rest].slice(0, 3) };
  }
  return out;
}

/** The candidate most specific to the event other than `top` (nor a part of it, nor the same surname, nor a news outlet), in a pair not
 *  taken yet when there is one. One pass: the best free one and the best one. */
function secondEntity(
  top: string,
  cands: readonly Candidate[],
  taken: ReadonlySet<string>,
  opts: NamingOptions,
): string | undefined {
  const shortTop = short(top, opts);
  const power = opts.secondSpecPower ?? 0.75;
  let free: { e: string; score: number } | undefined;
  let any: { e: string; score: number } | undefined;
  for (const c of cands) {
    const x = { e: c.e, score: c.salience * Math.pow(c.spec, power) * c.factor };
    const beatsAny = !any || byScore(x, any) < 0;
    const beatsFree = !free || byScore(x, free) < 0;
    if (!beatsAny && !beatsFree) continue;
    if (c.e === top || hasWords(top, c.e) || short(c.e, opts) === shortTop) continue;
    if (opts.types?.get(c.e) === 'media') continue; // a news outlet tells one story from another no better
    if (beatsAny) any = x;
    if (beatsFree && !taken.has(top + '+' + c.e)) free = x;
  }
  return (free ?? any)?.e;
}

/** Whether slug `a` contains slug `b` as whole words ("benghazi-attack" contains "benghazi"). */
function hasWords(a: string, b: string): boolean {
  return ('-' + a + '-').includes('-' + b + '-');
}

/** Words that belong to the surname that follows them ("al-sisi", "bin-salman", "van-rompuy"): the entities' name
 * particles, and the Hebrew and Portuguese ones a slug keeps with the surname ("ben-gurion", "dos-santos"). */
const PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'ben', 'dos', 'das']);

/** A person by surname in a two-entity name ("abdel-fattah-al-sisi" -> "al-sisi"); anything else as it is. */
function short(e: string, opts: Pick<NamingOptions, 'types' | 'names'>): string {
  const w = e.split('-');
  // an acronym pair ("afl-cio") or a name of short words is no "given name + surname"
  if (opts.types?.get(e) !== 'person' || w.every((x) => x.length <= 3)) return e;
  const hyphened = hyphenedFamily(e, opts.names?.get(e));
  if (hyphened) return hyphened;
  // "james-r-clapper-jr": the family name is before the generation suffix
  let i = w.length >= 3 && NAME_SUFFIX.test(w[w.length - 1]) ? w.length - 2 : w.length - 1;
  const end = i + 1;
  while (i > 0 && PARTICLES.has(w[i - 1])) i--;
  return w.slice(i, end).join('-');
}

/** The slug of a family name written with a hyphen as the last word of the name ("Ocasio-Cortez" -> "ocasio-cortez"). */
function hyphenedFamily(e: string, name: string | undefined): string | null {
  const last = name?.trim().split(/\s+/).pop();
  if (!last?.includes('-')) return null;
  const s = slug(last);
  return s.includes('-') && e.endsWith('-' + s) ? s : null;
}

/** At most `max` characters, cut at a word boundary. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('+'));
  return (at > 0 ? cut.slice(0, at) : s.slice(0, max)).replace(/[-+]+$/, '');
}
