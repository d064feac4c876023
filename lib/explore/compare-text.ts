// What a two-outlet comparison's term counts are over, in words for the notebook: the stories both covered or all
// their articles, and whether those "stories" can be trusted to be one news event each (pure).
import type { OutletComparison } from './compare.js';

const stories = (k: number) => `${k} ${k === 1 ? 'story' : 'stories'}`;
const articles = (k: number) => `${k} ${k === 1 ? 'article' : 'articles'}`;

/**
 * One or two sentences on what compareOutlets counted its terms over, so a reader knows whether a difference is
 * wording on the same news or a topic: the stories both covered (with article counts), the same stories, or all
 * articles when they share too little. When some of the articles counted have no date the sentence says so: undated
 * articles are grouped into stories by the names they share alone, so one "story" can hold several events on one
 * subject years apart (an undated corpus of Middle East coverage put the 2015 Iran deal and 2019 tanker seizures in
 * one story), and a difference there is not only wording.
 */
export function compareScopeText(cmp: Pick<OutletComparison, 'a' | 'b' | 'stories' | 'termScope'>): string {
  const { a, b, stories: st, termScope: scope } = cmp;
  const n = scope.articles;
  const covered = `${a} covered ${stories(st.a)}, ${b} ${stories(st.b)}`;
  if (scope.over !== 'shared stories')
    return `They share ${st.both ? `only ${stories(st.both)}, too little text to compare on` : 'no story'} (${covered}), so the counts are over all their articles: a word from a story only one of them covered is that story's topic, not a choice of wording.`;
  const where =
    st.both < Math.max(st.a, st.b)
      ? `Counted on the ${stories(st.both)} both covered (${articles(n.a)} of ${a}, ${n.b} of ${b}; ${covered} in all)`
      : `They covered the same ${stories(st.both)}, and the counts are over all their articles`;
  if (scope.undated)
    return `${where}, but ${scope.undated} of these articles ${scope.undated === 1 ? 'has' : 'have'} no date, and undated articles are grouped into stories by the names they share alone: one such story can hold several news events on one subject, years apart, so a difference can be a different event rather than a choice of wording.`;
  return `${where}, so a difference is wording on the same news, not a story only one of them covered.`;
}
