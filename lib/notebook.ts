// Show figures and tables inside a tslab notebook cell (input/output module: it writes to the cell's display).
import { readFileSync } from 'node:fs';
import * as tslab from 'tslab';
import type { Figure } from './types.js';
import { plotlyBundlePath } from './paths.js';
import { escapeHtml, toHtmlTable } from './report/html.js';
import { exportFigure, type ExportFormat } from './report/export.js';
import { safeName, insideDir } from './io/file-names.js';
import { toCsv } from './io/csv.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from './paths.js';

let plotlyLoaded = false;
let seq = 0;

/** Display a plotly figure in the cell output (the plotly bundle is inlined once per kernel session, so executed HTML renders offline). */
export function show(fig: Figure): void {
  let html = '';
  if (!plotlyLoaded) {
    html += '<script>' + readFileSync(plotlyBundlePath(), 'utf8').replace(/<\/script/gi, '<\\/script') + '</script>';
    plotlyLoaded = true;
  }
  const id = 'presslens-fig-' + (++seq) + '-' + Date.now().toString(36);
  const spec = JSON.stringify({ data: fig.data, layout: fig.layout }).replace(/</g, '\\u003c');
  html += `<div id="${id}" class="presslens-figure"></div><script>(function(){var s=${spec};Plotly.newPlot(${JSON.stringify(id)},s.data,s.layout,{displaylogo:false,responsive:true});})();</script>`;
  tslab.display.html(html);
}

/** Display rows (or a danfo DataFrame's rows) as an HTML table, all text escaped; long tables are cut to `max` rows with a note. */
export function showTable(rows: readonly object[], opts: { max?: number; caption?: string } = {}): void {
  tslab.display.html(toHtmlTable(rows, opts));
}

/** A short note in the cell output listing what was written (paths relative to the project). */
function savedNote(files: readonly string[], problem?: string): void {
  const root = projectRoot();
  const list = files.map((f) => `<code>${escapeHtml(relative(root, f))}</code>`).join(', ');
  tslab.display.html(`<p class="presslens-saved">${files.length ? 'Saved ' + list + '.' : 'Nothing saved.'}${problem ? ` <strong>${escapeHtml(problem)}</strong>` : ''}</p>`);
}

/** Save a figure under reports/figures/ as <name>.png, .svg and .html (or the given formats) and say where in the cell; resolves to the files written. */
export async function save(fig: Figure, name: string = fig.name ?? 'figure', formats: readonly ExportFormat[] = ['png', 'svg', 'html']): Promise<string[]> {
  const dir = join(projectRoot(), 'reports', 'figures');
  const r = await exportFigure(fig, dir, { name, formats });
  savedNote(r.files, r.skipped);
  return r.files;
}

/** Save rows as reports/tables/<name>.csv (spreadsheet formulas neutralised) and say where in the cell; returns the path. */
export function saveTable(rows: readonly object[], name: string): string {
  const dir = join(projectRoot(), 'reports', 'tables');
  mkdirSync(dir, { recursive: true });
  const path = insideDir(dir, `${safeName(name)}.csv`);
  writeFileSync(path, toCsv(rows));
  savedNote([path]);
  return path;
}
