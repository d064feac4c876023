// Execute notebooks headlessly with Debian's Jupyter and the project's `presslens` tslab kernel (input/output module).
// nbconvert runs every cell with errors allowed, a small nbclient hook records each cell's execute_reply status
// (tslab prints errors to stderr and aborts the cells queued after a failure), then the executed copy is read
// back to find the first failing cell and its message, and converted to HTML.
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { plotlyBundlePath, projectRoot } from '../paths.js';
import { ensureKernelBuild } from '../workspace/kernel.js';

export interface CellResult {
  index: number;
  source: string;
  error?: string;
}

export interface NotebookResult {
  ok: boolean;
  /** the notebook that was executed */
  path: string;
  /** executed copy as HTML (in outDir), when conversion succeeded */
  htmlPath?: string;
  /** executed copy as .ipynb (in outDir) */
  executedPath?: string;
  cells: CellResult[];
  /** the first failing cell (cell -1: the run itself failed, e.g. no kernel or a timeout) */
  error?: { cell: number; source: string; message: string };
}

export interface ExecuteOptions {
  /** where the executed .ipynb and .html go (default reports/notebooks under the project root) */
  outDir?: string;
  /** per-cell timeout in seconds (default 120) */
  timeoutSec?: number;
  /**
   * the corpus the notebooks analyse (PRESSLENS_CORPUS in the kernel; default: the caller's PRESSLENS_CORPUS, else
   * seeds)
   */
  corpus?: string;
  /**
   * inline the plotly bundle in the first chart of each notebook instead of sharing outDir/plotly.js (default false)
   */
  inlinePlotly?: boolean;
}

/** Name of the shared plotly bundle written next to executed notebooks: every page loads it once. */
export const PLOTLY_FILE = 'plotly.js';

const PYTHON = '/usr/bin/python3';
const KERNEL = 'presslens';
// nbclient hook: keep each cell's execute_reply status ("ok" | "error" | "abort") in its metadata.
const HOOK_PY = `def _presslens_record(cell=None, cell_index=None, execute_reply=None, **kw):
    if execute_reply is not None:
        cell.metadata["presslens"] = {"status": execute_reply["content"].get("status")}
c.ExecutePreprocessor.on_cell_executed = _presslens_record
`;

interface NbCell {
  cell_type: string;
  source: string | string[];
  metadata?: { presslens?: { status?: string } };
  outputs?: { output_type: string; name?: string; text?: string | string[]; ename?: string; evalue?: string }[];
}

const joinText = (t: string | string[] | undefined): string => (Array.isArray(t) ? t.join('') : (t ?? ''));

/** Run a command, resolving with its exit code and output (never rejects on a non-zero exit). */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(cmd, args, { env, maxBuffer: 64 << 20 }, (err, _stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ code, stderr: String(stderr) + (err && typeof err.code !== 'number' ? `\n${err.message}` : '') });
    });
  });
}

/** The environment Jupyter needs to find the project's kernelspec. */
export function jupyterEnv(root = projectRoot()): NodeJS.ProcessEnv {
  const jp = [join(root, '.jupyter'), process.env.JUPYTER_PATH].filter(Boolean).join(':');
  return { ...process.env, JUPYTER_PATH: jp, JUPYTER_PLATFORM_DIRS: '1', DOTENV_CONFIG_QUIET: 'true' };
}

/** The error text of one executed cell, or undefined if it ran cleanly. */
function cellError(cell: NbCell): string | undefined {
  const status = cell.metadata?.presslens?.status;
  const outs = cell.outputs ?? [];
  const errs = outs.filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`);
  const stderr = outs
    .filter((o) => o.output_type === 'stream' && o.name === 'stderr')
    .map((o) => joinText(o.text))
    .join('');
  // Keep the message readable: drop stack frames inside node internals and tslab itself.
  const clean = stderr
    .split('\n')
    .filter((l) => !/^\s+at .*(\(node:|node:internal|node_modules[\\/]tslab[\\/]|sigintHandlersWrap)/.test(l))
    .join('\n')
    .trim();
  if (status === 'abort') return 'not executed: the kernel aborted it after an earlier failure';
  if (status === 'error' || errs.length > 0)
    return [...errs, clean].filter(Boolean).join('\n') || 'cell failed (no output)';
  // No recorded status (hook not applied): fall back to what tslab writes for compile and runtime errors.
  if (status === undefined && /^\d+:\d+ - |^\w*Error\b/m.test(stderr)) return clean;
  return undefined;
}

/** What nbconvert prints when two kernels launched at once took the same port (jupyter/nbconvert#1066). */
const KERNEL_RACE = /Invalid Signature|Address already in use/;

/** Run nbconvert on a notebook into outDir/<name>.ipynb (cells that fail are recorded, not fatal). */
async function runNbconvert(
  nbPath: string,
  outDir: string,
  name: string,
  env: NodeJS.ProcessEnv,
  timeoutSec: number,
): Promise<{ code: number; stderr: string }> {
  const tmp = mkdtempSync(join(tmpdir(), 'presslens-nb-'));
  try {
    writeFileSync(join(tmp, 'hook.py'), HOOK_PY);
    return await run(
      PYTHON,
      [
        '-m',
        'nbconvert',
        '--config',
        join(tmp, 'hook.py'),
        '--to',
        'notebook',
        '--execute',
        '--allow-errors',
        `--ExecutePreprocessor.kernel_name=${KERNEL}`,
        `--ExecutePreprocessor.timeout=${timeoutSec}`,
        // a kernel starting on a busy machine (several notebooks at once) can take minutes to answer; 60 s is
        // nbclient's default
        '--ExecutePreprocessor.startup_timeout=300',
        '--output-dir',
        outDir,
        '--output',
        name,
        nbPath,
      ],
      env,
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The code cells of an executed notebook with their errors, and the first failure (or nbconvert's own). */
function readExecuted(nbPath: string, executedPath: string, exec: { code: number; stderr: string }): NotebookResult {
  const nb = JSON.parse(readFileSync(executedPath, 'utf8')) as { cells: NbCell[] };
  const cells: CellResult[] = [];
  nb.cells.forEach((c, index) => {
    if (c.cell_type !== 'code') return;
    const error = cellError(c);
    cells.push({ index, source: joinText(c.source), ...(error ? { error } : {}) });
  });
  const first = cells.find((c) => c.error);
  const result: NotebookResult = {
    ok: !first && exec.code === 0,
    path: nbPath,
    executedPath,
    cells,
    ...(first ? { error: { cell: first.index, source: first.source, message: first.error! } } : {}),
  };
  if (!first && exec.code !== 0)
    result.error = { cell: -1, source: '', message: exec.stderr.trim().split('\n').slice(-12).join('\n') };
  return result;
}

/** Why a notebook cannot be executed here (output over the notebook, kernel or Jupyter missing, the prebuilt lib not buildable), or undefined. */
function cannotExecute(root: string, nbPath: string, outDir: string, executedPath: string): string | undefined {
  if (resolve(executedPath) === nbPath) return `outDir ${outDir} would overwrite the notebook itself`;
  if (!existsSync(join(root, '.jupyter', 'kernels', KERNEL, 'kernel.json')))
    return 'the presslens Jupyter kernel is not set up: run `node scripts/setup.mjs`';
  if (!existsSync(PYTHON)) return `${PYTHON} is missing: run \`node scripts/setup.mjs\` to install Jupyter`;
  return ensureKernelBuild(root); // the notebooks import the prebuilt lib (lib/workspace/kernel.ts)
}

