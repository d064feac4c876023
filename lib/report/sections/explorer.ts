// The report's explorer: every term, entity and label the report shows opens its contexts (keyword in context from
// every outlet, grouped by outlet, with the voice of each occurrence and a link to the article view). Deep links
// `#term=coup`, `#entity=<id>`, `#passage=<words>` and `#article=<id>` open with those shown, so a journalist can
// share them. A passage of the passage viewer opens every article that carries its shared words.
// The contexts are computed here (pure) and embedded as JSON; a small page script renders them and links the
// report's tables, label table and charts to them.
import type { Analysis } from '../../pipeline.js';
import { kwicDigest, type KwicDigest } from '../../explore/kwic.js';
import { outletTermRows } from '../../text/counts.js';
import { chartRows } from '../chart-rows.js';
import { shownTermRows } from '../term-rows.js';
import { escapeHtml } from '../html.js';
import { jsonForHtml } from '../export.js';
import type { ReportSection } from '../types.js';
import { byString } from '../../util/compare.js';
import { viewerPassages } from './overlap.js';
import type { KwicRow } from '../../explore/types.js';

/** Limits on what the page embeds: keys listed, lines kept per key and outlet, article text carried. */
export interface ExplorerOptions {
  /** distinctive terms per outlet (default 12) and frequent terms per outlet (default 12, as in the top-terms chart) */
  distinctive?: number;
  frequent?: number;
  /** entities listed (default 60) */
  entities?: number;
  /** lines per key and outlet (default 8; fewer when keys x outlets is large, never under 2) */
  perOutlet?: number;
  /** context lines embedded in all (default 40,000): bounds the page on corpora of many outlets */
  maxLines?: number;
  /** characters of article text embedded for the article view (default 3,000,000); later articles link to their URL */
  maxArticleChars?: number;
}

/** One context line: [outlet, doc, voice, left, match, right, start, end, part] (part 1: the headline). */
type Line = [string, string, string, string, string, string, number, number, 0 | 1];

/** Occurrences of a key in one outlet: [outlet, own, quoted, reported, reused, total]. */
type OutletCount = [string, number, number, number, number, number];

/** One embedded key: its label, total occurrences, occurrences per outlet and voice, and the lines kept. */
type Entry = { label: string; n: number; by: OutletCount[]; lines: Line[] };

/** The entry of a key from its occurrences counted and its first rows per outlet. */
function entry(label: string, d: KwicDigest, perOutlet: number): Entry {
  const by = d.by.map((s): OutletCount => [s.outlet, s.own, s.quoted, s.reported, s.reused, s.total]);
  return { label, n: d.n, by, lines: compact(d.rows, perOutlet) };
}

/** One embedded article: [outlet, date, title, url, text] (titles of the others are in `titles`). */
type ArticleData = [string, string, string, string, string];

/** Lines kept per outlet, in the compact form the page script reads. */
function compact(rows: readonly KwicRow[], perOutlet: number): Line[] {
  const seen = new Map<string, number>();
  const out: Line[] = [];
  for (const r of rows) {
    const k = seen.get(r.outlet) ?? 0;
    if (k >= perOutlet) continue;
    seen.set(r.outlet, k + 1);
    out.push([r.outlet, r.doc, r.voice, r.left, r.match, r.right, r.start, r.end, r.part === 'title' ? 1 : 0]);
  }
  return out;
}

/** The chip terms: each outlet's most distinctive own-voice terms and its most frequent terms (the top-terms chart's). */
function chipTerms(analysis: Analysis, o: ExplorerOptions): string[] {
  const terms = new Set<string>();
  const d = analysis.framing.distinctive;
  for (const outlet of analysis.framing.detail.termTable.outlets)
    for (const r of d.filter((x) => x.outlet === outlet).slice(0, o.distinctive ?? 12)) terms.add(r.term);
  for (const r of outletTermRows(analysis.counts, o.frequent ?? 12)) terms.add(r.term);
  // the chart's rows too: a word and its plural counted as one bar under the form the corpus writes more ("children"
  // with "child"), which the raw list may not rank; each form is a chip, so the bar's every use is in context
  for (const r of shownTermRows(analysis.counts, o.frequent ?? 12, analysis.docs, analysis.entities))
    for (const t of r.forms ?? [r.term]) terms.add(t);
  return [...terms].sort(byString);
}

/**
 * Every other term the report shows and links: the distinctive-terms table and charts, the labels, the loaded terms.
 * The outlets charted are those the framing section charts (most articles, at most 8).
 */
