// Framing, all parts at once: voices, distinctive own-voice terms, labels, loaded language, sources, tone.
import type { Doc, Span, SpanField, EntityRef } from '../types.js';
import { analyse } from '../text/analyse.js';
import { byString } from '../text/counts.js';
import { docVoice, voiceMask, voiceRows, quoteRows } from './voice.js';
import { transcriptHosts } from './voice-hosts.js';
import { quoteSpeakers, withQuoteSpeakers } from './quote-speakers.js';
import { normIds, type NormIds } from '../text/term-ids.js';
import { distinctiveTerms, houseStyleMask, houseWord, nameNorms, termTables } from './distinctive.js';
import { conceptMentions, entityLabelMentions, labelRows, type LabelRow } from './labels.js';
import { loadedHits, loadedRows, outsideNames, termWeigher, type LoadedHit, type LoadedRow } from './loaded.js';
import { groupLabelMentions } from './groups.js';
import { actorLabelMentions, withoutCovered } from './actor-labels.js';
import { actNameRows, type ActFamily, type ActNameRow } from './act-names.js';
import { eventOutletKey, pooledDistinctiveAndPoints, type PooledOptions, type PooledPoints } from './pooled.js';
import { proseWords } from './prose-uses.js';
import { chartTerms } from './term-points.js';
import { displayForms, shownTerm, type TermDisplay } from './term-display.js';
import { boilerplateMasks } from './boilerplate.js';
import { agencySpansByDoc, type AgencyCopy } from './agency-copy.js';
import { distancingRows, type DistancingRow } from './distancing.js';
import { isPlainTerm } from './plain-terms.js';
import { firstTokenAt } from '../text/tokenize.js';
import { sourceMentions, sourceRows, type SourceMention } from './sources.js';
import { maskNames, sentenceTones, toneRows, type SentenceTone, type ToneRow, type ToneTarget } from './tone.js';
import type {
  DistinctiveRow,
  FramesConfig,
  LabelMention,
  LoadedLexicon,
  OutletTermTable,
  Quote,
  Voice,
  VoiceClass,
} from './types.js';

/** What framing reads: analysed docs plus, as plain data, what other analyses found. */
export interface FramingInput {
  docs: readonly Doc[];
  /** doc id -> headline (Article.title): analysed as an extra own-voice sentence of that doc (the loader takes it out of the body) */
  titles?: Readonly<Record<string, string>>;
  /** spans of docs that overlap analysis found shared with another article (lib/overlap); empty = nothing marked reused */
  reused?: readonly Span[];
  /**
   * another outlet's copy run under its dateline or copyright line (lib/framing/agency-copy.ts): narration there is
   * reused text, not the outlet's own; empty = none
   */
  agencyCopy?: readonly AgencyCopy[];
  /** named actors with their mentions (lib/entities); the most mentioned `maxEntities` get labels and tone */
  entities?: readonly EntityRef[];
  /**
   * entities a speaker may be, when wider than `entities`: places too, as a country or city that speaks is its
   * government ("Iran said", an institution); default `entities`
   */
  speakers?: readonly EntityRef[];
  /**
   * entities that may name an actor before a role noun ("the Syrian government", "Hamas militants": every type,
   * places and demonyms included; actor labels, lib/framing/actor-labels.ts); default `speakers`, then `entities`
   */
  modifiers?: readonly EntityRef[];
  /** abstract actors/events and title words (data/frames.json); without it only entity labels are found */
  frames?: FramesConfig;
  /** loaded-language lexicon (data/loaded-lexicon.json); without it the loaded table is empty */
  lexicon?: LoadedLexicon;
  /** families of competing nouns for one kind of act (data/act-nouns.json); without them no act names are counted */
  acts?: readonly ActFamily[];
  /**
   * doc id -> event id (lib/events): labels are counted and speakers resolved within events, and loaded language also
   * uses outlet contrast within each event; without it the corpus is one event
   */
  events?: Readonly<Record<string, string>>;
}

