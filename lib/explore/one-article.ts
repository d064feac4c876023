// The workspace's one rule for an outlet of one article (pure). Its words, rates and names are that piece's, not an
// outlet's habit: Reason's one column on Syria led notebook 04's loaded-language line at 29.5 per 1,000 own words, and
// one-article columnists led notebook 03's frequency table and filled notebook 01's own-term lines unmarked. Wherever
// the notebooks rank or list outlets, the outlets of two articles or more come first in their order, then the outlets
// of one article in theirs, each named "X (one article)".

/** Articles an outlet needs before its words are ranked as an outlet's. */
export const OUTLET_ARTICLES = 2;

/** Articles per outlet (outlet -> count) of articles or docs. */
export function articlesPerOutlet(items: readonly { outlet: string }[]): Record<string, number> {
  const m: Record<string, number> = Object.create(null);
  for (const x of items) m[x.outlet] = (m[x.outlet] ?? 0) + 1;
  return m;
}

/** Whether an outlet is below the bar (one article). */
export function isOneArticle(outlet: string, articles: Readonly<Record<string, number>>): boolean {
  return (articles[outlet] ?? 0) < OUTLET_ARTICLES;
}

/** "Reason (one article)" for an outlet below the bar, else the name. */
export function outletMark(outlet: string, articles: Readonly<Record<string, number>>): string {
  return isOneArticle(outlet, articles) ? `${outlet} (one article)` : outlet;
}

/** `items` with the outlets of two articles or more first, each part in its given order. */
export function severalFirst<T>(
  items: readonly T[],
  outletOf: (x: T) => string,
  articles: Readonly<Record<string, number>>,
): T[] {
  const one = (x: T) => isOneArticle(outletOf(x), articles);
  return [...items.filter((x) => !one(x)), ...items.filter(one)];
}

/**
 * The sentence that says the rule where a list follows it, or '' when no outlet listed is below the bar:
 * "Reason and Newsmax have one article each: listed last, their words are those pieces', not an outlet's habit."
 */
export function oneArticleNote(outlets: readonly string[], articles: Readonly<Record<string, number>>): string {
  const one = [...new Set(outlets)].filter((o) => isOneArticle(o, articles));
  if (!one.length) return '';
  if (one.length === 1)
    return `${one[0]} has one article: listed last, its words are that piece's, not an outlet's habit.`;
  const names = one.length > 6 ? [...one.slice(0, 6), `${one.length - 6} more`] : one;
  const list = names.slice(0, -1).join(', ') + ' and ' + names[names.length - 1];
  return `${list} have one article each: listed last, their words are those pieces', not an outlet's habit.`;
}
