// "X never names E" is printed only when it says something about X: X covered the stories in which the others name E
// in two articles or more, those stories are dated or named by the input (not undated articles grouped by the names
// they share), and E did not write X's piece (a headline, address or byline of X's naming E). Invented outlets,
// people and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { entitiesSection } from '../lib/report/sections/entities.js';

const TOWNS = ['Varna', 'Ruse', 'Pleven', 'Sliven', 'Vratsa', 'Shumen', 'Haskovo', 'Yambol'];
// the others' reports on the dam dispute: each names the minister, Viktor Orlan, again and again
const named = (i: number) =>
  `Viktor Orlan visited the dam at ${TOWNS[i % 8]} on day ${i + 2} with ${i + 30} engineers. ` +
  `Viktor Orlan said repairs would take ${i + 4} weeks, and Viktor Orlan promised ${i + 7} million for ${TOWNS[(i + 1) % 8]}. ` +
  `Critics in ${TOWNS[(i + 2) % 8]} said Viktor Orlan had waited ${i + 9} months, and Orlan answered them at meeting ${i + 40}. ` +
  `The dam at ${TOWNS[i % 8]} holds ${i + 12} million cubic metres, and its operator Halden Works filed report ${i + 60}.`;
// the quiet outlet: the same dam, the minister never named
const quiet = (i: number) =>
  `The dam at ${TOWNS[i % 8]} was inspected on day ${i + 3} by ${i + 20} engineers. ` +
  `Repairs would take ${i + 5} weeks, the ministry said, and ${i + 8} million would go to ${TOWNS[(i + 1) % 8]}. ` +
  `The dam holds ${i + 12} million cubic metres, and its operator Halden Works filed report ${i + 60}. ` +
  `Residents of ${TOWNS[(i + 2) % 8]} asked for ${i + 3} more pumps and a second spillway at ${TOWNS[i % 8]}.`;

type Rec = { id: string; outlet: string; date?: string; event?: string; title?: string; url?: string; text: string };
const records: Rec[] = [
  { id: 'c1', outlet: 'Coast Daily', text: named(0) },
  { id: 'c2', outlet: 'Coast Daily', text: named(1) },
  { id: 's1', outlet: 'Evening Star', text: named(2) },
  { id: 's2', outlet: 'Evening Star', text: named(3) },
  { id: 'r1', outlet: 'Isle Radio', text: quiet(4) },
  { id: 'r2', outlet: 'Isle Radio', text: quiet(5) },
].map((r, i) => ({ ...r, date: `2026-03-0${1 + (i % 3)}`, event: 'dam', title: `The dam, day ${i + 1}` }));

const silences = (recs: Rec[]) =>
  entitiesSection(analyseCorpus(corpusFromRecords(recs)))
    .findings.map((f) => f.text)
    .filter((t) => /never names? Viktor Orlan/.test(t));

describe('silence about an actor: what the finding needs', () => {
  it('is printed for an outlet of two articles on the story, with the count it rests on', () => {
    const s = silences(records);
    expect(s).toHaveLength(1);
    expect(s[0]).toMatch(/^Isle Radio never names Viktor Orlan, one of the main actors/);
    // the numbers it rests on, in one plain clause (no "though": the expectation is the reason, not a concession)
    expect(s[0]).toMatch(
      /mentions? elsewhere; at the rate the other outlets name it in the same stories, about \d+ mentions were to be expected in its 2 articles on those stories\)\.$/,
    );
  });

  it('is not printed when the outlet has one article on the story', () => {
    expect(silences(records.filter((r) => r.id !== 'r2'))).toEqual([]);
  });

  it('is not printed when the actor wrote the outlet’s piece (named in its address or headline)', () => {
    const oped = records.map((r) =>
      r.id === 'r1' ? { ...r, url: 'https://isleradio.example/opinion/orlan-why-the-dam-will-hold.html' } : r,
    );
    expect(silences(oped)).toEqual([]);
    const headline = records.map((r) => (r.id === 'r2' ? { ...r, title: 'Viktor Orlan: why the dam will hold' } : r));
    expect(silences(headline)).toEqual([]);
  });

  it('is not printed over undated articles grouped into a story by the names they share', () => {
    const undated = records.map(({ date, event, ...r }) => (void date, void event, r));
    expect(silences(undated)).toEqual([]);
    // the same articles with their input story named are one story, and the finding stands
    expect(silences(records.map(({ date, ...r }) => (void date, r)))).toHaveLength(1);
  });
});
