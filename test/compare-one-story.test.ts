// Notebook 04's two-outlet comparison on a small corpus, where the two outlets share one story: read on a cut of real
// coverage it said "Counted on the 1 story both covered (1 articles of …" under a chart "on the 1 stories both
// covered". Invented outlets.
import { describe, expect, it } from 'vitest';
import { compareScopeText } from '../lib/explore/compare-text.js';

describe('the comparison sentence on one shared story', () => {
  it('counts one story and one article in the singular', () => {
    const text = compareScopeText({
      a: 'North Star',
      b: 'Lone Beacon',
      stories: { a: 2, b: 1, both: 1 },
      termScope: { over: 'shared stories', articles: { a: 1, b: 1 }, undated: 0 },
    });
    expect(text).toContain('Counted on the 1 story both covered (1 article of North Star, 1 of Lone Beacon;');
    expect(text).not.toMatch(/\b1 (articles|stories)\b/);
  });
});
