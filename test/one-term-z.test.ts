// One z per term: the distinctive table, notebook 04's sentence, its term chart and the report's term charts read a
// term's z from one computation. An outlet that shares stories with others is contrasted within those stories (pooled);
// the chart once made a second, corpus-wide call, so a word of the one story two outlets shared ("harbour") was "clear
// of chance" on the chart and not in the table or the sentence (the Iran cut of July 2015: chart "2 terms more in Vox",
// sentence "no term clear"). Invented outlets and wording.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { distinctiveFocus, focusChart } from '../lib/explore/distinctive-focus.js';
import { termChartRows } from '../lib/framing/framing.js';
import { framingSection } from '../lib/report/sections/framing.js';

const TOWNS = ['Tucson', 'Fresno', 'Yuma', 'Laredo', 'Salinas', 'Merced', 'Visalia', 'Modesto'];
// every sentence varies with the article (its day, town and figures): a sentence repeated across an outlet's
// articles is page furniture and is not counted
const story = (i: number, topic: string, extra = '') =>
  `Members of the council in ${TOWNS[i % 8]} met on day ${i + 3} to weigh the ${topic}. ` +
  `The council heard ${i + 4} speakers on the ${topic} in ${TOWNS[(i + 1) % 8]}, and said a hearing would resume after ${i + 2} weeks. ` +
  `Officials counted ${40 + 7 * i} letters at the ${TOWNS[(i + 2) % 8]} office before the council adjourned. ${extra}` +
  `Residents of ${TOWNS[(i + 3) % 8]} asked the council to publish minute ${i + 11} of the ${topic} and the council agreed.`;
const harbour = (i: number) =>
  [0, 1, 2]
    .map(
      (k) =>
        `On day ${i + 5 + k} the harbour dredging near ${TOWNS[(i + k) % 8]} and the harbour wall at pier ${i + 2 * k} drew ${k + 9} harbour pilots. `,
    )
    .join('');
const long = (i: number) => [0, 8, 16, 24].map((k) => story(i + k, 'budget')).join(' ');

// Ledger and Post share three harbour stories and write "harbour" alike there; Post and Star share three budget
// stories without it. Over the whole corpus Ledger writes "harbour" far more often than the rest; within the stories it
// covered, no more than Post.
const records = [
  ...[0, 1, 2].flatMap((i) => [
    { id: `l${i}`, outlet: 'Daily Ledger', event: `harbour-${i}`, text: story(i, 'harbour plan', harbour(i)) },
    { id: `p${i}`, outlet: 'Metro Post', event: `harbour-${i}`, text: story(i + 11, 'harbour plan', harbour(i + 11)) },
  ]),
  ...[3, 4, 5].flatMap((i) => [
    { id: `q${i}`, outlet: 'Metro Post', event: `budget-${i}`, text: long(i) },
    { id: `s${i}`, outlet: 'Evening Star', event: `budget-${i}`, text: long(i + 1) },
  ]),
].map((r, k) => ({ ...r, date: `2026-03-${String(10 + k).padStart(2, '0')}` }));

const clearCount = (title: string, outlet: string) => {
  const m = new RegExp(`(\\d+) terms? more in ${outlet}`).exec(title);
  return m ? Number(m[1]) : title.includes('no term clear of chance') ? 0 : NaN;
};

describe('one z per term', () => {
  const a = analyseCorpus(corpusFromRecords(records));

  it('the chart gives every term of the distinctive table the table’s z', () => {
    for (const outlet of ['Daily Ledger', 'Metro Post', 'Evening Star']) {
      const chart = new Map(termChartRows(a.framing, outlet).map((r) => [r.term, r.z]));
      const table = a.framing.distinctive.filter((r) => r.outlet === outlet);
      for (const r of table) expect([r.term, chart.get(r.term)]).toEqual([r.term, r.z]);
    }
    // "harbour": the shared story's word, no more Ledger's than Post's where both wrote on it
    const harbour = termChartRows(a.framing, 'Daily Ledger').find((r) => r.term === 'harbour');
    expect(harbour?.z ?? 0).toBeLessThan(1.96);
  });

  it('notebook 04’s sentence, its chart and the report’s chart count the same clear terms', () => {
    const focus = distinctiveFocus(a);
    const sure = focus.terms.filter((r) => r.z > 1.96 && !focus.aside.has(r.term)).length;
    const o = focus.focus!;
    const nb = (focusChart(a, focus)!.layout.title as { text: string }).text;
    expect(clearCount(nb, o)).toBe(sure);
    // every chart of the report against the table's clear terms of its outlet (none is set aside on this corpus)
    const charts = framingSection(a).figures.filter((fig) => fig.name?.startsWith('distinctive-terms-'));
    expect(charts.length).toBe(3);
    for (const fig of charts) {
      const outlet = fig.name!.replace('distinctive-terms-', '');
      const clear = a.framing.distinctive.filter((r) => r.outlet === outlet && r.z > 1.96).length;
      expect([outlet, clearCount((fig.layout.title as { text: string }).text, outlet)]).toEqual([outlet, clear]);
    }
    // the shared story's word is no outlet's wording, in the sentence either
    expect(focus.text).not.toMatch(/clear of chance[^.]*\*harbour\*/);
  });
});