/** Switches for framing. */
export interface FramingOptions {
  /** voices counted for distinctive terms and tone (default ['own']: the outlet's own narration) */
  include?: readonly VoiceClass[];
  /** voices counted in the label table (default own, quoted, reported: every way the outlet names an actor except copied text) */
  labelVoices?: readonly VoiceClass[];
  /** n-gram lengths of distinctive terms (default [1, 3]) */
  ngrams?: [number, number];
  /** Dirichlet prior strength α0 (default: the corpus's total term count) */
  alpha0?: number;
  /** minimum count of a term in the outlet (default 1) */
  minCount?: number;
  /** 'logodds' (default) or 'dunning' */
  method?: 'logodds' | 'dunning';
  /** distinctive terms kept per outlet (default the 200 with the highest z > 0; the CLI and charts show the top ones) */
  top?: number;
  /** how many of the most mentioned entities get labels and tone (default 15) */
  maxEntities?: number;
  /** drop house style (own name and variants, honorifics, titles, dotted acronyms, party-state tags, datelines, bylines)
   * and words written as names before comparing terms (default true) */
  houseStyle?: boolean;
}

/** Everything framing finds: the six tables of the JSON output plus the detail behind them. */
export interface Framing {
  voice: ReturnType<typeof voiceRows>;
  distinctive: DistinctiveRow[];
  labels: LabelRow[];
  loaded: LoadedRow[];
  sources: ReturnType<typeof sourceRows>;
  tone: ToneRow[];
  /**
   * detail: per-doc voices (bodies), headline voices, quotes, label mentions, lexicon hits, source mentions, scored
   * sentences. Spans in a headline carry {doc: article id, field: 'title'} and index Article.title.
   */
  detail: {
    voices: Voice[];
    titleVoices: Voice[];
    /** the headlines analysed as docs: `id` is the article's, `field` is 'title', `text` is Article.title */
    titleDocs: Doc[];
    /** `speaker`: the person who speaks (quote-speakers.ts), `speaker_role`: the description written with the name */
    quotes: (ReturnType<typeof quoteRows>[number] & { field: SpanField; speaker_role: string })[];
    labelMentions: LabelMention[];
    loadedHits: LoadedHit[];
    sourceMentions: SourceMention[];
    sentences: SentenceTone[];
    /** the term counts per outlet behind `distinctive` (selected voices, house style removed, headlines added) */
    termTable: OutletTermTable;
    /**
     * per outlet that shares a story with another: its pooled z and counts for the term chart's terms, from the
     * computation behind `distinctive` (termChartRows reads them; an outlet without an entry is contrasted corpus-wide)
     */
    termPoints?: Map<string, PooledPoints>;
    /** the display form of each term of `distinctive` and the term chart written otherwise than its key ("Assad"), from the bodies */
    termDisplay?: TermDisplay;
    /** own-narration uses of the heads of each act-noun family, per outlet (empty without `acts`) */
    actNames: ActNameRow[];
    /** phrases some article puts alone in quote marks, per event and outlet: bare and distanced uses (lib/framing/distancing.ts) */
    distancing: DistancingRow[];
    /** the articles (or their parts) that are another outlet's copy, counted as reused text (FramingInput.agencyCopy) */
    agencyCopy?: AgencyCopy[];
  };
}

/** Key a doc's headline is analysed under inside framing; every result carries {doc: article id, field: 'title'} instead. */
export function titleDocId(docId: string): string {
  return docId + '#title';
}

/** A result of a headline doc, pointed at its article: {doc: article id, field: 'title'}; body results unchanged. */
function toArticle<T extends { doc: string }>(x: T, articleOf: ReadonlyMap<string, string>): T & { field?: 'title' } {
  const id = articleOf.get(x.doc);
  return id === undefined ? x : { ...x, doc: id, field: 'title' };
}

