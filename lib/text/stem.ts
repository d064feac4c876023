// Optional stemming with natural's Porter stemmer (imported directly: natural's index takes ~1 s to load).
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

/** Porter stem of a lowercase word; hyphenated names and numbers are returned unchanged. */
export function stem(norm: string): string {
  if (!/^[a-z]+$/.test(norm)) return norm;
  return PorterStemmer.stem(norm);
}
