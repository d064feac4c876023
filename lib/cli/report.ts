// `presslens report <corpus>`: one offline HTML report with findings, charts (also PNG/SVG) and CSV tables.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { assertOutsideCorpus } from '../io/safe-paths.js';
import { analyse, load, printJson, say, withDataOptions } from './common.js';
import type { DataOptions } from './types.js';

/** Add the report command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('report')
      .description(
        'write one offline HTML report (index.html) with findings, every chart (also as PNG and SVG) and every table as CSV',
      )
      .argument('<corpus>', 'folder of articles, or a records file')
      .option('--out <dir>', 'output folder', 'reports')
      .option('--no-images', 'skip the PNG/SVG export (no browser needed)')
      .option('--title <text>', 'report title')
      .option('--json', 'print {index, files, imagesSkipped} as JSON on stdout'),
  ).action(async (path: string, o: DataOptions & { out: string; images: boolean; title?: string; json?: boolean }) => {
    const { buildReport } = await import('../report/build.js');
    const { writeReport } = await import('../report/write.js');
    assertOutsideCorpus(resolve(o.out), path); // before the analysis, not after it
    const corpus = await load(path);
    const input = await buildReport(corpus, [], { title: o.title, analysis: await analyse(corpus, o) });
    const r = await writeReport(input, resolve(o.out), { images: o.images, corpus: path });
    if (r.imagesSkipped) say(r.imagesSkipped);
    for (const e of r.imageErrors) say(`image export failed for ${e.name}: ${e.message}`);
    if (o.json) return printJson({ index: r.index, files: r.files, imagesSkipped: r.imagesSkipped ?? null });
    say(`wrote ${r.files.length} file(s) in ${resolve(o.out)} (page ${r.ms.html} ms, images ${r.ms.images} ms)`);
    say(`Open ${r.index}`);
  });
}
