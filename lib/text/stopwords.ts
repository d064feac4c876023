// English stopwords: natural's list plus the tokens our tokenizer produces that carry no content.
import naturalStopwords from 'natural/lib/natural/util/stopwords.js';
import { MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS } from '../util/calendar.js';

/** Lowercase stopwords (natural's English list, contraction and possessive pieces, reporting filler). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...naturalStopwords.words,
  "'s",
  's',
  "'",
  "n't",
  'also',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'will',
  'can',
  'said',
  'says',
  'say',
  'told',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'one',
  'two',
  'including',
  'among',
  'within',
  'upon',
  'however',
  'while',
  'since',
  'already',
  'yet',
  'still',
  'even',
  'well',
  'much',
  'many',
  'per',
  'via',
  // dates are metadata, not content: months and weekdays, full and abbreviated ('may' is a stopword anyway)
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
  'today',
  'yesterday',
]);

/** True when a normalised term is a stopword. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}
