// Pure: a link to another article scraped onto a line of its own: the other article's headline and the link's label,
// "Read more" ("Iran edges towards precipice Read more"). News pages set such links between the paragraphs of an
// article; the headline is another article's, not a sentence of this one. Left in, its words count as the outlet's
// own, and two articles that link the same piece share it as if one took it from the other.

/** The link's label closing the line, with an optional arrow or chevron after it. */
const LABEL = /\s(?:Read more|READ MORE|Read More)\s*[»›→>]?$/;

/** A headline before the label holds at most this many words. */
export const MAX_LINK_WORDS = 25;

/**
 * Whether `line` (trimmed or not) is a whole link: a headline of at most MAX_LINK_WORDS words that opens with a capital,
 * a digit or a quote mark and does not end a sentence with a full stop, then the label.
 */
export function isReadMoreLink(line: string): boolean {
  if (!/more/i.test(line)) return false;
  const t = line.trim().replace(/\s+/g, ' ');
  const m = LABEL.exec(t);
  if (!m) return false;
  const headline = t.slice(0, m.index).trim();
  return (
    /^[\p{Lu}\d'"‘“]/u.test(headline) &&
    /\p{L}/u.test(headline) &&
    headline.split(' ').length <= MAX_LINK_WORDS &&
    !/[.:;,]$/.test(headline)
  );
}
