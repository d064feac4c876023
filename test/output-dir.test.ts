// Reports out, never half-written: staged and swapped in, locked, owned, and never inside the corpus.
import { spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_NAME, MANIFEST_NAME, writeOutputDir } from '../lib/io/output-dir.js';
import { main } from '../lib/cli/index.js';

const REPO = join(import.meta.dirname, '..');
const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'presslens-out-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A small report: index.html naming the run, one table, and the given images. */
const report =
  (run: string, images: string[] = []) =>
  (dir: string): Promise<void> => {
    mkdirSync(join(dir, 'tables'));
    writeFileSync(join(dir, 'tables', 'pairs.csv'), `run\n${run}\n`);
    if (images.length) mkdirSync(join(dir, 'images'));
    for (const i of images) writeFileSync(join(dir, 'images', i), run);
    writeFileSync(join(dir, 'index.html'), `<p>report ${run}</p>`);
    return Promise.resolve();
  };
const read = (p: string) => readFileSync(p, 'utf8');

describe('5. output is atomic and owned', () => {
  it('a run that fails half-way (e.g. ENOSPC) leaves the previous report intact and no staging folder', async () => {
    const base = tempDir();
    const out = join(base, 'out');
    await writeOutputDir(out, report('one'));
    const failing = (dir: string): Promise<void> => {
      writeFileSync(join(dir, 'index.html'), 'half');
      throw Object.assign(new Error('no space left on device'), {
        code: 'ENOSPC',
      });
    };
    await expect(writeOutputDir(out, failing)).rejects.toThrow(/no space/);
    expect(read(join(out, 'index.html'))).toBe('<p>report one</p>');
    expect(read(join(out, 'tables', 'pairs.csv'))).toBe('run\none\n');
    expect(readdirSync(base)).toEqual(['out']);
    expect(existsSync(join(out, LOCK_NAME))).toBe(false);
  });

  it('a run killed before it finishes leaves the previous report; its stale lock is taken over by the next run', async () => {
    const base = tempDir();
    const out = join(base, 'out');
    await writeOutputDir(out, report('one'));
    const script = `import { writeOutputDir } from ${JSON.stringify(join(REPO, 'lib/io/output-dir.ts'))};
      await writeOutputDir(${JSON.stringify(out)}, async (d) => { (await import('node:fs')).writeFileSync(d + '/index.html', 'new'); console.log('writing'); await new Promise(() => setInterval(() => {}, 1000)); });`;
    await new Promise<void>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      child.stdout.on('data', () => child.kill('SIGKILL'));
      child.on('exit', () => resolve());
    });
    expect(read(join(out, 'index.html'))).toBe('<p>report one</p>');
    expect(existsSync(join(out, LOCK_NAME))).toBe(true); // left by the killed run
    await writeOutputDir(out, report('two'));
    expect(read(join(out, 'index.html'))).toBe('<p>report two</p>');
    expect(readdirSync(base)).toEqual(['out']); // the killed run's staging folder is cleaned up
  }, 60_000);

  it('a second concurrent run into the same folder is refused with a clear message; the first one completes', async () => {
    const out = join(tempDir(), 'out');
    let release!: () => void;
    const first = writeOutputDir(out, async (d) => {
      await new Promise<void>((r) => {
        release = r;
      });
      await report('first')(d);
    });
    await new Promise((r) => setTimeout(r, 50));
    await expect(writeOutputDir(out, report('second'))).rejects.toThrow(
      new RegExp(`another presslens run \\(pid ${process.pid}\\) is writing to`),
    );
    release();
    await first;
    expect(read(join(out, 'index.html'))).toBe('<p>report first</p>');
    expect(read(join(out, 'tables', 'pairs.csv'))).toBe('run\nfirst\n');
  });

  it('replaces only the files it wrote: orphans go, files of the user stay, hard links are never written through', async () => {
    const base = tempDir();
    const out = join(base, 'out');
    writeFileSync(join(base, 'precious.txt'), 'precious\n');
    await writeOutputDir(out, report('one', ['iraq.png', 'syria.png']));
    expect(JSON.parse(read(join(out, MANIFEST_NAME))).files).toEqual([
      'images/iraq.png',
      'images/syria.png',
      'index.html',
      'tables/pairs.csv',
    ]);
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    rmSync(join(out, 'tables', 'pairs.csv'));
    linkSync(join(base, 'precious.txt'), join(out, 'tables', 'pairs.csv')); // a hard link where a report file was
    await writeOutputDir(out, report('two', ['lebanon.png']));
    expect(readdirSync(join(out, 'images'))).toEqual(['lebanon.png']); // no orphans of the other outlets
    expect(read(join(out, 'my-notes.txt'))).toBe('mine');
    expect(read(join(base, 'precious.txt'))).toBe('precious\n');
    expect(read(join(out, 'tables', 'pairs.csv'))).toBe('run\ntwo\n');
  });

  it("refuses to replace a folder of the user that has a report entry's name", async () => {
    const out = join(tempDir(), 'out');
    mkdirSync(join(out, 'tables'), { recursive: true });
    writeFileSync(join(out, 'tables', 'mine.csv'), 'a\n1\n');
    await expect(writeOutputDir(out, report('one'))).rejects.toThrow(/presslens did not write .*tables\/mine\.csv/);
    expect(read(join(out, 'tables', 'mine.csv'))).toBe('a\n1\n');
  });

  it('the CLI refuses --out inside the corpus, or holding it, with exit code 2 and writes nothing', async () => {
    const base = tempDir();
    const corpus = join(base, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), 'Officials said the talks covered border security and trade on Thursday.\n');
    for (const out of [corpus, join(corpus, 'reports'), base]) {
      expect(await main(['report', corpus, '--out', out, '--no-images'])).toBe(2);
    }
    expect(readdirSync(corpus)).toEqual(['a.txt']);
    expect(readdirSync(base)).toEqual(['corpus']);
  }, 60_000);
});
