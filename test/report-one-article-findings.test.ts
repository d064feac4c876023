// The voice and loaded-terms findings on a corpus with outlets of one article. Read on a three-month cut of real
// coverage: "Reason writes most in its own words (99% own narration)" rested on one essay, and "Reason uses loaded
// terms in its own narration" named its one article's words as an outlet's habit, unmarked, among outlets of several
// articles. Invented outlets and words.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { framingFindings } from '../lib/report/framing-findings.js';
import { voiceFinding } from '../lib/index.js';

const outletOf = { n1: 'North Star', n2: 'North Star', c1: 'Coast Daily', c2: 'Coast Daily', l1: 'Lone Beacon' };
const own: Record<string, number> = { n1: 0.8, n2: 0.8, c1: 0.6, c2: 0.6, l1: 0.99 };
const voice = Object.keys(outletOf).map((doc) => ({
  doc,
  own: own[doc],
  quoted: 1 - own[doc],
  reported: 0,
  reused: 0,
  words: 400,
}));
const loaded = [
  ...['brazen', 'shameful', 'reckless', 'sham', 'hysteria'].map((term) => ({
    outlet: 'Lone Beacon',
    term,
    theme: 'drama',
    own: 2,
  })),
  ...['brazen', 'sham'].map((term) => ({ outlet: 'Coast Daily', term, theme: 'drama', own: 3 })),
  { outlet: 'North Star', term: 'reckless', theme: 'drama', own: 2 },
];
const texts = () => framingFindings({ voice, distinctive: [], loaded, sources: [] }, outletOf).map((x) => x.text);

describe('findings with outlets of one article', () => {
  it('take the voice extremes among outlets of several articles', () => {
    const t = texts().find((x) => x.includes('writes most in its own words'))!;
    expect(t).toMatch(/^North Star writes most in its own words \(80% own narration\); Coast Daily the least/);
    expect(t).not.toContain('Lone Beacon');
  });

  it('name an outlet of one article after the others in the loaded-terms findings, marked', () => {
    const t = texts().filter((x) => x.includes('uses loaded terms'));
    expect(t.map((x) => x.slice(0, x.indexOf(' uses')))).toEqual([
      'Coast Daily',
      'North Star',
      'Lone Beacon (one article)',
    ]);
  });

  it('are the sentence notebook 04 prints: one computation of the voice extremes for both', () => {
    // before, the notebook took the mean of article shares over every outlet ("Salon is the most in its own voice
    // (100%)", one article) while the report named Politico at 68%
    const nb = JSON.parse(readFileSync('notebooks/04-framing.ipynb', 'utf8')) as { cells: { source: string[] }[] };
    expect(nb.cells.some((c) => c.source.join('').includes('pl.voiceFinding(f.voice, outletOf)'))).toBe(true);
    expect(texts()).toContain(voiceFinding(voice, outletOf)!.text);
  });
});
