// The shareable report's entry: build.ts makes the report as data (sections of findings, figures, tables), render.ts
// turns it into one offline index.html, write.ts writes the page, every chart as PNG and SVG and every table as CSV.
export { buildReport, SECTIONS, type BuildOptions, type SectionBuilder, type SectionContext } from './build.js';
export { renderReport, type RenderOptions } from './render.js';
export { writeReport, type WriteReportOptions } from './write.js';
export { reportNames } from './names.js';
export type { Finding, ReportInput, ReportOutput, ReportSection, ReportTable } from './types.js';
