// Who an article cites, summed over a corpus, in words a reader can check against the citations table: each cited
// outlet once (by its outlet key, so "CNN" and "CNN (Web News)" are one), how many citations name it, whether the
// corpus holds articles of it, and why a citation of an outlet the corpus holds may point to none of them. Read on
// real coverage, where notebook 02 listed AP, CNN and Fox News as cited but "0 linked" on a corpus holding their
// articles, and gave no reason: a citation is linked only to an article that shares text with the citing one, or to
// one of the same event when the input names events, and a corpus of many stories without events has neither.
import { outletKey } from './outlets.js';
import type { Citation } from './types.js';

/** One cited outlet: its name as the citations table writes it, and its citations. */
export interface CitedOutlet {
  cited: string;
  citations: number;
  /** citations linked to an article of the corpus */
  linked: number;
  /** the corpus holds articles of the outlet */
  inCorpus: boolean;
}

/** The outlets the `outlet` citations name, most cited first (then by name), one row per outlet key. */
export function citedOutlets(
  citations: readonly Pick<Citation, 'kind' | 'cited' | 'article'>[],
  articles: readonly { outlet: string }[],
): CitedOutlet[] {
  const held = new Set(articles.map((a) => outletKey(a.outlet)));
  const rows = new Map<string, CitedOutlet>();
  for (const c of citations) {
    if (c.kind !== 'outlet') continue;
    const k = outletKey(c.cited);
    const row = rows.get(k) ?? { cited: c.cited, citations: 0, linked: 0, inCorpus: held.has(k) };
    row.citations++;
    if (c.article) row.linked++;
    rows.set(k, row);
  }
  return [...rows.values()].sort(
    (x, y) => y.citations - x.citations || (x.cited < y.cited ? -1 : x.cited > y.cited ? 1 : 0),
  );
}

const times = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n.toLocaleString('en-US')} ${many}`);
const listed = (rows: readonly CitedOutlet[], max: number) =>
  rows
    .slice(0, max)
    .map((r) => `*${r.cited}* (${r.citations})`)
    .join(', ') + (rows.length > max ? ` and ${rows.length - max} more` : '');

/**
 * "Who is cited" in one paragraph (markdown): the citations naming another outlet and the outlets they name, which of
 * them the corpus holds, how many citations are linked to one of their articles, and why the others are not.
 */
export function whoIsCited(
  citations: readonly Pick<Citation, 'kind' | 'cited' | 'article'>[],
  articles: readonly { outlet: string; event?: string }[],
  max = 8,
): string {
  const rows = citedOutlets(citations, articles);
  const n = rows.reduce((s, r) => s + r.citations, 0);
  if (!n) return '**Who is cited.** No citation names another outlet.';
  const held = rows.filter((r) => r.inCorpus);
  const outside = rows.filter((r) => !r.inCorpus);
  const linked = held.reduce((s, r) => s + r.linked, 0);
  const open = held.reduce((s, r) => s + r.citations - r.linked, 0);
  const events = articles.some((a) => a.event);
  const why =
    'a citation is linked to an article of the cited outlet that shares text with the citing one' +
    (events ? ', or to its article of the same event' : '') +
    ', and none does' +
    (events ? '' : ' (the input names no event per article, and a date alone cannot tell which story is meant)');
  const links = !open
    ? ` ${linked === 1 ? 'It is' : linked === 2 ? 'Both are' : `All ${linked} are`} linked to an article of the corpus.`
    : linked
      ? ` ${times(linked, 'of their citations is', 'of their citations are')} linked to one of its articles; the other ${open.toLocaleString('en-US')} to none: ${why}.`
      : ` None of their ${times(open, 'citation', 'citations')} is linked to one of its articles: ${why}.`;
  const parts = [
    `**Who is cited.** ${times(n, 'citation names', 'citations name')} another outlet, ${times(rows.length, 'outlet', 'outlets')} in all.`,
    held.length
      ? ` The corpus holds articles of ${held.length} of them: ${listed(held, max)}.${links}`
      : ' The corpus holds no article of any of them, so no citation can be linked to one.',
    outside.length ? ` Not in the corpus: ${listed(outside, max)}.` : '',
  ];
  return parts.join('');
}
