// The site that printed an article, read from its web address. A corpus may file one site's articles under several
// outlet names (AllSides files a National Review column under its writer, "Victor Hanson", or under "Guest Writer -
// Right"); the box the site prints under each of them ("Join NRPLUS …") is that site's boilerplate, not a text three
// outlets share. lib/overlap/stock.ts reads two articles of one site as two articles of one outlet.
import type { Doc } from '../types.js';

/** Labels of a country's second level ("co" in bbc.co.uk, "com" in abc.net.au): at most this many letters. */
const SECOND_LEVEL_MAX = 3;

/**
 * The site of a web address: its host's registrable part, lowercased ("https://politicalticker.blogs.cnn.com/x" →
 * "cnn.com", "https://www.bbc.co.uk/news" → "bbc.co.uk"); null for no address or one without a host.
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const labels = host.split('.').filter(Boolean);
  if (labels.length > 2 && /^www\d*$/.test(labels[0])) labels.shift();
  if (labels.length < 2 || labels.every((l) => /^\d+$/.test(l))) return host || null;
  const [second, top] = labels.slice(-2);
  const countryLevel = top.length === 2 && second.length <= SECOND_LEVEL_MAX && labels.length >= 3;
  return labels.slice(countryLevel ? -3 : -2).join('.');
}

/** Each doc's site as a small number (-1 when it has no address), and the site of each number. */
export function siteIds(docs: readonly Pick<Doc, 'url'>[]): { id: Int32Array; names: string[] } {
  const ids = new Map<string, number>();
  const id = new Int32Array(docs.length).fill(-1);
  docs.forEach((d, i) => {
    const s = siteOf(d.url);
    if (s === null) return;
    if (!ids.has(s)) ids.set(s, ids.size);
    id[i] = ids.get(s)!;
  });
  return { id, names: [...ids.keys()] };
}
