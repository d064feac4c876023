// Run every stage (load, analyses, report) on a corpus folder in a child process with a capped heap, so a stage that
// needs too much memory fails there instead of taking the test runner down; each stage reports one JSON line.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');

/** A stage line of test/helpers/stages-child.ts ({stage, rssMb, maxRssMb, ...}). */
export type StageLine = Record<string, number | string>;

/** What the child did: its exit code ('timeout' when it was stopped), its stage lines and its stderr. */
export interface StagesRun {
  code: number | string;
  lines: StageLine[];
  err: string;
}

/**
 * Run test/helpers/stages-child.ts on `dir`, writing the report into `outDir`, with a JS heap of `heapMb` (default
 * 1536). `timeoutMs` is a guard against a hang (the last line then names the stuck stage), not a speed limit. A failed
 * child adds a last line {stage: 'error', message} with the end of its stderr.
 */
export function runStages(dir: string, outDir: string, opts: { heapMb?: number; timeoutMs?: number } = {}) {
  const lines: StageLine[] = [];
  let err = '';
  return new Promise<StagesRun>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${opts.heapMb ?? 1536}`,
        '--import',
        'tsx',
        join(REPO, 'test/helpers/stages-child.ts'),
        dir,
        outDir,
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        lines.push(JSON.parse(buf.slice(0, i)) as StageLine);
        buf = buf.slice(i + 1);
      }
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    const timer =
      opts.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            child.kill('SIGKILL');
            resolve({ code: 'timeout', lines, err });
          }, opts.timeoutMs);
    child.on('exit', (c) => {
      clearTimeout(timer);
      if (c) lines.push({ stage: 'error', message: err.slice(-2000) });
      resolve({ code: c ?? 'killed', lines, err });
    });
  });
}
