// The notebooks' lines that rank or list outlets, under the workspace's one-article rule (lib/explore/one-article.ts):
// notebook 01's own-term lines, notebook 03's entity rates, notebook 04's loaded-language line (pure).
import type { LoadedRow } from '../framing/loaded-rows.js';
import { per1k } from './rates.js';
import { oneArticleNote, outletMark, severalFirst } from './one-article.js';
import type { TermSpread } from '../report/spread.js';
import { carriedByOne, loadedKey, loadedSpreads, spreadNote, type LoadedHitLike } from '../report/loaded-spread.js';
import { ownLoadedRows } from '../report/loaded-own.js';
import { storyWords } from '../report/story-words.js';

type Counts = Readonly<Record<string, number>>;
const byName = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * Notebook 01's "What to look for": the terms every outlet's top list shares (the event itself), then, for the
 * `show` outlets with the most words (outlets of one article last, marked), the terms only its list has.
 * `rows`: outletTermRows(counts, k).
 */
export function ownTermText(
  rows: readonly { outlet: string; term: string; display?: string }[],
  words: Counts,
  articles: Counts,
  show = 12,
): string {
  // lists compared by key, words shown as the corpus writes them ("Assad")
  const shownAs = new Map(rows.map((r) => [r.term, r.display ?? r.term]));
  const em = (t: string) => `*${shownAs.get(t) ?? t}*`;
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
      .map(em)
      .join(', ') || `no term of its own in its top ${k}`;
  const lines = shown.map((o) => `- **${outletMark(o, articles)}**: ${own(o)}`);
  const note = oneArticleNote(shown, articles);
  return (
    `**What to look for.** ${shared.length ? `Every outlet's top terms include ${shared.map(em).join(', ')}: the event itself.` : `No term is in every outlet’s top ${k}.`} ` +
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

/** The articles and events of an analysis, as loadedSummaryText reads them to find the stories' own words. */
export interface LoadedStories {
  corpus: { articles: readonly { id: string; outlet: string }[] };
  events?: { assignments: readonly { doc: string; event: string }[] };
}

/**
 * Notebook 04's loaded-language line: own-voice loaded words per 1,000 own-voice words by outlet, highest first,
 * outlets of one article after the others and marked, each with its most used own-voice terms. The words counted are
 * the report's (lib/report/loaded-own.ts): no outlet contrast, and with the hits and `stories` (the analysis) no word
 * most outlets covering the same stories write too, named as left out. With the lexicon hits (`hits`, framing
 * detail), each term says how its uses spread over the outlet's articles and a term one article carries comes after
 * the terms of several, as in the report's loaded-terms finding (lib/report/loaded-spread.ts). `ownWords`: outlet ->
 * words in its own voice. '' when no outlet has one.
 */
export function loadedSummaryText(
  loaded: readonly LoadedRow[],
  ownWords: Counts,
  articles: Counts,
  hits?: readonly LoadedHitLike[],
  stories?: LoadedStories,
): string {
  const { rows, nameOf, storyForms } = ownLoadedRows(loaded, hits && stories ? storiesWords(hits, stories) : undefined);
  const hitCount = new Map<string, number>();
  for (const r of rows) hitCount.set(r.outlet, (hitCount.get(r.outlet) ?? 0) + r.own);
  const rate = (o: string) => (1000 * hitCount.get(o)!) / Math.max(1, ownWords[o] ?? 0);
  const ranked = [...hitCount.keys()]
    .filter((o) => hitCount.get(o)! > 0)
    .sort((x, y) => rate(y) - rate(x) || byName(x, y));
  if (!ranked.length) return '';
  // each word under the report's name for it ("claim/claims" counted together), its spread over the name's rows
  const uses = new Map<string, Map<string, number>>(); // outlet -> name -> own uses
  const shownAs = new Map<string, string>(); // row key -> outlet + name
  for (const r of rows) {
    const name = nameOf(r);
    const m = uses.get(r.outlet) ?? uses.set(r.outlet, new Map()).get(r.outlet)!;
    m.set(name, (m.get(name) ?? 0) + r.own);
    shownAs.set(loadedKey(r.outlet, r.term, r.forms.split('; ')[0]), r.outlet + '\u0000' + name);
  }
  const spreads = hits ? loadedSpreads(hits, (k) => shownAs.get(k)) : new Map<string, TermSpread>();
  const spreadOf = (o: string, w: string) => spreads.get(o + '\u0000' + w);
  const carried = (o: string, w: string) => (carriedByOne(spreadOf(o, w), articles[o] ?? 0) ? 1 : 0);
  const top = (o: string) =>
    [...uses.get(o)!]
      .sort((x, y) => carried(o, x[0]) - carried(o, y[0]) || y[1] - x[1] || byName(x[0], y[0]))
      .slice(0, 4)
      .map(([w, n]) => (hits ? `*${w}* (${n}${spreadNote(spreadOf(o, w), n, articles[o] ?? 0)})` : `*${w}*`))
      .join(', ');
  const shown = severalFirst(ranked, (o) => o, articles);
  const note = oneArticleNote(shown, articles);
  return (
    "**What the data says.** Loaded words in the outlets' own voice, per 1,000 own-voice words: " +
    shown.map((o) => `**${outletMark(o, articles)}** ${rate(o).toFixed(1)} (${top(o)})`).join('; ') +
    '. ' +
    (note ? note + ' ' : '') +
    storyNote(shown, storyForms) +
    "Words inside quotes are not counted here: they are the speakers' words, not the outlet's."
  );
}

/** storyWords over an analysis's articles and events (one story when it has no events), as the report asks it. */
function storiesWords(hits: readonly LoadedHitLike[], s: LoadedStories): Set<string> {
  const outletOf: Record<string, string> = Object.create(null);
  for (const a of s.corpus.articles) outletOf[a.id] = a.outlet;
  const eventOf: Record<string, string> | undefined = s.events ? Object.create(null) : undefined;
  for (const x of s.events?.assignments ?? []) eventOf![x.doc] = x.event;
  return storyWords(hits, outletOf, eventOf);
}

/** The sentence naming the words left out of the shown outlets' counts as their stories' own, or ''. */
function storyNote(shown: readonly string[], storyForms: ReadonlyMap<string, readonly string[]>): string {
  const parts = shown
    .filter((o) => storyForms.get(o)?.length)
    .map((o) => {
      const forms = [...new Set(storyForms.get(o))].sort(byName);
      return `${o} ${forms
        .slice(0, 3)
        .map((f) => `*${f}*`)
        .join(', ')}${forms.length > 3 ? ' and others' : ''}`;
    });
  return parts.length
    ? `Left out, as the stories' own words that most outlets covering the same stories also write in their own narration: ${parts.join('; ')}. `
    : '';
}
