// Side-by-side view of rewritten sentence pairs: each aligned pair in two cells, the words the other side lacks marked.
// Pure: returns an HTML string with every piece of text escaped.
import type { Doc } from '../types.js';
import type { AlignedSentence } from '../overlap/rewrite.js';
import { foldToken, lightStem } from '../overlap/rewrite.js';
import { tokenize } from '../text/tokenize.js';
import { escapeHtml } from './html.js';

/** Matching keys of a sentence's words: folded, stemmed pieces, so "father-of-four" meets "father of four". */
function keysOf(text: string): { start: number; end: number; keys: string[] }[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => ({ start: t.start, end: t.end, keys: foldToken(t.norm).map(([p]) => lightStem(p)) }));
}

/** One sentence as HTML, the words whose keys the other sentence lacks wrapped in <ins> (added) or <del> (dropped). */
export function markSentence(text: string, other: string, tag: 'ins' | 'del'): string {
  const have = new Set(keysOf(other).flatMap((w) => w.keys));
  let html = '',
    at = 0;
  for (const w of keysOf(text)) {
    if (w.keys.every((k) => have.has(k))) continue;
    html += escapeHtml(text.slice(at, w.start)) + `<${tag}>${escapeHtml(text.slice(w.start, w.end))}</${tag}>`;
    at = w.end;
  }
  return html + escapeHtml(text.slice(at));
}

/**
 * HTML table of a pair's aligned sentences: the earlier text's sentence on the left with the words the other dropped
 * struck through (<del>), the other's on the right with its new words underlined (<ins>), and the similarity. Columns
 * are headed by `heads` (doc id -> how a reader names the article), else by the ids.
 */
export function rewritePairsHtml(
  aligned: readonly AlignedSentence[],
  docs: readonly Pick<Doc, 'id' | 'text'>[],
  heads?: Readonly<Record<string, string>>,
): string {
  const text = (s: AlignedSentence['a']) => docs.find((d) => d.id === s.doc)?.text.slice(s.start, s.end) ?? '';
  if (!aligned.length) return '<p class="pl-rw-none">No rewritten sentence pairs.</p>';
  const left = aligned[0].a.doc,
    right = aligned[0].b.doc;
  const rows = aligned.map((s) => {
    const a = text(s.a),
      b = text(s.b);
    const sim = `${Math.round(s.similarity * 100)}%`;
    return `<tr><td>${markSentence(a, b, 'del')}</td><td>${markSentence(b, a, 'ins')}</td><td>${sim}</td></tr>`;
  });
  const style =
    '<style>' +
    '.pl-rw{border-collapse:collapse;font-family:Helvetica,Arial,sans-serif;font-size:13px}' +
    '.pl-rw td,.pl-rw th{border-top:1px solid #ddd;padding:4px 8px;vertical-align:top}' +
    '.pl-rw del{background:#ffe3e3}' +
    '.pl-rw ins{background:#d3f9d8;text-decoration:none}' +
    '</style>';
  const head = `<thead><tr><th>${escapeHtml(heads?.[left] ?? left)}</th><th>${escapeHtml(heads?.[right] ?? right)}</th><th>similar</th></tr></thead>`;
  return `${style}<table class="pl-rw">${head}<tbody>${rows.join('')}</tbody></table>`;
}
