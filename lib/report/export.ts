// Export one figure to PNG, SVG or a standalone HTML page, and the offline page shell the report shares
// (plotly inlined once, figure specs as inert JSON, a Content-Security-Policy that runs only the page's own scripts).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Figure } from '../types.js';
import { escapeHtml } from './html.js';
import { plotlyInline, renderImages } from './images.js';
import type { ImageFormat } from './types.js';
import { insideDir, safeName } from '../io/file-names.js';

export { plotlyInline } from './images.js';

/** Formats a figure can be exported to. */
export type ExportFormat = ImageFormat | 'html';

/**
 * JSON for embedding inside an HTML <script type="application/json"> block: `<`, `>`, `&`, U+2028/9 escaped so no input
 * can close the block.
 */
export function jsonForHtml(value: unknown): string {
  // one pass over the JSON (a report's figures are megabytes), not one per character escaped
  return JSON.stringify(value).replace(HTML_UNSAFE, (c) => HTML_ESCAPES[c]);
}

const HTML_UNSAFE = /[<>&\u2028\u2029]/g;
const HTML_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

// Draws every `.presslens-figure[data-fig=i]` from the JSON block; marks each with data-rendered="1" or "error".
const BOOT = `(function(){
var block=document.getElementById('presslens-figures');
var specs=block?JSON.parse(block.textContent):[];
var els=document.querySelectorAll('.presslens-figure[data-fig]');
for(var i=0;i<els.length;i++){(function(el){
var s=specs[Number(el.getAttribute('data-fig'))];
try{Plotly.newPlot(el,s.data,s.layout,{displaylogo:false,responsive:true,modeBarButtonsToRemove:['sendDataToCloud','select2d','lasso2d']}).then(function(){el.setAttribute('data-rendered','1');},function(e){el.setAttribute('data-rendered','error');el.textContent='This chart could not be drawn: '+e;});}
catch(e){el.setAttribute('data-rendered','error');el.textContent='This chart could not be drawn: '+e;}
})(els[i]);}
})();`;

const sha256 = (s: string): string => "'sha256-" + createHash('sha256').update(s, 'utf8').digest('base64') + "'";

/**
 * The Content-Security-Policy of every presslens page: only the page's own hashed scripts run; no network loads at all.
 */
export function contentSecurityPolicy(scripts: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob:',
    'font-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * A complete offline HTML page: `body` (already escaped HTML) plus plotly and the figure specs when figures are given.
 */
export function htmlPage(opts: {
  title: string;
  body: string;
  figures?: readonly Figure[];
  css?: string;
  scripts?: readonly string[];
}): string {
  const figs = opts.figures ?? [];
  const scripts = [...(figs.length ? [plotlyInline(), BOOT] : []), ...(opts.scripts ?? [])];
  const specs = figs.map((f) => ({ data: f.data, layout: f.layout }));
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(scripts))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(opts.title)}</title>`,
    opts.css ? `<style>${opts.css.replace(/<\//g, '<\\/')}</style>` : '',
    '</head><body>',
    opts.body,
    figs.length ? `<script type="application/json" id="presslens-figures">${jsonForHtml(specs)}</script>` : '',
    ...scripts.map((s) => `<script>${s}</script>`),
    '</body></html>',
    '',
  ].join('\n');
}

/** A `.presslens-figure` placeholder that the page script draws figure number `index` into. */
export function figureSlot(index: number, fig: Figure): string {
  const h = Number(fig.layout.height);
  const style = Number.isFinite(h) && h > 0 ? ` style="min-height:${Math.round(h)}px"` : '';
  return `<div class="presslens-figure" data-fig="${index}"${style}></div>`;
}

/**
 * The text of a figure's title (plotly title objects or strings), as plotly would show it (HTML entities decoded, tags
 * dropped).
 */
export function figureTitle(fig: Figure): string {
  const t = fig.layout.title;
  const raw =
    typeof t === 'string'
      ? t
      : t && typeof t === 'object' && typeof (t as { text?: unknown }).text === 'string'
        ? (t as { text: string }).text
        : '';
  return raw
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** A standalone, offline HTML page showing one figure (plotly inlined, ~4.8 MB). */
export function figureHtml(fig: Figure, opts: { title?: string } = {}): string {
  const title = opts.title ?? (figureTitle(fig) || fig.name || 'presslens chart');
  return htmlPage({
    title,
    css: 'body{font-family:Helvetica,Arial,sans-serif;margin:16px;color:#222}',
    body: figureSlot(0, fig),
    figures: [fig],
  });
}

/**
 * Export one figure to `<dir>/<name>.<format>` for each format (PNG/SVG through headless Chromium, HTML standalone);
 * returns the files written and, without Chromium, why images were skipped.
 */
export async function exportFigure(
  fig: Figure,
  dir: string,
  opts: { name?: string; formats?: readonly ExportFormat[] } = {},
): Promise<{ files: string[]; skipped?: string }> {
  const name = safeName(opts.name ?? fig.name ?? 'figure');
  const formats = opts.formats ?? ['png', 'svg', 'html'];
  const files: string[] = [];
  mkdirSync(dir, { recursive: true });
  if (formats.includes('html')) {
    const p = insideDir(dir, `${name}.html`);
    writeFileSync(p, figureHtml(fig));
    files.push(p);
  }
  const images = formats.filter((f): f is ImageFormat => f === 'png' || f === 'svg');
  if (!images.length) return { files };
  const r = await renderImages([{ fig, name, formats: images }], dir);
  files.push(...r.files);
  const skipped =
    r.skipped ?? (r.errors.length ? r.errors.map((e) => `${e.name}: ${e.message}`).join('; ') : undefined);
  return skipped ? { files, skipped } : { files };
}
