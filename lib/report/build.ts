// Building the report (pure apart from the data files the analyses read): every analysis once, then one section per
// analysis as plain data (lib/report/types.ts). Rendering is render.ts; writing the files is write.ts.
import type { Corpus, Doc } from '../types.js';
import type { ReportInput, ReportSection } from './types.js';
import { analyseCorpus, type Analysis } from '../pipeline.js';
import { corpusSection } from './sections/corpus.js';
import { overlapSection } from './sections/overlap.js';
import { entitiesSection } from './sections/entities.js';
import { explorerSection } from './sections/explorer.js';
import { framingSection } from './sections/framing.js';

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

/**
 * A section builder: adding a section to the report is adding one of these to SECTIONS. Returns null when it has
 * nothing to show.
 */
export type SectionBuilder = (ctx: SectionContext) => ReportSection | null | Promise<ReportSection | null>;

/** The report's sections, in order. */
export const SECTIONS: SectionBuilder[] = [
  (ctx) => corpusSection(ctx.analysis.corpus, ctx.analysis.counts, ctx.opts, ctx.analysis.docs, ctx.analysis.entities),
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
