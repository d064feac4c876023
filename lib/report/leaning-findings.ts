// Findings on distinctive terms: the words of judgement each big outlet uses clearly more than the others, and the
// distinctive-terms table ordered so clear terms come first.
import { byString } from '../text/counts.js';
import type { Finding } from './types.js';
import { oneArticleTopic, spreadKey, type TermSpread } from './spread.js';
import { listWords } from './finding-words.js';

/** The z above which a distinctive term is clearly the outlet's (two-sided 5%). */
export const CLEAR_Z = 1.96;

/** How term-aside.ts's reasons begin: a house spelling, one article's topic. */
const SPELT = 'house spelling of ';
const ONE_ARTICLE = "one article's topic";

/** The evaluative weight from which a term is a word of judgement (lib/framing/loaded.ts termWeigher's scale). */
const JUDGEMENT = 0.5;

/** A distinctive row as the framing findings read it; `evaluative` is the term's weight, 0..1, when it was weighed. */
export type LeanRow = {
  outlet: string;
  term: string;
  z: number;
  count: number;
  evaluative?: number;
  /** the term as the corpus writes it ("Assad"), shown in the finding */
  display?: string;
};

/** True when a row is a word of judgement, or carries no weight to tell (rows made without a weigher). */
const judged = (r: LeanRow) => r.evaluative === undefined || r.evaluative >= JUDGEMENT;

/**
 * Each big outlet's three clearest distinctive words of judgement, as "Outlet: “a” (n), …". A term one article holds
 * most uses of is that article's topic, not the outlet's wording, and is passed over (oneArticleTopic). An outlet of
 * one article goes to `single`, not `lean`: its words are one writer's piece (a guest op-ed's "better", a 6,000-word
 * essay on ISIS's "jihadists"), not a habit, and the finding says so after the outlets of several articles rather
 * than leading with it. Terms without evaluative weight judge nothing by themselves: a topic the outlet covers more
 * ("asylum", "children") or a describing word it chooses ("undocumented", which a competing-label finding may set
 * against another outlet's word); an outlet whose clear terms are all such is `unjudged`, without calling them either
 * (an outlet of one article there is marked "(one article)").
 */
export function leaningTerms(
  rows: readonly LeanRow[],
  big: ReadonlySet<string>,
  articles: ReadonlyMap<string, number>,
  spread?: ReadonlyMap<string, TermSpread>,
  aside?: (outlet: string, term: string) => string | undefined,
): { lean: string[]; single: string[]; topical: string[]; unjudged: string[]; spelt: string[] } {
  const outlets = [...new Set(rows.map((r) => r.outlet))].filter((o) => big.has(o)).sort(byString);
  const lean: string[] = [],
    single: string[] = [],
    topical: string[] = [],
    unjudged: string[] = [],
    spelt: string[] = [];
  for (const o of outlets) {
    const n = articles.get(o) ?? 0;
    // a house spelling ("programme" where the others write "program") is the same word, not a choice of words
    const why = (r: LeanRow) => aside?.(o, r.term);
    const clear = rows.filter((r) => r.outlet === o && r.z > CLEAR_Z && !why(r)?.startsWith(SPELT));
    for (const r of rows)
      if (r.outlet === o && r.z > CLEAR_Z && why(r)?.startsWith(SPELT))
        spelt.push(`${o}'s “${r.display ?? r.term}” (the others' “${why(r)!.slice(SPELT.length)}”)`);
    const spreadOver = clear.filter(
      (r) => !oneArticleTopic(spread?.get(spreadKey(o, r.term)), n) && why(r) !== ONE_ARTICLE,
    );
    const top = spreadOver
      .filter(judged)
      .sort((a, b) => b.z - a.z || byString(a.term, b.term))
      .slice(0, 3);
    if (top.length)
      (n === 1 ? single : lean).push(`${o}: ${listWords(top.map((r) => `“${r.display ?? r.term}” (${r.count})`))}`);
    // an outlet of one article is named so wherever it stands: its clear terms are that piece's, not a habit
    else if (spreadOver.length) unjudged.push(n === 1 ? `${o} (one article)` : o);
    else if (clear.length) topical.push(o);
  }
  // outlets of one article after the others (each part keeps name order)
  const lone = (o: string) => (o.endsWith(' (one article)') ? 1 : 0);
  unjudged.sort((a, b) => lone(a) - lone(b));
  return { lean, single, topical, unjudged, spelt };
}

/**
 * The distinctive-term rows as the report's table shows them: terms clear of chance (z above 1.96) first, words of
 * judgement before topics, each part by rank, then the clear terms set aside (`aside`, term-aside.ts: one article's
 * topic, a house spelling), then the rest in their order; each row with its reason in `aside` ('' for none) when a
 * reader is given; and a caption that says how many are clear, so a table of small differences (single uses, z near
 * 1) is not read as an outlet's framing. The findings, the term charts and notebook 04 set aside the same terms.
 */