/** The framing results with every headline-doc key replaced by its article id and field 'title'. */
function headlinesAsFields(f: Framing, articleOf: ReadonlyMap<string, string>): Framing {
  const to = <T extends { doc: string }>(x: T) => toArticle(x, articleOf);
  const quoteOf = (q: Quote): Quote => ({ ...to(q), speakerSpan: q.speakerSpan && to(q.speakerSpan) });
  const d = f.detail;
  return {
    ...f,
    labels: f.labels.map((r) => ({ ...r, examples: r.examples.map((e) => exampleOf(e, articleOf)) })),
    detail: {
      ...d,
      titleVoices: d.titleVoices.map((v) => ({
        ...v,
        doc: articleOf.get(v.doc) ?? v.doc,
        quotes: v.quotes.map(quoteOf),
        reported: v.reported.map((r) => ({ ...to(r), speakerSpan: r.speakerSpan && to(r.speakerSpan) })),
        spans: spansOf(v.spans, to),
      })),
      titleDocs: d.titleDocs.map((x) => ({ ...x, id: articleOf.get(x.id) ?? x.id, field: 'title' })),
      quotes: d.quotes.map((q) => {
        const id = articleOf.get(q.doc);
        return {
          doc: id ?? q.doc,
          field: id === undefined ? 'text' : 'title',
          speaker: q.speaker,
          speaker_role: q.speaker_role,
          via: q.via,
          depth: q.depth,
          start: q.start,
          end: q.end,
          text: q.text,
        };
      }),
      labelMentions: d.labelMentions.map(to),
      loadedHits: d.loadedHits.map(to),
      sentences: d.sentences.map(to),
    },
  };
}

function spansOf(spans: Voice['spans'], to: (s: Span) => Span): Voice['spans'] {
  return {
    own: spans.own.map(to),
    quoted: spans.quoted.map(to),
    reported: spans.reported.map(to),
    reused: spans.reused.map(to),
  };
}

/** A label example "key: context" whose key is a headline doc, as "article id (headline): context". */
function exampleOf(e: string, articleOf: ReadonlyMap<string, string>): string {
  const cut = e.indexOf(': ');
  const id = cut > 0 ? articleOf.get(e.slice(0, cut)) : undefined;
  return id === undefined ? e : `${id} (headline)${e.slice(cut)}`;
}

/** The headlines as docs of their own (id `titleDocId`), with the map from headline key back to article id. */
function headlineDocs(
  docs: readonly Doc[],
  titles: FramingInput['titles'],
): { titleDocs: Doc[]; articleOf: Map<string, string> } {
  const titleDocs: Doc[] = [];
  const articleOf = new Map<string, string>(); // headline key -> article id
  for (const d of docs) {
    const t = titles?.[d.id];
    if (!t || !t.trim()) continue;
    titleDocs.push({
      ...analyse({ id: titleDocId(d.id), outlet: d.outlet, date: d.date, text: t, paragraphs: [] }),
      field: 'title',
    });
    articleOf.set(titleDocId(d.id), d.id);
  }
  return { titleDocs, articleOf };
}

/** Keep-masks of the selected voices, house style, site furniture and names (left to entities) removed unless houseStyle is false. */
function termMasks(
  docs: readonly Doc[],
  allDocs: readonly Doc[],
  allVoices: readonly Voice[],
  include: readonly VoiceClass[],
  houseStyle: boolean,
  norms: NormIds,
  furniture: ReadonlyMap<string, Uint8Array>,
): Map<string, Uint8Array> {
  const masks = new Map<string, Uint8Array>();
  const names = houseStyle ? nameNorms(docs, 0.5, norms) : new Set<string>();
  // house words and names asked once per distinct norm, not per token (nameMask's and houseWord's answers)
  const house = new Uint8Array(norms.norms.length);
  const name = new Uint8Array(norms.norms.length);
  if (houseStyle)
    norms.norms.forEach((n, k) => {
      house[k] = houseWord(n) ? 1 : 0;
      name[k] = names.has(n) ? 1 : 0;
    });
  allDocs.forEach((d, i) => {
    const m = voiceMask(allVoices[i], include);
    if (houseStyle) {
      const of = norms.of[i];
      const h = houseStyleMask(d, [d.outlet], { of, house }),
        b = furniture.get(d.id);
      for (let k = 0; k < m.length; k++) m[k] &= h[k] & (name[of[k]] ^ 1);
      if (b) for (let k = 0; k < m.length; k++) m[k] &= b[k];
    }
    masks.set(d.id, m);
  });
  return masks;
}

/**
 * Distinctive terms: with events covered by two or more outlets, contrasted within events and pooled
 * (pooledDistinctive); outlets that share no event with another, and corpora without events, get the corpus-wide
 * contrast (distinctiveTerms). Evaluative and descriptive vocabulary ranks above topic words of equal z. `evTable` is
 * the event × outlet table (eventOutletTable), when events are known and the method is log-odds.
 */
