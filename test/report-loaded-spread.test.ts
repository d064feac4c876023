// A loaded word one article carries does not lead a finding about an outlet's habits. Read on a real cut: "Politico
// uses loaded terms in its own narration, most often “influx” (4, all in one article)" led with one article's subject.
// The report's finding and notebook 04's loaded line now put an outlet's words of several articles first and say each
// word's spread over its articles. Invented outlets and words.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/findings.js';
import { loadedSummaryText } from '../lib/explore/outlet-lines.js';

const outletOf: Record<string, string> = {
  h1: 'Harbour Times',
  h2: 'Harbour Times',
  h3: 'Harbour Times',
  d1: 'Daily Ledger',
  d2: 'Daily Ledger',
};
const hit = (doc: string, term: string) => ({ doc, outlet: outletOf[doc], term, voice: 'own', text: term });
const hits = [
  ...['h1', 'h1', 'h1', 'h1'].map((d) => hit(d, 'deluge')),
  ...['h1', 'h2', 'h3'].map((d) => hit(d, 'reckless')),
  ...['h2', 'h3'].map((d) => hit(d, 'sham')),
  ...['d1', 'd2'].map((d) => hit(d, 'brazen')),
];
const row = (outlet: string, term: string, own: number) => ({
  outlet,
  term,
  theme: 'drama',
  own,
  quoted: 0,
  reported: 0,
  reused: 0,
  forms: term,
});
const loaded = [
  row('Harbour Times', 'deluge', 4),
  row('Harbour Times', 'reckless', 3),
  row('Harbour Times', 'sham', 2),
  row('Daily Ledger', 'brazen', 2),
];
const articles = { 'Harbour Times': 3, 'Daily Ledger': 2 };

describe('a loaded word one article carries', () => {
  it('comes after the words of several articles in the report’s finding, each with its spread', () => {
    const f = framingFindings({ voice: [], distinctive: [], loaded, sources: [], loadedHits: hits }, outletOf);
    const times = f.map((x) => x.text).find((t) => t.startsWith('Harbour Times uses loaded terms'))!;
    expect(times).toContain(
      'most often “reckless” (3, in 3 articles), “sham” (2, in 2 articles) and “deluge” (4, all in one article).',
    );
  });

  it('comes after them in notebook 04’s loaded line too, with the same numbers', () => {
    const text = loadedSummaryText(loaded, { 'Harbour Times': 1000, 'Daily Ledger': 1000 }, articles, hits);
    expect(text).toContain(
      '**Harbour Times** 9.0 (*reckless* (3, in 3 articles), *sham* (2, in 2 articles), *deluge* (4, all in one article))',
    );
    expect(text).toContain('**Daily Ledger** 2.0 (*brazen* (2, in 2 articles))');
  });
});
