// The keyword index reads the norm numbers framing gave the tokens (one Map lookup per token less at 10,000 articles):
// it must find the same words, in the same places and order, as when it numbers the norms itself. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyseCorpus, type Analysis } from '../lib/pipeline.js';
import { kwic } from '../lib/explore/kwic.js';
import { kwicIndex } from '../lib/explore/kwic-index.js';
import { normIds, numberedTokens } from '../lib/text/term-ids.js';
import { analyse } from '../lib/text/analyse.js';
import type { Corpus, Doc } from '../lib/types.js';
import { article } from './report-helpers.js';

const corpus: Corpus = {
  root: 'fixture',
  skipped: [],
  articles: [
    article(
      'a1',
      'North Ledger',
      '2024-03-01',
      'Harbour vote delayed',
      'The council delayed the harbour vote. "We need time," Mayor Tova Brann said. Fishermen protested.',
    ),
    article(
      'a2',
      'Harbour Post',
      '2024-03-01',
      'Fishermen protest',
      'Fishermen protested at the harbour on Friday. Brann said the council would vote in April.',
    ),
    article(
      'a3',
      'The Coast Times',
      '2024-03-02',
      'Council vote',
      'The harbour council met again. Critics said the vote was a scam; Brann denied it.',
    ),
  ],
};

/** The same analysis with copies of every token list: nothing numbered them, so the index numbers the norms itself. */
function unnumbered(a: Analysis): Analysis {
  const copy = (d: Doc): Doc => ({ ...d, tokens: [...d.tokens] });
  const detail = { ...a.framing.detail, titleDocs: a.framing.detail.titleDocs.map(copy) };
  return { ...a, docs: a.docs.map(copy), framing: { ...a.framing, detail } };
}

describe('keyword index by norm numbers', () => {
  const a = analyseCorpus(corpus);
  const b = unnumbered(a);

  it('uses the numbers when framing numbered every source, and not otherwise', () => {
    expect(numberedTokens([...a.docs, ...a.framing.detail.titleDocs].map((d) => d.tokens))).not.toBeNull();
    expect(numberedTokens([...b.docs, ...b.framing.detail.titleDocs].map((d) => d.tokens))).toBeNull();
    // two calls: lists from different calls do not share one numbering
    const x = analyse({ id: 'x', outlet: 'o', date: null, text: 'One harbour.', paragraphs: [] });
    const y = analyse({ id: 'y', outlet: 'o', date: null, text: 'Another vote.', paragraphs: [] });
    normIds([x]);
    normIds([y]);
    expect(numberedTokens([x.tokens, y.tokens])).toBeNull();
  });

  it('finds the same words, ids and places either way', () => {
    const ia = kwicIndex(a);
    const ib = kwicIndex(b);
    expect([...ia.ids]).toEqual([...ib.ids]);
    expect(ia.wordIds).toEqual(ib.wordIds);
    expect(ia.words).toEqual(ib.words);
    expect(ia.postings).toEqual(ib.postings);
    for (const w of ['harbour', 'Brann', 'vote', 'fishermen', 'council']) expect(kwic(a, w)).toEqual(kwic(b, w));
    expect(kwic(a, 'harbour').length).toBe(4);
  });
});
