// A wire's pages carry their pictures' captions as paragraphs of the body ("FILE - In this March 6, 2015, file photo,
// … ( AP Photo/Jane Roe, File )"). Framing's term counts left them out since the twenty-eighth session, but the
// frequent-term counts behind the report's top-terms chart and notebook 01 still counted "photo" and "file" as the
// wire's own words. The counts a user reads (the report's chart, notebook 01, terms.csv) now leave captions out; the
// caption stays in the text, events are still clustered on counts that keep it (its names tell stories apart), and
// "photo" written in a sentence of the story still counts. Invented outlets, towns and wording.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { analyseCorpus, furnitureFreeCounts } from '../lib/pipeline.js';
import { outletTermRows } from '../lib/text/counts.js';
import { council } from './helpers/prose.js';
import { article as makeArticle } from './report-helpers.js';
import type { Doc } from '../lib/types.js';

const doc = (id: string, outlet: string, text: string) => analyse({ id, outlet, date: null, text, paragraphs: [] });

const TOPICS = ['budget', 'water', 'schools', 'roads', 'parks', 'transit'];
const caption = (i: number) =>
  `FILE - In this March ${i + 3}, 2015, file photo, workers repair a ${TOPICS[i]} site in Ashbury. ( AP Photo/Jane Roe, File )`;

const corpus = (story: (i: number) => string = () => '') => {
  const docs: Doc[] = [];
  TOPICS.forEach((_, i) => {
    docs.push(doc(`a${i}`, 'Alpha Wire', `${council(2 * i, 'council')}\n\n${caption(i)}\n\n${story(i)}`));
    docs.push(doc(`b${i}`, 'Beta Ledger', council(2 * i + 1, 'council')));
  });
  return docs;
};

const top = (docs: Doc[]) =>
  outletTermRows(furnitureFreeCounts(docs), 15)
    .filter((r) => r.outlet === 'Alpha Wire')
    .map((r) => r.term);

describe('photo captions in the frequent-term counts', () => {
  it('leaves a caption’s formula words out of the wire’s most frequent terms and keeps its text', () => {
    const docs = corpus();
    expect(top(docs).filter((t) => /^(?:photo|file)$/.test(t))).toEqual([]);
    expect(docs[0].text).toContain('AP Photo/Jane Roe');
  });

  it('leaves them out of the analysis’s counts, the ones the report and notebook 01 show', () => {
    const docs = corpus();
    const articles = docs.map((d) => makeArticle(d.id, d.outlet, null, '', d.text));
    const a = analyseCorpus({ root: '', articles, skipped: [] }, { docs });
    const wire = outletTermRows(a.counts, 15).filter((r) => r.outlet === 'Alpha Wire');
    expect(wire.map((r) => r.term).filter((t) => /^(?:photo|file)$/.test(t))).toEqual([]);
    expect(wire.length).toBeGreaterThan(0);
  });

  it('still counts "photo" written in a sentence of the story', () => {
    const docs = corpus(
      (i) => `The ${TOPICS[i]} photo contest drew photo entries, and each photo was judged by photo editors.`,
    );
    expect(top(docs)).toContain('photo');
  });
});
