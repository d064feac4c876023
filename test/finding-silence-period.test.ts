// "X never names Y" on a corpus that spans years: an outlet is silent about an actor only where it was to be expected
// to name him, and an article with no date cannot say which period its mentions belong to.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { entitiesSection } from '../lib/report/sections/entities.js';

const PLACES = ['Tehran', 'Isfahan', 'Shiraz', 'Tabriz', 'Mashhad', 'Qom'];
// a 2016 story (a reporter freed), each article in its own words
const freed = (i: number) =>
  `Jason Rezaian left ${PLACES[i]} on day ${i + 2} after ${540 + i} days in Evin prison, officials in ${PLACES[(i + 1) % 6]} said. ` +
  `Jason Rezaian thanked ${i + 3} diplomats, and Jason Rezaian said he would rest in ${PLACES[(i + 2) % 6]} for ${i + 4} weeks. ` +
  `The Washington Post said Jason Rezaian would speak after hearing ${i + 11}.`;
// the same reporter two years on, in a piece about a later president; its date was lost in the export
const later = (i: number) =>
  `Donald Trump spoke about Jason Rezaian on day ${i + 5}. Donald Trump said ${i + 6} Americans were still held, ` +
  `and Donald Trump promised a deal within ${i + 7} months. Critics said Donald Trump had no plan for ${PLACES[i]}, ` +
  `and Donald Trump answered them on his visit ${i + 20}. Donald Trump named ${PLACES[(i + 3) % 6]} twice.`;
const trump2018 = (i: number) =>
  `Donald Trump left the nuclear deal on day ${i + 8}. Donald Trump said sanctions on ${PLACES[i]} would return in ` +
  `${i + 9} days, and Donald Trump told ${i + 30} allies to follow. Donald Trump called the deal rotten.`;

const records = [
  { id: 'w1', outlet: 'Evening Star', event: 'freed', date: '2016-01-17', text: freed(0) },
  { id: 'w2', outlet: 'Evening Star', event: 'freed', date: '2016-01-18', text: freed(1) },
  { id: 'c1', outlet: 'Coast Daily', event: 'freed', date: '2016-01-17', text: freed(2) },
  { id: 'b1', outlet: 'Isle Radio', event: 'freed', text: later(0) },
  { id: 'b2', outlet: 'Isle Radio', event: 'deal', date: '2018-05-08', text: trump2018(1) },
  { id: 'c2', outlet: 'Coast Daily', event: 'deal', date: '2018-05-08', text: trump2018(2) },
  { id: 'b3', outlet: 'Isle Radio', event: 'deal', date: '2018-05-09', text: trump2018(3) },
];

describe('silence about an actor, across years', () => {
  it('an undated article in a 2016 story does not make the 2016 outlets silent about a president of 2018', () => {
    const section = entitiesSection(analyseCorpus(corpusFromRecords(records)));
    const texts = section.findings.map((f) => f.text);
    expect(texts.some((t) => /Donald Trump/.test(t))).toBe(true); // he is a main actor of the corpus
    expect(texts.filter((t) => /never names? Donald Trump/.test(t))).toEqual([]);
  });

  it('a dated article in the same story still sets the expectation', () => {
    const dated = records.map((r) => (r.id === 'b1' ? { ...r, date: '2016-01-18' } : r));
    const texts = entitiesSection(analyseCorpus(corpusFromRecords(dated))).findings.map((f) => f.text);
    expect(texts.some((t) => /Evening Star never names Donald Trump/.test(t))).toBe(true);
  });
});
