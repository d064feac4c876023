// Pure: a link to another article scraped onto a line of its own: the other article's headline and the link's label,
// "Read more" ("Iran edges towards precipice Read more"), or the label first, with a colon ("More: Who is the acting
// harbour chief?", "RELATED: Ferry deal collapses", "READ MORE: What is in the plan?"). News pages set such links between the paragraphs of an
// article; the headline is another article's, not a sentence of this one. Left in, its words count as the outlet's
// own, and two articles that link the same piece share it as if one took it from the other.

/** The link's label closing the line, with an optional arrow or chevron after it. */
const LABEL = /\s(?:Read more|READ MORE|Read More)\s*[»›→>]?$/;

/** A headline before the label holds at most this many words. */
export const MAX_LINK_WORDS = 25;

/** A label opening the line, then a colon: "More:", "RELATED :", "Read more:", "See also:", "Also read:". */
export const LEADING_LABEL =
  /^(?:More|MORE|Read more|Read More|READ MORE|Related|RELATED|See also|SEE ALSO|Also read|ALSO READ) ?: ?/;

/** Whether `headline` reads as one: opens with a capital, a digit or a quote mark, has letters, no address. */
function headlineShaped(headline: string): boolean {
  return (
    /^[\p{Lu}\d'"‘“]/u.test(headline) &&
    /\p{L}/u.test(headline) &&
    headline.split(' ').length <= MAX_LINK_WORDS &&
    !/https? ?:|www\./.test(headline)
  );
}

/**
 * Whether `line` (trimmed or not) is a whole link: a headline of at most MAX_LINK_WORDS words that opens with a capital,
 * a digit or a quote mark and does not end a sentence with a full stop, then the label; or the label and a colon first,
 * then a headline (it may end with a full stop there: the label says what the line is), with no web address.
 */
export function isReadMoreLink(line: string): boolean {
  if (!/more|related|also/i.test(line)) return false;
  const t = line.trim().replace(/\s+/g, ' ');
  const lead = LEADING_LABEL.exec(t);
  if (lead) return headlineShaped(t.slice(lead[0].length));
  const m = LABEL.exec(t);
  if (!m) return false;
  const headline = t.slice(0, m.index).trim();
  return headlineShaped(headline) && !/[.:;,]$/.test(headline);
}
