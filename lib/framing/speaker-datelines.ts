// A dateline or byline opening a speaker phrase is no part of who speaks: "WASHINGTON — President Ana Doe said",
// "GAZA CITY , Gaza Strip ( AP ) — Officials said", "By Ivo Brenn WASHINGTON -- The senator said". The phrase read
// from the first sentence of an article starts at the dateline; the speaker starts after it. Pure.

/**
 * An optional byline ("By" and up to six words), then a dateline: a place in capitals ("WASHINGTON", "GAZA CITY",
 * "WASHINGTON/NEW YORK"), maybe a region after a comma ("Gaza Strip"), maybe an agency in brackets ("( AP )", "(Reuters)"),
 * or the bracket alone; then a dash (a hyphen spaced on one side at least: "ISIS-K" is a name), and a capitalised word opening the sentence ("AIPAC—a powerful group" is an
 * appositive between dashes, not a dateline).
 */
const DATELINE = new RegExp(
  '^(?:By\\s+(?:\\S+\\s+){1,6}?)?' +
    "(?:(?:\\p{Lu}[\\p{Lu}.\u2024'’/ -]{1,40}?[\\p{Lu}.\u2024])(?:\\s*,\\s*\\p{Lu}[\\p{L}.\u2024'’ -]{1,30}?)?\\s*(?:\\(\\s*[^()]{1,40}?\\s*\\))?|\\(\\s*[^()]{1,40}?\\s*\\))" +
    '(?:\\s*(?:--|—|–)\\s*|\\s+-\\s*|-\\s+)(?=\\p{Lu})',
  'u',
);
/** Three capital letters: a place in a dateline is written in capitals ("WASHINGTON", "GAZA CITY"). */
const THREE_CAPITALS = /\p{Lu}{3}/u;

/** `phrase` without a dateline (and a byline before it) opening it: "WASHINGTON — President Ana Doe" → "President Ana Doe". */
export function withoutDateline(phrase: string): string {
  const m = DATELINE.exec(phrase);
  if (!m) return phrase;
  // the place is in capitals, or an agency's bracket stands alone: "( AP ) — President Doe"
  if (!THREE_CAPITALS.test(m[0]) && !/^\(/.test(m[0])) return phrase;
  return phrase.slice(m[0].length);
}
