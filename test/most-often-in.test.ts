// "Most often in X": one article's rate is one writer's piece, so the outlet that names an actor most often is looked
// for among the outlets of two articles or more when one of them names it.
import { describe, expect, it } from 'vitest';
import { mostOftenIn, mostOftenText } from '../lib/explore/rates.js';

const rows = [
  { outlet: 'Wire One', entity: 'obama', mentions: 13 }, // one article of 663 words: 19.6 per 1,000
  { outlet: 'Daily Two', entity: 'obama', mentions: 40 }, // three articles, 2,276 words: 17.6
  { outlet: 'Weekly Three', entity: 'obama', mentions: 81 }, // eight articles, 6,948 words: 11.7
  { outlet: 'Wire One', entity: 'reid', mentions: 2 },
];
const words = { 'Wire One': 663, 'Daily Two': 2276, 'Weekly Three': 6948 };
const articles = { 'Wire One': 1, 'Daily Two': 3, 'Weekly Three': 8 };

describe('the outlet that names an actor most often', () => {
  it('is not a one-article outlet when an outlet of several articles names the actor', () => {
    expect(mostOftenIn(rows, 'obama', words, articles)).toMatchObject({
      outlet: 'Daily Two',
      rate: 17.575,
      articles: 3,
    });
  });
  it('says which smaller outlet names the actor at a higher rate, so "most often" is not read as the highest rate', () => {
    const most = mostOftenIn(rows, 'obama', words, articles)!;
    expect(most.passedOver).toEqual({ outlet: 'Wire One', rate: 19.608, articles: 1 });
    expect(mostOftenText(most)).toBe(
      "most often in **Daily Two** (17.6 per 1,000 words of its 3 articles; higher in Wire One's one article: 19.6)",
    );
    // nothing passed over: no such clause
    const calm = mostOftenIn(rows, 'obama', { ...words, 'Wire One': 6630 }, articles)!;
    expect(calm.passedOver).toBeUndefined();
    expect(mostOftenText(calm)).toBe('most often in **Daily Two** (17.6 per 1,000 words of its 3 articles)');
  });
  it('falls back to a one-article outlet when it is the only one naming the actor, and says how many articles', () => {
    expect(mostOftenIn(rows, 'reid', words, articles)).toEqual({ outlet: 'Wire One', rate: 3.017, articles: 1 });
    expect(mostOftenText(mostOftenIn(rows, 'reid', words, articles)!)).toContain('of its one article)');
    expect(mostOftenIn(rows, 'nobody', words, articles)).toBeNull();
  });
});
