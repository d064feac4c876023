// Findings about the corpus itself: how many articles from how many outlets, when, and what cleaning removed.
import type { Article, Skip } from '../types.js';
import { byString } from '../text/counts.js';
import { wordCounts } from '../text/words.js';
import type { Finding } from './types.js';
import { articleName, dateRange, listWords, plural } from './finding-words.js';

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
        listWords(multi.map(([o, n]) => `${o} contributes ${n} articles`)) +
        (multi.length < byOutlet.size ? '; the other outlets one each.' : '.'),
      evidence: [{ href: '#table-articles', label: 'articles' }],
    });
  const undated = articles.filter((a) => !a.date).length;
  if (undated)
    out.push({
      text: `${plural(undated, 'article has', 'articles have')} no known date, so they cannot be ordered in time.`,
      evidence: [{ href: '#table-articles', label: 'articles' }],
    });
  if (articles.length) {
    const sized = articles
      .map((a, i) => ({ id: a.id, outlet: a.outlet, words: words[i], title: a.title ?? '' }))
      .sort((x, y) => y.words - x.words || byString(x.id, y.id));
    const big = sized[0],
      small = sized[sized.length - 1];
    if (sized.length > 1 && big.words !== small.words)
      out.push({
        text: `Longest article: ${articleName(big.id, new Map([[big.id, big.title]]))} (${big.outlet}, ${big.words} words); shortest: ${articleName(small.id, new Map([[small.id, small.title]]))} (${small.outlet}, ${small.words} words).`,
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
    const parts = [...kinds].sort((x, y) => y[1] - x[1] || byString(x[0], y[0])).map(([k, n]) => `${n} ${k}`);
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