function distinctiveOf(
  table: OutletTermTable,
  evTable: OutletTermTable | undefined,
  weigh: (term: string) => number,
  opts: FramingOptions,
  prose?: PooledOptions['prose'],
): { rows: DistinctiveRow[]; points: Map<string, PooledPoints> } {
  const top = opts.top ?? 200;
  // plain words ("first", "really", "people") and counting words are never an outlet's framing
  const plain = new Map<string, boolean>();
  const exclude = (term: string) => plain.get(term) ?? plain.set(term, isPlainTerm(term, weigh)).get(term)!;
  // the term chart's points come from the same pools, so the chart shows the z the table gives (term-points.ts)
  const { rows: pooled, points } = evTable
    ? pooledDistinctiveAndPoints(evTable, { minCount: opts.minCount, top, weigh, exclude, prose }, (_, mine) =>
        chartTerms(table, mine),
      )
    : { rows: [], points: new Map<string, PooledPoints>() };
  // an outlet that shares a story is contrasted there even when no term of it stands out (it has points, no rows):
  // the corpus-wide contrast would give it its topics ("harbour" of the one story it shared) as its wording
  const have = new Set(points.keys());
  const rest = table.outlets.filter((o) => !have.has(o));
  const wide = rest.length
    ? distinctiveTerms(table, {
        alpha0: opts.alpha0,
        minCount: opts.minCount,
        method: opts.method,
        top,
        weigh,
        outlets: rest,
        exclude,
      })
    : [];
  if (!pooled.length) return { rows: wide, points };
  // each part keeps its own order; outlets in name order
  const rows = [...pooled, ...wide.map((r) => ({ ...r, events: 0 }))];
  const order = new Map(table.outlets.map((o, k) => [o, k]));
  return {
    rows: rows
      .map((r, k) => ({ r, k }))
      .sort((a, b) => order.get(a.r.outlet)! - order.get(b.r.outlet)! || a.k - b.k)
      .map((x) => x.r),
    points,
  };
}

/** Label mentions of the main entities, the frames' concepts (in scope) and the groups discovered in the corpus. */
function labelMentionsOf(
  input: FramingInput,
  docs: readonly Doc[],
  voices: readonly Voice[],
  all: { docs: readonly Doc[]; voices: readonly Voice[] },
  main: readonly EntityRef[],
  eventOf: (doc: string) => string | undefined,
  norms: NormIds,
): { labelMentions: LabelMention[]; concept: LabelMention[] } {
  const titles = input.frames?.titles ?? [];
  const [scopeDocs, scopeVoices] = inScope(all.docs, all.voices, input.frames ?? {}, eventOf, norms);
  const concept = input.frames ? conceptMentions(scopeDocs, input.frames, scopeVoices) : [];
  const groups = groupLabelMentions(docs, input.entities ?? [], voices, {
    titles,
    events: input.events ?? {},
    norms,
  });
  // the body docs are the first of all.docs, so their norm numbers are the first of norms.of
  const bodyNorms = { norms: norms.norms, of: norms.of.slice(0, docs.length) };
  const actors = actorLabelMentions(docs, input.modifiers ?? input.speakers ?? input.entities ?? [], voices, {
    titles,
    norms: bodyNorms,
  });
  // a concept phrase of the user's pack wins over an actor label on the same words; an actor label over a group
  // label on the same head ("Hamas militants" is Hamas's, not the unnamed militants')
  const actorsKept = withoutCovered(actors, concept, 'overlap');
  const labelMentions = [
    ...entityLabelMentions(docs, main, titles, voices, bodyNorms),
    ...concept,
    ...withoutCovered(groups, actorsKept, 'end'),
    ...actorsKept,
  ];
  if (input.events)
    for (const m of labelMentions) {
      const ev = eventOf(m.doc);
      if (ev !== undefined) m.event = ev;
    }
  return { labelMentions, concept };
}

