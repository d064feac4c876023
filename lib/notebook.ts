// Show figures and tables inside a tslab notebook cell (input/output module: it writes to the cell's display).
import { readFileSync } from 'node:fs';
import * as tslab from 'tslab';
import type { Figure } from './types.js';
import { plotlyBundlePath } from './paths.js';
import { toHtmlTable } from './report/html.js';

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
