// The shareable report: sections as data (findings, figures, tables, pre-escaped HTML blocks) rendered into one offline
// index.html, with every chart also as PNG and SVG (one Chromium launch) and every table as CSV. Input/output module.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { writeOutputDir } from '../io/output-dir.js';
import type { Corpus, Doc, Figure } from '../types.js';
import type { ReportInput, ReportOutput, ReportSection, ReportTable } from './types.js';
import { outletColors } from '../figures/style.js';
import { escapeHtml, toHtmlTable } from './html.js';
import { writeCsvRows } from '../export/tables.js';
import { figureSlot, figureTitle, htmlPage } from './export.js';
import { renderImages } from './images.js';
import { insideDir, safeName, subDir } from '../io/file-names.js';
import { EXPLORER_CSS, explorerSection } from './sections/explorer.js';
import { imageCacheDir } from '../cache/analysis.js';
import { dateRange, plural, type Finding } from './findings.js';
import { analyseCorpus, type Analysis } from '../pipeline.js';
import { corpusSection } from './sections/corpus.js';
import { overlapSection } from './sections/overlap.js';
import { entitiesSection } from './sections/entities.js';
import { framingSection } from './sections/framing.js';

export type { Finding } from './findings.js';
export type { ReportInput, ReportOutput, ReportSection, ReportTable } from './types.js';

/** Unique file-name-safe names, in order: repeats get -2, -3 … */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const base = safeName(n);
    const k = (seen.get(base) ?? 0) + 1;
    seen.set(base, k);
    return k === 1 ? base : `${base}-${k}`;
  });
}

/** The file names (without extension) of every figure and table, in section order. */
export function reportNames(input: ReportInput): { figures: string[]; tables: string[] } {
  const figs = input.sections.flatMap((s) => s.figures.map((f, i) => f.name ?? `${s.id}-chart-${i + 1}`));
  const tables = input.sections.flatMap((s) => s.tables.map((t) => t.name));
  return { figures: uniqueNames(figs), tables: uniqueNames(tables) };
}

/** An evidence link target is kept only if it is an in-page anchor or a plain relative file path. */
function safeHref(href: string): string | undefined {
  if (/^#[A-Za-z][A-Za-z0-9_.:-]*$/.test(href)) return href;
  if (/^[a-z0-9_-]+(\/[a-z0-9_.-]+)*$/i.test(href) && !href.split('/').some((p) => p === '..' || p === '.'))
    return href;
  return undefined;
}

/** Columns shown in the page: all of them except those empty in every row (the CSV keeps every column). */
function shownColumns(t: ReportTable): string[] {
  const cols = t.columns ?? (t.rows.length ? Object.keys(t.rows[0]) : []);
  return cols.filter((c) =>
    t.rows.some((r) => {
      const v = (r as Record<string, unknown>)[c];
      return v !== null && v !== undefined && v !== '';
    }),
  );
}

function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}

function findingHtml(f: Finding): string {
  const links = (f.evidence ?? [])
    .map((e) => ({ href: safeHref(e.href), label: e.label }))
    .filter((e) => e.href)
    .map((e) => `<a class="evidence" href="${escapeHtml(e.href)}">${escapeHtml(e.label)}</a>`);
  return `<li>${escapeHtml(f.text)}${links.length ? ` <span class="see">→ ${links.join(', ')}</span>` : ''}</li>`;
}