export function distinctiveTable<R extends LeanRow & { rank?: number }>(
  rows: readonly R[],
  aside?: (outlet: string, term: string) => string | undefined,
): { rows: (R & { aside?: string })[]; caption: string } {
  const why = (r: R) => (aside && r.z > CLEAR_Z ? aside(r.outlet, r.term) : undefined);
  const part = (r: R) => (r.z > CLEAR_Z ? (why(r) ? 2 : judged(r) ? 0 : 1) : 3);
  const ordered = rows
    .map((r, k) => ({ r, k, p: part(r) }))
    .sort((a, b) => a.p - b.p || (a.p < 3 ? (b.r.rank ?? b.r.z) - (a.r.rank ?? a.r.z) : 0) || a.k - b.k);
  const clear = ordered.filter((x) => x.p < 2).length,
    judging = ordered.filter((x) => x.p === 0).length,
    setAside = ordered.filter((x) => x.p === 2).length;
  const caption =
    'Terms each outlet uses more than the others (own voice; log-odds z) — ' +
    (clear
      ? `${clear} clear of chance (z above 1.96) listed first, ${judging} of them words of judgement`
      : 'none clear of chance (z above 1.96): small differences, not an outlet’s framing') +
    (setAside
      ? `; ${setAside} more above 1.96 set aside after them, as the findings and charts set them aside (column aside: one article's topic, or a house spelling of a word the others spell another way)`
      : '');
  return { rows: ordered.map((x) => (aside ? { ...x.r, aside: why(x.r) ?? '' } : x.r)), caption };
}

/** The (outlet, term) pairs whose spread the framing findings may ask for: each outlet's clear terms, best first. */
export function leaningCandidates(
  rows: readonly { outlet: string; term: string; z: number; evaluative?: number }[],
  perOutlet = 20,
): { outlet: string; term: string }[] {
  const by = new Map<string, { outlet: string; term: string; z: number }[]>();
  for (const r of rows) if (r.z > CLEAR_Z) (by.get(r.outlet) ?? by.set(r.outlet, []).get(r.outlet)!).push(r);
  return [...by.values()].flatMap((l) => l.sort((a, b) => b.z - a.z || byString(a.term, b.term)).slice(0, perOutlet));
}

/**
 * The distinctive-term finding: the words of judgement each big outlet of several articles leans on; outlets of one
 * article after them, as that piece's words; outlets whose clear terms are one article's topic, or topics and plain
 * words only, are named so their absence is not misread; and when no outlet of several articles has a clear word of
 * judgement the finding opens by saying so instead of leading with a single article's words or with plain words.
 */
export function leaningFindings(
  { lean, single, topical, unjudged, spelt }: ReturnType<typeof leaningTerms>,
  big: ReadonlySet<string>,
  outlets: number,
): Finding[] {
  const evidence = [{ href: '#table-distinctive-terms', label: 'distinctive terms' }];
  const they = (l: string[]) => (l.length === 1 ? 'its' : 'their');
  const topics = topical.length
    ? ` ${listWords(topical)}: each clear term comes mostly from one of ${they(topical)} articles (that story's topic, not the outlet's wording).`
    : '';
  const plain = unjudged.length
    ? ` ${listWords(unjudged)}: no word of judgement stands out; ${they(unjudged)} clearest terms judge nothing by themselves (the table lists them).`
    : '';
  const one =
    (single.length
      ? ` ${single.length === 1 ? 'An outlet' : 'Outlets'} of one article, whose words are that piece's rather than a habit — ${single.join('; ')}.`
      : '') +
    (spelt.length
      ? ` Set aside as house spelling, the same word spelt another way rather than a choice of words: ${listWords(spelt)}.`
      : '');
  if (lean.length)
    return [
      {
        text: `Words of judgement each outlet uses clearly more than the others, in its own voice${big.size < outlets ? ` (the ${big.size} outlets with the most text)` : ''} — ${lean.join('; ')}.${one}${topics}${plain}`,
        evidence,
      },
    ];
  if (!single.length && !topical.length && !unjudged.length && !spelt.length) return [];
  const several = single.length ? ' of more than one article' : '';
  const head =
    unjudged.length || single.length
      ? `No outlet${several} uses a word of judgement clearly more than the others in its own voice (z above 1.96, over more than one of its articles)`
      : 'No outlet has a word it uses clearly more than the others across its articles';
  const rest = `${topics}${plain}`;
  return [{ text: `${head}${rest ? ` —${rest}` : '.'}${one}`, evidence }];
}
