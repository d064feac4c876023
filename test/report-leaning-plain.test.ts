// The distinctive-term finding on outlets whose clear terms judge nothing by themselves. Read on a three-month cut of
// real coverage: it called one outlet's "undocumented" (the side it took in the competing-label finding just below)
// "a topic it covers more", named two outlets of one article among the others without saying so, and opened with
// "Words each outlet uses clearly more" before naming one word of an outlet whose term chart counted four.
// Invented outlets and words.
import { describe, expect, it } from 'vitest';
import { framingFindings } from '../lib/report/framing-findings.js';

const outletOf = { n1: 'North Star', n2: 'North Star', c1: 'Coast Daily', c2: 'Coast Daily', l1: 'Lone Beacon' };
const voice = Object.keys(outletOf).map((doc) => ({ doc, own: 1, quoted: 0, reported: 0, reused: 0, words: 100 }));
const find = (distinctive: Parameters<typeof framingFindings>[0]['distinctive']) =>
  framingFindings({ voice, distinctive, loaded: [], sources: [] }, outletOf).map((x) => x.text);

describe('the distinctive-term finding, outlets without a clear word of judgement', () => {
  const rows = [
    { outlet: 'Coast Daily', term: 'reckless', z: 2.6, count: 7, evaluative: 1 },
    { outlet: 'Coast Daily', term: 'ferries', z: 2.3, count: 9, evaluative: 0 },
    { outlet: 'Lone Beacon', term: 'quarry', z: 2.4, count: 5, evaluative: 0 },
    { outlet: 'North Star', term: 'unlicensed', z: 2.5, count: 8, evaluative: 0 },
  ];

  it('says the words it names are words of judgement, not every clear term', () => {
    const text = find(rows).find((t) => t.includes('“reckless”'))!;
    expect(text.startsWith('Words of judgement each outlet uses clearly more than the others')).toBe(true);
    expect(text).not.toContain('ferries');
  });

  it('does not call a describing word a topic, and marks an outlet of one article, after the others', () => {
    const text = find(rows).find((t) => t.includes('“reckless”'))!;
    expect(text).toContain(
      'North Star and Lone Beacon (one article): no word of judgement stands out; their clearest terms judge nothing by themselves (the table lists them).',
    );
    expect(text).not.toMatch(/topics? (it|they) covers?/);
  });
});
