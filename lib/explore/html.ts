// Keyword-in-context lines as HTML, grouped by outlet, each line tagged with its voice (pure: rows in, escaped HTML out).
import { escapeHtml } from '../report/html.js';
import { VOICE_COLORS } from '../figures/framing.js';
import { kwicSummary } from './kwic.js';
import type { KwicRow } from './types.js';

/** Options: a heading, and the link pattern to an article view ("{doc}" is replaced by the article id). */
export interface KwicHtmlOptions {
  heading?: string;
  articleHref?: string;
  /** lines per outlet at most (default 20) */
  perOutlet?: number;
}

/** One block per outlet: a summary of voices, then one line per occurrence (left context, the match, right context). */
export function kwicHtml(rows: readonly KwicRow[], opts: KwicHtmlOptions = {}): string {
  const per = opts.perOutlet ?? 20;
  const head = opts.heading ? `<h4>${escapeHtml(opts.heading)}</h4>` : '';
  if (!rows.length) return `${head}<p class="kwic-none">No occurrence in this corpus.</p>`;
  const blocks = kwicSummary(rows).map((s) => {
    const mine = rows.filter((r) => r.outlet === s.outlet);
    const voices = (['own', 'quoted', 'reported', 'reused'] as const)
      .filter((v) => s[v] > 0)
      .map((v) => `${s[v]} ${v}`)
      .join(', ');
    const lines = mine.slice(0, per).map((r) => {
      // the headline names the article (ids are often opaque); the id is in the tooltip
      const name = r.title ? (r.title.length > 60 ? r.title.slice(0, 59).trimEnd() + '…' : r.title) : r.doc;
      const tip = `title="${escapeHtml(r.doc)}"`;
      const doc = opts.articleHref
        ? `<a ${tip} href="${escapeHtml(opts.articleHref.replace('{doc}', encodeURIComponent(r.doc)))}">${escapeHtml(name)}</a>`
        : `<span ${tip}>${escapeHtml(name)}</span>`;
      const tag = `<span class="kwic-voice" style="color:${VOICE_COLORS[r.voice]}">${r.voice}</span>`;
      return (
        `<tr><td class="kwic-doc">${doc}</td><td>${tag}</td><td class="kwic-left" style="text-align:right">${escapeHtml(r.left)}</td>` +
        `<td class="kwic-match" style="text-align:center"><mark>${escapeHtml(r.match)}</mark></td><td class="kwic-right" style="text-align:left">${escapeHtml(r.right)}</td></tr>`
      );
    });
    const more = mine.length > per ? `<p><em>${mine.length - per} more in ${escapeHtml(s.outlet)}.</em></p>` : '';
    return `<div class="kwic-outlet"><h5>${escapeHtml(s.outlet)}: ${s.total} (${voices})</h5><table class="kwic">${lines.join('')}</table>${more}</div>`;
  });
  return head + blocks.join('');
}
