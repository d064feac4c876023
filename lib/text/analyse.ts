// Analyse each article once: tokens, sentences, paragraphs, quotes and the word count that every analysis shares.
import type { Article, Doc, Token } from '../types.js';
import { tokenizeInto } from './tokenize.js';
import { splitSentences } from './sentences.js';
import { scanQuotes } from './quotes.js';
import { countWords } from './words.js';
import { paragraphsOf } from './paragraphs.js';
import { rangeAt } from '../util/search.js';

export { paragraphsOf };
/** Tokenize an article paragraph by paragraph, split it into sentences, find its quotes and count its words. */
export function analyse(
  article: Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'paragraphs'> & Partial<Pick<Article, 'url'>>,
): Doc {
  const { text } = article;
  const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphsOf(text);
  const tokens: Token[] = [];
  for (const p of paragraphs) tokenizeInto(tokens, text, p.start, p.end);
  const sentences = splitSentences(text, tokens, paragraphs);
  const quotes = scanQuotes(text, paragraphs);
  return {
    id: article.id,
    outlet: article.outlet,
    date: article.date,
    text,
    tokens,
    sentences,
    paragraphs,
    quotes,
    words: countWords(tokens),
    ...(article.url ? { url: article.url } : {}),
  };
}

/** Analyse every article of a corpus, in order. */
export function analyseAll(articles: readonly Article[]): Doc[] {
  return articles.map(analyse);
}

/** Index of the sentence containing a character offset (binary search), or -1 when it falls between sentences. */
export function sentenceAt(doc: Pick<Doc, 'sentences'>, offset: number): number {
  return rangeAt(doc.sentences, offset);
}
