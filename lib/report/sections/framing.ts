// The report's framing section: whose voice each article is written in, the words each outlet leans on, labels, loaded
// terms, sources, tone.
import type { Doc, Figure } from '../../types.js';
import type { Analysis } from '../../pipeline.js';
import { chartRows } from '../chart-rows.js';
import {
  labelTableHtml,
  sourcesFigure,
  termChartFigure,
  toneFigure,
  voiceSharesFigure,
} from '../../figures/framing.js';
import { framingFindings } from '../framing-findings.js';
import { agencyCopyFindings } from '../loaded-findings.js';
import { distinctiveTable, leaningCandidates } from '../leaning-findings.js';
import { actFindings, distancingFindings, labelFindings } from '../label-findings.js';
import { actNameTable } from '../../framing/act-names.js';
import { distancingTable } from '../../framing/distancing.js';
import { termSpreads } from '../spread.js';
import { asideReason, chartAside, type AsideReason } from '../term-aside.js';
import { eventMap } from '../../events/events.js';
import type { ReportSection } from '../types.js';
import { byString } from '../../util/compare.js';
import { newsTone } from '../outlet-mentions.js';

/**
 * One term chart per outlet, for the outlets with the most articles (at most 8: more charts would bury the rest), those
 * of one article left out when outlets of several are there (one piece's words, not an outlet's habit); each chart
 * counts as clear only the terms the findings and notebook 04 count (term-aside.ts: one article's topic, house
 * spelling set aside, and named in its title).
 */
function termCharts(f: Analysis['framing'], articlesOf: ReadonlyMap<string, number>, aside: AsideReason): Figure[] {
  const several = [...articlesOf.keys()].filter((o) => articlesOf.get(o)! >= 2);
  const charted = (several.length ? several : [...articlesOf.keys()])
    .sort((a, b) => articlesOf.get(b)! - articlesOf.get(a)! || byString(a, b))
    .slice(0, 8)
    .sort(byString);
  const out: Figure[] = [];
  for (const o of charted) {
    const rows = chartRows(f, o);
    const set = chartAside(f.detail.termTable, o, rows, aside);
    if (rows.length) out.push({ ...termChartFigure(rows, o, { aside: set }), name: `distinctive-terms-${o}` });
  }
  return out;
}

/**
 * How each clear term's uses spread over its outlet's articles (every clear term: the charts count them all), and the
 * reason a clear term is set aside (term-aside.ts).
 */
function termAside(
  f: Analysis['framing'],
  docs: readonly Doc[] | undefined,
  articlesOf: ReadonlyMap<string, number>,
): { spread: ReturnType<typeof termSpreads> | undefined; aside: AsideReason } {
  const spread = docs?.length ? termSpreads(docs, leaningCandidates(f.distinctive, Infinity)) : undefined;
  return { spread, aside: asideReason(f.detail.termTable, spread, articlesOf) };
}

/**
 * The framing section: findings, voice/sources/tone charts, one distinctive-terms chart per outlet, the label table and
 * the tables behind them.
 */
