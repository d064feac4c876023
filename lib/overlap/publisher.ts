// The site that printed an article, read from its web address. A corpus may file one site's articles under several
// outlet names (AllSides files a National Review column under its writer, "Victor Hanson", or under "Guest Writer -
// Right"); the box the site prints under each of them ("Join NRPLUS …") is that site's boilerplate, not a text three
// outlets share. lib/overlap/stock.ts reads two articles of one site as two articles of one outlet.
import psl from 'psl';
import type { Doc } from '../types.js';

/**
 * The site of a web address: its host's registrable domain by the Public Suffix List (the psl package, the list
 * browsers use for cookies), lowercased ("https://politicalticker.blogs.cnn.com/x" → "cnn.com", "https://www.bbc.co.uk/
 * news" → "bbc.co.uk"; a blog platform's "x.blogspot.com" is x's own site, not the platform's); the host itself for an
 * address the list does not cover (an IP address, "localhost"); null for no address or one without a host.
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
  if (!host) return null;
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  return psl.get(host) ?? host;
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
