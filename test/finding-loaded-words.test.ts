// A hyphen wildcard of the loaded lexicon ("anti-*") makes one table row per word it matches ("anti-islander",
// "anti-mainland"). The loaded-terms finding must count each word as its row does: how many uses come from one
// article, and whether the other outlets on the story write that word, not any word of the family.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/findings.js';

const outletOf: Record<string, string> = {
  a1: 'Harbour Times',
  a2: 'Harbour Times',
  b1: 'Daily Ledger',
  c1: 'Evening Post',
};
const eventOf: Record<string, string> = { a1: 'e1', a2: 'e1', b1: 'e1', c1: 'e1' };
const hit = (doc: string, text: string) => ({ doc, outlet: outletOf[doc], term: 'anti-*', voice: 'own', text });
const hits = [
  ...['a1', 'a1', 'a1', 'a2'].map((d) => hit(d, 'anti-islander')),
  ...['a1', 'a1', 'a1'].map((d) => hit(d, 'anti-mainland')),
  hit('b1', 'anti-tariff'),
  hit('c1', 'anti-tariff'),
];
const row = (outlet: string, own: number, forms: string) => ({ outlet, term: 'anti-*', theme: 'labels', own, forms });
const loaded = [
  row('Harbour Times', 4, 'anti-islander'),
  row('Harbour Times', 3, 'anti-mainland'),
  row('Daily Ledger', 1, 'anti-tariff'),
  row('Evening Post', 1, 'anti-tariff'),
];

describe('loaded words of one wildcard', () => {
  const f = framingFindings({ voice: [], distinctive: [], loaded, sources: [], loadedHits: hits, eventOf }, outletOf);
  const times = f.map((x) => x.text).find((t) => t.startsWith('Harbour Times uses loaded terms'))!;

  it('say how many of each word’s uses one article holds, never more than the word’s count', () => {
    expect(times).toMatch(/“anti-islander” \(4, 3 of them in one article\)/);
    expect(times).toMatch(/“anti-mainland” \(3, all in one article\)/);
  });

  it('keep a word only one outlet writes though others write another word of the family', () => {
    expect(times).not.toMatch(/Left out/);
  });
});
