// Plain terms: words no reader would call an outlet's framing however often it prints them. General English's common
// words ("first", "really", "group"), as the stopwords-iso English list gives them (MIT, a dependency of natural,
// read from node_modules at run time), and counting words (numbers and ordinals, "dozens", "fifth"). A word of
// evaluative weight 0.5 or more ("great", "clear") is never plain: judgement is what framing is made of.
import { requireFromRoot } from '../paths.js';
import { isStopword } from '../text/stopwords.js';

let common: Set<string> | null = null;

/** stopwords-iso's English list (1,298 common words of general English), loaded once. */
function commonWords(): Set<string> {
  if (!common) common = new Set((requireFromRoot('stopwords-iso') as { en: string[] }).en);
  return common;
}

/** Number words, ordinals, counting nouns and "percent": how many, not how it is told. */
const COUNTING =
  /^(?:\d[\d.,]*(?:st|nd|rd|th|s)?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)s?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|hundredth|thousandth|millionth)|half|twice|thrice|once|percent|per-cent)$/;

/** True for a counting word: a numeral, a number word, an ordinal ("first", "21st", "dozens", "twice"). */
export function isCountingWord(norm: string): boolean {
  return COUNTING.test(norm);
}

/** True for a word of general English's common core or a counting word (weight not considered). */
export function isPlainWord(norm: string): boolean {
  return isStopword(norm) || isCountingWord(norm) || commonWords().has(norm);
}

/**
 * True when a term is plain: a common or counting word (isPlainWord) of evaluative weight (`weigh`, 0..1) under 0.5,
 * or a phrase of stopwords and counting words only ("the first"). "first" and "really" are plain; "great" and "worst"
 * are not, nor a phrase of common words that says how sure the writer is ("almost certainly").
 */
export function isPlainTerm(term: string, weigh?: (term: string) => number): boolean {
  const words = term.split(' ');
  const plain = words.length === 1 ? isPlainWord(term) : words.every((w) => isStopword(w) || isCountingWord(w));
  return plain && (!weigh || weigh(term) < 0.5);
}
