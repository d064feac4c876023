// Words per outlet: the denominator of every "per 1,000 words" rate in charts and tables (pure).
import type { Doc } from '../types.js';

/** Words per outlet (Doc.words: word and number tokens), summed over its articles (a plain object, outlet -> words). */
export function wordsPerOutlet(docs: readonly Pick<Doc, 'outlet' | 'words'>[]): Record<string, number> {
  const m: Record<string, number> = Object.create(null);
  for (const d of docs) m[d.outlet] = (m[d.outlet] ?? 0) + d.words;
  return m;
}

/** `count` per 1,000 of `words`, to 3 decimals (0 when there are no words). */
export function per1k(count: number, words: number): number {
  return words > 0 ? Math.round((1e6 * count) / words) / 1000 : 0;
}

/** Where an entity is named most often: the outlet, its mentions per 1,000 words, and its articles. */
export interface MostOften {
  outlet: string;
  rate: number;
  articles: number;
  /**
   * the outlet of fewer than `minArticles` articles that names it at a higher rate, when one was passed over (the one
   * with the highest rate): a line that says "most often in X" says this too, or it reads as the highest rate of all
   */
  passedOver?: { outlet: string; rate: number; articles: number };
}

/**
 * The outlet that names `entity` most often per 1,000 of its words, among the outlets with at least `minArticles`
 * articles when one of them names it (a one-article outlet's rate is one writer's piece: Reuters's single story
 * naming Obama 13 times led an immigration cut at 19.6 per 1,000 words against outlets of 3 to 8 articles); ties by
 * outlet name; null when no outlet names it. `rows`: mentions per outlet and entity (entityFrequencyByOutlet).
 * `passedOver` is the smaller outlet with the highest rate above the one returned (The Atlantic's one 6,000-word piece
 * on ISIS at 15.0 per 1,000 words, against 2.2 in the outlet of four articles returned).
 */
export function mostOftenIn(
  rows: readonly { outlet: string; entity: string; mentions: number }[],
  entity: string,
  words: Readonly<Record<string, number>>,
  articles: Readonly<Record<string, number>>,
  minArticles = 2,
): MostOften | null {
  const named = rows
    .filter((r) => r.entity === entity && r.mentions > 0)
    .map((r) => ({
      outlet: r.outlet,
      rate: per1k(r.mentions, words[r.outlet] ?? 0),
      articles: articles[r.outlet] ?? 0,
    }));
  named.sort((x, y) => y.rate - x.rate || (x.outlet < y.outlet ? -1 : x.outlet > y.outlet ? 1 : 0));
  const best = named.find((r) => r.articles >= minArticles) ?? named[0];
  if (!best) return null;
  const over = named[0];
  return over === best || over.rate <= best.rate ? best : { ...best, passedOver: over };
}

/**
 * "most often in **X** (2.2 per 1,000 words of its 4 articles; higher in The Atlantic's one article: 15.0)": the
 * notebook's words for mostOftenIn, which never hide a higher rate it passed over.
 */
export function mostOftenText(m: MostOften): string {
  const of = (n: number) => (n === 1 ? 'one article' : `${n} articles`);
  const over = m.passedOver
    ? `; higher in ${m.passedOver.outlet}'s ${of(m.passedOver.articles)}: ${m.passedOver.rate.toFixed(1)}`
    : '';
  return `most often in **${m.outlet}** (${m.rate.toFixed(1)} per 1,000 words of its ${m.articles === 1 ? 'one article' : `${m.articles} articles`}${over})`;
}
