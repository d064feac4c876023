// The corpus section's findings listed "Gazette contributes 3 articles, Ledger contributes 2 articles, …" and the
// cleaning log's kinds as code words ("2 link-card, 1 reader-callout"). They now read as a reader lists them: the verb
// and noun once ("Gazette contributes 3 articles, Ledger 2"), the kinds as words ("2 link cards, 1 reader callout").
// Invented outlets and text.
import { describe, expect, it } from 'vitest';
import { corpusFindings } from '../lib/report/findings.js';
import { article } from './report-helpers.js';

const text = 'The council met on Tuesday to vote on the levy for the valley roads.';
const removed = (kind: string) => ({ kind, text: 'Read more: the levy', start: 0, end: 0 });

describe('the corpus findings’ wording', () => {
  const articles = [
    article('g1', 'Gazette', '2024-03-01', 'Levy vote', text, {
      removed: [removed('link-card'), removed('link-card')],
    }),
    article('g2', 'Gazette', '2024-03-02', 'Levy passes', text, { removed: [removed('reader-callout')] }),
    article('g3', 'Gazette', '2024-03-03', 'Levy signed', text, { removed: [removed('whitespace')] }),
    article('l1', 'Ledger', '2024-03-01', 'Council votes', text),
    article('l2', 'Ledger', '2024-03-02', 'Roads levy', text),
    article('c1', 'Courier', '2024-03-02', 'The levy', text),
  ];
  const found = corpusFindings(articles, []).map((f) => f.text);

  it('says "contributes … articles" once in the list of outlets', () => {
    expect(found).toContain('Gazette contributes 3 articles and Ledger 2; the other outlets one each.');
  });

  it('names the cleaning kinds in words', () => {
    expect(found.find((t) => t.startsWith('Cleaning removed'))).toContain(
      '(2 link cards, 1 reader callout and 1 whitespace)',
    );
  });
});
