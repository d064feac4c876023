// The analysis keeps the site furniture it left out of its term counts (a teaser label an outlet repeats before a
// different headline), so term counts at other n-gram lengths (`presslens terms --ngrams 1-2`) read the same masks
// instead of finding them again, and a notebook can show which words were left out.
import { describe, expect, it } from 'vitest';
import { analyseCorpus, furnitureFreeCounts } from '../lib/pipeline.js';
import { countsByOutlet } from '../lib/text/counts.js';
import type { Corpus } from '../lib/types.js';
import { article } from './report-helpers.js';
import { TEASER_STORIES } from './helpers/teaser-stories.js';

const STORIES = TEASER_STORIES;

const corpus: Corpus = {
  root: 'test',
  skipped: [],
  articles: STORIES.map(([topic, lede, other], i) =>
    article(
      `daily-${i}`,
      'Daily',
      null,
      topic,
      `${lede}\nSEE ALSO: ${other}\nOfficials said more votes would follow on ${topic}.`,
    ),
  ),
};

describe('the analysis keeps the furniture its counts left out', () => {
  const a = analyseCorpus(corpus);

  it('names the teaser line of each article as furniture, and only that line', () => {
    for (const d of a.docs) {
      const keep = a.furniture?.get(d.id);
      expect(keep).toBeDefined();
      const left = d.tokens.filter((_, k) => !keep![k]).map((t) => t.norm);
      expect(left.slice(0, 3)).toEqual(['see', 'also', ':']);
      expect(left).not.toContain('officials');
    }
  });

  it('two-word counts from the analysis leave the teaser out, as counts found afresh do', () => {
    const opts = { ngrams: [1, 2] as [number, number] };
    const given = countsByOutlet(furnitureFreeCounts(a.docs, opts, a)).get('Daily')!;
    const fresh = countsByOutlet(furnitureFreeCounts(a.docs, opts)).get('Daily')!;
    expect([...given]).toEqual([...fresh]);
    expect(given.has('hurdle')).toBe(false);
    expect(given.has('first hurdle')).toBe(false);
    expect(given.get('officials')).toBe(5);
    expect(given.get('senate voted')).toBe(1);
  });
});