/** Sentence tones on the selected voices, and tone rows overall and toward the main entities and concepts. */
function toneOf(
  input: FramingInput,
  all: { docs: readonly Doc[]; voices: readonly Voice[] },
  include: readonly VoiceClass[],
  main: readonly EntityRef[],
  concept: readonly LabelMention[],
  norms: NormIds,
): { sentences: SentenceTone[]; tone: ToneRow[] } {
  const toneMasks = new Map<string, Uint8Array>();
  all.docs.forEach((d, i) => toneMasks.set(d.id, voiceMask(all.voices[i], include)));
  // a name's words ("Supreme" Court, "Freedom" Caucus) are no tone, whoever the name's (every entity, not the main ones)
  maskNames(all.docs, toneMasks, input.modifiers ?? input.speakers ?? input.entities ?? main);
  const sentences = sentenceTones(all.docs, toneMasks, 3, norms);
  const targets: ToneTarget[] = main.map((e) => ({ id: e.id, name: e.name, mentions: e.mentions }));
  for (const c of input.frames?.concepts ?? []) {
    const ms = concept.filter((m) => m.target === c.id).map((m) => ({ doc: m.doc, start: m.start, end: m.end }));
    if (ms.length) targets.push({ id: c.id, name: c.name, mentions: ms });
  }
  return { sentences, tone: toneRows(sentences, all.docs, targets) };
}

/**
 * Loaded-term hits outside site furniture: a teaser's or name card's headline ("Trump blasts …") is not the outlet's
 * wording of this story, as the distinctive terms already leave it out.
 */
function outsideFurniture(hits: LoadedHit[], docs: readonly Doc[], furniture: ReadonlyMap<string, Uint8Array>) {
  if (!furniture.size) return hits;
  const byId = new Map(docs.map((d) => [d.id, d]));
  return hits.filter((h) => {
    const m = furniture.get(h.doc);
    const d = byId.get(h.doc);
    return !m || !d || m[firstTokenAt(d.tokens, h.start)] !== 0;
  });
}

/**
 * The distinctive rows with the corpus's written form of each term beside its folded key (`display` after `term`), and
 * the display forms of every term the chart draws; headlines (title case) are no evidence, so the bodies are read.
 */
function withDisplay(
  keyed: readonly DistinctiveRow[],
  docs: readonly Doc[],
  table: OutletTermTable,
): { distinctive: DistinctiveRow[]; termDisplay: TermDisplay } {
  const termDisplay = displayForms(docs, chartTerms(table, keyed));
  const distinctive = keyed.map(({ outlet, term, ...rest }) => ({
    outlet,
    term,
    display: shownTerm(termDisplay, term),
    ...rest,
  }));
  return { distinctive, termDisplay };
}

