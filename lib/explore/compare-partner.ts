// Which outlet notebook 04 compares the outlet looked at closely with (pure). The one that covered the most of the
// same stories can be an outlet of one article (on a three-month cut, one essay of Reason's): the comparison then
// sets a newsroom's wording against one writer's piece. Preferring any outlet of several articles is no better when
// the two share one short story: the comparison falls back to all their articles and shows topics, not wording. So
// the partner is an outlet of several articles whose shared stories hold enough text to compare wording on
// (sharedStoryTable), then any outlet whose shared stories do, then the outlet of the most shared stories.
import type { Analysis } from '../pipeline.js';
import { sharedStories, sharedStoryTable } from './compare.js';
import { wordsPerOutlet } from './rates.js';

/** The outlet to compare `focus` with, or undefined when the corpus has no other outlet. */
export function comparisonPartner(analysis: Analysis, focus: string): string | undefined {
  const words = wordsPerOutlet(analysis.docs);
  const articles = new Map<string, number>();
  for (const d of analysis.docs) articles.set(d.outlet, (articles.get(d.outlet) ?? 0) + 1);
  const shared = new Map<string, number>();
  for (const o of articles.keys()) if (o !== focus) shared.set(o, sharedStories(analysis, focus, o).both);
  // the order notebook 04 always used: most stories shared, then most words, then name
  const byShared = [...shared.keys()].sort(
    (x, y) => shared.get(y)! - shared.get(x)! || (words[y] ?? 0) - (words[x] ?? 0) || (x < y ? -1 : 1),
  );
  const holds = new Map<string, boolean>();
  const enough = (o: string) =>
    holds.get(o) ?? holds.set(o, shared.get(o)! > 0 && !!sharedStoryTable(analysis, focus, o)).get(o)!;
  return byShared.find((o) => articles.get(o)! >= 2 && enough(o)) ?? byShared.find((o) => enough(o)) ?? byShared[0];
}
