// Writing the report (input/output): index.html (render.ts), every table as tables/<name>.csv and every chart as
// images/<name>.png|svg (one Chromium launch, images.ts), all at once into an output folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { writeOutputDir } from '../io/output-dir.js';
import type { ReportInput, ReportOutput } from './types.js';
import { writeCsvRows } from '../export/tables.js';
import { renderImages } from './images.js';
import { insideDir, subDir } from '../io/file-names.js';
import { imageCacheDir } from '../cache/analysis.js';
import { reportNames, tableColumns } from './names.js';
import { renderReport } from './render.js';

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

/** Every table as tables/<name>.csv under out, streamed in chunks; returns the paths written. */
async function writeTableFiles(input: ReportInput, out: string, names: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  const tablesDir = subDir(out, 'tables');
  mkdirSync(tablesDir, { recursive: true });
  let ti = 0;
  for (const s of input.sections)
    for (const t of s.tables) {
      const p = insideDir(tablesDir, `${names[ti++]}.csv`);
      // streamed in chunks: a table of 100,000s of rows never exists as one string
      await writeCsvRows(p, tableColumns(t), t.rows);
      files.push(p);
    }
  return files;
}

/** What the image export made: a figure's name -> its files (relative to out), and what went wrong. */
interface ImagesWritten {
  images: Map<string, string[]>;
  files: string[];
  skipped?: string;
  errors: ReportOutput['imageErrors'];
}

/** Every chart as images/<name>.png and .svg under out (nothing when there are no charts). */
async function writeImageFiles(input: ReportInput, out: string, names: readonly string[]): Promise<ImagesWritten> {
  const written: ImagesWritten = { images: new Map(), files: [], errors: [] };
  const allFigs = input.sections.flatMap((s) => s.figures);
  if (!allFigs.length) return written;
  const jobs = allFigs.map((fig, i) => ({ fig, name: names[i], formats: ['png', 'svg'] as const }));
  const r = await renderImages(jobs, subDir(out, 'images'), { cacheDir: imageCacheDir() });
  written.skipped = r.skipped;
  written.errors = r.errors;
  for (const f of r.files) {
    const base = basename(f);
    const name = base.slice(0, base.lastIndexOf('.'));
    written.images.set(name, [...(written.images.get(name) ?? []), `images/${base}`]);
    written.files.push(f);
  }
  return written;
}

async function writeReportFiles(input: ReportInput, outDir: string, opts: { images?: boolean }): Promise<ReportOutput> {
  const out = resolve(outDir);
  const names = reportNames(input);
  const t0 = Date.now();
  const files = await writeTableFiles(input, out, names.tables);
  const tHtml = Date.now() - t0;
  const t1 = Date.now();
  const img: ImagesWritten =
    opts.images !== false
      ? await writeImageFiles(input, out, names.figures)
      : { images: new Map(), files: [], errors: [] };
  files.push(...img.files);
  const tImages = Date.now() - t1;
  const t2 = Date.now();
  const index = insideDir(out, 'index.html');
  writeFileSync(
    index,
    renderReport(input, { images: img.images, imagesSkipped: img.skipped, imageErrors: img.errors }),
  );
  files.unshift(index);
  return {
    index,
    files,
    ...(img.skipped ? { imagesSkipped: img.skipped } : {}),
    imageErrors: img.errors,
    ms: { html: tHtml + Date.now() - t2, images: tImages },
  };
}
