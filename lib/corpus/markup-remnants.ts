// Pure: pieces of a web page's markup left in an article's text by a scraper: an element's attribute and its quoted
// value, as in a video player's `poster="https://…/still.jpg?pubId=…"` opening the article. A tokenised copy spaces
// it out and writes its quotes as two apostrophes: `poster= '' http : //v.example.com/still.jpg ? pubId=1155 ''`.
// Left in, the address reads as words of the outlet (http, jpg, pubId) and opens the passage viewer's text.
//
// A remnant is an attribute name of HTML (a small list written from the HTML standard, below, or any `data-…`), an
// equals sign, a quote mark, and the value up to the same kind of quote mark on the same line within MAX_VALUE
// characters; an opening `<tag` right before it and a closing `>` or `/>` right after it go with it, and so do the
// attributes that follow it. The value of a link or a source (href, src, poster, srcset, content) must be an address
// (it opens with http, //, www. or /), so that prose that happens to write `src = "…"` stays; the other attributes
// are taken as they are, their names followed by `=` and a quote mark being no English.

/** Attribute names of HTML elements a page's text carries when its markup is scraped as text. */
const ATTRIBUTE_NAMES = [
  'alt',
  'class',
  'content',
  'height',
  'href',
  'id',
  'itemprop',
  'poster',
  'rel',
  'src',
  'srcset',
  'style',
  'target',
  'width',
] as const;

/** The attributes whose value is an address. */
const ADDRESS_ATTRIBUTES = new Set(['content', 'href', 'poster', 'src', 'srcset']);

/** The longest value read (characters): an address with its query, not a paragraph. */
const MAX_VALUE = 400;

/** An attribute opening: its name (not inside a word), `=` right after it with at most one space after, and a quote mark. */
const ATTRIBUTE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_-])(${ATTRIBUTE_NAMES.join('|')}|data(?:-[a-z]{1,20}){1,3})= ?(''|"|“|')`,
  'gu',
);

/** An address as a scraped value opens, tokenised or not: "http : //", "https://", "//", "www.", "/path". */
const ADDRESS = /^\s?(?:https? ?: ?\/\/|\/\/|www\.|\/[\w.-])/i;

/** The quote mark that closes a value opened by `open`. */
function closing(open: string): string {
  return open === '“' ? '”' : open;
}

/** The end of an attribute's value opened at `from` with `quote`, on the same line and within MAX_VALUE, or -1. */
function valueEnd(line: string, from: number, quote: string): number {
  // the window is bounded, so a line of many unclosed openings stays linear
  const window = line.slice(from, from + MAX_VALUE);
  const end = window.indexOf(closing(quote));
  if (end < 0) return -1;
  const nl = window.indexOf('\n');
  return nl >= 0 && nl < end ? -1 : from + end + closing(quote).length;
}

/** `<tag ` right before `at` (a tag's opening, up to 12 letters), or `at`. */
function tagStart(line: string, at: number): number {
  const m = /<[a-zA-Z][a-zA-Z0-9]{0,11} ?$/.exec(line.slice(Math.max(0, at - 15), at));
  return m ? at - m[0].length : at;
}

/** `>` or `/>` right after `at` (spaces before it allowed), or `at`. */
function tagEnd(line: string, at: number): number {
  const m = /^ ?\/? ?>/.exec(line.slice(at, at + 4));
  return m ? at + m[0].length : at;
}

/**
 * The [start, end) spans of markup remnants in `line` (attributes with their values, the tag around them), in order,
 * adjacent attributes joined; the space before a remnant is not in it, the space after it is.
 */
export function markupRemnants(line: string): [number, number][] {
  if (!line.includes('=')) return [];
  const spans: [number, number][] = [];
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(line); m; m = ATTRIBUTE.exec(line)) {
    const open = m.index + m[0].length;
    const end = valueEnd(line, open, m[2]);
    if (end < 0) continue;
    if (ADDRESS_ATTRIBUTES.has(m[1]) && !ADDRESS.test(line.slice(open, open + 12))) continue;
    const a = tagStart(line, m.index);
    let b = tagEnd(line, end);
    while (line[b] === ' ') b++;
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else spans.push([a, b]);
    ATTRIBUTE.lastIndex = end;
  }
  return spans;
}

/** A line opened by a video element's poster attribute (an address in quote marks), the element's own tag allowed. */
const POSTER_OPENING = /^\s*(?:<video\b[^>]{0,200}?)?poster= ?(?:''|"|“|')\s*(?:https? ?:|\/\/|www\.)/iu;

/**
 * Whether `line` opens with a video player's poster (`poster= '' http : //…jpg ''`): what follows on the line is the
 * player's box, its section label and the video's title and description (lib/corpus/clean.ts reads it on the first line).
 */
export function opensWithPoster(line: string): boolean {
  return POSTER_OPENING.test(line.slice(0, 400));
}