function linkedTerms(analysis: Analysis): string[] {
  const f = analysis.framing;
  const terms = new Set<string>();
  for (const r of f.distinctive.slice(0, 30)) terms.add(r.term);
  const articlesOf = new Map<string, number>();
  for (const a of analysis.corpus.articles) articlesOf.set(a.outlet, (articlesOf.get(a.outlet) ?? 0) + 1);
  const charted = [...articlesOf.keys()]
    .sort((a, b) => articlesOf.get(b)! - articlesOf.get(a)! || byString(a, b))
    .slice(0, 8);
  if (articlesOf.size > 1) for (const o of charted) for (const r of chartRows(f, o)) terms.add(r.term);
  for (const r of f.labels) if (r.kind !== 'name') terms.add(r.label);
  for (const r of f.loaded) terms.add(r.term);
  return [...terms].sort(byString);
}

/** Lines per key and outlet so that keys x outlets x lines stays under the budget (between 2 and `perOutlet`). */
function linesPerOutlet(keys: number, outlets: number, o: ExplorerOptions): number {
  const want = o.perOutlet ?? 8;
  const budget = o.maxLines ?? 40_000;
  return Math.max(2, Math.min(want, Math.floor(budget / Math.max(1, keys * outlets))));
}

/** Contexts keyed by key, for every key with an occurrence. */
function entries(
  keys: Iterable<[string, string]>,
  find: (q: string) => KwicDigest,
  per: number,
): Record<string, Entry> {
  const out: Record<string, Entry> = {};
  for (const [key, label] of keys) {
    const d = find(key);
    if (d.n) out[key] = entry(label, d, per);
  }
  return out;
}

/**
 * The contexts of every key: terms (lower-cased keys), entities (by id) and the passage viewer's passages (by their
 * normalised words); keys with no occurrence are left out.
 */
function contexts(
  analysis: Analysis,
  o: ExplorerOptions,
): { chips: string[]; terms: Record<string, Entry>; entities: Record<string, Entry>; passages: Record<string, Entry> } {
  const chips = chipTerms(analysis, o);
  const keys = [...new Set([...chips, ...linkedTerms(analysis)].map((t) => t.toLowerCase()))].slice(0, 600);
  const ents = analysis.entities.entities.filter((x) => x.type !== 'demonym').slice(0, o.entities ?? 60);
  const shared = viewerPassages(analysis);
  const outlets = new Set(analysis.corpus.articles.map((a) => a.outlet)).size;
  const per = linesPerOutlet(keys.length + ents.length + shared.size, outlets, o);
  const terms = entries(
    keys.map((t) => [t, t]),
    (t) => kwicDigest(analysis, { term: t }, per),
    per,
  );
  const names = new Map(ents.map((e) => [e.id, e.name]));
  const entities = entries(names, (id) => kwicDigest(analysis, { entity: id }, per), per);
  const passages = entries(shared, (k) => kwicDigest(analysis, { term: shared.get(k)! }, per), per);
  return { chips: chips.filter((t) => terms[t.toLowerCase()]), terms, entities, passages };
}

/**
 * The articles the article view can show: those the context lines point to, in order of first use, while their text
 * fits in `maxArticleChars`; the rest are linked to their URL instead.
 */
function articleData(
  analysis: Analysis,
  entries: readonly Entry[],
  maxChars: number,
): { articles: Record<string, ArticleData>; urls: Record<string, string>; titles: Record<string, string> } {
  const byId = new Map(analysis.corpus.articles.map((a) => [a.id, a]));
  const articles: Record<string, ArticleData> = {};
  const urls: Record<string, string> = {};
  const titles: Record<string, string> = {};
  let used = 0;
  for (const e of entries)
    for (const l of e.lines) {
      const a = byId.get(l[1]);
      if (!a || articles[a.id] || urls[a.id] !== undefined) continue;
      titles[a.id] = a.title;
      const url = a.url && /^https?:\/\//i.test(a.url) ? a.url : '';
      if (used + a.text.length <= maxChars) {
        used += a.text.length;
        articles[a.id] = [a.outlet, a.date ?? '', a.title, url, a.text];
      } else urls[a.id] = url;
    }
  return { articles, urls, titles };
}

/** A chip: a link to its own deep link, and the target of it (so #term=… always names an element of the page). */
function chip(kind: 'term' | 'entity' | 'passage', key: string, e: Entry): string {
  const hash = `${kind}=${escapeHtml(encodeURIComponent(key))}`;
  const label = kind === 'passage' ? `“${e.label}”` : e.label;
  return `<a class="chip" id="${hash}" href="#${hash}">${escapeHtml(label)} <small>${e.n}</small></a>`;
}

