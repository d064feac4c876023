// A prepositional phrase is no speaker (lib/framing/speaker-cleaning.ts): "… for farm workers living in the United
// States and promising …" reads "States" as a verb of saying, and the phrase before it named no one. Invented fixture.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { findQuotes } from '../lib/framing/quotes.js';

describe('a speaker before a quote', () => {
  it('is never a phrase opened by a preposition', () => {
    const text =
      "The candidate re-upped his plan on Monday , vowing `` no pardon '' for farm workers living in the United States and promising to build a `` grand '' canal .";
    const d = analyse({ id: 'd', outlet: 'X', date: null, text, paragraphs: [] });
    const speakers = findQuotes(d).map((q) => q.speaker ?? '');
    expect(speakers.some((s) => /^for\b/i.test(s))).toBe(false);
  });
});