export function framingSection(
  analysis: Pick<Analysis, 'corpus' | 'framing'> &
    Partial<Pick<Analysis, 'entities' | 'overlap'>> & { docs?: readonly Doc[]; events?: Analysis['events'] },
): ReportSection {
  const f = analysis.framing;
  const { entities, overlap, docs } = analysis;
  // a news outlet as an actor: toned on the sentences that are news about it, not on its credits or its own name
  const tone = entities && overlap && docs ? newsTone({ entities, overlap, docs: [...docs], framing: f }) : f.tone;
  const articles = analysis.corpus.articles;
  const outletOf: Record<string, string> = Object.fromEntries(articles.map((a) => [a.id, a.outlet]));
  const outlets = [...new Set(articles.map((a) => a.outlet))].sort(byString);
  const figures: Figure[] = [voiceSharesFigure(f.voice, outletOf)];
  if (f.sources.length) figures.push(sourcesFigure(f.sources));
  const articlesOf = new Map<string, number>();
  for (const a of articles) articlesOf.set(a.outlet, (articlesOf.get(a.outlet) ?? 0) + 1);
  if (tone.length) figures.push(toneFigure(tone, { articles: Object.fromEntries(articlesOf) }));
  const { spread, aside } = termAside(f, docs, articlesOf);
  if (outlets.length > 1) figures.push(...termCharts(f, articlesOf, aside));
  const voice = f.voice.map((v) => ({ outlet: outletOf[v.doc] ?? '', ...v }));
  return {
    id: 'framing',
    title: 'Framing: how each outlet tells it',
    intro:
      'Each article is split into its own narration, direct quotes, reported speech and text reused from another article; framing compares the outlets’ own words. ' +
      'Distinctive terms are log-odds with an informative Dirichlet prior (house style such as the outlet’s own name and honorifics removed); ' +
      'labels are the words each outlet uses for the same actor or event; tone is the mean AFINN score of own-voice sentences.',
    findings: [
      ...framingFindings(
        {
          voice: f.voice,
          distinctive: f.distinctive,
          loaded: f.loaded,
          sources: f.sources,
          loadedHits: f.detail?.loadedHits,
          eventOf: analysis.events ? eventMap(analysis.events) : undefined,
        },
        outletOf,
        spread,
        aside,
      ),
      ...agencyCopyFindings(f.detail?.agencyCopy ?? []),
      ...labelFindings(f.labels),
      ...actFindings(f.detail?.actNames ?? []),
      ...distancingFindings(f.detail?.distancing ?? []),
    ],
    figures,
    tables: framingTables(f, voice, tone, aside),
    html: f.labels.length
      ? `<h3 id="labels">What each outlet calls the same actors and events</h3>${labelTableHtml(f.labels)}`
      : undefined,
  };
}

/** The tables behind the framing section, in the order the report lists them. */
function framingTables(
  f: Analysis['framing'],
  voice: readonly Record<string, unknown>[],
  tone: Analysis['framing']['tone'],
  aside: AsideReason,
): ReportSection['tables'] {
  return [
    { name: 'voice', caption: 'Share of each article’s words by voice', rows: voice },
    {
      name: 'distinctive-terms',
      ...distinctiveTable(f.distinctive, aside),
      show: 30,
    },
    {
      name: 'labels',
      caption: 'Labels for the same actor or event, per outlet',
      rows: f.labels.map((r) => ({ ...r, examples: r.examples.join(' | ') })),
      show: 0,
    },
    {
      name: 'act-names',
      caption: 'Nouns each outlet uses in its own narration for one kind of act (data/act-nouns.json)',
      rows: actNameTable(f.detail?.actNames ?? []),
      show: 0,
    },
    {
      name: 'distancing',
      caption:
        'Phrases some article puts alone in quote marks: uses per outlet as its own words (bare), in scare quotes or after “so-called” (quoted), in quote marks reporting a speaker’s word or an owner’s coined name (attributed) or introducing a term (introduced); termOfArt: a term the corpus names as such and no one is said to call anything, or one quoted only on first mention and bare in three outlets or more',
      rows: distancingTable(f.detail?.distancing ?? []),
      show: 0,
    },
    {
      name: 'loaded-terms',
      caption: 'Loaded terms (from data/loaded-lexicon.json) by voice',
      rows: f.loaded,
      show: 25,
    },
    {
      name: 'sources',
      caption: 'Who speaks: named people, anonymous sources, media, others',
      rows: f.sources,
      show: 25,
    },
    {
      name: 'tone',
      caption:
        'Tone of own-voice sentences, overall and toward the main actors (a news outlet toward the sentences that are news about it, not its credits; margin: half the 95% interval of the mean, a mean within it of 0 is no clear tone; the rows of an outlet of one article are the tone of one piece, not of the outlet)',
      rows: tone,
      show: 0,
    },
    { name: 'quotes', caption: 'Every direct quote with its speaker', rows: f.detail.quotes, show: 0 },
  ];
}
