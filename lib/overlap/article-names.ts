// How a sentence for readers names the two articles of a pair: never by id (a file path or an opaque key a reader
// cannot look up), but by outlet when the outlets differ, else by headline, date or order.
import { outletKey } from './outlets.js';

/** An article as a pair's sentences name it: its outlet, date and, when the caller has it, its headline. */
export interface NamedArticle {
  outlet: string;
  date?: string | null;
  title?: string;
}

const MAX_HEADLINE = 70;

/**
 * A headline in double quotes, cut to MAX_HEADLINE characters, its own double quotes made single, as a quote inside a
 * quote is written: a headline that opens on a quote read "““Not here”: how …”", two quotes opening at once.
 */
export function quotedHeadline(title: string): string {
  const t = title.trim();
  const cut = t.length > MAX_HEADLINE ? t.slice(0, MAX_HEADLINE - 1).trimEnd() + '\u2026' : t;
  return `\u201C${innerQuotes(cut)}\u201D`;
}

/** Double quote marks as single ones: curly ones by side, a straight one opening before a letter or digit. */
function innerQuotes(t: string): string {
  return t
    .replace(/\u201C/g, '\u2018')
    .replace(/\u201D/g, '\u2019')
    .replace(/"(?=[\p{L}\p{N}])/gu, '\u2018')
    .replace(/"/g, '\u2019');
}

/**
 * The names of a pair's two articles: "the Kurdistan24 article" when the outlets differ; within one outlet the
 * headlines when both are known and differ, else "the Shafaq News article of 2024-12-26" when the dates differ, else
 * "the first / second Shafaq News article" (in corpus order).
 */
export function pairNames(a: NamedArticle, b: NamedArticle): [string, string] {
  if (outletKey(a.outlet) !== outletKey(b.outlet)) return [theArticle(a.outlet), theArticle(b.outlet)];
  const ta = a.title?.trim(),
    tb = b.title?.trim();
  if (ta && tb && ta !== tb) return [quotedHeadline(ta), quotedHeadline(tb)];
  if (a.date && b.date && a.date !== b.date)
    return [`${theArticle(a.outlet)} of ${a.date}`, `${theArticle(b.outlet)} of ${b.date}`];
  return [theArticle(a.outlet, 'first '), theArticle(b.outlet, 'second ')];
}

/** "the Kurdistan24 article", "the Hill article" for The Hill (not "the The Hill article"). */
export function theArticle(outlet: string, which = ''): string {
  return `the ${which}${outlet.replace(/^The\s+/, '')} article`;
}
