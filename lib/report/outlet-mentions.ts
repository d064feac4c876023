// News outlets named in the articles, read as a journalist reads them: an outlet naming itself ("told CNN" in CNN,
// "( CNN ) --", "CNN's Jake Tapper") is house style, and a credit of a source ("according to Reuters", "GAZA CITY
// ( AP ) —", "The Associated Press contributed to this report") is sourcing; neither says whom the outlet covers. An
// outlet named by another outside a credit ("Trump attacked CNN", "a boycott of Fox News") is news about it, a fair
// actor. The charts of who each outlet covers (entity bars, heatmap, co-mentions, main actors) and the tone toward
// actors count only that last kind; the entity table keeps every mention.
import type { Doc } from '../types.js';
import type { Entity, EntityResult, ResolvedMention } from '../entities/entities.js';
import type { Citation } from '../overlap/types.js';
import { outletKey, outletResolver, readOutletTable, type OutletEntry } from '../overlap/outlets.js';
import { toneRows, type ToneRow } from '../framing/tone.js';
import type { Analysis } from '../pipeline.js';

/** How an outlet is named: by itself, in a credit of a source, or as the subject of news. */
export type OutletMentionKind = 'self' | 'credit' | 'news';

/** What the classification reads: the entities, overlap's citations and the docs (texts and sentences). */
export interface OutletMentionInput {
  entities: EntityResult;
  citations: readonly Pick<Citation, 'doc' | 'start' | 'end'>[];
  docs: readonly Pick<Doc, 'id' | 'text' | 'sentences'>[];
  /** the outlet table (default data/outlets.json) */
  outlets?: readonly OutletEntry[];
}

/**
 * A sentence that credits a source for the story rather than reports on it: "X contributed (reporting) to this
 * report", "Contributing: …", "Reporting by X", "Copyright 2014 X", "© X". Written from the wire services' and
 * newspapers' credit lines.
 */
const CREDIT_LINE =
  /\bcontribut(?:ed|ing)\b[^.]{0,40}\b(?:report|reporting|story|article)\b|\bcontributing\s*:|\bmaterial from\b|\b(?:reporting|writing|editing) by\b|\bcopyright\b|©/i;

/**
 * Words just before an outlet's name that make it the source of what is said: "according to", "told", "speaking to",
 * "in an interview with", "a report … by", and the inverted attribution after a comma or quote (", reports The New
 * York Times", ", writes the Post"). "said" without the comma is left out: "Trump said CNN lied" is news about CNN.
 */
const CREDIT_BEFORE = new RegExp(
  '(?:\\baccording to(?:\\s+\\S+){0,3}?|\\btold|\\btells?|\\btelling|\\bciting|\\bcited|\\bquoting|\\bvia|' +
    '\\b(?:speaking|spoke|speak|talking|talked|explained|confirmed|interview|interviews|conversation|remarks|comments|statement) (?:to|with)|' +
    '\\b(?:report|reports|reported|reporting|story|article|interview|comments|translation|analysis|poll|survey|investigation)(?:\\s+\\S+){0,3}\\s+by|' +
    '[,\'"”’]\\s*(?:reports|reported|writes|wrote|notes|noted|adds|added|says|said|according to)|' +
    // where someone spoke or wrote: "said Ms. Ernst on CNN's", "write in Politico", "weighed in on the issue on Fox"
    '\\b(?:said|says|say|told|speaking|spoke|speak|appeared|appearing|appearance|interview|remarks|comments|wrote|writes|write|writing|published|aired|broadcast|posted|asked|weighed in|revealed|leaked|blogging|blogged)\\b(?:\\s+\\S+){0,4}?\\s+(?:on|in|to)|' +
    // who obtained or published it: "obtained by The Associated Press", "a poll from the Pew Research Center"
    '\\b(?:seen|obtained|revealed|released|reviewed|published|conducted|commissioned|broken|translated|provided|supplied)(?:\\s+\\S+){0,2}?\\s+by|\\bcourtesy of|' +
    '\\b(?:poll|polls|survey|data|figures|study|numbers)(?:\\s+\\S+){0,2}?\\s+(?:from|by)|' +
    // a photo or video credit: "( Mike Blake/Reuters )", "( June 20 ) AP"
    '/|\\(\\s*[A-Z][a-z]{2,4}\\.?\\s+\\d{1,2}\\s*\\))' +
    // then "the", a describing word or two ("the state-run SANA news agency") and an opening quote ("on “ Fox News Sunday")
    '\\s*(?:(?:the|a|an)\\s+)?(?:(?:state|state-run|state-owned|official|news|agency|wire|newspaper|broadcaster|network|channel|magazine|website|television|tv|radio)\\s+){0,3}(?:[“"‘]|``)?\\s*$',
  'i',
);

