// Pure: a link to another article set between the paragraphs as its kicker and headline, with no label: "Nielsen
// resignation : Donald Trump's Cabinet agencies are increasingly led by 'acting' secretaries" in a page whose other
// links read "More : <headline>" (lib/corpus/read-more-links.ts). Left in, the headline's words count as the outlet's
// own, and two articles of one outlet that link the same piece share it as their own reuse.
//
// Read only in an article that sets labelled links ("More :", "RELATED :", …): the page's link style is then known,
// and a line of the same shape without the label is one of them. The line: a kicker of one to five words, a colon, a
// headline (capital, digit or quote first, 4 to MAX_LINK_WORDS words, no web address), and no sentence punctuation
// closing it, after the article's first line. Not a link: a credit line ("Contributing : Jane Doe"), a question ("Q : Who decides ?"), and a subhead
// that names the paragraph after it ("Liberal bubble : A dark stain on the history of our nation" over a paragraph
// quoting "a dark stain on the history of our nation"): most of its words are in the next line.
import { LEADING_LABEL, MAX_LINK_WORDS, isReadMoreLink } from './read-more-links.js';
import { headlineLinks } from './headline-links.js';

/** Kicker, colon and space (not "4:17"), headline; both open with a capital, a digit or a quote mark; the kicker holds no
 * colon. */
const KICKER_LINE = /^([\p{Lu}\d'"‘“`][^:]{0,80}?) ?: ([\p{Lu}\d'"‘“`].*)$/u;

/** Sentence punctuation closing a line, before closing quote marks: a sentence or a question, not a headline. */
const CLOSED = /[.?!…,;:—–-]\s*(?:['"”’]+|'')?$/;

/** A web address, a tweet's picture or handle: a tweet or a source line, not a headline. */
const ADDRESS = /\/\/|pic\.twitter|www\.|\.com\b|@ ?\w/;

/** Credit labels that open a line with a colon ("Contributing : …", "Reporting : …"): a credit, not a link. */
const CREDIT_LABELS: ReadonlySet<string> = new Set([
  'contributing',
  'contributors',
  'reporting',
  'editing',
  'additional',
  'photo',
  'photos',
  'source',
  'sources',
  'credit',
  'credits',
  'follow',
]);

/** The least share of a headline's words found in the next line that makes the line a subhead of it. */
const SUBHEAD_SHARE = 0.6;

/** The words of a line that a subhead and its paragraph share (three letters or more, lower case). */
function words(s: string): string[] {
  return s.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** Whether `line` is shaped kicker, colon, headline, with no closing punctuation, no address and no credit label. */
function kickerShaped(line: string): string | null {
  const m = KICKER_LINE.exec(line);
  if (!m || CLOSED.test(line) || ADDRESS.test(line)) return null;
  const kicker = m[1].trim().split(' ');
  const headline = m[2].split(' ');
  if (kicker.length > 5 || headline.length < 4 || headline.length > MAX_LINK_WORDS) return null;
  return CREDIT_LABELS.has(kicker[0].replace(/\W/g, '').toLowerCase()) ? null : m[2];
}

/** Whether most of the headline's words stand in `next`: a subhead over its paragraph. */
function namesNext(headline: string, next: string | undefined): boolean {
  const w = words(headline);
  if (!next || !w.length) return false;
  const there = new Set(words(next));
  return w.filter((x) => there.has(x)).length >= SUBHEAD_SHARE * w.length;
}

/**
 * The indexes of the lines of one article (trimmed, spaces collapsed or not) that are links set as kicker and headline
 * (see above), with the bare headline links of lib/corpus/headline-links.ts (`capsLinks`: the outlet sets its links in
 * capitals); no kicker line when the article sets no labelled link. Linear in the text.
 */
export function kickerLinks(lines: readonly string[], capsLinks = false): Set<number> {
  const out = headlineLinks(lines, capsLinks);
  // lines are read one at a time, not copied: a page may be tens of megabytes
  if (!lines.some((l) => LEADING_LABEL.test(l.trimStart()) && isReadMoreLink(l))) return out;
  const norm = (l: string) => l.trim().replace(/\s+/g, ' ');
  const first = lines.findIndex((l) => l.trim());
  // the next non-empty line, walking back from the end; the first line is the headline or the lead, not a link
  let next: string | undefined;
  for (let i = lines.length - 1; i > first; i--) {
    if (!lines[i].trim()) continue;
    const l = norm(lines[i]);
    const headline = LEADING_LABEL.test(l) ? null : kickerShaped(l);
    if (headline && !namesNext(headline, next)) out.add(i);
    next = l;
  }
  return out;
}
