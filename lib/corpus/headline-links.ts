// Pure: links to other articles printed as a bare headline on a line of their own, with no label, in two shapes that
// give them away. Left in, their words count as the outlet's own, and two articles of one outlet that print the same
// link share it as their own reuse.
//  - Dated: a bullet, a date and a colon before the headline ("► April 5 : Trump wants 2,000 to 4,000 National Guard
//    troops on Mexican border"), the outlet's timeline of its earlier stories on the topic; in any article.
//  - Capitals: a headline set in capital letters between paragraphs ("TRUMP WARNS IRAN : US HAS TARGETED ' 52 IRANIAN
//    SITES ' …"). A page also sets a subhead or a shouted tweet in capitals, so the shape alone is not enough: the
//    outlet must print such lines in at least MIN_CAPS_ARTICLES of its articles in the corpus (`capsLinkOutlets`), or
//    the article must hold at least MIN_CAPS_LINES of them; a site's articles under other outlet names count for it
//    (`capsLinkHouses`). A line opening with a double quote mark (a quoted tweet) or
//    closed by a full stop or an exclamation mark (a sentence) is not one.
// Never the first line with text (the article's own headline). Both read lines trimmed or not, in place, linearly.
import { MAX_LINK_WORDS } from './read-more-links.js';

/** Bullet marks that open a list item. */
const BULLET = '[►▶▸»•■◆▪]';

/** A month's name or abbreviation. */
const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** A bullet, a date ("April 5", "Feb. 7", "March 30, 2018"), a colon and the headline. */
const DATED = new RegExp(`^${BULLET} ?${MONTH} \\d{1,2}(?: ?, ?\\d{4})? ?: (\\S.*)$`, 'u');

/** Sentence punctuation closing a line, before closing quote marks (a question mark is a headline's). */
const CLOSED = /[.!…,;:—–-]\s*(?:['"”’]+|'')?$/;

/** A web address or a handle: a tweet or a source line, not a headline. */
const ADDRESS = /\/\/|pic\.twitter|www\.|\.com\b|@ ?\w/;

/** A capitals line is read only when at most this long (a headline is a line). */
const MAX_CAPS_CHARS = 300;

/** The fewest words of a capitals headline: shorter ones are section subheads ("THE BACKGROUND"). */
const MIN_CAPS_WORDS = 5;

/** How many of an outlet's articles, or lines of one article, make its capitals lines a house style of links. */
export const MIN_CAPS_ARTICLES = 2;
export const MIN_CAPS_LINES = 2;

const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Whether `line` is a dated link: bullet, date, colon, a headline of 3 to MAX_LINK_WORDS words not closed. */
export function isDatedLink(line: string): boolean {
  const t = line.trim();
  if (t.length > MAX_CAPS_CHARS * 2) return false;
  const m = DATED.exec(t.replace(/\s+/g, ' '));
  if (!m || CLOSED.test(t) || ADDRESS.test(t)) return false;
  const n = wordCount(m[1]);
  return n >= 3 && n <= MAX_LINK_WORDS;
}

/** Whether `line` is shaped as a headline set in capitals (see above). */
export function isCapsHeadline(line: string): boolean {
  if (line.length > MAX_CAPS_CHARS) return false;
  const t = line.trim();
  if (!/^[\p{Lu}\p{N}'‘]/u.test(t) || CLOSED.test(t) || ADDRESS.test(t)) return false;
  const upper = t.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = t.match(/\p{Ll}/gu)?.length ?? 0;
  if (upper < 15 || lower > 0.05 * (upper + lower)) return false;
  const n = wordCount(t);
  return n >= MIN_CAPS_WORDS && n <= MAX_LINK_WORDS;
}

/** The index of the first line with text, or -1. */
function firstWithText(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim().length > 0);
}

/**
 * The indexes of the lines of one article that are bare headline links: dated ones always, capitals ones when
 * `capsLinks` (the outlet's house style) or when the article holds MIN_CAPS_LINES of them.
 */
export function headlineLinks(lines: readonly string[], capsLinks = false): Set<number> {
  const out = new Set<number>();
  const caps: number[] = [];
  const first = firstWithText(lines);
  for (let i = first + 1; i > 0 && i < lines.length; i++) {
    if (isDatedLink(lines[i])) out.add(i);
    else if (isCapsHeadline(lines[i])) caps.push(i);
  }
  if (capsLinks || caps.length >= MIN_CAPS_LINES) for (const i of caps) out.add(i);
  return out;
}

/** Whether a text holds a capitals headline after its first line with text; reads the lines in place. */
export function hasCapsHeadline(text: string): boolean {
  let seenText = false;
  let from = 0;
  while (from <= text.length) {
    let end = text.indexOf('\n', from);
    if (end < 0) end = text.length;
    if (end - from <= MAX_CAPS_CHARS) {
      const line = text.slice(from, end);
      if (seenText && isCapsHeadline(line)) return true;
      if (line.trim()) seenText = true;
    } else seenText = true;
    from = end + 1;
  }
  return false;
}

/**
 * The outlets, and the sites (web addresses' registrable domains), that print capitals headlines in at least
 * MIN_CAPS_ARTICLES of their articles (`outlet` or `site` null: none). A site files one house style under several
 * outlet names (a network's "News", "Opinion" and "Online" desks), so an outlet of one article is read by its site too.
 */
export function capsLinkHouses(
  articles: Iterable<{ outlet: string | null | undefined; site?: string | null; text: string }>,
): { outlets: Set<string>; sites: Set<string> } {
  const byOutlet = new Map<string, number>();
  const bySite = new Map<string, number>();
  for (const a of articles) {
    if ((!a.outlet && !a.site) || !hasCapsHeadline(a.text)) continue;
    if (a.outlet) byOutlet.set(a.outlet, (byOutlet.get(a.outlet) ?? 0) + 1);
    if (a.site) bySite.set(a.site, (bySite.get(a.site) ?? 0) + 1);
  }
  const many = (m: Map<string, number>) => new Set([...m].filter(([, k]) => k >= MIN_CAPS_ARTICLES).map(([o]) => o));
  return { outlets: many(byOutlet), sites: many(bySite) };
}
