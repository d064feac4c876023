// Two outlets side by side: the own-voice terms, labels and entities that set outlet a apart from outlet b.
// Pure: reads an Analysis, returns rows and a plotly figure.
import { displayForms, shownTerm } from '../framing/term-display.js';
import type { Figure } from '../types.js';
import type { Analysis } from '../pipeline.js';
import { logOddsDirichlet } from '../framing/distinctive.js';
import { baseLayout, esc, figure, label, outletColors } from '../figures/style.js';
import { poolLabelRows } from '../framing/labels.js';
import { wordsPerOutlet } from './rates.js';
import { MIN_SHARED_WORDS, ownTermTable, sharedStoryArticles } from './story-terms.js';
import type { OutletTermTable } from '../framing/types.js';
import { newsEntities } from '../report/outlet-mentions.js';

/** A term used more by one of the two outlets (z > 0: more by a; z < 0: more by b); rates per 1,000 terms. */
export interface CompareTermRow {
  /** the folded key the counts use ("assad") */
  term: string;
  /** the term as the corpus writes it most often inside sentences ("Assad"; lib/framing/term-display.ts) */
  display?: string;
  z: number;
  count_a: number;
  count_b: number;
  per1k_a: number;
  per1k_b: number;
}

/** An entity's mentions in both outlets, per 1,000 words. */
export interface CompareEntityRow {
  entity: string;
  name: string;
  type: string;
  mentions_a: number;
  mentions_b: number;
  per1k_a: number;
  per1k_b: number;
}

/** A label (what an outlet calls an actor or event) used by only one of the two outlets. */
export interface CompareLabelRow {
  entity: string;
  label: string;
  outlet: string;
  count: number;
  own: number;
}

/** Everything compareOutlets finds, plus the chart. */
export interface OutletComparison {
  a: string;
  b: string;
  terms: CompareTermRow[];
  entities: CompareEntityRow[];
  labels: CompareLabelRow[];
  /**
   * the stories (events) each outlet covered and those both covered: terms and entities are counted over all their
   * articles, so on a corpus of many stories a difference can be a story only one of them covered
   */
  stories: { a: number; b: number; both: number };
  /**
   * what the terms are counted over: the stories both covered when each outlet has MIN_SHARED_WORDS own-voice words
   * there (`articles`: how many of each outlet's articles), else all articles of the two outlets; `undated`: how many
   * of the articles counted have no date and no story given by the input. Stories of undated articles are grouped by the names they share alone, so
   * one "story" can hold several news events on one subject, years apart: a difference there is not only wording.
   */
  termScope: { over: 'shared stories' | 'all articles'; articles: { a: number; b: number }; undated: number };
  figure: Figure;
}

/** How many events each of the two outlets covered, and how many both covered. */
export function sharedStories(
  analysis: Pick<Analysis, 'events' | 'docs'>,
  a: string,
  b: string,
): OutletComparison['stories'] {
  const outletOf = new Map(analysis.docs.map((d) => [d.id, d.outlet]));
  const of = new Map<string, Set<string>>([
    [a, new Set()],
    [b, new Set()],
  ]);
  for (const x of analysis.events?.assignments ?? []) of.get(outletOf.get(x.doc) ?? '')?.add(x.event);
  const ea = of.get(a)!,
    eb = of.get(b)!;
  return { a: ea.size, b: eb.size, both: [...ea].filter((e) => eb.has(e)).length };
}

const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;

