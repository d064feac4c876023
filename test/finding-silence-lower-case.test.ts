// "The Guardian never names Supreme Court": the outlet writes "the supreme court" in lower case, its house style, which
// the entity stage does not read as a name. An outlet whose text holds the actor's name of two words or more, in any
// case, is not silent about it; a quiet outlet whose text never holds it still is. Invented outlets and bodies.
import { describe, expect, it } from 'vitest';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { analyseCorpus } from '../lib/pipeline.js';
import { entitiesSection } from '../lib/report/sections/entities.js';

const TOWNS = ['Varna', 'Ruse', 'Pleven', 'Sliven', 'Vratsa', 'Shumen', 'Haskovo', 'Yambol'];
const named = (i: number) =>
  `The Dam Safety Board inspected the dam at ${TOWNS[i % 8]} on day ${i + 2} with ${i + 30} engineers. ` +
  `The Dam Safety Board said repairs would take ${i + 4} weeks, and the Dam Safety Board promised ${i + 7} million for ${TOWNS[(i + 1) % 8]}. ` +
  `Critics in ${TOWNS[(i + 2) % 8]} said the Dam Safety Board had waited ${i + 9} months, and the Dam Safety Board answered them at meeting ${i + 40}. ` +
  `The dam at ${TOWNS[i % 8]} holds ${i + 12} million cubic metres, and its operator Halden Works filed report ${i + 60}.`;
const lower = (i: number) =>
  `The dam safety board inspected the dam at ${TOWNS[i % 8]} on day ${i + 3} with ${i + 20} engineers. ` +
  `Repairs would take ${i + 5} weeks, the board said, and ${i + 8} million would go to ${TOWNS[(i + 1) % 8]}. ` +
  `The dam holds ${i + 12} million cubic metres, and its operator Halden Works filed report ${i + 60}. ` +
  `Residents of ${TOWNS[(i + 2) % 8]} asked for ${i + 3} more pumps and a second spillway at ${TOWNS[i % 8]}.`;
const quiet = (i: number) => lower(i).replace('The dam safety board inspected', 'Engineers inspected');

const records = (other: (i: number) => string) =>
  [
    { id: 'c1', outlet: 'Coast Daily', text: named(0) },
    { id: 'c2', outlet: 'Coast Daily', text: named(1) },
    { id: 's1', outlet: 'Evening Star', text: named(2) },
    { id: 's2', outlet: 'Evening Star', text: named(3) },
    { id: 'r1', outlet: 'Isle Radio', text: other(4) },
    { id: 'r2', outlet: 'Isle Radio', text: other(5) },
  ].map((r, i) => ({ ...r, date: `2026-03-0${1 + (i % 3)}`, event: 'dam', title: `The dam, day ${i + 1}` }));

const silences = (other: (i: number) => string) =>
  entitiesSection(analyseCorpus(corpusFromRecords(records(other))))
    .findings.map((f) => f.text)
    .filter((t) => /never names? Dam Safety Board/.test(t));

describe('silence about an actor the outlet writes in lower case', () => {
  it('is not printed when the text names it in lower case', () => {
    expect(silences(lower)).toEqual([]);
  });

  it('is printed when the text never names it', () => {
    expect(silences(quiet)).toHaveLength(1);
  });
});