/**
 * Words just after an outlet's name (past a list of other names, "Reuters, CNN and Yahoo News reported") that make it
 * the source: "reported", "writes", "notes", "adds", "first reported", "interview". "said" is left out: "Fox News said
 * in a statement it fired the host" is news about Fox.
 */
const CREDIT_AFTER = new RegExp(
  '^(?:' +
    // the source of a report: "Reuters, which first reported", "CNN and Yahoo News are reporting", "The AP adds"
    "(?:\\s*(?:,|and|&)\\s+(?:the\\s+)?[A-Z][\\w!.'-]*(?:\\s+[A-Z!][\\w!.'-]*)*)*\\s*(?:,\\s*which\\s+)?" +
    '(?:(?:also|first|just|has|had|have|is|are|was|were|previously|later|earlier)\\s+)*' +
    '(?:reported|reports|reporting|writes|wrote|notes|noted|adds|added|learned|obtained|contributed|interview|interviewed|points\\s+out|pointed\\s+out)\\b|' +
    // its journalist's words: "The Washington Post 's David Ignatius writes"
    "\\s*['’]s?\\s+(?:[A-Z][\\w.-]*\\s+){1,3}(?:just\\s+)?(?:writes|wrote|reports|reported|notes|noted|adds|added|says|said|told|tweeted|asked)\\b|" +
    // a clause between the name and its verb: "The BBC, also citing activists, reported"
    '\\s*,[^,]{0,60},\\s*(?:also\\s+)?(?:reports|reported|writes|wrote|notes|noted|says|said|adds|added)\\b|\\s*,\\s*(?:also\\s+)?citing\\b|' +
    // its staff, named as the source's or writer's affiliation: "Washington Post columnist Ruth Marcus", "an AP photographer"
    "\\s*(?:['’]s?\\s+)?(?:[a-z]+\\s+){0,2}(?:correspondent|reporter|journalist|photographer|columnist|analyst|contributor|editor|producer|anchor|host|bureau chief)s?\\b|" +
    // a co-branded poll or a joint credit: "ABC News/Washington Post poll"
    '\\s*/\\s*[A-Z]|' +
    // one of its products cited: "a Fox News poll", "a New York Times analysis", "the Post op-ed"
    "\\s*(?:['’]s?\\s+)?(?:poll|survey|analysis|report|reporting|article|story|investigation|op-ed|editorial|interview|column|piece|appearance|program|programme|show|segment|photo|video|image)s?\\b|" +
    // the author of an embedded post: "— CBS News ( @ CBSNews )"
    '\\s*\\(\\s*@)',
);

/** Entity types that are never an outlet, whatever their name: a person called Fox, a demonym. */
const NEVER_OUTLET: ReadonlySet<string> = new Set(['person', 'demonym']);

/** Entity id -> the outlet it names (the corpus spelling when the outlet is in the corpus), for entities that name one. */
export function outletEntities(
  entities: readonly Pick<Entity, 'id' | 'name' | 'type' | 'aliases'>[],
  corpusOutlets: Iterable<string>,
  table: readonly OutletEntry[] = readOutletTable(),
): Map<string, string> {
  const resolver = outletResolver(table, corpusOutlets);
  const out = new Map<string, string>();
  for (const e of entities) {
    if (NEVER_OUTLET.has(e.type)) continue;
    // by its name and spelled-out spellings: an acronym names many things ("INA" is also the Immigration and
    // Nationality Act, "NPR" a population register)
    const names = [e.name, ...e.aliases.filter((a) => a !== e.name && /\p{Ll}/u.test(a))];
    for (const n of names) {
      const o = resolver.resolve(n);
      if (o) {
        out.set(e.id, o);
        break;
      }
    }
  }
  return out;
}

