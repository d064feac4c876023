// Times exporting every chart of the seeds report to PNG and SVG in one browser page, without the image cache:
// `npx tsx bench/charts.ts [corpus]`. Prints the number of charts and the seconds taken.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../lib/corpus/load.js';
import { cachedAnalysis } from '../lib/cache/analysis.js';
import { buildReport } from '../lib/report/report.js';
import { renderImages } from '../lib/report/images.js';

const corpus = await loadCorpus(process.argv[2] ?? 'seeds');
const input = await buildReport(corpus, [], { analysis: cachedAnalysis(corpus).analysis });
const figs = input.sections.flatMap((s) => s.figures);
const dir = mkdtempSync(join(tmpdir(), 'presslens-charts-'));
try {
  const t0 = performance.now();
  const r = await renderImages(
    figs.map((fig, i) => ({ fig, name: `${i}-${fig.name ?? 'figure'}`, formats: ['png', 'svg'] as const })),
    dir,
  );
  const s = (performance.now() - t0) / 1000;
  console.log(
    JSON.stringify({
      charts: figs.length,
      files: r.files.length,
      errors: r.errors.length,
      skipped: r.skipped ?? null,
      seconds: Math.round(s * 10) / 10,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
