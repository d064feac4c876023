// Which outlet notebook 04 looks at closely for its distinctive terms, and what a reader can trust of them (pure).
// The count of terms at z ≥ 1 grows with an outlet's vocabulary and says little: a single use against none elsewhere
// can reach it, and the New York Times's one 412-word article on Gaza led a cut with 69 such terms while no term of the
// corpus reached 1.96. So the outlet is chosen by its terms clear of chance (z above 1.96) that are not one article's
// topic, among the outlets of more than one article, and the sentence says which kind of difference it shows.
import type { Analysis } from '../pipeline.js';
import type { DistinctiveRow } from '../framing/types.js';
import { CLEAR_Z, leaningCandidates } from '../report/leaning-findings.js';
import { termSpreads } from '../report/spread.js';
import { listWords } from '../report/finding-words.js';
import type { Figure } from '../types.js';
import { termChartRows } from '../framing/framing.js';
import { termChartFigure } from '../figures/framing.js';
import { asideReason, chartAside, HOUSE, type AsideReason } from '../report/term-aside.js';

/** The outlet looked at closely, the terms to quote for it, and the sentence that says how far they can be trusted. */
export interface DistinctiveFocus {
  focus: string | undefined;
  /** the focus outlet's rows to quote and chart: its clear terms spread over its articles first, then the rest */
  terms: DistinctiveRow[];
  /** terms of the whole corpus with z above 1.96 */
  clear: number;
  /**
   * the focus outlet's terms above 1.96 that are not counted as its wording, and why: "one article's topic" (one of its
   * articles holds most uses) or "house spelling of program" (the others spell the word another way)
   */
  aside: Map<string, string>;
  text: string;
}

const n = (k: number, one: string, many = one + 's') => `${k} ${k === 1 ? one : many}`;
const quote = (r: DistinctiveRow) => `*${r.display ?? r.term}* (${r.count} vs ${r.count_rest} elsewhere)`;

/**
 * Pick the outlet whose own-voice terms differ most in a way a reader can trust: most terms with z above 1.96 that
 * one article does not hold most uses of (lib/report/spread.ts), among outlets of two articles or more when there are
 * any; ties by terms at z ≥ 1 on stories other outlets also covered, then at z ≥ 1 at all, then the largest z. The
 * text names the clear terms, or says that no outlet has one and the lists are small differences; and it counts the
 * outlets of one article left out, whose terms are one piece's words (the table's note names them).
 */
export function distinctiveFocus(analysis: Pick<Analysis, 'framing' | 'docs'>): DistinctiveFocus {
  const rows = analysis.framing.distinctive;
  const articles = articlesOf(analysis.docs);
  const of = (o: string) => rows.filter((r) => r.outlet === o);
  const why = termAside(analysis);
  const clearOf = (o: string) => of(o).filter((r) => r.z > CLEAR_Z && !why(o, r.term));
  const atOne = (o: string, inStories: boolean) =>
    of(o).filter((r) => r.z >= 1 && (!inStories || (r.events ?? 0) > 0)).length;
  const maxZ = (o: string) => Math.max(0, ...of(o).map((r) => r.z));
  const outlets = [...articles.keys()].sort();
  const several = outlets.filter((o) => articles.get(o)! >= 2);
  const pool = several.length ? several : outlets;
  const key = (o: string) => [clearOf(o).length, atOne(o, true), atOne(o, false), maxZ(o)];
  const focus = [...pool].sort((x, y) => {
    const kx = key(x),
      ky = key(y);
    const i = kx.findIndex((v, k) => v !== ky[k]);
    return i >= 0 ? ky[i] - kx[i] : x < y ? -1 : 1;
  })[0];
  const clear = rows.filter((r) => r.z > CLEAR_Z).length;
  const aside = new Map<string, string>();
  if (!focus) return { focus, terms: [], clear, aside, text: 'No outlet has an own-voice term to compare.' };
  for (const r of of(focus)) if (r.z > CLEAR_Z && why(focus, r.term)) aside.set(r.term, why(focus, r.term)!);
  const sure = clearOf(focus);
  const spelt = [...aside.values()].some((w) => w.startsWith(HOUSE));
  const terms = [...sure, ...of(focus).filter((r) => !sure.includes(r) && !aside.get(r.term)?.startsWith(HOUSE))];
  const text = focusText(focus, articles, sure, terms, clear, several.length > 0) + (spelt ? spellingText(aside) : '');
  return { focus, terms, clear, aside, text };
}

