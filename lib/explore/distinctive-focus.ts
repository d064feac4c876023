// Which outlet notebook 04 looks at closely for its distinctive terms, and what a reader can trust of them (pure).
// The count of terms at z ≥ 1 grows with an outlet's vocabulary and says little: a single use against none elsewhere
// can reach it, and the New York Times's one 412-word article on Gaza led a cut with 69 such terms while no term of the
// corpus reached 1.96. So the outlet is chosen by its terms clear of chance (z above 1.96) that are not one article's
// topic, among the outlets of more than one article, and the sentence says which kind of difference it shows.
import type { Analysis } from '../pipeline.js';
import type { DistinctiveRow } from '../framing/types.js';
import { CLEAR_Z, leaningCandidates } from '../report/leaning-findings.js';
import { oneArticleTopic, spreadKey, termSpreads } from '../report/spread.js';
import { listWords } from '../report/finding-words.js';

/** The outlet looked at closely, the terms to quote for it, and the sentence that says how far they can be trusted. */
export interface DistinctiveFocus {
  focus: string | undefined;
  /** the focus outlet's rows to quote and chart: its clear terms spread over its articles first, then the rest */
  terms: DistinctiveRow[];
  /** terms of the whole corpus with z above 1.96 */
  clear: number;
  text: string;
}

const n = (k: number, one: string, many = one + 's') => `${k} ${k === 1 ? one : many}`;
const quote = (r: DistinctiveRow) => `*${r.term}* (${r.count} vs ${r.count_rest} elsewhere)`;

/**
 * Pick the outlet whose own-voice terms differ most in a way a reader can trust: most terms with z above 1.96 that
 * one article does not hold most uses of (lib/report/spread.ts), among outlets of two articles or more when there are
 * any; ties by terms at z ≥ 1 on stories other outlets also covered, then at z ≥ 1 at all, then the largest z. The
 * text names the clear terms, or says that no outlet has one and the lists are small differences; and it names the
 * outlets of one article, whose terms are one piece's words.
 */
export function distinctiveFocus(analysis: Pick<Analysis, 'framing' | 'docs'>): DistinctiveFocus {
  const rows = analysis.framing.distinctive;
  const articles = new Map<string, number>();
  for (const d of analysis.docs) articles.set(d.outlet, (articles.get(d.outlet) ?? 0) + 1);
  const spread = termSpreads(analysis.docs, leaningCandidates(rows));
  const of = (o: string) => rows.filter((r) => r.outlet === o);
  const clearOf = (o: string) =>
    of(o).filter((r) => r.z > CLEAR_Z && !oneArticleTopic(spread.get(spreadKey(o, r.term)), articles.get(o) ?? 0));
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
  if (!focus) return { focus, terms: [], clear, text: 'No outlet has an own-voice term to compare.' };
  const sure = clearOf(focus);
  const terms = [...sure, ...of(focus).filter((r) => !sure.includes(r))];
  return { focus, terms, clear, text: focusText(focus, articles, sure, terms, clear, several.length > 0) };
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
  const single = [...articles]
    .filter(([, k]) => k === 1)
    .map(([o]) => o)
    .sort();
  const ones =
    several && single.length
      ? ` ${listWords(single)} ${single.length === 1 ? 'has' : 'have'} one article: ${single.length === 1 ? 'its' : 'their'} terms are that piece's words, not an outlet's habit.`
      : '';
  return head + all + ones;
}
