// The notebooks' lines that rank or list outlets, under the workspace's one-article rule (lib/explore/one-article.ts):
// notebook 01's own-term lines, notebook 03's entity rates, notebook 04's loaded-language line (pure).
import type { LoadedRow } from '../framing/loaded-rows.js';
import { per1k } from './rates.js';
import { oneArticleNote, outletMark, severalFirst } from './one-article.js';
import type { TermSpread } from '../report/spread.js';
import { carriedByOne, loadedKey, loadedSpreads, spreadNote, type LoadedHitLike } from '../report/loaded-spread.js';

type Counts = Readonly<Record<string, number>>;
const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Notebook 01's "What to look for": the terms every outlet's top list shares (the event itself), then, for the
 * `show` outlets with the most words (outlets of one article last, marked), the terms only its list has.
 * `rows`: outletTermRows(counts, k).
 */
export function ownTermText(
  rows: readonly { outlet: string; term: string }[],
  words: Counts,
  articles: Counts,
  show = 12,
): string {
  const outlets = [...new Set(rows.map((r) => r.outlet))];
  const lists = new Map(outlets.map((o) => [o, rows.filter((r) => r.outlet === o).map((r) => r.term)]));
  const inLists = (t: string) => outlets.filter((o) => lists.get(o)!.includes(t)).length;
  const shared = [...new Set(rows.map((r) => r.term))].filter((t) => inLists(t) === outlets.length);
  const k = Math.max(0, ...[...lists.values()].map((l) => l.length));
  const biggest = [...outlets].sort((x, y) => (words[y] ?? 0) - (words[x] ?? 0) || byName(x, y)).slice(0, show);
  const shown = severalFirst(biggest, (o) => o, articles);
  const own = (o: string) =>
    lists
      .get(o)!
      .filter((t) => inLists(t) === 1)
      .slice(0, 6)
      .map((t) => `*${t}*`)
      .join(', ') || `no term of its own in its top ${k}`;
  const lines = shown.map((o) => `- **${outletMark(o, articles)}**: ${own(o)}`);
  const note = oneArticleNote(shown, articles);
  return (
    `**What to look for.** ${shared.length ? `Every outlet's top terms include ${shared.map((t) => `*${t}*`).join(', ')}: the event itself.` : `No term is in every outlet’s top ${k}.`} ` +
    `The differences sit in the terms only one outlet's list has${note ? ` (${note.replace(/\.$/, '')})` : ''}:\n\n${lines.join('\n')}`
  );
}

/**
 * Notebook 03's table of mentions per 1,000 words by outlet and entity, highest rate first, the rows of outlets of one
 * article after the others. `rows`: entityFrequencyByOutlet(entities).
 */
export function entityRateRows<R extends { outlet: string; mentions: number }>(
  rows: readonly R[],
  words: Counts,
  articles: Counts,
): (R & { per_1k_words: number })[] {
  const rated = rows.map((r) => ({ ...r, per_1k_words: per1k(r.mentions, words[r.outlet] ?? 0) }));
  rated.sort((x, y) => y.per_1k_words - x.per_1k_words || byName(x.outlet, y.outlet));
  return severalFirst(rated, (r) => r.outlet, articles);
}

/**
 * Notebook 04's loaded-language line: own-voice loaded words per 1,000 own-voice words by outlet, highest first,
 * outlets of one article after the others and marked, each with its most used own-voice terms. With the lexicon hits
 * (`hits`, framing detail), each term says how its uses spread over the outlet's articles and a term one article
 * carries comes after the terms of several, as in the report's loaded-terms finding (lib/report/loaded-spread.ts).
 * `ownWords`: outlet -> words in its own voice. '' when no outlet has one.
 */
export function loadedSummaryText(
  rows: readonly LoadedRow[],
  ownWords: Counts,
  articles: Counts,
  hits?: readonly LoadedHitLike[],
): string {
  const hitCount = new Map<string, number>();
  for (const r of rows) hitCount.set(r.outlet, (hitCount.get(r.outlet) ?? 0) + r.own);
  const rate = (o: string) => (1000 * hitCount.get(o)!) / Math.max(1, ownWords[o] ?? 0);
  const ranked = [...hitCount.keys()]
    .filter((o) => hitCount.get(o)! > 0)
    .sort((x, y) => rate(y) - rate(x) || byName(x, y));
  if (!ranked.length) return '';
  const spreads = hits ? loadedSpreads(hits) : new Map<string, TermSpread>();
  const spreadOf = (r: LoadedRow) => spreads.get(loadedKey(r.outlet, r.term, r.forms.split('; ')[0]));
  const carried = (r: LoadedRow) => (carriedByOne(spreadOf(r), articles[r.outlet] ?? 0) ? 1 : 0);
  const named = (r: LoadedRow) => `*${r.term.includes('*') ? r.forms.split('; ')[0] : r.term}*`;
  const top = (o: string) =>
    rows
      .filter((r) => r.outlet === o && r.own > 0)
      .sort((x, y) => carried(x) - carried(y) || y.own - x.own || byName(x.term, y.term))
      .slice(0, 4)
      .map((r) => (hits ? `${named(r)} (${r.own}${spreadNote(spreadOf(r), r.own, articles[o] ?? 0)})` : named(r)))
      .join(', ');
  const shown = severalFirst(ranked, (o) => o, articles);
  const note = oneArticleNote(shown, articles);
  return (
    "**What the data says.** Loaded words in the outlets' own voice, per 1,000 own-voice words: " +
    shown.map((o) => `**${outletMark(o, articles)}** ${rate(o).toFixed(1)} (${top(o)})`).join('; ') +
    '. ' +
    (note ? note + ' ' : '') +
    "Words inside quotes are not counted here: they are the speakers' words, not the outlet's."
  );
}
