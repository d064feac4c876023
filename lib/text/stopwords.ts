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

/**
 * Negations natural's list lacks ('never' and "n't" are stopwords already). A term list (top terms, distinctive terms)
 * leaves them out as single words and as a phrase's last word, where they rank high in every outlet because every text
 * has them; a phrase may start with one ("no evidence", "not guilty"). The scorers that read isStopword keep them: a
 * negation changes what a reused or loaded sentence says.
 */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'nor']);

/**
 * Titles written without a period (British style, "Mr Trump") and Arabic name particles written apart ("al Qaeda",
 * "Bashar al Assad"): stopwords of a term list, as "mr." is of every list. Alone they say nothing about an outlet.
 */
const BARE_TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'al', 'el']);

/**
 * Titles abbreviated before a name ("Gen. Qassem Soleimani", "Sen. Ann Doe"): house style, as "mr." is, so no term of
 * an outlet (the Associated Press's "gen." ranked among its top terms). Term lists only: the scorers keep them.
 */
const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'gen. sen. rep. gov. lt. col. maj. capt. cmdr. sgt. adm. prof. rev. pres. hon. jr. sr.'.split(' '),
);

/** Function words natural's list lacks: the pronoun "us" (the country "US" is counted as "u.s." by the term lists). */
const MORE_STOPS: ReadonlySet<string> = new Set(['us']);

/**
 * Contractions written as one word ("don't", "we're", "it'll"): a pronoun or auxiliary with its clitic, function words
 * like their parts; the negative ones read as negations. natural's list has none of them, so "don't" ranked among
 * an outlet's distinctive terms.
 */
const NEGATIVE_CONTRACTION = /^[a-z]+n't$/;
const CLITIC_CONTRACTION = /^[a-z]+'(?:s|re|ve|ll|m|d)$/;
const PRONOUN_OR_AUXILIARY: ReadonlySet<string> = new Set(
  'i you he she it we they that there here what who where how let'.split(' '),
);

const SPLIT_AUXILIARY: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };

/**
 * The auxiliary of a negative contraction ("didn't" → "did", "won't" → "will", "can't" → "can"), or the word itself:
 * rules that look for an auxiliary between a subject and its verb read "did n't" (PTB text, joined by the tokenizer)
 * and "didn't" alike.
 */
export function auxiliaryOf(norm: string): string {
  if (!norm.endsWith("n't") || norm.length < 4) return norm;
  const head = norm.slice(0, -3);
  return SPLIT_AUXILIARY[head] ?? head;
}

/** How a term list treats a normalised word: 'content', 'stop' (never in a term) or 'negation' (may only open a phrase). */
export function termStop(norm: string): 'content' | 'stop' | 'negation' {
  if (STOPWORDS.has(norm) || BARE_TITLES.has(norm) || MORE_STOPS.has(norm) || TITLE_ABBREVIATIONS.has(norm))
    return 'stop';
  if (NEGATIONS.has(norm)) return 'negation';
  // both contraction patterns need an apostrophe: most words are answered without running them
  if (norm.indexOf("'") < 0) return 'content';
  if (NEGATIVE_CONTRACTION.test(norm)) return 'negation';
  return CLITIC_CONTRACTION.test(norm) && PRONOUN_OR_AUXILIARY.has(norm.slice(0, norm.indexOf("'")))
    ? 'stop'
    : 'content';
}
