// The report as data: sections of findings, figures and tables (built by build.ts, rendered by render.ts and written by
// write.ts).
import type { Corpus, Figure } from '../types.js';

/** One sentence for an editor, with links (anchors inside the report, or relative files) to the evidence behind it. */
export interface Finding {
  /** plain text (escaped when rendered) */
  text: string;
  /** where the evidence is: '#anchor' inside the report or a relative file such as 'tables/x.csv' */
  evidence?: { href: string; label: string }[];
}

/** Image formats a figure can be exported to through the browser. */
export type ImageFormat = 'png' | 'svg';

/** A table of the report: shown (first `show` rows) in the page and written whole as tables/<name>.csv. */
export interface ReportTable {
  /** file-name-safe name; the CSV is tables/<name>.csv and the anchor #table-<name> */
  name: string;
  caption: string;
  rows: readonly object[];
  /** column order (default: the first row's keys) */
  columns?: string[];
  /** rows shown in the page (default 20; 0 = CSV link only) */
  show?: number;
}

/** One section of the report. */
export interface ReportSection {
  /** anchor id (#sec-<id>) */
  id: string;
  title: string;
  /** plain text, paragraphs separated by blank lines */
  intro: string;
  findings: Finding[];
  figures: Figure[];
  tables: ReportTable[];
  /** pre-escaped static HTML (no scripts: the page's Content-Security-Policy blocks them), e.g. the passage viewer */
  html?: string;
  /** a page script of the section's own (allowed by hash in the Content-Security-Policy), e.g. the explorer's */
  script?: string;
}

/** Everything the report shows, already computed. */
export interface ReportInput {
  corpus: Corpus;
  title?: string;
  sections: ReportSection[];
  /** extra links shown under the contents, e.g. the executed notebooks (relative paths) */
  links?: { href: string; label: string }[];
}

/** What writeReport wrote. */
export interface ReportOutput {
  /** path of index.html */
  index: string;
  /** every file written (index.html, images/*.png|svg, tables/*.csv) */
  files: string[];
  /** why PNG/SVG were not made (no Chromium), when they were not */
  imagesSkipped?: string;
  /** charts whose image export failed */
  imageErrors: { name: string; message: string }[];
  /** milliseconds spent on the page and CSVs, and on images */
  ms: { html: number; images: number };
}