function articlesOf(docs: Analysis['docs']): Map<string, number> {
  const articles = new Map<string, number>();
  for (const d of docs) articles.set(d.outlet, (articles.get(d.outlet) ?? 0) + 1);
  return articles;
}

/**
 * Why a clear term (z above 1.96) of an outlet is not its wording ("one article's topic", "house spelling of
 * program"), or undefined: the one reader the report's findings, charts and table, notebook 04's sentence, chart and
 * table ask (term-aside.ts), over the analysis's docs.
 */
export function termAside(analysis: Pick<Analysis, 'framing' | 'docs'>): AsideReason {
  const rows = analysis.framing.distinctive;
  const spread = termSpreads(analysis.docs, leaningCandidates(rows, Infinity));
  return asideReason(analysis.framing.detail.termTable, spread, articlesOf(analysis.docs));
}

/** The sentence on the house spellings set aside. */
function spellingText(aside: ReadonlyMap<string, string>): string {
  const spelt = [...aside].filter(([, w]) => w.startsWith(HOUSE));
  const list = spelt.map(([t, w]) => `*${t}* (the others' *${w.replace(HOUSE, '')}*)`);
  return ` Set aside as house spelling, the same word spelt another way rather than a choice of words: ${listWords(list)}.`;
}

/**
 * The term chart of the outlet distinctiveFocus looked at, counting as clear only the terms its sentence counts: the
 * terms set aside (one article's topic, house spelling) are named apart in the chart's title.
 */
export function focusChart(
  analysis: Pick<Analysis, 'framing'>,
  focus: DistinctiveFocus,
  opts: { labels?: number; highlight?: readonly string[] } = {},
): Figure | undefined {
  const o = focus.focus;
  if (!o) return undefined;
  const rows = termChartRows(analysis.framing, o);
  const table = analysis.framing.detail.termTable;
  // the focus's own side as the sentence set it aside; the others' side: the words they spell another way
  const aside = chartAside(table, o, rows, (_, term) => focus.aside.get(term));
  return termChartFigure(rows, o, { ...opts, aside });
}

/** The sentences of distinctiveFocus. */
function focusText(
  focus: string,
  articles: ReadonlyMap<string, number>,
  sure: readonly DistinctiveRow[],
  terms: readonly DistinctiveRow[],
  clear: number,
  several: boolean,
): string {
  // an outlet alone on its stories is compared with the whole corpus, so its terms are its topics
  const alone = terms.length > 0 && terms.every((r) => !(r.events ?? 0));
  const who = `**${focus}** (${n(articles.get(focus)!, 'article')}${alone ? '; it shares no story with another outlet, so its terms, against the whole corpus, are its topics' : ''})`;
  const head = sure.length
    ? `${who} has the most own-voice terms clear of chance (z above 1.96, not one article's topic): ${sure.slice(0, 6).map(quote).join(', ')}.`
    : `No outlet${several ? ' of more than one article' : ''} has an own-voice term clear of chance (z above 1.96, over more than one of its articles): the lists show small differences, not an outlet's framing. ` +
      `Looked at closely below: ${who}, with the most terms at z ≥ 1: ${terms.slice(0, 6).map(quote).join(', ') || 'none'}.`;
  const all =
    (clear
      ? ` In all ${n(clear, 'term')} of the corpus ${clear === 1 ? 'reaches' : 'reach'} z above 1.96; `
      : ' No term of the corpus reaches z above 1.96; ') +
    'a z between 1 and 1.96 is a difference chance alone often makes (one use against none elsewhere can reach 1).';
  // the outlets of one article are counted, not named: notebook 04 prints this sentence right under the table, whose
  // note names them (distinctiveTableRows), and a reader met the same eleven names twice in a row
  const single = [...articles.values()].filter((k) => k === 1).length;
  const ones =
    several && single
      ? ` Chosen among the outlets of two articles or more: ${single === 1 ? 'the outlet' : `the ${single} outlets`} of one article ${single === 1 ? 'is' : 'are'} left out, ${single === 1 ? 'its' : 'their'} terms being one piece's words, not an outlet's habit.`
      : '';
  return head + all + ones;
}
