// The report's explorer: every listed term and entity opens its contexts (keyword in context, grouped by outlet,
// with the voice of each occurrence). Deep links `#term=coup` and `#entity=<id>` open with those contexts shown.
// The contexts are computed here (pure) and embedded as JSON; a small page script renders them.
import type { Analysis } from '../../pipeline.js';
import { kwic, kwicEntity, type KwicRow } from '../../explore/kwic.js';
import { outletTermRows } from '../../text/counts.js';
import { escapeHtml } from '../html.js';
import type { ReportSection } from '../types.js';

/** Limits on what the page embeds: keys listed and lines kept per key and outlet. */
export interface ExplorerOptions {
  /** distinctive terms per outlet (default 12) and frequent terms per outlet (default 8) */
  distinctive?: number;
  frequent?: number;
  /** entities listed (default 60) */
  entities?: number;
  /** lines per key and outlet (default 8) */
  perOutlet?: number;
}

/** One embedded key: its label, total occurrences, and lines [outlet, doc, voice, left, match, right]. */
type Entry = { label: string; n: number; lines: [string, string, string, string, string, string][] };

/** Lines kept per outlet, in the compact form the page script reads. */
function compact(rows: readonly KwicRow[], perOutlet: number): Entry['lines'] {
  const seen = new Map<string, number>();
  const out: Entry['lines'] = [];
  for (const r of rows) {
    const k = seen.get(r.outlet) ?? 0;
    if (k >= perOutlet) continue;
    seen.set(r.outlet, k + 1);
    out.push([r.outlet, r.doc, r.voice, r.left, r.match, r.right]);
  }
  return out;
}

/** The terms the explorer lists: each outlet's most distinctive own-voice terms and its most frequent terms. */
function explorerTerms(analysis: Analysis, o: ExplorerOptions): string[] {
  const terms = new Set<string>();
  const d = analysis.framing.distinctive;
  for (const outlet of analysis.framing.detail.termTable.outlets)
    for (const r of d.filter((x) => x.outlet === outlet).slice(0, o.distinctive ?? 12)) terms.add(r.term);
  for (const r of outletTermRows(analysis.counts, o.frequent ?? 8)) terms.add(r.term);
  return [...terms].sort();
}

