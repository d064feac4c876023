// One row per entity on real news (ents49): in an article naming none of a surname's bearers in full, "President X"
// is the one the corpus names "President ... X" though the article's "Mr. X" says nothing of the title; and the
// article's other mention of X ("Governor X pressed") is the one its "Mr. X" mentions name, not the corpus-wide
// vote's bearer (a woman). Fixtures written for these tests.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc } from './helpers/entities.js';

const texts: [string, string][] = [
  ['A', 'Secretary of State Helen Carver flew to Oslo . Carver said the talks went well , and Carver left on Friday .'],
  ['A', 'Secretary of State Helen Carver met the envoy . Carver spoke for an hour .'],
  ['B', 'Secretary of State Helen Carver arrived in Lima . Carver was cheerful .'],
  ['G', 'President Tom Carver signed the bill in 1996 . Carver said it was a good day .'],
  ['B', 'President Tom Carver vetoed the measure .'],
  [
    'G',
    'From President Carver ’s stern 1995 call to the 2006 debate , the party moved . Mr. Carver said then that the rules mattered . Mr. Carver later changed course , and Mr. Carver wrote about it .',
  ],
  [
    'G',
    'Floods alarmed residents in 1980 . Governor Carver pressed the administration for help . Mr. Carver lost that race , and Mr. Carver later recalled the call . Mr. Carver wrote a book .',
  ],
];
const r = extractEntities(texts.map(([outlet, t], i) => doc('d' + i, t, outlet)));
const ids = (d: string) =>
  r.mentions
    .flat()
    .filter((m) => m.doc === d && m.text === 'Carver')
    .map((m) => m.entity);

describe('one person per surname in an article naming nobody in full', () => {
  it('gives "President Carver" to the one named in full with that title, beside "Mr. Carver"', () => {
    expect(ids('d5')).toEqual(['tom-carver', 'tom-carver', 'tom-carver', 'tom-carver']);
  });

  it('gives the other mention to the one the article addresses as "Mr. Carver"', () => {
    expect(ids('d6')).toEqual(['tom-carver', 'tom-carver', 'tom-carver', 'tom-carver']);
  });

  it('leaves the articles naming the secretary in full to her', () => {
    expect(ids('d0')).toEqual(['helen-carver', 'helen-carver']);
  });
});
