// Show figures, tables and computed prose inside a tslab notebook cell (input/output module: it writes to the
// cell's display). tslab and danfo are loaded on first use, so importing presslens stays fast.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Figure } from './types.js';
import { projectRoot } from './paths.js';
import { escapeHtml, toHtmlTable } from './report/html.js';
import { exportFigure, type ExportFormat } from './report/export.js';
import { plotlyInline } from './report/images.js';
import { safeName, insideDir } from './io/file-names.js';
import { toCsv } from './io/csv.js';
import { asRows, type DataFrame } from './tables/frame.js';

type Display = { html(s: string): void; markdown(s: string): void };
/** One output with several representations (mime type -> content); the front end shows the richest it can. */
type Bundle = Record<string, unknown>;
type WriteDisplayData = (d: { data: Bundle; metadata: object; transient: object }, update: boolean) => void;
let displayCache: (Display & { bundle(b: Bundle): void }) | undefined;

/**
 * tslab's display, required on first use (outside a kernel, output goes to stdout as text). `bundle` sends one
 * output with several mime types, through the kernel's own display writer: tslab's public `display` sends one type
 * per output.
 */
function display(): Display & { bundle(b: Bundle): void } {
  if (displayCache) return displayCache;
  const out = (s: string) => process.stdout.write(s + '\n');
  try {
    const req = createRequire(join(projectRoot(), 'package.json'));
    const tslab = req('tslab') as { display: Display };
    const kernel = req('tslab/dist/jupyter.js') as { lastWriteDisplayData: WriteDisplayData | null };
    displayCache = {
      html: (s) => tslab.display.html(s),
      markdown: (s) => tslab.display.markdown(s),
      bundle: (b) =>
        kernel.lastWriteDisplayData
          ? kernel.lastWriteDisplayData({ data: b, metadata: {}, transient: {} }, false)
          : tslab.display.html(String(b['text/html'])),
    };
  } catch {
    displayCache = { html: out, markdown: out, bundle: (b) => out(String(b['text/html'])) };
  }
  return displayCache;
}

let plotlyLoaded = false;
let seq = 0;

/**
 * How the plotly bundle reaches the page, once per kernel session: PRESSLENS_PLOTLY_SRC names a script file
 * next to the page (set by `presslens start`, which copies plotly.js beside the executed notebooks' HTML);
 * otherwise the bundle is inlined in the first figure's output, so the saved notebook renders offline.
 */
function plotlyLoader(): string {
  if (plotlyLoaded) return '';
  plotlyLoaded = true;
  const src = process.env.PRESSLENS_PLOTLY_SRC;
  if (src) return `<script src="${escapeHtml(src)}" charset="utf-8"></script>`;
  return '<script>' + plotlyInline() + '</script>';
}

/** Number of data points a figure draws (x/y/z/values/labels entries over all traces); 0 means an empty chart. */
export function figurePoints(fig: Figure): number {
  let n = 0;
  for (const t of fig.data) {
    let best = 0;
    for (const k of ['x', 'y', 'z', 'values', 'labels', 'r', 'node']) {
      const v = t[k];
      if (Array.isArray(v)) best = Math.max(best, v.length);
      else if (v && typeof v === 'object' && Array.isArray((v as { label?: unknown[] }).label))
        best = Math.max(best, (v as { label: unknown[] }).label.length);
    }
    n += best;
  }
  return n;
}

/**
 * Display a plotly figure in the cell output, as HTML with its drawing script and as plotly's JSON mime type (for
 * JupyterLab and VS Code); an empty figure is replaced by a visible warning (data-points="0").
 */
export function show(fig: Figure): void {
  const points = figurePoints(fig);
  if (!points) {
    const title = String((fig.layout.title as { text?: string } | undefined)?.text ?? fig.name ?? 'chart');
    display().html(
      `<p class="presslens-figure presslens-empty-chart" data-points="0"><strong>Nothing to draw:</strong> ${escapeHtml(title)} has no data for this corpus.</p>`,
    );
    return;
  }
  const id = 'presslens-fig-' + ++seq + '-' + safeName(fig.name ?? 'figure');
  const spec = JSON.stringify({ data: fig.data, layout: fig.layout }).replace(/</g, '\\u003c');
  const draw =
    `(function(){var s=${spec};function go(){if(!window.Plotly){return setTimeout(go,50);}` +
    `Plotly.newPlot(${JSON.stringify(id)},s.data,s.layout,{displaylogo:false,responsive:true});}go();})();`;
  // the figure as plotly's own mime type too: JupyterLab (with plotly's renderer) and VS Code draw it from that;
  // classic Jupyter and nbconvert's HTML use the text/html with its script
  display().bundle({
    'application/vnd.plotly.v1+json': { data: fig.data, layout: fig.layout, config: { displaylogo: false } },
    'text/html': `${plotlyLoader()}<div id="${id}" class="presslens-figure" data-points="${points}"></div><script>${draw}</script>`,
    'text/plain': `plotly figure: ${fig.name ?? 'figure'} (${points} points)`,
  });
}

/** Options for tables in cells. */
export interface TableOptions {
  /** rows shown at most (default 50; the rest is counted in a note) */
  max?: number;
  caption?: string;
}

/** Display rows or a danfo DataFrame as an HTML table (text escaped, left-aligned text, scrolls inside its box when wide). */
export function showTable(table: readonly object[] | DataFrame, opts: TableOptions = {}): void {
  display().html(
    `<div class="presslens-table-box" style="overflow-x:auto;max-width:100%">${toHtmlTable(asRows(table), opts)}</div>`,
  );
}

/** Display Markdown computed from values (findings stated from the data, not written for one corpus). */
export function md(text: string): void {
  display().markdown(text);
}

/** Display raw HTML made by presslens (label tables, passage views, explorer lines). */
export function showHtml(html: string): void {
  display().html(`<div class="presslens-html" style="text-align:left;overflow-x:auto;max-width:100%">${html}</div>`);
}

/** A short note in the cell output listing what was written (paths relative to the project). */
function savedNote(files: readonly string[], problem?: string): void {
  const root = projectRoot();
  const list = files.map((f) => `<code>${escapeHtml(relative(root, f))}</code>`).join(', ');
  display().html(
    `<p class="presslens-saved">${files.length ? 'Saved ' + list + '.' : 'Nothing saved.'}${problem ? ` <strong>${escapeHtml(problem)}</strong>` : ''}</p>`,
  );
}

/** Save a figure under reports/images/ (where the report writes its charts) as <name>.png, .svg and .html; resolves to the files. */
export async function save(
  fig: Figure,
  name: string = fig.name ?? 'figure',
  formats: readonly ExportFormat[] = ['png', 'svg', 'html'],
): Promise<string[]> {
  const dir = join(projectRoot(), 'reports', 'images');
  const r = await exportFigure(fig, dir, { name, formats });
  savedNote(r.files, r.skipped);
  return r.files;
}

/** Save rows or a DataFrame as reports/tables/<name>.csv (spreadsheet formulas neutralised) and say where; returns the path. */
export function saveTable(table: readonly object[] | DataFrame, name: string): string {
  const dir = join(projectRoot(), 'reports', 'tables');
  mkdirSync(dir, { recursive: true });
  const path = insideDir(dir, `${safeName(name)}.csv`);
  writeFileSync(path, toCsv(asRows(table)));
  savedNote([path]);
  return path;
}
