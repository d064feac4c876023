// The one word count: word and number tokens, so "Syria's" is one word and "—" none, wherever a count is shown.
import type { Article, Doc, Token } from '../types.js';
import { isTermToken, tokenize } from './tokenize.js';
import { paragraphsOf } from './paragraphs.js';

/** The number of word tokens among `tokens`. */
export function countWords(tokens: readonly Pick<Token, 'kind'>[]): number {
  let n = 0;
  for (const t of tokens) if (isTermToken(t)) n++;
  return n;
}

/** The word count of an article, the same number as `analyse(article).words`, without building the whole Doc. */
export function articleWords(article: Pick<Article, 'text' | 'paragraphs'>): number {
  const { text } = article;
  const paragraphs = article.paragraphs.length ? article.paragraphs : paragraphsOf(text);
  let n = 0;
  for (const p of paragraphs) n += countWords(tokenize(text, p.start, p.end));
  return n;
}

/**
 * The word count of each article: its analysed Doc's `words` when `docs` holds it (the same article, by id and text,
 * at the same place), otherwise counted again. A report of 10,000 articles thus does not tokenize every article twice.
 */
export function wordCounts(
  articles: readonly Pick<Article, 'id' | 'text' | 'paragraphs'>[],
  docs: readonly Pick<Doc, 'id' | 'text' | 'words' | 'field'>[] = [],
): number[] {
  return articles.map((a, i) => {
    const d = docs[i];
    return d && !d.field && d.id === a.id && d.text === a.text ? d.words : articleWords(a);
  });
}
