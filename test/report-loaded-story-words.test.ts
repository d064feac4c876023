// Notebook 04's loaded line and the report's loaded-terms finding read one rule for which words count as an outlet's
// own loaded wording (lib/report/loaded-own.ts): a word most outlets covering the same story also write in their own
// narration is the story's word, and a word marked only as an outlet contrast is no loaded word by itself. The line
// used to keep both while the finding dropped them. Invented outlets and words.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/findings.js';
import { loadedSummaryText } from '../lib/explore/outlet-lines.js';

const outletOf: Record<string, string> = {
  a1: 'Harbour Times',
  a2: 'Harbour Times',
  b1: 'Daily Ledger',
  c1: 'Evening Post',
  d1: 'Capitol Wire',
};
// one story, the hearing, covered by all four outlets
const stories = {
  corpus: { articles: Object.entries(outletOf).map(([id, outlet]) => ({ id, outlet })) },
  events: { assignments: Object.keys(outletOf).map((doc) => ({ doc, event: 'hearing' })) },
};
const hit = (doc: string, term: string) => ({ doc, outlet: outletOf[doc], term, voice: 'own', text: term });
const hits = [
  ...['a1', 'a2', 'b1', 'c1'].map((d) => hit(d, 'talking points')),
  ...['a1', 'a1', 'a2', 'a2'].map((d) => hit(d, 'reckless')),
  ...['a1', 'a2'].map((d) => hit(d, 'scoffed')),
];
const row = (term: string, own: number, theme = 'blame') => ({
  outlet: 'Harbour Times',
  term,
  theme,
  own,
  quoted: 0,
  reported: 0,
  reused: 0,
  forms: term,
});
const loaded = [row('talking points', 2, 'framing'), row('reckless', 4), row('scoffed', 2, 'outlet contrast')];
const articles = { 'Harbour Times': 2, 'Daily Ledger': 1, 'Evening Post': 1, 'Capitol Wire': 1 };

describe('notebook 04’s loaded line and the report’s finding count the same words', () => {
  it('leaves out the story’s own word and an outlet contrast in both, and names the story word', () => {
    const finding = framingFindings(
      {
        voice: [],
        distinctive: [],
        loaded,
        sources: [],
        loadedHits: hits,
        eventOf: { a1: 'h', a2: 'h', b1: 'h', c1: 'h', d1: 'h' },
      },
      outletOf,
    )
      .map((x) => x.text)
      .find((t) => t.startsWith('Harbour Times uses loaded terms'))!;
    const line = loadedSummaryText(loaded, { 'Harbour Times': 1000 }, articles, hits, stories);
    for (const text of [finding, line]) {
      expect(text).toMatch(/reckless\W+ \(4, in 2 articles\)/);
      expect(text).not.toMatch(/talking points\W+ \(/);
      expect(text).not.toMatch(/scoffed/);
      expect(text).toMatch(/Left out.*talking points/);
    }
    // the rate counts the words counted: 4 uses per 1,000 own-voice words
    expect(line).toContain('**Harbour Times** 4.0');
  });

  it('names a word and its plural, listed apart in the lexicon, once in both', () => {
    const plural = [row('sneer', 2), row('sneers', 2)];
    const pluralHits = [hit('a1', 'sneer'), hit('a2', 'sneer'), hit('a1', 'sneers'), hit('a2', 'sneers')];
    const finding = framingFindings(
      { voice: [], distinctive: [], loaded: plural, sources: [], loadedHits: pluralHits },
      outletOf,
    )
      .map((x) => x.text)
      .find((t) => t.startsWith('Harbour Times uses loaded terms'))!;
    const line = loadedSummaryText(plural, { 'Harbour Times': 1000 }, articles, pluralHits, stories);
    expect(finding).toContain('“sneer/sneers” (4, in 2 articles)');
    expect(line).toContain('*sneer/sneers* (4, in 2 articles)');
  });
});
