// The report's source-overlap section: pair and outlet reuse tables, citations, findings and the passage viewer.
import type { Article, Corpus, Doc } from '../../types.js';
import { overlap, pairRows, passageRows, citationRows, outletReuse, type OverlapResult } from '../../overlap/overlap.js';
import { escapeHtml } from '../html.js';
import { overlapFindings, pairAnchor, percent, plural } from '../findings.js';
import type { ReportSection } from '../report.js';

/** Merge [start, end) ranges into sorted, non-overlapping ones. */
function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const s = [...ranges].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of s) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** One article's text as escaped HTML with the given ranges in <mark>; paragraphs without a mark are folded to "…". */
export function markedText(article: Pick<Article, 'text' | 'paragraphs'>, ranges: readonly [number, number][], opts: { context?: boolean } = {}): string {
  const marks = mergeRanges(ranges);
  const paras = article.paragraphs.length ? article.paragraphs : [{ start: 0, end: article.text.length }];
  const out: string[] = [];
  let folded = false;
  for (const p of paras) {
    const inside = marks.filter(([a, b]) => a < p.end && b > p.start);
    if (!inside.length && !opts.context) {
      if (!folded) out.push('<p class="fold">…</p>');
      folded = true;
      continue;
    }
    folded = false;
    let html = '', at = p.start;
    for (const [a, b] of inside) {
      const s = Math.max(a, p.start), e = Math.min(b, p.end);
      html += escapeHtml(article.text.slice(at, s)) + '<mark>' + escapeHtml(article.text.slice(s, e)) + '</mark>';
      at = e;
    }
    out.push(`<p>${html}${escapeHtml(article.text.slice(at, p.end))}</p>`);
  }
  return out.join('');
}

/** The passage viewer: for each pair, both articles side by side with the shared passages highlighted (static HTML, no script). */
export function passageViewer(result: OverlapResult, articles: readonly Article[], opts: { maxPairs?: number } = {}): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const pairs = result.pairs.slice(0, opts.maxPairs ?? 30);
  if (!pairs.length) return '';
  const blocks = pairs.map((p, i) => {
    const A = byId.get(p.a), B = byId.get(p.b);
    if (!A || !B) return '';
    const side = (x: Article, share: number, ranges: [number, number][]) =>
      `<div class="pv-side"><h4>${escapeHtml(x.outlet)} · ${escapeHtml(x.date ?? 'undated')} · ${escapeHtml(x.id)}</h4><p class="pv-title">${escapeHtml(x.title)}</p>` +
      `<p class="pv-share">${escapeHtml(percent(share))} of this article is in shared passages</p><div class="pv-text">${markedText(x, ranges)}</div></div>`;
    const dir = p.direction === 'unknown' ? 'direction unclear' : `likely source: ${p.source}`;
    const summary = `${p.outlet_a} (${p.a}) ↔ ${p.outlet_b} (${p.b}): ${plural(p.passages.length, 'shared passage')}, ${dir}, ${p.credit === 'none-needed' ? (p.kind === 'same-outlet' ? 'same outlet' : 'no credit expected') : p.credit}`;
    return (
      `<details class="pv" id="${escapeHtml(pairAnchor(p.a, p.b))}"${i === 0 ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>` +
      `<p class="pv-because">Why this direction: ${escapeHtml(p.because)}</p>` +
      `<div class="pv-cols">${side(A, p.a_in_b, p.passages.map((x) => x.a))}${side(B, p.b_in_a, p.passages.map((x) => x.b))}</div></details>`
    );
  });
  const css =
    '<style>.pv{border:1px solid #d0d7de;border-radius:6px;margin:10px 0;padding:6px 12px}.pv summary{cursor:pointer;font-weight:600;padding:4px 0}' +
    '.pv:target{outline:3px solid #0b5cad}.pv-cols{display:grid;grid-template-columns:1fr 1fr;gap:20px}@media (max-width:800px){.pv-cols{grid-template-columns:1fr}}' +
    '.pv-side h4{margin:8px 0 2px;font-size:15px}.pv-title{margin:0;font-style:italic}.pv-share,.pv-because{color:#57606a;font-size:14px;margin:4px 0}' +
    '.pv-text p{font-size:15px;margin:6px 0}.pv-text p.fold{color:#8c959f;margin:2px 0}.pv mark{background:#ffe58f}</style>';
  return `<h3 id="passages">Shared passages, side by side</h3><p>Highlighted: text the two articles share (small edits inside a passage allowed). Paragraphs with nothing shared are folded to “…”.</p>${css}${blocks.join('\n')}`;
}

/** The source-overlap section: findings, outlet reuse and pair tables, citations, and the passage viewer. */
export function overlapSection(corpus: Corpus, docs: readonly Doc[]): ReportSection {
  const r = overlap(docs);
  return {
    id: 'overlap',
    title: 'Source overlap: who reused whose text',
    intro:
      'Passages two articles share word for word (allowing small edits), found by shingle fingerprints and local alignment; ' +
      'how much of each article they cover; which article likely came first and why; and whether the reusing outlet credits the source. ' +
      'Shared quotes of the same statement are told apart from copied narration.',
    findings: overlapFindings(r),
    figures: [],
    tables: [
      { name: 'outlet-reuse', caption: 'Outlet to outlet: share of the reusing outlet’s words found in passages shared with the source', rows: outletReuse(r) as unknown as object[] },
      { name: 'overlap-pairs', caption: 'Article pairs with shared passages (a_in_b = share of a inside passages shared with b)', rows: pairRows(r) },
      { name: 'passages', caption: 'Every shared passage with offsets in both articles', rows: passageRows(r), show: 0 },
      { name: 'citations', caption: 'Outlets cited in the articles', rows: citationRows(r) },
    ],
    html: passageViewer(r, corpus.articles),
  };
}