/**
 * Execute one notebook headlessly with the presslens kernel; write <name>.ipynb and <name>.html to outDir; report the
 * first failing cell.
 */
export async function executeNotebook(path: string, opts: ExecuteOptions = {}): Promise<NotebookResult> {
  const root = projectRoot();
  const nbPath = resolve(path);
  const outDir = resolve(opts.outDir ?? join(root, 'reports', 'notebooks'));
  const name = basename(nbPath, '.ipynb');
  const executedPath = join(outDir, `${name}.ipynb`);
  const fail = (message: string): NotebookResult => ({
    ok: false,
    path: nbPath,
    cells: [],
    error: { cell: -1, source: '', message },
  });

  const refused = cannotExecute(root, nbPath, outDir, executedPath);
  if (refused) return fail(refused);
  mkdirSync(outDir, { recursive: true });
  rmSync(executedPath, { force: true });

  const env = jupyterEnv(root);
  if (opts.corpus) env.PRESSLENS_CORPUS = resolve(opts.corpus);
  if (opts.inlinePlotly) delete env.PRESSLENS_PLOTLY_SRC;
  else {
    sharePlotly(outDir);
    env.PRESSLENS_PLOTLY_SRC = PLOTLY_FILE;
  }
  let exec = await runNbconvert(nbPath, outDir, name, env, opts.timeoutSec ?? 120);
  // kernels started at the same moment can race for a port, and the client then talks to the other kernel (Jupyter's
  // known race: "Invalid Signature", "Address already in use"); that is the machine, not the notebook: run it again
  if (!existsSync(executedPath) && KERNEL_RACE.test(exec.stderr))
    exec = await runNbconvert(nbPath, outDir, name, env, opts.timeoutSec ?? 120);
  if (!existsSync(executedPath)) {
    const tail = exec.stderr.trim().split('\n').slice(-12).join('\n');
    return fail(`nbconvert could not execute ${nbPath} (exit ${exec.code}):\n${tail}`);
  }
  const result = readExecuted(nbPath, executedPath, exec);
  const html = await run(PYTHON, ['-m', 'nbconvert', '--to', 'html', '--output-dir', outDir, executedPath], env);
  const htmlPath = join(outDir, `${name}.html`);
  if (html.code === 0 && existsSync(htmlPath)) result.htmlPath = htmlPath;
  else if (result.ok)
    return {
      ...result,
      ok: false,
      error: { cell: -1, source: '', message: `HTML conversion failed:\n${html.stderr.trim()}` },
    };
  return result;
}

/** Copy the plotly bundle next to the executed notebooks once (skipped when an identical-size copy is there). */
function sharePlotly(outDir: string): void {
  const dest = join(outDir, PLOTLY_FILE);
  const src = plotlyBundlePath();
  if (existsSync(dest) && statSync(dest).size === statSync(src).size) return;
  copyFileSync(src, dest);
}

/** Execute every notebooks/*.ipynb-style file in `dir` (sorted by name), one after another, into outDir. */
export async function executeAll(
  dir: string,
  outDir?: string,
  opts: Omit<ExecuteOptions, 'outDir'> = {},
): Promise<NotebookResult[]> {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ipynb'))
    .sort();
  const results: NotebookResult[] = [];
  for (const f of files) results.push(await executeNotebook(join(dir, f), { ...opts, outDir }));
  return results;
}

/** A one-paragraph description of a failed result, for logs and test assertion messages. */
export function describeFailure(r: NotebookResult): string {
  if (r.ok || !r.error) return `${r.path}: ok`;
  const where = r.error.cell >= 0 ? `cell ${r.error.cell}:\n${r.error.source}\n--- error ---\n` : '';
  return `${r.path} failed at ${where}${r.error.message}\n`;
}
