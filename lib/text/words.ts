// The one word count: word and number tokens, so "Syria's" is one word and "—" none, wherever a count is shown.
import type { Article, Token } from '../types.js';
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