/** Run every framing analysis on a corpus. */
export function analyseFraming(input: FramingInput, opts: FramingOptions = {}): Framing {
  const docs = input.docs;
  const include = opts.include ?? ['own'];
  const reusedByDoc = new Map<string, Span[]>();
  for (const r of input.reused ?? []) (reusedByDoc.get(r.doc) ?? reusedByDoc.set(r.doc, []).get(r.doc)!).push(r);
  const scratch = { code: new Uint8Array(0) }; // one buffer of voice codes for every doc
  const agency = agencySpansByDoc(input.agencyCopy ?? []);
  const hosts = transcriptHosts(docs); // a broadcast's own hosts speak for the outlet
  const voices = docs.map((d) =>
    docVoice(d, reusedByDoc.get(d.id) ?? [], scratch, agency.get(d.id), hosts.get(d.outlet)),
  );
  const { titleDocs, articleOf } = headlineDocs(docs, input.titles);
  const titleVoices = titleDocs.map((d) => docVoice(d, [], scratch));
  const all = { docs: [...docs, ...titleDocs], voices: [...voices, ...titleVoices] };
  const events = input.events ?? {};
  const eventOf = (doc: string) => events[doc] ?? events[doc.endsWith('#title') ? doc.slice(0, -6) : doc];
  const eventMap = input.events ? new Map(all.docs.map((d) => [d.id, eventOf(d.id) ?? ''])) : undefined;

  const norms = normIds(all.docs);
  const houseStyle = opts.houseStyle ?? true;
  const furniture = houseStyle
    ? boilerplateMasks(docs, { events: eventMap, captions: true })
    : new Map<string, Uint8Array>();
  const masks = termMasks(docs, all.docs, all.voices, include, houseStyle, norms, furniture);
  const termOpts = { ngrams: opts.ngrams ?? ([1, 3] as [number, number]), norms };
  // bodies and headlines counted together per outlet and, for the within-event contrast, per event × outlet (one pass)
  const pooled = eventMap && (opts.method ?? 'logodds') === 'logodds';
  const [table, evTable] = termTables(
    all.docs,
    pooled ? [(d) => d.outlet, eventOutletKey(eventMap)] : [(d) => d.outlet],
    masks,
    termOpts,
  );
  const weigh = termWeigher(input.lexicon);
  // a word one outlet prints story after story is its page furniture unless written in its running prose
  const prose = evTable && proseWords(all.docs, masks);
  const { rows: keyed, points: termPoints } = distinctiveOf(table, evTable, weigh, opts, prose);
  const { distinctive, termDisplay } = withDisplay(keyed, docs, table);

  const main = mainEntities(input.entities ?? [], opts.maxEntities ?? 15);
  const { labelMentions, concept } = labelMentionsOf(input, docs, voices, all, main, eventOf, norms);
  const labels = labelRows(labelMentions, all.docs, { include: opts.labelVoices, weigh });
  const hits = input.lexicon
    ? outsideNames(
        outsideFurniture(loadedHits(all.docs, all.voices, input.lexicon, { events: eventMap, norms }), docs, furniture),
        input.speakers ?? input.entities ?? [],
      )
    : [];
  const srcMentions = sourceMentions(docs, voices, input.speakers ?? input.entities ?? [], events);
  const { sentences, tone } = toneOf(input, all, include, main, concept, norms);

  return headlinesAsFields(
    {
      voice: voiceRows(voices),
      distinctive,
      labels,
      loaded: loadedRows(hits),
      sources: sourceRows(srcMentions),
      tone,
      detail: {
        voices,
        titleVoices,
        titleDocs,
        quotes: withQuoteSpeakers(quoteRows(all.voices, all.docs), quoteSpeakers(all.voices, srcMentions)),
        labelMentions,
        loadedHits: hits,
        sourceMentions: srcMentions,
        sentences,
        termTable: table,
        termPoints,
        termDisplay,
        actNames: actNameRows(all.docs, all.voices, input.acts ?? [], weigh, furniture, (d) => eventOf(d) ?? ''),
        distancing: distancingRows(all.docs, all.voices, {}, furniture, (d) => eventOf(d) ?? ''),
        agencyCopy: [...(input.agencyCopy ?? [])],
      },
    },
    articleOf,
  );
}

/**
 * The docs (and their voices) of the events a concept pack's scope words occur in (every doc when the scope is empty),
 * dated on or after the pack's `since` when it has one (undated docs stay): a pack written for one story does not
 * label the same country's coverage of years before.
 */
function inScope(
  docs: readonly Doc[],
  voices: readonly Voice[],
  frames: Pick<FramesConfig, 'scope' | 'since'>,
  eventOf: (doc: string) => string | undefined,
  norms: NormIds,
): [Doc[], Voice[]] {
  const scope = frames.scope ?? [];
  const since = frames.since;
  const words = new Set(scope.map((w) => w.toLowerCase()));
  // the scope words by norm number (`norms` aligned with `docs`): no lookup by string per token
  const isScope = Uint8Array.from(norms.norms, (w) => (words.has(w) ? 1 : 0));
  const hit = new Set<string>();
  if (scope.length)
    docs.forEach((d, i) => {
      if (norms.of[i].some((k) => isScope[k] === 1)) hit.add(eventOf(d.id) ?? d.id);
    });
  const keep = docs.map(
    (d) => (!scope.length || hit.has(eventOf(d.id) ?? d.id)) && (!since || !d.date || d.date >= since),
  );
  return [docs.filter((_, i) => keep[i]), voices.filter((_, i) => keep[i])];
}

export { termChartRows } from './term-points.js';

/** The entities with the most mentions (ties by name), the ones framing describes. */
export function mainEntities<E extends EntityRef>(entities: readonly E[], k: number): E[] {
  return entities
    .slice()
    .sort((a, b) => b.mentions.length - a.mentions.length || byString(a.name, b.name))
    .slice(0, k);
}

/** The documented JSON shape: {voice, distinctive, labels, loaded, sources, tone} (detail left out). */
export function framingJson(
  f: Framing,
): Pick<Framing, 'voice' | 'distinctive' | 'labels' | 'loaded' | 'sources' | 'tone'> {
  return {
    voice: f.voice,
    distinctive: f.distinctive,
    labels: f.labels,
    loaded: f.loaded,
    sources: f.sources,
    tone: f.tone,
  };
}
