// Workspace timings (issue 18, item 7): what a journalist waits for, measured the way they run it.
//   npm run bench -- workspace [corpus] [--skip start,charts,import] [--notebooks]
//   (or: npx tsx bench/workspace.ts [corpus] ...)
// 1. `presslens start <corpus> --no-notebooks` run twice; the second run on the unchanged corpus is the number
//    (target < 10 s; notebook execution comes on top, timed separately with --notebooks).
// 2. 12 charts exported to PNG and SVG from one browser page, image cache off (target < 10 s).
// 3. the first code cell of notebooks/01-corpus.ipynb (the `import * as pl` cell) in the presslens kernel, timed by
//    Jupyter's own cell timestamps (target < 2 s; kernel start-up is printed beside it, not counted).
// Prints one JSON line per measurement and a table; writes nothing in the project but the analysis/image caches.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureKernelBuild } from '../lib/workspace/kernel.js';

const ROOT = resolve(import.meta.dirname, '..');
const round = (s: number) => Math.round(s * 100) / 100;

interface Timing {
  what: string;
  seconds: number;
  target?: number;
  notes: string;
}

function say(msg: string): void {
  process.stderr.write(msg + '\n');
}

/** Run a command in the project root; returns seconds and its stderr (the CLI's progress lines). */
function timed(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { s: number; err: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}:\n${(r.stderr ?? '').slice(-2000)}`);
  return { s, err: r.stderr ?? '' };
}

/** 1. Second `presslens start` on an unchanged corpus (the first run fills the caches). */
function startTwice(corpus: string, notebooks: boolean): Timing[] {
  const out = mkdtempSync(join(tmpdir(), 'presslens-bench-start-'));
  const args = [
    'bin/presslens.js',
    'start',
    corpus,
    '--out',
    join(out, 'report'),
    ...(notebooks ? [] : ['--no-notebooks']),
  ];
  try {
    const first = timed(process.execPath, args);
    say(`start, first run: ${round(first.s)} s`);
    const second = timed(process.execPath, args);
    const line = /page (\d+) ms, images (\d+) ms/.exec(second.err);
    return [
      {
        what: 'start, first run (fills the caches)',
        seconds: round(first.s),
        notes: notebooks ? 'with notebooks' : '',
      },
      {
        what: `start, second run on the unchanged corpus${notebooks ? ' (with notebooks)' : ''}`,
        seconds: round(second.s),
        target: notebooks ? undefined : 10,
        notes: line ? `page ${line[1]} ms, images ${line[2]} ms` : '',
      },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** 2. 12 charts (the report's, repeated if it has fewer) to PNG + SVG in one page, no image cache. */
async function charts(corpus: string): Promise<Timing> {
  const { loadCorpus } = await import('../lib/corpus/load.js');
  const { cachedAnalysis } = await import('../lib/cache/analysis.js');
  const { buildReport } = await import('../lib/report/report.js');
  const { renderImages, launchChromium } = await import('../lib/report/images.js');
  const c = await loadCorpus(corpus);
  const input = await buildReport(c, [], { analysis: cachedAnalysis(c).analysis });
  const figs = input.sections.flatMap((s) => s.figures);
  const twelve = Array.from({ length: 12 }, (_, i) => figs[i % figs.length]);
  const dir = mkdtempSync(join(tmpdir(), 'presslens-bench-charts-'));
  try {
    // the browser alone, to tell its start-up from plotly's parse and the drawing
    const t = performance.now();
    await (await launchChromium()).close();
    const launch = (performance.now() - t) / 1000;
    const t0 = performance.now();
    const r = await renderImages(
      twelve.map((fig, i) => ({ fig, name: `${i}-${fig.name ?? 'figure'}`, formats: ['png', 'svg'] as const })),
      dir,
    );
    const s = (performance.now() - t0) / 1000;
    if (r.skipped) throw new Error(r.skipped);
    return {
      what: '12 charts to PNG + SVG, one browser page, no cache',
      seconds: round(s),
      target: 10,
      notes: `${figs.length} distinct report charts, ${r.files.length} files, ${r.errors.length} errors; browser start alone ${round(launch)} s`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface NbCell {
  cell_type: string;
  source: string | string[];
  metadata?: { execution?: Record<string, string> };
}

/** 3. The first code cell of notebook 01 in the presslens kernel, timed by nbclient's cell timestamps. */
function importCell(corpus: string): Timing {
  const stale = ensureKernelBuild(ROOT); // the cell imports the prebuilt presslens: build it first, outside the timing
  if (stale) throw new Error(stale);
  const nb = JSON.parse(readFileSync(join(ROOT, 'notebooks', '01-corpus.ipynb'), 'utf8')) as { cells: NbCell[] };
  const first = nb.cells.find((c) => c.cell_type === 'code')!;
  // a trivial cell first, so the kernel's start-up and tslab's own warm-up are not charged to the import cell
  const warm = { cell_type: 'code', source: 'const warm = 1;', metadata: {}, outputs: [], execution_count: null };
  const probe = { ...nb, cells: [warm, { ...first, metadata: {}, outputs: [], execution_count: null }] };
  const dir = mkdtempSync(join(tmpdir(), 'presslens-bench-nb-'));
  try {
    writeFileSync(join(dir, 'probe.ipynb'), JSON.stringify(probe));
    const jp = [join(ROOT, '.jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(':');
    const env = { ...process.env, JUPYTER_PATH: jp, JUPYTER_PLATFORM_DIRS: '1', PRESSLENS_CORPUS: corpus };
    const run = timed(
      '/usr/bin/python3',
      [
        '-m',
        'nbconvert',
        '--to',
        'notebook',
        '--execute',
        '--ExecutePreprocessor.kernel_name=presslens',
        '--ExecutePreprocessor.startup_timeout=300',
        '--output-dir',
        dir,
        '--output',
        'executed',
        join(dir, 'probe.ipynb'),
      ],
      env,
    );
    const done = JSON.parse(readFileSync(join(dir, 'executed.ipynb'), 'utf8')) as { cells: NbCell[] };
    const span = (c: NbCell) => {
      const e = c.metadata?.execution ?? {};
      // tslab sends no execute_input; busy -> idle spans the cell's whole run
      return (Date.parse(e['iopub.status.idle']) - Date.parse(e['iopub.status.busy'])) / 1000;
    };
    const cell = span(done.cells[1]);
    if (!Number.isFinite(cell)) throw new Error(`nbclient recorded no cell timing: ${JSON.stringify(done.cells[1])}`);
    return {
      what: 'notebook 01, first code cell (the presslens import)',
      seconds: round(cell),
      target: 2,
      notes: `warm-up cell ${round(span(done.cells[0]))} s; nbconvert with kernel start ${round(run.s)} s`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(rows: readonly Timing[]): string {
  const lines = ['| what | seconds | target | met? | notes |', '|---|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.what} | ${r.seconds} | ${r.target ?? ''} | ${r.target === undefined ? '' : r.seconds < r.target ? 'yes' : 'no'} | ${r.notes} |`,
    );
  return lines.join('\n');
}

/** Run the measurements named on the command line (all by default) and print them. */
export async function main(argv: readonly string[]): Promise<void> {
  const skip = new Set((argv[argv.indexOf('--skip') + 1] ?? '').split(','));
  if (!argv.includes('--skip')) skip.clear();
  const corpus = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--skip') ?? 'seeds';
  const rows: Timing[] = [];
  const load = () =>
    loadavg()
      .map((x) => x.toFixed(1))
      .join(' ');
  say(`workspace timings on ${corpus}; load average ${load()}`);
  if (!skip.has('start')) rows.push(...startTwice(corpus, argv.includes('--notebooks')));
  if (!skip.has('charts')) rows.push(await charts(corpus));
  if (!skip.has('import')) rows.push(importCell(corpus));
  for (const r of rows) process.stdout.write(JSON.stringify(r) + '\n');
  process.stdout.write(table(rows) + '\n');
  say(`load average at the end: ${load()} (on a busy machine every number is inflated; say so beside them)`);
}

if (resolve(process.argv[1] ?? '') === resolve(import.meta.dirname, 'workspace.ts'))
  main(process.argv.slice(2)).catch((e) => {
    say(`workspace bench failed: ${(e as Error).message}`);
    process.exit(1);
  });
