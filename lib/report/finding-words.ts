// The words findings are written in: dates, counts, shares and lists as a reader reads them, and article names.
import { byString } from '../text/counts.js';
import { monthName } from '../util/calendar.js';
import { quotedHeadline } from '../overlap/article-names.js';

/** "26 December 2024", or the input unchanged when it is not an ISO date. */
export function longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return iso;
  return `${Number(m[3])} ${monthName(Number(m[2]))} ${m[1]}`;
}

/** A date range in words: "26–30 December 2024", "30 November – 2 December 2024", or one date. */
export function dateRange(dates: readonly string[]): string | undefined {
  const ds = dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort(byString);
  if (!ds.length) return undefined;
  const a = ds[0],
    b = ds[ds.length - 1];
  if (a === b) return longDate(a);
  if (a.slice(0, 7) === b.slice(0, 7)) return `${Number(a.slice(8))}–${longDate(b)}`;
  return `${longDate(a)} – ${longDate(b)}`;
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** "1 article", "2 articles". */
export function plural(n: number, word: string, many = word + 's'): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** A whole-number percentage ("74%"), "<1%" for small non-zero shares. */
export function percent(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return items.slice(0, -1).join(', ') + ' and ' + items[items.length - 1];
}

/** How a finding names an article: its headline in quotes when known (ids are often opaque), else its id. */
export function articleName(id: string, titles?: ReadonlyMap<string, string>): string {
  const t = titles?.get(id)?.trim();
  return t ? quotedHeadline(t) : id;
}