/** Distinctive own-voice terms of a against b only (log-odds, informative Dirichlet prior from the two outlets). */
function compareTerms(table: OutletTermTable, a: string, b: string, minCount: number): CompareTermRow[] {
  const ia = table.outlets.indexOf(a),
    ib = table.outlets.indexOf(b);
  const none = new Map<string, number>();
  const ca = table.counts[ia] ?? none,
    cb = table.counts[ib] ?? none;
  const na = table.totals[ia] ?? 0,
    nb = table.totals[ib] ?? 0;
  const alpha0 = na + nb;
  const rows: CompareTermRow[] = [];
  for (const term of new Set([...ca.keys(), ...cb.keys()])) {
    const ya = ca.get(term) ?? 0,
      yb = cb.get(term) ?? 0;
    if (ya + yb < minCount) continue;
    const { z } = logOddsDirichlet(ya, na, yb, nb, ya + yb, alpha0); // prior: the term's share of both outlets times alpha0
    rows.push({
      term,
      z: round(z),
      count_a: ya,
      count_b: yb,
      per1k_a: round((1000 * ya) / Math.max(1, na), 2),
      per1k_b: round((1000 * yb) / Math.max(1, nb), 2),
    });
  }
  return rows.sort((x, y) => y.z - x.z || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
}

/**
 * Compare outlet a with outlet b: distinctive terms (own voice), entity rates per 1,000 words (a news outlet counted
 * only where it is news, as in the entity charts: "told CNN" in CNN is neither CNN's subject nor a choice), labels only
 * one uses, and a chart.
 */
export function compareOutlets(
  analysis: Analysis,
  a: string,
  b: string,
  opts: { top?: number; minCount?: number } = {},
): OutletComparison {
  const outlets = analysis.framing.detail.termTable.outlets;
  for (const o of [a, b])
    if (!outlets.includes(o))
      throw new Error(`compareOutlets: no outlet named ${JSON.stringify(o)} (outlets: ${outlets.join(', ')})`);
  if (a === b) throw new Error('compareOutlets: give two different outlets');
  const scope = scopeOfTerms(analysis, a, b);
  const keyed = compareTerms(scope.table, a, b, opts.minCount ?? 2);
  const shown = displayForms(
    analysis.docs,
    keyed.map((t) => t.term),
  );
  const terms = keyed.map(({ term, ...rest }) => ({ term, display: shownTerm(shown, term), ...rest }));
  const words = wordsPerOutlet(analysis.docs);
  const wa = Math.max(1, words[a] ?? 0),
    wb = Math.max(1, words[b] ?? 0);
  const entities = newsEntities(analysis)
    .entities.entities.filter((e) => e.type !== 'demonym' && ((e.by_outlet[a] ?? 0) > 0 || (e.by_outlet[b] ?? 0) > 0))
    .map((e) => {
      const ma = e.by_outlet[a] ?? 0,
        mb = e.by_outlet[b] ?? 0;
      return {
        entity: e.id,
        name: e.name,
        type: e.type,
        mentions_a: ma,
        mentions_b: mb,
        per1k_a: round((1000 * ma) / wa, 2),
        per1k_b: round((1000 * mb) / wb, 2),
      };
    })
    .sort(
      (x, y) => Math.abs(y.per1k_a - y.per1k_b) - Math.abs(x.per1k_a - x.per1k_b) || (x.entity < y.entity ? -1 : 1),
    );
  const used = new Map<string, Set<string>>();
  for (const r of analysis.framing.labels) {
    if (r.outlet !== a && r.outlet !== b) continue;
    const k = r.entity + '\u0000' + r.label.toLowerCase();
    (used.get(k) ?? used.set(k, new Set()).get(k)!).add(r.outlet);
  }
  const labels = poolLabelRows(analysis.framing.labels) // one row per actor, outlet and label, over all events
    .filter(
      (r) =>
        r.kind !== 'name' &&
        (r.outlet === a || r.outlet === b) &&
        used.get(r.entity + '\u0000' + r.label.toLowerCase())!.size === 1,
    )
    .map((r) => ({ entity: r.entity, label: r.label, outlet: r.outlet, count: r.count, own: r.own }))
    .sort((x, y) => y.count - x.count || (x.entity + x.label < y.entity + y.label ? -1 : 1));
  const stories = sharedStories(analysis, a, b);
  const termScope = { over: scope.over, articles: scope.articles, undated: scope.undated };
  const on =
    scope.over !== 'shared stories'
      ? ''
      : scope.undated
        ? ` on the ${stories.both} ${stories.both === 1 ? 'subject' : 'subjects'} both covered (undated: grouped by shared names)`
        : ` on the ${stories.both === 1 ? 'one story' : `${stories.both} stories`} both covered`;
  return { a, b, terms, entities, labels, stories, termScope, figure: compareFigure(a, b, terms, opts.top ?? 12, on) };
}

/**
 * The term table two outlets are compared on: the stories both covered when each has MIN_SHARED_WORDS own-voice words
 * there, else framing's table over all their articles.
 */
function scopeOfTerms(
  analysis: Analysis,
  a: string,
  b: string,
): OutletComparison['termScope'] & { table: OutletTermTable } {
  // an article placed in its story by the input's `event` column is placed by the user, not by shared names
  const given = new Set(analysis.corpus.articles.filter((x) => x.event?.trim()).map((x) => x.id));
  const count = (docs: readonly { id: string; outlet: string; date: string | null }[]) => ({
    articles: { a: docs.filter((d) => d.outlet === a).length, b: docs.filter((d) => d.outlet === b).length },
    undated: docs.filter((d) => (d.outlet === a || d.outlet === b) && !d.date && !given.has(d.id)).length,
  });
  const shared = sharedStoryTable(analysis, a, b);
  if (shared) return { table: shared.table, over: 'shared stories', ...count(shared.docs) };
  return { table: analysis.framing.detail.termTable, over: 'all articles', ...count(analysis.docs) };
}

/**
 * The two outlets' own-voice term table on the stories both covered, with those stories' articles, when each outlet
 * has MIN_SHARED_WORDS own-voice words there; undefined when they share no story or too little text.
 */
export function sharedStoryTable(
  analysis: Analysis,
  a: string,
  b: string,
): { table: OutletTermTable; docs: Analysis['docs'] } | undefined {
  const shared = sharedStoryArticles(analysis, a, b);
  if (!shared.stories) return undefined;
  const table = ownTermTable(analysis, shared.docs, [a, b]);
  const words = (o: string) => table.words?.[table.outlets.indexOf(o)] ?? 0;
  return words(a) >= MIN_SHARED_WORDS && words(b) >= MIN_SHARED_WORDS ? { table, docs: shared.docs } : undefined;
}

/** Diverging bars: the top terms of a (right) and of b (left) by z, with counts and rates in the hover. */
export function compareFigure(a: string, b: string, terms: readonly CompareTermRow[], top = 12, on = ''): Figure {
  const colors = outletColors([a, b]);
  const ofA = terms.filter((t) => t.z > 0).slice(0, top);
  const ofB = terms
    .filter((t) => t.z < 0)
    .slice(-top)
    .reverse();
  const trace = (rows: CompareTermRow[], outlet: string) => ({
    type: 'bar',
    orientation: 'h',
    name: esc(outlet),
    marker: { color: colors.get(outlet) },
    y: rows.map((t) => label(t.display ?? t.term, 30)),
    x: rows.map((t) => t.z),
    customdata: rows.map((t) => [t.count_a, t.count_b, t.per1k_a, t.per1k_b]),
    hovertemplate: `%{y}: z=%{x:.2f}<br>${esc(a)}: %{customdata[0]} (%{customdata[2]} per 1,000)<br>${esc(b)}: %{customdata[1]} (%{customdata[3]} per 1,000)<extra></extra>`,
  });
  const n = ofA.length + ofB.length;
  const layout = baseLayout(`Own-voice terms${on}: ${a} (right) against ${b} (left)`, {
    barmode: 'relative',
    width: 900,
    height: Math.max(360, 120 + n * 20),
    margin: { l: 200, r: 40, t: 60, b: 60 },
    xaxis: { title: { text: `log-odds z (positive: more in ${esc(a)})` }, zeroline: true },
    yaxis: { autorange: 'reversed', automargin: true },
    legend: { orientation: 'h', y: -0.15 },
  });
  return figure(`compare-${a}-${b}`, [trace(ofA, a), trace(ofB, b)], layout);
}
