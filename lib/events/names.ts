// Event names a journalist recognises: the entity the event's articles are about (in their headlines, in most of
// them, often), not merely the rarest one they share; and a second, the most specific to the event, when the first
// names other events too.
import { byString } from '../text/counts.js';

/** What naming reads about one article. */
export interface NamingDoc {
  /** entity ids mentioned in the article, once per mention */
  entities: readonly string[];
  /** entity ids the article's headline names */
  titleEntities?: readonly string[];
}

/** Knobs of the naming score (exported for experiments; the defaults are the documented rule). */
export interface NamingOptions {
  /** entity id -> type (person, org, place, group, event, demonym, unknown) */
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
}

/** Each doc's mentions per entity. */
function docCounts(docs: readonly NamingDoc[]): Map<string, number>[] {
  return docs.map((d) => {
    const tf = new Map<string, number>();
    for (const e of d.entities) tf.set(e, (tf.get(e) ?? 0) + 1);
    return tf;
  });
}

/** Number of docs that mention each entity. */
function docFreq(counts: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const tf of counts) for (const e of tf.keys()) df.set(e, (df.get(e) ?? 0) + 1);
  return df;
}

/** How much an entity of this type can name a story: actors and places do; a demonym or an untyped word rarely. */
function typeFactor(e: string, type: string | undefined): number {
  if (type === 'demonym') return 0.3;
  if (type === 'unknown') return e.includes('-') ? 0.7 : 0.1;
  return 1;
}

/**
 * The entities that can name the event: salience = mean over its articles of (titleWeight if the headline names it)
 * + min(1, mentions / fullCount); spec = share of the corpus articles naming it that are in this event. Only those in
 * half the articles, or in the headlines of a third (and two), can name it: an aside in a few articles cannot.
 */
export function eventCandidates(
  docs: readonly NamingDoc[],
  counts: readonly ReadonlyMap<string, number>[],
  members: readonly number[],
  df: ReadonlyMap<string, number>,
  opts: NamingOptions = {},
): Candidate[] {
  const stats = new Map<string, { sal: number; docs: number; titles: number }>();
  const titleWeight = opts.titleWeight ?? 2;
  const fullCount = opts.fullCount ?? 3;
  for (const i of members) {
    const title = docs[i].titleEntities ?? [];
    for (const [e, n] of counts[i]) {
      const inTitle = title.includes(e);
      const w = (inTitle ? titleWeight : 0) + Math.min(1, n / fullCount);
      const st = stats.get(e);
      if (st) {
        st.sal += w;
        st.docs++;
        st.titles += inTitle ? 1 : 0;
      } else stats.set(e, { sal: w, docs: 1, titles: inTitle ? 1 : 0 });
    }
  }
  const n = members.length;
  const atLeast = (share: number, floor: number) => Math.max(floor, Math.ceil(share * n - 1e-9));
  const minDocs = atLeast(opts.minShare ?? 0.5, 1);
  const minTitles = atLeast(opts.minTitleShare ?? 1 / 3, 2);
  const out: Candidate[] = [];
  for (const [e, st] of stats) {
    if (st.docs < minDocs && st.titles < minTitles) continue;
    out.push({
      e,
      salience: st.sal / n,
      spec: st.docs / (df.get(e) ?? st.docs),
      factor: typeFactor(e, opts.types?.get(e)),
    });
  }
  return out;
}

/** Candidates by salience × spec^power × type factor, best first (ties by id). */
export function rankCandidates(cands: readonly Candidate[], power: number): { e: string; score: number }[] {
  return cands
    .map((c) => ({ e: c.e, score: c.salience * Math.pow(c.spec, power) * c.factor }))
    .sort((a, b) => b.score - a.score || byString(a.e, b.e));
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
  const counts = docCounts(docs);
  const df = docFreq(counts);
  const cands = groups.map((g) => eventCandidates(docs, counts, g, df, opts));
  const firsts = cands.map((c) => rankCandidates(c, opts.specPower ?? 0.25));
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
    const second = secondEntity(r[0].e, cands[k], pairs, opts);
    if (!second) continue;
    pairs.add(r[0].e + '+' + second);
    const slug = hasWords(second, r[0].e) ? second : `${short(r[0].e, opts.types)}+${short(second, opts.types)}`;
    out[k] = {
      slug: clip(slug, max),
      entities: [r[0].e, ...entities.filter((x) => x !== r[0].e && x !== second)].slice(0, 2),
    };
    out[k].entities.splice(1, 0, second);
  }
  return out;
}

/** The candidate most specific to the event other than `top` (nor a part of it, nor the same surname), in a pair not
 *  taken yet when there is one. */
function secondEntity(
  top: string,
  cands: readonly Candidate[],
  taken: ReadonlySet<string>,
  opts: NamingOptions,
): string | undefined {
  const shortTop = short(top, opts.types);
  const seconds = rankCandidates(
    cands.filter((c) => c.e !== top && !hasWords(top, c.e) && short(c.e, opts.types) !== shortTop),
    opts.secondSpecPower ?? 0.75,
  );
  return (seconds.find((x) => !taken.has(top + '+' + x.e)) ?? seconds[0])?.e;
}

/** Whether slug `a` contains slug `b` as whole words ("benghazi-attack" contains "benghazi"). */
function hasWords(a: string, b: string): boolean {
  return ('-' + a + '-').includes('-' + b + '-');
}

/** Words that belong to the surname that follows them ("al-sisi", "bin-salman", "van-rompuy"). */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'abu',
  'abd',
  'ben',
  'de',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'la',
  'le',
  'dos',
  'das',
]);

/** A person by surname in a two-entity name ("abdel-fattah-al-sisi" -> "al-sisi"); anything else as it is. */
function short(e: string, types: ReadonlyMap<string, string> | undefined): string {
  const w = e.split('-');
  // an acronym pair ("afl-cio") or a name of short words is no "given name + surname"
  if (types?.get(e) !== 'person' || w.every((x) => x.length <= 3)) return e;
  let i = w.length - 1;
  while (i > 0 && PARTICLES.has(w[i - 1])) i--;
  return w.slice(i).join('-');
}

/** At most `max` characters, cut at a word boundary. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max + 1);
  const at = Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('+'));
  return (at > 0 ? cut.slice(0, at) : s.slice(0, max)).replace(/[-+]+$/, '');
}
