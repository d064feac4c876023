// Pure: a first line that is a photo caption (or a standfirst) and then the page's printed headline, when that headline
// is not the record's title. A site's print headline is often shorter than the title its record carries ("On
// immigration , Rubio is everywhere" under "On immigration, Marco Rubio is everywhere"; "Big week in House on border
// crisis" under "House GOP faces big week on border crisis"), so lib/corpus/repeated-headline.ts finds nothing to
// match: "Rubio said reform is necessary to keep the border secure . | AP Photos On immigration , Rubio is everywhere".
// Left in, the caption and the headline count as the outlet's own sentences.
//
// The shape: one or more sentences closed by their punctuation (the caption; a closing word that is no short
// abbreviation, "Rep." or "U.S."), a credit after a bar or none, then a headline of MIN_WORDS to MAX_WORDS words that
// opens with a capital, a digit or a quote mark and is closed by no punctuation, ending the line. A first line cut
// short in mid-sentence has the same shape ("… She took the rift between Republicans and President"), so two more
// things are asked: the headline shares a word of four letters or more with the record's title, and the outlet prints
// such a first line in at least MIN_ARTICLES of its articles in the corpus (`printedHeadlineOutlets`).

/** Words of a printed headline. */
const MIN_WORDS = 2;
const MAX_WORDS = 16;

/** The longest first line read (characters): a caption and a headline, not a paragraph. */
const MAX_LINE = 700;

/** How many of an outlet's articles must open so for the shape to be its house style. */
export const MIN_ARTICLES = 2;

/**
 * A closed sentence and the space after it, before a capital, a digit or a quote mark: the word before the stop is not
 * a short capitalised abbreviation ("Rep.", "Sen.", "U.S."). Linear: each alternative reads a bounded run.
 */
const SENTENCE_BREAK = /(?<!(?:^|\s)[\p{Lu}][\p{L}.]{0,3})[.?!…](?:\s*(?:''|["'”’»]))?\s+(?=[\p{Lu}\p{N}"“‘'`|])/gu;

/** Punctuation closing a line: a sentence, a clause or a list. */
const CLOSED = /[.?!…,;:—–-]\s*(?:''|["'”’»])?$/u;

/** A headline's first character: a capital, a digit or a quote mark. */
const HEAD_START = /^[\p{Lu}\p{N}"“‘'`]/u;

/** Title words worth comparing: letters and digits, four or more, lower-cased. */
function longWords(s: string): Set<string> {
  return new Set((s.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? []).filter((w) => !SHORT_COMMON.has(w)));
}

/** Common words of four letters or more that two headlines share by chance. */
const SHORT_COMMON: ReadonlySet<string> = new Set(
  'that this with from have will what when where which while says said about after over into more than they their them been were'.split(
    ' ',
  ),
);

/** The headline ending `line` after a caption (see above), or null; the title is not asked here. */
export function trailingHeadline(line: string): string | null {
  if (line.length > MAX_LINE) return null;
  const t = line.trim();
  if (!t || CLOSED.test(t)) return null;
  let cut = -1;
  for (const m of t.matchAll(SENTENCE_BREAK)) cut = m.index + m[0].length;
  if (cut < 0) return null;
  let head = t.slice(cut);
  if (head.startsWith('|')) {
    // a credit, then the headline: the credit's words are not told apart from the headline's; both go with the line
    head = head.slice(1).trim();
  }
  const words = head.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // a headline holds no sentence end of its own ("… Trump . ███", "… Dakota . ( June 28 ) AP": a caption's last
  // sentence and its credit); a stop before a lower-case word or a figure is an abbreviation's ("W.H . faces", "No . 1")
  if (/[.?!…]\s+(?![\p{Ll}\p{N}:])/u.test(head)) return null;
  if (!HEAD_START.test(head) || words.length < MIN_WORDS || words.length > MAX_WORDS) return null;
  return head;
}

/** Whether `line`, the first line of an article titled `title`, is a caption and a headline sharing a word with it. */
export function isPrintedHeadlineLine(line: string, title: string | null | undefined): boolean {
  if (!title) return false;
  const head = trailingHeadline(line);
  if (!head) return false;
  const inTitle = longWords(title);
  for (const w of longWords(head)) if (inTitle.has(w)) return true;
  return false;
}

/** The first line with text of a raw text, read in place (at most MAX_LINE + 1 characters of it). */
export function firstLine(raw: string): string {
  let from = 0;
  while (from < raw.length) {
    let end = raw.indexOf('\n', from);
    if (end < 0) end = raw.length;
    const line = raw.slice(from, Math.min(end, from + MAX_LINE + 1));
    if (line.trim()) return line;
    from = end + 1;
  }
  return '';
}

/** The outlets whose first lines are a caption and a headline (isPrintedHeadlineLine) in MIN_ARTICLES or more articles. */
export function printedHeadlineOutlets(
  articles: Iterable<{ outlet: string | null | undefined; title?: string | null; text: string }>,
): Set<string> {
  const n = new Map<string, number>();
  for (const a of articles)
    if (a.outlet && isPrintedHeadlineLine(firstLine(a.text), a.title)) n.set(a.outlet, (n.get(a.outlet) ?? 0) + 1);
  return new Set([...n].filter(([, k]) => k >= MIN_ARTICLES).map(([o]) => o));
}
