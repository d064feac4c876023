// Findings on loaded terms: the outlets with the most loaded forms in their own narration, leaving out a story's own
// words and saying when one article holds most uses.
import { byString } from '../text/counts.js';
import { loadedRowKey } from '../framing/loaded-row-key.js';
import { pushTo } from '../util/maps.js';
import type { Finding } from './types.js';
import { listWords } from './finding-words.js';
import { agencyCopyNote, type AgencyCopy } from '../framing/agency-copy.js';

/**
 * Up to three outlets with the most loaded forms in their own narration, each with its most used forms and counts.
 * Words marked only because one outlet uses them more than the others on the same story (theme "outlet contrast":
 * words of blame below the vocabularies' own bar, lib/framing/contrast-words.ts) are not loaded words by themselves:
 * the finding leaves them out (the table keeps them, with their theme). An outlet of one article (`articles`) comes
 * after the outlets of several and is named "X (one article)": its words are one piece's, not a habit.
 */
export function loadedFindings(
  loaded: readonly { outlet: string; term: string; own: number; forms?: string; theme?: string }[],
  oneArticle: ReadonlyMap<string, number> = new Map(),
  story: ReadonlySet<string> = new Set(),
  articles: ReadonlyMap<string, number> = new Map(),
): Finding[] {
  const out: Finding[] = [];
  // per outlet, each loaded term with its uses in the outlet's own narration, named by its forms ("militant/militants")
  const loadedOwn = new Map<string, Map<string, number>>();
  const single = new Map<string, number>(); // outlet + forms -> uses in the one article most of them come from
  const shared = new Map<string, string[]>(); // outlet -> forms most outlets on its stories also write (left out)
  for (const r of loaded) {
    if (r.own <= 0 || r.theme === 'outlet contrast') continue;
    const forms = (r.forms || r.term).split(/;\s*/).filter(Boolean).slice(0, 3).join('/');
    const key = r.outlet + '\u0000' + loadedRowKey(r.term, r.forms?.split(';')[0].trim());
    if (story.has(key)) {
      pushTo(shared, r.outlet, forms);
      continue;
    }
    const terms = loadedOwn.get(r.outlet) ?? loadedOwn.set(r.outlet, new Map()).get(r.outlet)!;
    terms.set(forms, (terms.get(forms) ?? 0) + r.own);
    const inOne = oneArticle.get(key);
    if (inOne) single.set(r.outlet + '\u0000' + forms, inOne);
  }
  const counted = (o: string, t: string, n: number) => {
    const inOne = single.get(o + '\u0000' + t);
    return `“${t}” (${n}${!inOne ? '' : inOne === n ? ', all in one article' : `, ${inOne} of them in one article`})`;
  };
  // marked only beside an outlet of several articles: in a corpus of one article per outlet it tells nothing
  const several = [...articles.values()].some((n) => n >= 2);
  const lone = (o: string) => (several && articles.get(o) === 1 ? 1 : 0);
  const byOutlet = [...loadedOwn].sort(
    (a, b) => lone(a[0]) - lone(b[0]) || b[1].size - a[1].size || byString(a[0], b[0]),
  );
  for (const [o, terms] of byOutlet.slice(0, 3))
    out.push({
      text: `${o}${lone(o) ? ' (one article)' : ''} uses loaded terms in its own narration, most often ${listWords(
        [...terms]
          .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
          .slice(0, 4)
          .map(([t, n]) => counted(o, t, n)),
      )}.${storyNote(shared.get(o))}`,
      evidence: [{ href: '#table-loaded-terms', label: 'loaded terms' }],
    });
  return out;
}

/** The clause naming the loaded terms left out of an outlet's finding as its stories' own words, or ''. */
function storyNote(forms: readonly string[] | undefined): string {
  if (!forms?.length) return '';
  const words = [...new Set(forms)].sort(byString).slice(0, 3);
  const more = forms.length > words.length ? ' and others' : '';
  return ` Left out: ${listWords(words.map((w) => `“${w}”`))}${more}, which most outlets covering the same stories also write in their own narration.`;
}

/** A lexicon hit as the loaded-terms finding reads it (lib/framing/loaded.ts LoadedHit). */
export type LoadedHitLike = { doc: string; outlet: string; term: string; voice: string; text?: string };

/** Uses a term needs in one article, and the share of the outlet's uses they must be, before the finding says so. */
const ONE_ARTICLE_USES = 3;
const ONE_ARTICLE_SHARE = 2 / 3;

/**
 * Outlet + row keys ("outlet\u0000term", loadedRowKey) -> the uses in one article, when ONE_ARTICLE_USES or more own-narration uses
 * and at least two thirds of the outlet's come from one article of an outlet with two or more articles: the article's
 * subject ("the talking points" of a hearing about them) more than the outlet's habit, which the finding says beside
 * the count.
 */
export function oneArticleTerms(
  hits: readonly LoadedHitLike[],
  articles: ReadonlyMap<string, number>,
): Map<string, number> {
  const byDoc = new Map<string, Map<string, number>>();
  for (const h of hits) {
    if (h.voice !== 'own' || (articles.get(h.outlet) ?? 0) < 2) continue;
    const k = h.outlet + '\u0000' + loadedRowKey(h.term, h.text);
    const docs = byDoc.get(k) ?? byDoc.set(k, new Map()).get(k)!;
    docs.set(h.doc, (docs.get(h.doc) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [k, docs] of byDoc) {
    let all = 0,
      most = 0;
    for (const n of docs.values()) {
      all += n;
      most = Math.max(most, n);
    }
    if (most >= ONE_ARTICLE_USES && most >= ONE_ARTICLE_SHARE * all) out.set(k, most);
  }
  return out;
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
