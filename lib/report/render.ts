// Rendering the report (pure): the report as data (lib/report/types.ts) into one offline HTML page, with plotly inlined
// and every piece of input text escaped. Building is build.ts; writing the files is write.ts.
import type { Figure } from '../types.js';
import type { Finding, ReportInput, ReportSection, ReportTable } from './types.js';
import { outletColors } from '../figures/style.js';
import { escapeHtml, toHtmlTable } from './html.js';
import { figureSlot, figureTitle, htmlPage } from './export.js';
import { safeName } from '../io/file-names.js';
import { EXPLORER_CSS } from './sections/explorer.js';
import { dateRange, plural } from './finding-words.js';
import { reportNames, tableColumns } from './names.js';
import { REPORT_CSS } from './style.js';

/** What renderReport shows of the files written beside the page. */
export interface RenderOptions {
  /** a figure's file name -> the image files written for it (relative paths) */
  images?: ReadonlyMap<string, string[]>;
  /** why no images were made, shown under the contents */
  imagesSkipped?: string;
  /** charts whose image export failed, named in the footer */
  imageErrors?: readonly { name: string; message: string }[];
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
  return tableColumns(t).filter((c) =>
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

/** The page header: title, what the corpus holds, the contents, extra links, the outlet colours. */
function headerHtml(input: ReportInput, title: string, imagesSkipped: string | undefined): string[] {
  const { corpus } = input;
  const outlets = [...new Set(corpus.articles.map((a) => a.outlet))];
  const colors = outletColors(outlets);
  const range = dateRange(corpus.articles.map((a) => a.date ?? ''));
  const skipped = corpus.skipped.length ? `; ${plural(corpus.skipped.length, 'input')} skipped` : '';
  const sub = `${plural(corpus.articles.length, 'article')} from ${plural(outlets.length, 'outlet')}${range ? ', ' + range : ''}${skipped}.`;
  const parts = [
    '<main>',
    '<header class="top">',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p class="sub">${escapeHtml(sub)}</p>`,
  ];
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
  if (imagesSkipped) parts.push(`<p class="note">${escapeHtml(imagesSkipped)}</p>`);
  parts.push('</header>');
  return parts;
}

/** One chart: its slot (figure `index` of the page's figure block), caption and download links. */
function figureHtml(fig: Figure, index: number, name: string, files: readonly string[]): string {
  const links = files.map(
    (f) => `<a href="${escapeHtml(f)}">${escapeHtml(f.slice(f.lastIndexOf('.') + 1).toUpperCase())}</a>`,
  );
  const cap = escapeHtml(figureTitle(fig) || name) + (links.length ? ` · download ${links.join(' · ')}` : '');
  return `<figure class="chart" id="fig-${escapeHtml(name)}">${figureSlot(index, fig)}<figcaption>${cap}</figcaption></figure>`;
}

/** One table: its first rows (or only its caption) and the link to its CSV. */
function tableHtml(t: ReportTable, name: string): string {
  const show = t.show ?? 20;
  const csv = `tables/${name}.csv`;
  const dl = `<p class="dl">${escapeHtml(plural(t.rows.length, 'row'))} · <a href="${escapeHtml(csv)}">download CSV</a></p>`;
  const body =
    show > 0 && t.rows.length
      ? toHtmlTable(t.rows, { max: show, caption: t.caption, columns: shownColumns(t) })
      : `<h3>${escapeHtml(t.caption)}</h3>${t.rows.length ? '' : '<p><em>None.</em></p>'}`;
  return `<div class="table-wrap" id="table-${escapeHtml(name)}">${body}${dl}</div>`;
}

/** Where a section's figures and tables start in the page's lists, and the names and image files of both. */
interface SectionPlace {
  firstFigure: number;
  firstTable: number;
  names: { figures: string[]; tables: string[] };
  images?: ReadonlyMap<string, string[]>;
}

/** One section: heading, intro, findings, charts, its own HTML, tables. */
function sectionHtml(s: ReportSection, at: SectionPlace): string[] {
  const parts = [
    `<section id="sec-${escapeHtml(safeName(s.id))}">`,
    `<h2>${escapeHtml(s.title)}</h2>`,
    paragraphs(s.intro),
  ];
  if (s.findings.length) parts.push('<ul class="findings">' + s.findings.map(findingHtml).join('\n') + '</ul>');
  s.figures.forEach((fig, i) => {
    const name = at.names.figures[at.firstFigure + i];
    parts.push(figureHtml(fig, at.firstFigure + i, name, at.images?.get(name) ?? []));
  });
  if (s.html) parts.push(s.html);
  s.tables.forEach((t, i) => parts.push(tableHtml(t, at.names.tables[at.firstTable + i])));
  parts.push('</section>');
  return parts;
}

/** The page footer: where the text comes from, that the page is offline, and any failed image exports. */
function footerHtml(errs: readonly { name: string; message: string }[]): string[] {
  return [
    '<footer>',
    '<p>Written by presslens from the cleaned article text. Article text, titles, outlet names and file names are shown exactly as loaded, as text. ' +
      'This page works offline: plotly is inlined and nothing is fetched from the network. Charts are also saved as PNG and SVG in images/, and every table as CSV in tables/.</p>',
    errs.length
      ? `<p class="note">${escapeHtml(`Image export failed for: ${errs.map((e) => `${e.name} (${e.message})`).join('; ')}`)}</p>`
      : '',
    '</footer>',
    '</main>',
  ];
}

/** The report page as HTML (pure): `images` maps a figure's file name to the image files written beside the page. */
export function renderReport(input: ReportInput, opts: RenderOptions = {}): string {
  const names = reportNames(input);
  const title = input.title ?? 'How the outlets covered it: presslens report';
  const parts = headerHtml(input, title, opts.imagesSkipped);
  let firstFigure = 0;
  let firstTable = 0;
  for (const s of input.sections) {
    parts.push(...sectionHtml(s, { firstFigure, firstTable, names, images: opts.images }));
    firstFigure += s.figures.length;
    firstTable += s.tables.length;
  }
  parts.push(...footerHtml(opts.imageErrors ?? []));
  const figures = input.sections.flatMap((s) => s.figures);
  const scripts = [...new Set(input.sections.map((s) => s.script).filter((s): s is string => !!s))];
  return htmlPage({ title, body: parts.join('\n'), figures, css: REPORT_CSS + EXPLORER_CSS, scripts });
}
