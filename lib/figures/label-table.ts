// The actor × outlet label table as HTML: how each outlet names each actor and event.
import { poolLabelRows, type LabelCount } from '../framing/labels.js';
import { outletColors } from './style.js';
import { escapeHtml } from '../io/html.js';
import { pushTo } from '../util/maps.js';

/** The actor × outlet label table as HTML (pooled over events unless `event` is given): one row per actor or concept, one column per outlet, each cell the labels used (count, own-voice count). */
export function labelTableHtml(
  rows: readonly LabelCount[],
  opts: { names?: boolean; perCell?: number; entities?: readonly string[]; event?: string } = {},
): string {
  // one event's labels, or every event's pooled (rows are counted per event)
  const use = poolLabelRows(
    rows.filter((r) => (opts.names || r.kind !== 'name') && (opts.event === undefined || r.event === opts.event)),
  );
  const outlets = [...new Set(use.map((r) => r.outlet))].sort();
  const entities = opts.entities ?? [...new Set(use.map((r) => r.entity))];
  const colors = outletColors(outlets);
  const per = opts.perCell ?? 8;
  const head =
    '<tr><th>actor / event</th>' +
    outlets.map((o) => `<th style="border-bottom:3px solid ${colors.get(o)}">${escapeHtml(o)}</th>`).join('') +
    '</tr>';
  // each cell's labels, in the pooled order (most used first, ties by label): one pass, not a filter per cell
  const cells = new Map<string, typeof use>();
  for (const r of use) pushTo(cells, r.entity + '\u0000' + r.outlet, r);
  const body = entities
    .map((e) => {
      const row = outlets.map((o) => labelCell(cells.get(e + '\u0000' + o) ?? [], per)).join('');
      return `<tr><th style="text-align:left;vertical-align:top">${escapeHtml(e)}</th>${row}</tr>`;
    })
    .join('');
  return `<table class="presslens-table presslens-labels"><caption>How each outlet names each actor and event (uses; "own n" = of which in the outlet's own narration)</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/** One cell: the first `per` labels with their counts (and own-voice counts when fewer), and how many more there are. */
function labelCell(mine: readonly { label: string; count: number; own: number }[], per: number): string {
  const items = mine
    .slice(0, per)
    .map(
      (r) =>
        `<li>${escapeHtml(r.label)} <span style="color:#777">(${r.count}${r.own !== r.count ? `; own ${r.own}` : ''})</span></li>`,
    )
    .join('');
  const more = mine.length > per ? `<li style="color:#777">… ${mine.length - per} more</li>` : '';
  return `<td style="vertical-align:top"><ul style="margin:0;padding-left:1.1em">${items}${more}</ul></td>`;
}