/** A JSON string safe inside a <script type="application/json"> element. */
function jsonForHtml(v: unknown): string {
  return JSON.stringify(v).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The explorer section: term and entity chips, a box of contexts, and the embedded contexts. */
export function explorerSection(analysis: Analysis, opts: ExplorerOptions = {}): ReportSection | null {
  const per = opts.perOutlet ?? 8;
  const terms: Record<string, Entry> = {};
  for (const t of explorerTerms(analysis, opts)) {
    const rows = kwic(analysis, t);
    if (rows.length) terms[t] = { label: t, n: rows.length, lines: compact(rows, per) };
  }
  const entities: Record<string, Entry> = {};
  for (const e of analysis.entities.entities.filter((x) => x.type !== 'demonym').slice(0, opts.entities ?? 60)) {
    const rows = kwicEntity(analysis, e.id);
    if (rows.length) entities[e.id] = { label: e.name, n: rows.length, lines: compact(rows, per) };
  }
  if (!Object.keys(terms).length && !Object.keys(entities).length) return null;
  // each chip is the target of its own deep link, so #term=… and #entity=… always name an element of the page
  const chip = (kind: string, key: string, e: Entry) => {
    const hash = `${kind}=${escapeHtml(encodeURIComponent(key))}`;
    return `<a class="chip" id="${hash}" href="#${hash}">${escapeHtml(e.label)} <small>${e.n}</small></a>`;
  };
  const html =
    `<div id="explorer" class="explorer"><div id="explorer-view" class="explorer-view" aria-live="polite"><p class="muted">Pick a term or an entity below, ` +
    `or open a link such as <code>#term=…</code> or <code>#entity=…</code>: its contexts in every outlet appear here.</p></div>` +
    `<h3>Entities</h3><div class="chips">${Object.entries(entities)
      .map(([k, e]) => chip('entity', k, e))
      .join(' ')}</div>` +
    `<h3>Terms (distinctive and frequent per outlet)</h3><div class="chips">${Object.entries(terms)
      .map(([k, e]) => chip('term', k, e))
      .join(' ')}</div></div>` +
    `<script type="application/json" id="explorer-data">${jsonForHtml({ terms, entities })}</script>`;
  return {
    id: 'explore',
    title: 'Explore: every term and entity in context',
    intro:
      'Each term and entity opens its keyword-in-context lines from every outlet, grouped by outlet, with the voice of each occurrence: ' +
      'the outlet’s own narration, a direct quote, reported speech, or text reused from another article of the corpus. ' +
      'The address of the page changes with your choice (for example #term=… or #entity=…), so you can share the link. ' +
      'In a notebook, kwic(analysis, term) gives every occurrence as rows.',
    findings: [],
    figures: [],
    tables: [],
    html,
    script: EXPLORER_JS,
  };
}

/** CSS for the explorer (added to the report's stylesheet). */
export const EXPLORER_CSS = `
.explorer .chips{display:flex;flex-wrap:wrap;gap:6px}
.explorer .chip{border:1px solid var(--line);border-radius:12px;padding:1px 9px;font-size:14px;text-decoration:none;background:#fff}
.explorer .chip small{color:var(--muted)}
.explorer .chip.on{background:var(--accent);color:#fff}
.explorer-view{border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:12px 0;background:var(--bg);overflow-x:auto;scroll-margin-top:12px}
.explorer-view h4{margin:4px 0 8px}
.explorer-view h5{margin:10px 0 4px;font-size:15px}
.explorer-view table{border-collapse:collapse;font-size:14px;width:100%;table-layout:fixed}
.explorer-view td{padding:2px 6px;vertical-align:top;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.explorer-view td.l{text-align:right;width:40%}
.explorer-view td.m{width:14%;text-align:center}
.explorer-view td.r{width:40%}
.explorer-view td.v{width:6em;font-size:12px}
.explorer-view .v-own{color:#0072B2}.explorer-view .v-quoted{color:#B36B00}.explorer-view .v-reported{color:#AA4499}.explorer-view .v-reused{color:#666}
`;

/**
 * The page script: renders the contexts of the key in the address (#term=… / #entity=…), on load and on every change.
 */
export const EXPLORER_JS = `(function(){
var el=document.getElementById('explorer-data'),view=document.getElementById('explorer-view');if(!el||!view)return;
var data=JSON.parse(el.textContent);
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function render(){
  var m=/^#(term|entity)=(.*)$/.exec(location.hash);if(!m)return;
  var kind=m[1],key;try{key=decodeURIComponent(m[2]);}catch(e){return;}
  var e=(kind==='term'?data.terms:data.entities)[kind==='term'?key.toLowerCase():key];
  var chips=document.querySelectorAll('.explorer .chip');
  for(var i=0;i<chips.length;i++)chips[i].classList.toggle('on',chips[i].getAttribute('href')===location.hash);
  if(!e){view.innerHTML='<p>No contexts listed for '+esc(kind)+' “'+esc(key)+'”. Only the terms and entities below are listed in the report; in a notebook, kwic(analysis, term) finds any term.</p>';view.scrollIntoView();return;}
  var by={},order=[];
  e.lines.forEach(function(l){if(!by[l[0]]){by[l[0]]=[];order.push(l[0]);}by[l[0]].push(l);});
  var h='<h4>'+esc(e.label)+': '+e.n+' occurrence(s)</h4>';
  order.forEach(function(o){
    h+='<h5>'+esc(o)+'</h5><table>';
    by[o].forEach(function(l){h+='<tr><td class="v v-'+esc(l[2])+'">'+esc(l[2])+'</td><td class="l">'+esc(l[3])+'</td><td class="m"><mark>'+esc(l[4])+'</mark></td><td class="r">'+esc(l[5])+'</td><td class="v">'+esc(l[1])+'</td></tr>';});
    h+='</table>';
  });
  view.innerHTML=h;view.scrollIntoView();
}
window.addEventListener('hashchange',render);render();
})();`;
