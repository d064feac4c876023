// Small HTML builders shared by the report and the notebooks; every piece of input text is escaped (lib/io/html.ts).
import { escapeHtml } from '../io/html.js';

export { escapeHtml };

/**
 * An HTML table from rows, escaped, numbers right-aligned and rounded to 3 decimals; at most `max` rows (default 50).
 */
export function toHtmlTable(
  rows: readonly object[],
  opts: { max?: number; caption?: string; columns?: string[] } = {},
): string {
  const max = opts.max ?? 50;
  const cols = opts.columns ?? (rows.length ? Object.keys(rows[0]) : []);
  const fmt = (v: unknown) =>
    typeof v === 'number'
      ? Number.isInteger(v)
        ? String(v)
        : v.toFixed(3)
      : Array.isArray(v)
        ? v.join('; ')
        : v !== null && typeof v === 'object'
          ? JSON.stringify(v)
          : String(v ?? '');
  const head = '<tr>' + cols.map((c) => `<th style="text-align:left">${escapeHtml(c)}</th>`).join('') + '</tr>';
  const body = rows
    .slice(0, max)
    .map((row) => {
      const r = row as Record<string, unknown>;
      return (
        '<tr>' +
        cols
          .map((c) => {
            const text = fmt(r[c]);
            // long text gets a readable column width (it wraps inside it; the table scrolls inside its box when wide)
            const long = text.length > 40 ? ' class="long"' : '';
            return `<td${long} style="text-align:${typeof r[c] === 'number' ? 'right' : 'left'}">${escapeHtml(text)}</td>`;
          })
          .join('') +
        '</tr>'
      );
    })
    .join('');
  const more =
    rows.length > max ? `<p><em>${rows.length - max} more rows not shown (${rows.length} in all).</em></p>` : '';
  const cap = opts.caption ? `<caption>${escapeHtml(opts.caption)}</caption>` : '';
  return `<table class="presslens-table">${cap}<thead>${head}</thead><tbody>${body}</tbody></table>${more}`;
}
