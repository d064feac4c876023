// HTML escaping: the one function every page, table, notebook cell and plotly label goes through.

/** Escape text for HTML element content and attribute values (also what plotly renders in titles, ticks and hovers). */
export function escapeHtml(s: unknown): string {
  return String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
