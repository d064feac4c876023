// The passage viewer's summary line reads as a journalist would say it: a pair that shares only a third party's text
// (one statement both quote) took nothing from each other, so no likely source is named, whatever the dates; and the
// articles are named by headline and outlet, not by opaque ids. Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { passageViewFor } from '../lib/report/passages.js';
import { fillerProse } from './helpers/prose.js';

const STATEMENT =
  '"The breakwater lights failed at nine minutes past two because a corroded junction box flooded during the storm surge, ' +
  'and the reserve generator did not start. We have replaced the junction box and posted a second crew at the signal ' +
  'house until the inquiry reports," the Kelmscott Harbour Authority said in a statement.';
const NARRATION =
  'Fishing crews returning to Kelmscott after midnight found the harbour mouth dark, and two trawlers waited offshore ' +
  'for an hour before a pilot boat led them in past the silent breakwater and the unlit signal house.';

const article = (id: string, outlet: string, date: string, title: string, text: string) => ({
  ...analyse({ id, outlet, date, text, paragraphs: [] }),
  title,
});

const view = (textA: string, textB: string) => {
  const docs = [
    article('k1', 'Coast Times', '2026-03-03', 'Harbour lights fail in storm', `${fillerProse(1, 60)} ${textA}`),
    article('k2', 'Harbour Post', '2026-03-05', 'Boats stranded at dark harbour', `${fillerProse(2, 60)} ${textB}`),
    ...[3, 4, 5, 6].map((s) => article(`o${s}`, `Other ${s}`, '2026-03-01', `Other ${s}`, fillerProse(s, 80))),
  ];
  return passageViewFor(overlap(docs, { outlets: [] }), docs, 'k1', 'k2');
};
const summary = (html: string) => /<p class="pl-sum">(.*?)<\/p>/.exec(html)![1];

describe('the passage viewer summary', () => {
  it('names no likely source for a pair that shares only a statement both quote', () => {
    const s = summary(view(STATEMENT, STATEMENT));
    expect(s).not.toMatch(/likely source/);
    expect(s).toMatch(/Neither took it from the other/);
  });

  it('names the articles by headline and outlet, and the earlier one as the likely source of copied narration', () => {
    const html = view(NARRATION, NARRATION);
    const s = summary(html);
    expect(s).toMatch(/likely source: “Harbour lights fail in storm” \(Coast Times\)/);
    expect(s).toMatch(/“Boats stranded at dark harbour” \(Harbour Post\)/);
    expect(s).not.toMatch(/\bk1\b|\bk2\b/);
    expect(html).toMatch(/<h4 title="k1">“Harbour lights fail in storm” · Coast Times/);
  });
});