/** Whether [start, end) overlaps one of the spans, sorted by start. */
function insideAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** The kind of one mention of an outlet entity (`named`: the outlet it names) in an article of `outlet`. */
export function outletMentionKind(
  m: Pick<ResolvedMention, 'start' | 'end' | 'sentence'>,
  named: string,
  outlet: string,
  doc: Pick<Doc, 'text' | 'sentences'> | undefined,
  credits: readonly { start: number; end: number }[],
): OutletMentionKind {
  if (outletKey(named) === outletKey(outlet)) return 'self';
  if (insideAny(credits, m.start, m.end)) return 'credit';
  const s = doc?.sentences[m.sentence];
  if (!doc || !s) return 'news';
  if (CREDIT_LINE.test(doc.text.slice(s.start, s.end))) return 'credit';
  const before = doc.text.slice(Math.max(s.start, m.start - 80), m.start);
  // past the sentence's end, to the line's: a splitter may end a sentence inside a name ("Yahoo ! News reported")
  const after = doc.text.slice(m.end, m.end + 100).split('\n')[0];
  return CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after) ? 'credit' : 'news';
}

/**
 * Whether a mention reads as the outlet: an outlet called "The X" written without its "The" ("on the Hill", "in the
 * Atlantic", "Hill said") is the common word or place, not the outlet.
 */
function readsAsOutlet(
  outlet: string,
  m: { start: number; text: string },
  doc: Pick<Doc, 'text'> | undefined,
): boolean {
  if (!/^The\s/.test(outlet) || /^The\s/.test(m.text)) return true;
  return !!doc && /\bThe\s+$/.test(doc.text.slice(Math.max(0, m.start - 4), m.start));
}

/** How many mentions of one outlet entity were left out, by kind. */
export interface OutletMentionsLeft {
  entity: string;
  name: string;
  self: number;
  credit: number;
  news: number;
}

/** The entity result with only the mentions that are news, and what was left out per outlet entity. */
export interface NewsMentions {
  entities: EntityResult;
  outlets: OutletMentionsLeft[];
}

/** Citations per doc id. */
function creditsByDoc(citations: OutletMentionInput['citations']): Map<string, { start: number; end: number }[]> {
  const by = new Map<string, { start: number; end: number }[]>();
  for (const c of citations) {
    const l = by.get(c.doc);
    if (l) l.push(c);
    else by.set(c.doc, [{ start: c.start, end: c.end }]);
  }
  return by;
}

/**
 * The entity result as the coverage charts should count it: every mention of a news outlet by itself or in a credit
 * left out (see the file's head), entities' mention lists and per-outlet counts rebuilt, entities left with no mention
 * dropped, the rest most mentioned first (ties in their old order). Other entities are unchanged.
 */
export function newsMentionsOnly(input: OutletMentionInput): NewsMentions {
  const r = input.entities;
  const named = outletEntities(r.entities, new Set(r.docs.map((d) => d.outlet)), input.outlets);
  if (!named.size) return { entities: r, outlets: [] };
  const credits = creditsByDoc(input.citations);
  const docById = new Map(input.docs.map((d) => [d.id, d]));
  const tally = new Map<string, OutletMentionsLeft>();
  const mentions = r.mentions.map((list, i) => {
    const { id, outlet } = r.docs[i];
    return list.filter((m) => {
      const o = named.get(m.entity);
      if (!o) return true;
      const kind = outletMentionKind(m, o, outlet, docById.get(id), credits.get(id) ?? []);
      // "Hill" without "The" is Capitol Hill, unless it is credited as a source ("told the Guardian")
      if (kind !== 'credit' && !readsAsOutlet(o, m, docById.get(id))) return true;
      const t = tally.get(m.entity) ?? { entity: m.entity, name: '', self: 0, credit: 0, news: 0 };
      t[kind]++;
      tally.set(m.entity, t);
      return kind === 'news';
    });
  });
  const entities = rebuildEntities(r, mentions, named);
  const outlets = r.entities.filter((e) => tally.has(e.id)).map((e) => ({ ...tally.get(e.id)!, name: e.name }));
  return { entities: { ...r, entities, mentions }, outlets };
}

