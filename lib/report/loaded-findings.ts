// Findings on loaded terms: the outlets with the most loaded forms in their own narration, leaving out a story's own
// words, saying how each word's uses spread over the outlet's articles and putting one article's words last.
import { byString } from '../text/counts.js';
import type { Finding } from './types.js';
import { listWords } from './finding-words.js';
import { agencyCopyNote, type AgencyCopy } from '../framing/agency-copy.js';
import { carriedByOne, loadedKey, loadedSpreads, spreadNote, type LoadedHitLike } from './loaded-spread.js';
import { ownLoadedRows } from './loaded-own.js';

export type { LoadedHitLike } from './loaded-spread.js';

/**
 * Up to three outlets with the most loaded forms in their own narration, each with its most used forms and counts.
 * Words marked only because one outlet uses them more than the others on the same story (theme "outlet contrast":
 * words of blame below the vocabularies' own bar, lib/framing/contrast-words.ts) are not loaded words by themselves:
 * the finding leaves them out (the table keeps them, with their theme). An outlet of one article (`articles`) comes
 * after the outlets of several and is named "X (one article)": its words are one piece's, not a habit. With the hits
 * (`hits`), each word says how its uses spread over the outlet's articles, and a word one article carries comes after
 * the words of several articles (lib/report/loaded-spread.ts): it is that article's subject, not the outlet's habit.
 */
export function loadedFindings(
  loaded: readonly { outlet: string; term: string; own: number; forms?: string; theme?: string }[],
  hits: readonly LoadedHitLike[] = [],
  story: ReadonlySet<string> = new Set(),
  articles: ReadonlyMap<string, number> = new Map(),
): Finding[] {
  // per outlet, each loaded term with its uses in the outlet's own narration, named by its forms ("militant/militants");
  // which rows count is the rule notebook 04's loaded line reads too (lib/report/loaded-own.ts)
  const { rows, nameOf, storyForms: shared } = ownLoadedRows(loaded, story);
  const loadedOwn = new Map<string, Map<string, number>>();
  const shownAs = new Map<string, string>(); // outlet + row key -> outlet + the forms the finding shows
  for (const r of rows) {
    const forms = nameOf(r);
    const terms = loadedOwn.get(r.outlet) ?? loadedOwn.set(r.outlet, new Map()).get(r.outlet)!;
    terms.set(forms, (terms.get(forms) ?? 0) + r.own);
    shownAs.set(loadedKey(r.outlet, r.term, r.forms?.split(';')[0].trim()), r.outlet + '\u0000' + forms);
  }
  const spreads = loadedSpreads(hits, (k) => shownAs.get(k));
  const n = (o: string) => articles.get(o) ?? 0;
  const spreadOf = (o: string, t: string) => spreads.get(o + '\u0000' + t);
  const carried = (o: string, t: string) => (carriedByOne(spreadOf(o, t), n(o)) ? 1 : 0);
  // marked only beside an outlet of several articles: in a corpus of one article per outlet it tells nothing
  const several = [...articles.values()].some((k) => k >= 2);
  const lone = (o: string) => (several && articles.get(o) === 1 ? 1 : 0);
  // outlets with the most words of several articles first, then the most words
  const habits = (o: string, terms: Map<string, number>) => [...terms.keys()].filter((t) => !carried(o, t)).length;
  const byOutlet = [...loadedOwn].sort(
    (a, b) =>
      lone(a[0]) - lone(b[0]) ||
      habits(b[0], b[1]) - habits(a[0], a[1]) ||
      b[1].size - a[1].size ||
      byString(a[0], b[0]),
  );
  return byOutlet.slice(0, 3).map(([o, terms]) => ({
    text: `${o}${lone(o) ? ' (one article)' : ''} uses loaded terms in its own narration, most often ${listWords(
      [...terms]
        .sort((a, b) => carried(o, a[0]) - carried(o, b[0]) || b[1] - a[1] || byString(a[0], b[0]))
        .slice(0, 4)
        .map(([t, k]) => `“${t}” (${k}${spreadNote(spreadOf(o, t), k, n(o))})`),
    )}.${storyNote(shared.get(o))}`,
    evidence: [{ href: '#table-loaded-terms', label: 'loaded terms' }],
  }));
}

/** The clause naming the loaded terms left out of an outlet's finding as its stories' own words, or ''. */
function storyNote(forms: readonly string[] | undefined): string {
  if (!forms?.length) return '';
  const words = [...new Set(forms)].sort(byString).slice(0, 3);
  const more = forms.length > words.length ? ' and others' : '';
  return ` Left out: ${listWords(words.map((w) => `“${w}”`))}${more}, which most outlets covering the same stories also write in their own narration.`;
}

/**
 * The note of how many articles were set aside as another outlet's copy (lib/framing/agency-copy.ts), so a reader of
 * the counts knows the Washington Times' AP stories are not counted as its own words; none when there are none.
 */
export function agencyCopyFindings(copy: readonly Pick<AgencyCopy, 'outlet' | 'agency' | 'cue'>[]): Finding[] {
  const text = agencyCopyNote(copy);
  if (!text) return [];
  return [
    {
      text,
      evidence: [
        { href: '#table-voice', label: 'voice shares' },
        { href: '#table-loaded-terms', label: 'loaded terms' },
      ],
    },
  ];
}