/** The passage chips, most widely carried first, folded: the passage viewer's numbers link to them. */
function passageChips(passages: Record<string, Entry>): string {
  const list = Object.entries(passages).sort(([ka, a], [kb, b]) => b.by.length - a.by.length || byString(ka, kb));
  if (!list.length) return '';
  return (
    `<details class="passage-chips"><summary>Shared passages of the passage viewer (${list.length}), by the number of ` +
    `outlets that carry them</summary><div class="chips">${list.map(([k, e]) => chip('passage', k, e)).join(' ')}</div></details>`
  );
}

/** The explorer section: the view box, entity and term chips, and the embedded contexts and articles. */
export function explorerSection(analysis: Analysis, opts: ExplorerOptions = {}): ReportSection | null {
  const { chips, terms, entities, passages } = contexts(analysis, opts);
  if (!Object.keys(terms).length && !Object.keys(entities).length) return null;
  const { articles, urls, titles } = articleData(
    analysis,
    [...Object.values(entities), ...Object.values(terms), ...Object.values(passages)],
    opts.maxArticleChars ?? 3_000_000,
  );
  const html =
    `<div id="explorer" class="explorer"><div id="explorer-view" class="explorer-view" aria-live="polite">` +
    `<p class="muted">Pick a term or an entity below, click a term, label or entity anywhere in this report (in its ` +
    `tables, the label table or a bar of a chart) or a passage's number in the passage viewer, or open a link such ` +
    `as <code>#term=…</code> or <code>#entity=…</code>: its contexts in every outlet appear here.</p></div>` +
    `<h3>Entities</h3><div class="chips">${Object.entries(entities)
      .map(([k, e]) => chip('entity', k, e))
      .join(' ')}</div>` +
    `<h3>Terms (distinctive and frequent per outlet)</h3><div class="chips">${chips
      .map((t) => chip('term', t.toLowerCase(), terms[t.toLowerCase()]))
      .join(' ')}</div>${passageChips(passages)}</div>` +
    `<script type="application/json" id="explorer-data">${jsonForHtml({ terms, entities, passages, articles, urls, titles })}</script>`;
  return {
    id: 'explore',
    title: 'Explore: every term, entity and passage in context',
    intro:
      'Each term, label and entity opens its keyword-in-context lines from every outlet, grouped by outlet, with the voice of each occurrence: ' +
      'the outlet’s own narration, a direct quote, reported speech, or text reused from another article of the corpus. ' +
      'Each line links to the article, with the occurrence marked. ' +
      'A shared passage opens every article of the corpus that carries its words, which tells a quote or statement many outlets carried from text one outlet took from another. ' +
      'The address of the page changes with your choice (for example #term=… or #entity=…), so you can share the link. ' +
      'In a notebook, kwic(analysis, term) gives every occurrence as rows, and kwicPassage(analysis, passage) the articles carrying a passage.',
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
.explorer .chip.on small{color:#fff}
.explorer .passage-chips{margin-top:14px}.explorer .passage-chips summary{cursor:pointer;font-weight:600}
.explorer-view{border:1px solid var(--line);border-radius:6px;padding:10px 14px;margin:12px 0;background:var(--bg);overflow-x:auto;scroll-margin-top:12px}
.explorer-view h4{margin:4px 0 8px}
.explorer-view h5{margin:12px 0 4px;font-size:15px}
.explorer-view h5 small{font-weight:normal;color:var(--muted)}
.explorer-view table{border-collapse:collapse;font-size:14px;width:100%;table-layout:fixed}
.explorer-view td{padding:2px 6px;vertical-align:top;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.explorer-view td.l{text-align:right;width:34%;direction:rtl}
.explorer-view td.l span{direction:ltr;unicode-bidi:embed}
.explorer-view td.m{width:12%;text-align:center}
.explorer-view td.r{width:34%}
.explorer-view td.v{width:5.5em;font-size:12px}
.explorer-view td.d{width:20%;font-size:12px}
.explorer-view table.pass td.m{width:30%;white-space:normal;text-align:left}
.explorer-view table.pass td.l,.explorer-view table.pass td.r{width:22%}
.explorer-view .v-own{color:#0072B2}.explorer-view .v-quoted{color:#9A5C00}.explorer-view .v-reported{color:#AA4499}.explorer-view .v-reused{color:#666}
.explorer-view .article{white-space:normal;max-width:46em;line-height:1.5}
.explorer-view .article p{margin:0 0 .8em}
.explorer-view .article mark{background:#ffe08a;padding:0 1px}
.explorer-view .meta{color:var(--muted);font-size:14px}
a.xl{color:inherit;text-decoration:underline dotted;text-underline-offset:2px}
a.xl:hover{color:var(--accent)}
`;

/**
 * The page script: renders the key in the address (#term=…, #entity=…, #article=…&at=start-end) on load and on every
 * change, and links every term, label, entity and article id shown in the report's tables, label table and charts to
 * it. Text is always inserted as text (esc), never as HTML.
 */
export const EXPLORER_JS = `(function(){
var el=document.getElementById('explorer-data'),view=document.getElementById('explorer-view');if(!el||!view)return;
var data=JSON.parse(el.textContent),byName={};
Object.keys(data.entities).forEach(function(id){var n=data.entities[id].label.toLowerCase();if(!(n in byName))byName[n]=id;});
function esc(s){return String(s).replace(/[&<>"']/g,function(c){return {'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;',"'":'&#39;'}[c];});}
function enc(s){return encodeURIComponent(s);}
function termHref(t){t=String(t).trim().toLowerCase();return data.terms[t]?'#term='+enc(t):null;}
function entityHref(name,id){if(id&&data.entities[id])return '#entity='+enc(id);id=byName[String(name).trim().toLowerCase()];return id?'#entity='+enc(id):null;}
function articleHref(doc,s,e,part){if(data.articles[doc])return '#article='+enc(doc)+(s!==undefined?'&at='+s+'-'+e:'')+(part?'&part=t':'');return data.urls[doc]||null;}
function docLink(doc,s,e,part){var h=articleHref(doc,s,e,part),t=(part?'headline: ':'')+(data.titles[doc]||doc),tip=esc(t+' ('+doc+')');if(!h)return '<span title="'+tip+'">'+esc(t)+'</span>';
  var ext=h.charAt(0)!=='#';
  return '<a href="'+esc(h)+'"'+(ext?' target="_blank" rel="noopener noreferrer"':'')+' title="'+tip+(ext?': the original article':': open it with this occurrence marked')+'">'+esc(t)+'</a>';}
var VOICES=['own','quoted','reported','reused'];
function contexts(kind,key,e){
  var by={};
  e.lines.forEach(function(l){(by[l[0]]=by[l[0]]||[]).push(l);});
  var h='<h4>'+(kind==='passage'?'“'+esc(e.label)+'”':esc(e.label))+': '+e.n+' occurrence(s) in '+e.by.length+' outlet(s)'+(kind==='entity'?', every spelling merged into this entity':kind==='passage'?', the words this shared passage carries word for word':'')+'</h4>';
  e.by.forEach(function(c){var o=c[0],mine=by[o]||[];
    var v=VOICES.map(function(k,i){return c[i+1]?c[i+1]+' '+k:'';}).filter(Boolean).join(', ');
    h+='<h5>'+esc(o)+' <small>'+c[5]+' ('+v+')'+(mine.length<c[5]?'; the first '+mine.length+' shown':'')+'</small></h5><table'+(kind==='passage'?' class="pass"':'')+'>';
    mine.forEach(function(l){h+='<tr><td class="v v-'+esc(l[2])+'">'+esc(l[2])+'</td><td class="l"><span>'+esc(l[3])+'</span></td><td class="m"><mark>'+esc(l[4])+'</mark></td><td class="r">'+esc(l[5])+'</td><td class="d">'+docLink(l[1],l[6],l[7],l[8])+'</td></tr>';});
    h+='</table>';
  });
  return h;
}
function article(id,at,part){
  var a=data.articles[id];if(!a)return '<p>This article is not embedded in the page.</p>';
  var s=-1,e=-1,m=/^(\\d+)-(\\d+)$/.exec(at||'');if(m){s=+m[1];e=+m[2];}
  function marked(t,on){if(!on||s<0||e>t.length||s>=e)return esc(t);return esc(t.slice(0,s))+'<mark id="explorer-hit">'+esc(t.slice(s,e))+'</mark>'+esc(t.slice(e));}
  var body=marked(a[4],!part).split(/\\n\\s*\\n/).map(function(p){return '<p>'+p.replace(/\\n/g,'<br>')+'</p>';}).join('');
  var url=a[3]?' · <a href="'+esc(a[3])+'" target="_blank" rel="noopener noreferrer">original</a>':'';
  return '<p><a href="#" id="explorer-back">← back</a></p><h4>'+marked(a[2],!!part)+'</h4><p class="meta">'+esc(a[0])+(a[1]?' · '+esc(a[1]):'')+' · '+esc(id)+url+'</p><div class="article">'+body+'</div>';
}
function render(){
  var m=/^#(term|entity|passage|article)=([^&]*)(?:&at=([0-9-]+))?(&part=t)?$/.exec(location.hash);if(!m)return;
  var kind=m[1],key;try{key=decodeURIComponent(m[2]);}catch(x){return;}
  var chips=document.querySelectorAll('.explorer .chip');
  for(var i=0;i<chips.length;i++)chips[i].classList.toggle('on',chips[i].getAttribute('href')===location.hash);
  if(kind==='article'){view.innerHTML=article(key,m[3],!!m[4]);
    var b=document.getElementById('explorer-back');if(b)b.addEventListener('click',function(ev){ev.preventDefault();history.back();});
    var hit=document.getElementById('explorer-hit');(hit||view).scrollIntoView({block:hit?'center':'start'});return;}
  var e=(kind==='term'?data.terms:kind==='passage'?data.passages:data.entities)[kind==='term'?key.toLowerCase():key];
  view.innerHTML=e?contexts(kind,key,e):'<p>No contexts listed for '+esc(kind)+' “'+esc(key)+'”. The report lists the terms, labels and entities it shows; in a notebook, kwic(analysis, term) finds any term.</p>';
  view.scrollIntoView();
}
function link(cell,href){if(!href||cell.querySelector('a'))return;var a=document.createElement('a');a.className='xl';a.href=href;
  while(cell.firstChild)a.appendChild(cell.firstChild);cell.appendChild(a);}
function linkTables(){
  var tables=document.querySelectorAll('table.presslens-table:not(.presslens-labels)');
  for(var t=0;t<tables.length;t++){
    var hs=[].map.call(tables[t].querySelectorAll('thead th'),function(h){return h.textContent.trim();});
    var idCol=hs.indexOf('entity_id')>=0?hs.indexOf('entity_id'):hs.indexOf('id');
    var rows=tables[t].querySelectorAll('tbody tr');
    for(var r=0;r<rows.length;r++){var c=rows[r].children;
      hs.forEach(function(h,i){if(!c[i])return;var v=c[i].textContent;
        if(h==='term'||h==='label')link(c[i],termHref(v));
        else if(h==='entity'||h==='name')link(c[i],entityHref(v,idCol>=0&&c[idCol]?c[idCol].textContent.trim():''));
        else if(h==='doc'||h==='a'||h==='b')link(c[i],articleHref(v.trim()));});}
  }
  var labels=document.querySelectorAll('table.presslens-labels li');
  for(var i=0;i<labels.length;i++){var n=labels[i].firstChild;if(!n||n.nodeType!==3)continue;
    var h=termHref(n.nodeValue);if(!h)continue;var a=document.createElement('a');a.className='xl';a.href=h;a.textContent=n.nodeValue.trim();
    labels[i].replaceChild(a,n);labels[i].insertBefore(document.createTextNode(' '),a.nextSibling);}
  var heads=document.querySelectorAll('table.presslens-labels tbody th');
  for(var j=0;j<heads.length;j++)link(heads[j],entityHref(heads[j].textContent));
}
var ta=document.createElement('textarea');
function plain(s){ta.innerHTML=String(s);return ta.value.replace(/<[^>]*>/g,'');}
function linkCharts(){
  var figs=document.querySelectorAll('.presslens-figure'),left=0;
  for(var i=0;i<figs.length;i++){var f=figs[i];if(f.getAttribute('data-clicks'))continue;
    if(f.getAttribute('data-rendered')!=='1'||typeof f.on!=='function'){left++;continue;}
    f.setAttribute('data-clicks','1');
    f.on('plotly_click',function(ev){var p=ev&&ev.points&&ev.points[0];if(!p)return;
      var cands=[p.y,p.x,p.text,p.customdata].filter(function(v){return typeof v==='string';}).map(plain);
      for(var k=0;k<cands.length;k++){var h=termHref(cands[k])||entityHref(cands[k]);if(h){location.hash=h.slice(1);return;}}});
  }
  if(left)setTimeout(linkCharts,400);
}
window.addEventListener('hashchange',render);window.addEventListener('load',render);linkTables();linkCharts();render();
})();`;
