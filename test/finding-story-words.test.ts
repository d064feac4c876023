// A loaded term most outlets on a story write in their own narration ("the talking points" of a hearing about them,
// "regime" where every outlet says it) is the story's word, not one outlet's loaded wording: the loaded-terms finding
// leaves it out and says so; a word only one outlet writes stays.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/findings.js';
import { storyWords } from '../lib/report/story-words.js';

const outletOf: Record<string, string> = {
  a1: 'Harbour Times',
  a2: 'Harbour Times',
  b1: 'Daily Ledger',
  c1: 'Evening Post',
  d1: 'Capitol Wire',
  e1: 'Valley Courier',
};
// one event, the hearing, covered by all five outlets; the Courier's article is another story
const eventOf: Record<string, string> = { a1: 'e1', a2: 'e1', b1: 'e1', c1: 'e1', d1: 'e1', e1: 'e2' };
const hit = (doc: string, term: string, voice = 'own') => ({ doc, outlet: outletOf[doc], term, voice });
const hits = [
  ...['a1', 'a1', 'a2', 'b1', 'c1', 'e1'].map((d) => hit(d, 'talking points')),
  hit('d1', 'talking points', 'quoted'),
  hit('a1', 'smear*'),
  hit('a2', 'smear*'),
  hit('a1', 'furious'),
];
const loaded = [
  { outlet: 'Harbour Times', term: 'talking points', theme: 'framing', own: 3 },
  { outlet: 'Harbour Times', term: 'smear*', theme: 'blame', own: 2, forms: 'smear; smears' },
  { outlet: 'Harbour Times', term: 'furious', theme: 'emotion', own: 1 },
  { outlet: 'Valley Courier', term: 'talking points', theme: 'framing', own: 1 },
];

describe('loaded terms that are the story’s own words', () => {
  it('are the terms most other outlets covering the same events write in their own narration', () => {
    const s = storyWords(hits, outletOf, eventOf);
    // the Times, the Ledger and the Post: two of the three others on the hearing write it (the Wire only quotes it)
    expect(s.has('Harbour Times\u0000talking points')).toBe(true);
    expect(s.has('Daily Ledger\u0000talking points')).toBe(true);
    // the Courier writes it about another story no one else covers
    expect(s.has('Valley Courier\u0000talking points')).toBe(false);
    expect(s.has('Harbour Times\u0000smear*')).toBe(false);
    // with no events the corpus is one story: the Courier's use joins the others
    expect(storyWords(hits, outletOf).has('Valley Courier\u0000talking points')).toBe(true);
  });

  it('the finding names the outlet’s own loaded words and says which story words it left out', () => {
    const f = framingFindings(
      { voice: [], distinctive: [], loaded, sources: [], loadedHits: hits, eventOf },
      outletOf,
    ).map((x) => x.text);
    const times = f.find((t) => t.startsWith('Harbour Times uses loaded terms'))!;
    expect(times).toMatch(/most often “smear\/smears” \(2, in 2 articles\) and “furious” \(1\)\./);
    expect(times).toMatch(/Left out: “talking points”, which most outlets covering the same stories also write/);
    expect(f.find((t) => t.startsWith('Valley Courier'))).toMatch(/“talking points” \(1\)/);
  });
});
