// `presslens start [corpus]`: the main job: the report and every notebook executed on that corpus.
import type { Command } from 'commander';
import { existsSync, readdirSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { projectRoot } from '../paths.js';
import { assertOutsideCorpus } from '../io/safe-paths.js';
import { analyse, load, say, withDataOptions } from './common.js';
import type { DataOptions } from './types.js';

/** Add the start command. */
export function register(cli: Command): void {
  withDataOptions(
    cli
      .command('start')
      .description(
        'the main job: the report for a corpus (index.html, PNG/SVG charts, CSV tables) and every notebook executed on it to HTML, under --out',
      )
      .argument('[corpus]', 'corpus folder or records file', 'seeds')
      .option('--out <dir>', 'output folder', 'reports')
      .option('--no-notebooks', 'skip executing the notebooks')
      .option('--no-images', 'skip the PNG/SVG export'),
  ).action(async (path: string, o: DataOptions & { out: string; notebooks: boolean; images: boolean }) => {
    const { buildReport } = await import('../report/build.js');
    const { writeReport } = await import('../report/write.js');
    const out = resolve(o.out);
    const nbDir = join(projectRoot(), 'notebooks');
    const notebooks =
      o.notebooks && existsSync(nbDir)
        ? readdirSync(nbDir)
            .filter((f) => f.endsWith('.ipynb'))
            .sort()
        : [];
    assertOutsideCorpus(out, path); // before the analysis, not after it
    const corpus = await load(path);
    const input = await buildReport(corpus, [], { analysis: await analyse(corpus, o) });
    input.links = notebooks.map((f) => ({
      href: `notebooks/${f.replace(/\.ipynb$/, '.html')}`,
      label: `notebook ${f.replace(/\.ipynb$/, '')}`,
    }));
    let failed = 0;
    // the notebooks, executed on this corpus, are written in the same all-at-once step as the report
    // (lib/io/output-dir.ts)
    const extra = async (dir: string) => {
      if (!notebooks.length) return;
      const { executeAll } = await import('../report/notebooks.js');
      say(`executing ${notebooks.length} notebook(s) on ${path}`);
      const results = await executeAll(nbDir, join(dir, 'notebooks'), { corpus: resolve(path) });
      failed = results.filter((x) => !x.ok).length;
      for (const x of results)
        say(
          `${x.ok ? 'executed' : 'FAILED  '} ${(x.htmlPath ?? x.path).replace(dir, out)}${x.error ? `: cell ${x.error.cell}: ${x.error.message}` : ''}`,
        );
    };
    const r = await writeReport(input, out, { images: o.images, corpus: path, extra });
    if (r.imagesSkipped) say(r.imagesSkipped);
    for (const e of r.imageErrors) say(`image export failed for ${e.name}: ${e.message}`);
    say(`wrote the report: ${r.files.length} file(s) in ${out} (page ${r.ms.html} ms, images ${r.ms.images} ms)`);
    const rel = relative(process.cwd(), r.index);
    const where = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : r.index;
    if (failed) throw new Error(`${failed} notebook(s) failed; the report is at ${where}`);
    say(`Open ${where}`);
  });
}