const CSS = `
:root{--ink:#1f2328;--muted:#57606a;--line:#d0d7de;--bg:#f6f8fa;--accent:#0b5cad}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px 28px 80px}
header.top{border-bottom:1px solid var(--line);margin-bottom:8px}
h1{font-size:28px;margin:8px 0 4px}
h2{font-size:22px;margin:48px 0 8px;padding-top:12px;border-top:3px solid var(--ink)}
h3{font-size:17px;margin:28px 0 8px}
p{max-width:80ch}
.sub{color:var(--muted);margin:0 0 16px}
nav.toc{display:flex;flex-wrap:wrap;gap:6px 18px;margin:12px 0 4px;font-size:15px}
nav.more{font-size:14px;color:var(--muted)}
a{color:var(--accent)}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;margin:12px 0 18px;font-size:14px}
.legend span{display:inline-flex;align-items:center;gap:6px}
.legend i{display:inline-block;width:14px;height:14px;border-radius:3px}
ul.findings{background:var(--bg);border-left:4px solid var(--accent);padding:12px 16px 12px 34px;margin:16px 0;max-width:95ch}
ul.findings li{margin:4px 0}
.see{color:var(--muted);font-size:14px;white-space:nowrap}
figure.chart{margin:24px 0;padding:12px;border:1px solid var(--line);border-radius:6px;overflow-x:auto;scroll-margin-top:12px}
figure.chart figcaption{font-size:14px;color:var(--muted);margin-top:6px}
.presslens-figure{min-width:600px}
.table-wrap{margin:18px 0;overflow-x:auto;scroll-margin-top:12px}
.table-wrap .dl{font-size:14px;color:var(--muted);margin:4px 0 0}
table.presslens-table{border-collapse:collapse;font-size:14px;min-width:50%}
table.presslens-table caption{text-align:left;font-weight:600;padding:4px 0 8px;caption-side:top}
table.presslens-table th,table.presslens-table td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top;max-width:48ch;overflow-wrap:break-word}
table.presslens-table th{background:var(--bg);position:sticky;top:0;white-space:nowrap}
table.presslens-table td.long{min-width:28ch}
table.presslens-table tr:target td{background:#fff8c5}
.note{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:8px 12px;max-width:95ch}
footer{margin-top:56px;border-top:1px solid var(--line);color:var(--muted);font-size:14px}
:target{scroll-margin-top:12px}
mark{background:#ffe58f;padding:0 1px}
`;

