// Executes every notebooks/*.ipynb with the real Jupyter and the presslens kernel, on the seeds and on a generated
// corpus that shares no outlet with them, and checks the runner reports cell errors.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../lib/paths.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { describeFailure, executeNotebook, PLOTLY_FILE, type NotebookResult } from '../lib/report/notebooks.js';
import { writeCorpus } from '../bench/generate.js';

const root = projectRoot();
const notebooksDir = join(root, 'notebooks');
const notebooks = existsSync(notebooksDir)
  ? readdirSync(notebooksDir)
      .filter((f) => f.endsWith('.ipynb'))
      .sort()
  : [];
const tmp = mkdtempSync(join(tmpdir(), 'presslens-nbtest-'));
// outside the project: `npm start` owns reports/ and refuses to replace files it did not write there
const outDir = mkdtempSync(join(tmpdir(), 'presslens-nbseeds-'));
const genTmp = mkdtempSync(join(tmpdir(), 'presslens-nbgen-'));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
  rmSync(genTmp, { recursive: true, force: true });
});

/** Write a notebook with one code cell per source, using the presslens kernelspec. */
function writeNotebook(path: string, sources: string[]): string {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'presslens', display_name: 'presslens (TypeScript)', language: 'typescript' },
      language_info: { name: 'typescript' },
    },
    cells: sources.map((source, i) => ({
      cell_type: 'code',
      id: `cell-${i}`,
      metadata: {},
      execution_count: null,
      outputs: [],
      source,
    })),
  };
  writeFileSync(path, JSON.stringify(nb, null, 1));
  return path;
}

/** Every chart shown in an executed notebook: its data-points count (0 = an empty chart shown as a warning). */
function chartPoints(executed: string): number[] {
  return [...readFileSync(executed, 'utf8').matchAll(/data-points=\\"(\d+)\\"/g)].map((m) => Number(m[1]));
}

/** The outputs of an executed notebook that draw a chart (HTML with a figure and a points count above 0). */
function chartOutputs(executed: string): { data: Record<string, unknown> }[] {
  type Output = { data?: Record<string, string | string[] | object> };
  const nb = JSON.parse(readFileSync(executed, 'utf8')) as { cells: { outputs?: Output[] }[] };
  const html = (o: Output) => ([] as unknown[]).concat(o.data?.['text/html'] ?? []).join('');
  return nb.cells
    .flatMap((c) => c.outputs ?? [])
    .filter((o) => /class="presslens-figure" data-points="[1-9]/.test(html(o)))
    .map((o) => ({ data: o.data! }));
}

/** Check one executed notebook: no failing cell, HTML written, every chart non-empty, plotly not inlined. */
function checkExecuted(r: NotebookResult): string {
  expect(r.ok, describeFailure(r)).toBe(true);
  expect(r.htmlPath).toBeTruthy();
  // every chart also carries plotly's mime type, which JupyterLab's plotly renderer and VS Code draw
  for (const o of chartOutputs(r.executedPath!)) {
    const fig = o.data['application/vnd.plotly.v1+json'] as { data?: unknown[]; layout?: object } | undefined;
    expect(fig?.data?.length, 'a chart output without application/vnd.plotly.v1+json').toBeGreaterThan(0);
    expect(typeof fig?.layout).toBe('object');
  }
  const points = chartPoints(r.executedPath!);
  expect(chartOutputs(r.executedPath!).length).toBe(points.filter((n) => n > 0).length);
  expect(
    points.filter((n) => n === 0),
    `empty chart(s) in ${r.executedPath}`,
  ).toEqual([]);
  expect(statSync(r.executedPath!).size, 'the plotly bundle is shared beside the notebook, not inlined').toBeLessThan(
    2_000_000,
  );
  return readFileSync(r.htmlPath!, 'utf8');
}

describe('notebooks execute headlessly with the presslens kernel, on the seeds', () => {
  it('finds notebooks to run', () => expect(notebooks.length, `no .ipynb files in ${notebooksDir}`).toBeGreaterThan(0));

  for (const file of notebooks) {
    it.concurrent(file, { timeout: 600_000 }, async () => {
      const html = checkExecuted(await executeNotebook(join(notebooksDir, file), { outDir }));
      // seed commentary (pl.seedNote) is shown on the seeds, in the notebooks that have some
      if (readFileSync(join(notebooksDir, file), 'utf8').includes('seedNote(')) expect(html).toContain('On the seeds.');
    });
  }
  it('shares one plotly bundle beside the executed notebooks', () => {
    if (notebooks.length) expect(existsSync(join(outDir, PLOTLY_FILE))).toBe(true);
  });
});

describe('notebooks execute on a generated corpus that shares no outlet with the seeds', () => {
  const genDir = join(genTmp, 'generated');
  const genOut = join(genTmp, 'out');
  let seedOutlets: string[] = [];
  let genOutlets: string[] = [];
  beforeAll(async () => {
    await writeCorpus(genDir, { articles: 30, outlets: 5, seed: 11 });
    seedOutlets = [...new Set((await loadCorpus(join(root, 'seeds'))).articles.map((a) => a.outlet))];
    genOutlets = [...new Set((await loadCorpus(join(genDir, 'corpus'))).articles.map((a) => a.outlet))];
  }, 120_000);

  it('the generated corpus has its own outlets', () => {
    expect(genOutlets.length).toBeGreaterThan(1);
    expect(genOutlets.filter((o) => seedOutlets.includes(o))).toEqual([]);
  });

  for (const file of notebooks) {
    it.concurrent(file, { timeout: 600_000 }, async () => {
      const html = checkExecuted(
        await executeNotebook(join(notebooksDir, file), { outDir: genOut, corpus: join(genDir, 'corpus') }),
      );
      expect(
        seedOutlets.filter((o) => html.includes(o)),
        'seed outlets named in a notebook run on another corpus',
      ).toEqual([]);
      expect(
        genOutlets.some((o) => html.includes(o)),
        'the notebook is about the corpus it was run on',
      ).toBe(true);
      expect(html).not.toContain('On the seeds.');
    });
  }
});

describe('the notebook runner reports failing cells', () => {
  it('reports a runtime error with its message, and the cells after it as not run', { timeout: 120_000 }, async () => {
    const nb = writeNotebook(join(tmp, 'broken.ipynb'), [
      "import { tokenize } from './lib/text/tokenize.js';\nconsole.log(tokenize('one two').length);",
      "throw new Error('planted failure 42');",
      "const n: number = 'not a number';",
      "console.log('never printed');",
    ]);
    const r = await executeNotebook(nb, { outDir: join(tmp, 'out') });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(1);
    expect(r.error?.message).toContain('planted failure 42');
    expect(r.cells[0].error).toBeUndefined();
    expect(r.cells[3].error).toMatch(/not executed/);
    expect(readdirSync(tmp).sort()).toEqual(['broken.ipynb', 'out']); // nothing stray beside the notebook
  });

  it('reports a TypeScript compile error', { timeout: 120_000 }, async () => {
    const nb = writeNotebook(join(tmp, 'compile.ipynb'), [
      "console.log('fine');",
      "const n: number = 'not a number';",
      "console.log('after');",
    ]);
    const r = await executeNotebook(nb, { outDir: join(tmp, 'out') });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(1);
    expect(r.error?.message).toMatch(/not assignable to type 'number'/);
    expect(r.cells[2].error).toMatch(/not executed/);
  });
});