/** The outlet entities' mention lists and counts from the kept mentions; the others as they were; most mentioned first. */
function rebuildEntities(
  r: EntityResult,
  mentions: readonly ResolvedMention[][],
  named: ReadonlyMap<string, string>,
): Entity[] {
  const kept = new Map<string, { m: Entity['mentions']; by: Record<string, number> }>();
  mentions.forEach((list, i) => {
    for (const m of list) {
      if (!named.has(m.entity)) continue;
      const k = kept.get(m.entity) ?? { m: [], by: {} };
      k.m.push({ doc: m.doc, start: m.start, end: m.end, text: m.text });
      k.by[r.docs[i].outlet] = (k.by[r.docs[i].outlet] ?? 0) + 1;
      kept.set(m.entity, k);
    }
  });
  const out = r.entities
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => !named.has(e.id) || kept.has(e.id))
    .map(({ e, i }) => {
      const k = kept.get(e.id);
      return { e: k ? { ...e, mentions: k.m, by_outlet: k.by } : e, i };
    });
  return out.sort((a, b) => b.e.mentions.length - a.e.mentions.length || a.i - b.i).map((x) => x.e);
}

/** What the analysis-level helpers read. */
type NewsInput = Pick<Analysis, 'entities' | 'docs'> & { overlap: Pick<Analysis['overlap'], 'citations'> };

/** The analysis's entities with news outlets counted only where they are news (newsMentionsOnly). */
export function newsEntities(a: NewsInput, outlets?: readonly OutletEntry[]): NewsMentions {
  return newsMentionsOnly({ entities: a.entities, citations: a.overlap.citations, docs: a.docs, outlets });
}

/**
 * The tone rows with each news outlet, as an actor, measured on the sentences that are news about it (its own name in
 * its own articles and its credits as a source left out: the tone of "…, he told CNN" is the speaker's subject's, not
 * CNN's); an outlet cell left with no sentence is dropped. Every other row is unchanged.
 */
export function newsTone(
  a: NewsInput & {
    framing: Pick<Analysis['framing'], 'tone'> & { detail: Pick<Analysis['framing']['detail'], 'sentences'> };
  },
  outlets?: readonly OutletEntry[],
): ToneRow[] {
  const news = newsEntities(a, outlets);
  const ids = new Set(news.outlets.map((o) => o.entity));
  const tone = a.framing.tone;
  if (!tone.some((r) => ids.has(r.entity_id))) return tone;
  const kept = new Map(news.entities.entities.map((e) => [e.id, e]));
  const targets = [...new Set(tone.filter((r) => ids.has(r.entity_id)).map((r) => r.entity_id))].flatMap((id) => {
    const e = kept.get(id);
    return e ? [{ id, name: e.name, mentions: e.mentions }] : [];
  });
  // body sentences only: entity mentions index the article text, not the headline
  const body = a.framing.detail.sentences.filter((s) => (s as { field?: string }).field !== 'title');
  const redone = toneRows(body, a.docs, targets).filter((r) => r.entity_id !== '');
  const by = new Map(redone.map((r) => [r.entity_id + '\u0000' + r.outlet, r]));
  return tone.flatMap((r) =>
    ids.has(r.entity_id)
      ? by.has(r.entity_id + '\u0000' + r.outlet)
        ? [by.get(r.entity_id + '\u0000' + r.outlet)!]
        : []
      : [r],
  );
}