/** The report page as HTML (pure): `images` maps a figure's file name to the image files written beside the page. */
export function renderReport(
  input: ReportInput,
  opts: {
    images?: ReadonlyMap<string, string[]>;
    imagesSkipped?: string;
    imageErrors?: readonly { name: string; message: string }[];
  } = {},
): string {
  const { corpus } = input;
  const names = reportNames(input);
  const figures: Figure[] = [];
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet))];
  const colors = outletColors(outlets);
  const range = dateRange(corpus.articles.map((a) => a.date ?? ''));
  const title = input.title ?? 'How the outlets covered it: presslens report';
  const parts: string[] = [];
  parts.push('<main>', '<header class="top">', `<h1>${escapeHtml(title)}</h1>`);
  parts.push(
    `<p class="sub">${escapeHtml(`${plural(corpus.articles.length, 'article')} from ${plural(outlets.length, 'outlet')}${range ? ', ' + range : ''}${corpus.skipped.length ? `; ${plural(corpus.skipped.length, 'input')} skipped` : ''}.`)}</p>`,
  );
  parts.push(
    '<nav class="toc">' +
      input.sections.map((s) => `<a href="#sec-${escapeHtml(safeName(s.id))}">${escapeHtml(s.title)}</a>`).join('') +
      '</nav>',
  );
  const extra = (input.links ?? []).map((l) => ({ href: safeHref(l.href), label: l.label })).filter((l) => l.href);
  if (extra.length)
    parts.push(
      '<nav class="toc more">Also: ' +
        extra.map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`).join('') +
        '</nav>',
    );
  parts.push(
    '<div class="legend" aria-label="outlet colours">' +
      [...colors].map(([o, c]) => `<span><i style="background:${escapeHtml(c)}"></i>${escapeHtml(o)}</span>`).join('') +
      '</div>',
  );
  if (opts.imagesSkipped) parts.push(`<p class="note">${escapeHtml(opts.imagesSkipped)}</p>`);
  parts.push('</header>');
  let fi = 0,
    ti = 0;
  for (const s of input.sections) {
    parts.push(
      `<section id="sec-${escapeHtml(safeName(s.id))}">`,
      `<h2>${escapeHtml(s.title)}</h2>`,
      paragraphs(s.intro),
    );
    if (s.findings.length) parts.push('<ul class="findings">' + s.findings.map(findingHtml).join('\n') + '</ul>');
    for (const fig of s.figures) {
      const name = names.figures[fi++];
      const files = opts.images?.get(name) ?? [];
      const links = files.map(
        (f) => `<a href="${escapeHtml(f)}">${escapeHtml(f.slice(f.lastIndexOf('.') + 1).toUpperCase())}</a>`,
      );
      const cap = escapeHtml(figureTitle(fig) || name) + (links.length ? ` · download ${links.join(' · ')}` : '');
      parts.push(
        `<figure class="chart" id="fig-${escapeHtml(name)}">${figureSlot(figures.length, fig)}<figcaption>${cap}</figcaption></figure>`,
      );
      figures.push(fig);
    }
    if (s.html) parts.push(s.html);
    for (const t of s.tables) {
      const name = names.tables[ti++];
      const show = t.show ?? 20;
      const csv = `tables/${name}.csv`;
      const dl = `<p class="dl">${escapeHtml(plural(t.rows.length, 'row'))} · <a href="${escapeHtml(csv)}">download CSV</a></p>`;
      const body =
        show > 0 && t.rows.length
          ? toHtmlTable(t.rows, { max: show, caption: t.caption, columns: shownColumns(t) })
          : `<h3>${escapeHtml(t.caption)}</h3>${t.rows.length ? '' : '<p><em>None.</em></p>'}`;
      parts.push(`<div class="table-wrap" id="table-${escapeHtml(name)}">${body}${dl}</div>`);
    }
    parts.push('</section>');
  }
  const errs = opts.imageErrors ?? [];
  parts.push(
    '<footer>',
    '<p>Written by presslens from the cleaned article text. Article text, titles, outlet names and file names are shown exactly as loaded, as text. ' +
      'This page works offline: plotly is inlined and nothing is fetched from the network. Charts are also saved as PNG and SVG in images/, and every table as CSV in tables/.</p>',
    errs.length
      ? `<p class="note">${escapeHtml(`Image export failed for: ${errs.map((e) => `${e.name} (${e.message})`).join('; ')}`)}</p>`
      : '',
    '</footer>',
    '</main>',
  );
  const scripts = [...new Set(input.sections.map((s) => s.script).filter((s): s is string => !!s))];
  return htmlPage({ title, body: parts.join('\n'), figures, css: CSS + EXPLORER_CSS, scripts });
}

/** Options for writeReport. */
export interface WriteReportOptions {
  /** PNG/SVG charts (default true; skipped without Chromium) */
  images?: boolean;
  /** the corpus folder or file: an output folder inside it or holding it is refused (default: input.corpus.root) */
  corpus?: string;
  /** more output written into the same folder, in the same all-at-once step (e.g. executed notebooks) */
  extra?: (dir: string) => Promise<void>;
}

/**
 * Write the report into outDir: index.html, tables/<name>.csv and (when `images` and Chromium is there)
 * images/<chart>.png|svg, all at once through lib/io/output-dir.ts (staged beside outDir, locked, only presslens'
 * own files replaced; a failed run leaves the previous report). Paths returned are inside outDir.
 */
export async function writeReport(
  input: ReportInput,
  outDir: string,
  opts: WriteReportOptions = {},
): Promise<ReportOutput> {
  const out = resolve(outDir);
  let r: ReportOutput | undefined;
  let stage = '';
  await writeOutputDir(
    out,
    async (dir) => {
      stage = dir;
      r = await writeReportFiles(input, dir, opts);
      if (opts.extra) await opts.extra(dir);
    },
    { corpus: opts.corpus ?? input.corpus.root },
  );
  const moved = (p: string) => join(out, relative(stage, p));
  return { ...r!, index: moved(r!.index), files: r!.files.map(moved) };
}

async function writeReportFiles(input: ReportInput, outDir: string, opts: { images?: boolean }): Promise<ReportOutput> {
  const out = resolve(outDir);
  const names = reportNames(input);
  const files: string[] = [];
  const t0 = Date.now();
  const tablesDir = subDir(out, 'tables');
  mkdirSync(tablesDir, { recursive: true });
  let ti = 0;
  for (const s of input.sections)
    for (const t of s.tables) {
      const p = insideDir(tablesDir, `${names.tables[ti++]}.csv`);
      // streamed in chunks: a table of 100,000s of rows never exists as one string
      await writeCsvRows(p, t.columns ?? (t.rows.length ? Object.keys(t.rows[0]) : []), t.rows);
      files.push(p);
    }
  const tHtml = Date.now() - t0;
  const images = new Map<string, string[]>();
  let imagesSkipped: string | undefined;
  let imageErrors: ReportOutput['imageErrors'] = [];
  const t1 = Date.now();
  const allFigs = input.sections.flatMap((s) => s.figures);
  if (opts.images !== false && allFigs.length) {
    const jobs = allFigs.map((fig, i) => ({ fig, name: names.figures[i], formats: ['png', 'svg'] as const }));
    const r = await renderImages(jobs, subDir(out, 'images'), { cacheDir: imageCacheDir() });
    imagesSkipped = r.skipped;
    imageErrors = r.errors;
    for (const f of r.files) {
      const base = basename(f);
      const name = base.slice(0, base.lastIndexOf('.'));
      images.set(name, [...(images.get(name) ?? []), `images/${base}`]);
      files.push(f);
    }
  }
  const tImages = Date.now() - t1;
  const t2 = Date.now();
  const index = insideDir(out, 'index.html');
  writeFileSync(index, renderReport(input, { images, imagesSkipped, imageErrors }));
  files.unshift(index);
  return {
    index,
    files,
    ...(imagesSkipped ? { imagesSkipped } : {}),
    imageErrors,
    ms: { html: tHtml + Date.now() - t2, images: tImages },
  };
}

/** Options for buildReport. */
export interface BuildOptions {
  title?: string;
  /** top terms per outlet in the corpus section (default 12) */
  topTerms?: number;
  /** results already computed (lib/pipeline.ts analyseCorpus); otherwise buildReport computes them */
  analysis?: Analysis;
}

/** Context every section builder gets: every analysis, computed once. */
export interface SectionContext {
  analysis: Analysis;
  opts: BuildOptions;
}

/** A section builder: adding a section to the report is adding one of these to SECTIONS. Returns null when it has nothing to show. */
export type SectionBuilder = (ctx: SectionContext) => ReportSection | null | Promise<ReportSection | null>;

/** The report's sections, in order. */
export const SECTIONS: SectionBuilder[] = [
  (ctx) => corpusSection(ctx.analysis.corpus, ctx.analysis.counts, ctx.opts),
  (ctx) => overlapSection(ctx.analysis),
  (ctx) => entitiesSection(ctx.analysis),
  (ctx) => explorerSection(ctx.analysis),
  (ctx) => (ctx.analysis.corpus.articles.length ? framingSection(ctx.analysis) : null),
];

/** Run every analysis the report shows on a loaded corpus and its Docs, and assemble the sections. */
export async function buildReport(corpus: Corpus, docs: readonly Doc[], opts: BuildOptions = {}): Promise<ReportInput> {
  const analysis = opts.analysis ?? analyseCorpus(corpus, { docs: docs as Doc[] });
  const ctx: SectionContext = { analysis, opts };
  const sections: ReportSection[] = [];
  for (const build of SECTIONS) {
    const s = await build(ctx);
    if (s) sections.push(s);
  }
  return { corpus, title: opts.title, sections };
}
