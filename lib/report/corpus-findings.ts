// Findings about the corpus itself: how many articles from how many outlets, when, and what cleaning removed.
import type { Article, Skip } from '../types.js';
import { byString } from '../text/counts.js';
import { wordCounts } from '../text/words.js';
import type { Finding } from './types.js';
import { articleName, dateRange, listWords, plural } from './finding-words.js';

/**
 * What missing dates do to the analyses, or '' when every article is dated: undated articles cannot be ordered, so
 * which of two came first rests on a credit, an agency or containment, and they are grouped into stories by the names
 * they share (no date keeps two years apart), so one "story" of undated articles can hold several events on one
 * subject (the 2015 Iran deal and 2019 tanker seizures in one). Shown by the report and notebook 01.
 */
export function datesNote(articles: readonly { date?: string | null; event?: string }[]): string {
  const undated = articles.filter((a) => !a.date).length;
  if (!undated) return '';
  const all = undated === articles.length;
  const grouped = articles.some((a) => !a.date && !a.event?.trim())
    ? `, and ${all ? 'they are' : 'undated articles are'} grouped into stories by the names they share alone, so one such story can hold several events on one subject, years apart`
    : '';
  return (
    `${all && undated > 1 ? `None of the ${undated} articles has a known date` : `${plural(undated, 'article has', 'articles have')} no known date`}, so ${undated === 1 ? 'it cannot' : 'they cannot'} be ordered in time: ` +
    `which of two came first can only be read from a credit, a news agency or one text containing the other${grouped}.`
  );
}

/** Findings about the corpus itself: size, outlets, dates, cleaning and skipped inputs. */
export function corpusFindings(
  articles: readonly (Pick<Article, 'id' | 'outlet' | 'date' | 'text' | 'paragraphs' | 'provenance'> & {
    title?: string;
  })[],
  skipped: readonly Skip[],
  words: readonly number[] = wordCounts(articles),
): Finding[] {
  const out: Finding[] = [];
  const byOutlet = new Map<string, number>();
  for (const a of articles) byOutlet.set(a.outlet, (byOutlet.get(a.outlet) ?? 0) + 1);
  const range = dateRange(articles.map((a) => a.date ?? ''));
  out.push({
    text:
      `${plural(articles.length, 'article')} from ${plural(byOutlet.size, 'outlet')}` +
      (range ? `, dated ${range}.` : '.'),
    evidence: [{ href: '#table-articles', label: 'articles' }],
  });
  const multi = [...byOutlet].filter(([, n]) => n > 1).sort((x, y) => y[1] - x[1] || byString(x[0], y[0]));
  if (multi.length && byOutlet.size > 1)
    out.push({
      text:
        // "X contributes 10 articles, Y 9, Z 7": the verb and noun once, as a reader lists them
        listWords(multi.map(([o, n], i) => (i ? `${o} ${n}` : `${o} contributes ${n} articles`))) +
        (multi.length < byOutlet.size ? '; the other outlets one each.' : '.'),
      evidence: [{ href: '#table-articles', label: 'articles' }],
    });
  const undated = datesNote(articles);
  if (undated) out.push({ text: undated, evidence: [{ href: '#table-articles', label: 'articles' }] });
  if (articles.length) {
    const sized = articles
      .map((a, i) => ({ id: a.id, outlet: a.outlet, words: words[i], title: a.title ?? '' }))
      .sort((x, y) => y.words - x.words || byString(x.id, y.id));
    const big = sized[0],
      small = sized[sized.length - 1];
    if (sized.length > 1 && big.words !== small.words)
      out.push({
        text: `Longest article: ${articleName(big.id, new Map([[big.id, big.title]]))} (${big.outlet}, ${big.words.toLocaleString('en-US')} words); shortest: ${articleName(small.id, new Map([[small.id, small.title]]))} (${small.outlet}, ${small.words.toLocaleString('en-US')} words).`,
        evidence: [{ href: '#table-articles', label: 'articles' }],
      });
  }
  const cleaned = articles.filter((a) => a.provenance.removed.length);
  if (cleaned.length) {
    const kinds = new Map<string, number>();
    let items = 0;
    for (const a of cleaned)
      for (const r of a.provenance.removed) {
        kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1);
        items++;
      }
    const parts = [...kinds]
      .sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))
      .map(([k, n]) => `${n} ${kindWords(k, n)}`);
    out.push({
      text: `Cleaning removed ${plural(items, 'item')} from ${plural(cleaned.length, 'article')} before any analysis (${listWords(parts)}).`,
      evidence: [{ href: '#table-cleaning-log', label: 'cleaning log' }],
    });
  }
  if (skipped.length) {
    const shown = skipped.slice(0, 3).map((s) => `${s.file}${s.record ? '#' + s.record : ''} (${s.reason})`);
    out.push({
      text: `${plural(skipped.length, 'input was', 'inputs were')} skipped: ${shown.join('; ')}${skipped.length > 3 ? '; …' : ''}.`,
      evidence: [{ href: '#table-skipped', label: 'skip log' }],
    });
  }
  return out;
}

/** Cleaning kinds whose code name is no noun a reader counts (lib/corpus/clean.ts lists them all). */
const KIND_NOUNS: Record<string, string> = {
  social: 'social-media line',
  control: 'control character',
  'zero-width': 'zero-width character',
  bom: 'byte-order mark',
  title: 'headline',
};

/** Cleaning kinds named as mass nouns: no plural. */
const MASS_KINDS = /(?:whitespace|markup|matter)$/;

/** A cleaning kind as words: "link-card" → "link cards" (4), "link card" (1); "whitespace" stays. */
function kindWords(kind: string, n: number): string {
  const words = KIND_NOUNS[kind] ?? kind.replace(/[-_]+/g, ' ');
  return n === 1 || MASS_KINDS.test(words) || /s$/.test(words) ? words : words + 's';
}
