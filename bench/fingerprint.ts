// `npm run fingerprint -- [size] [--seed n] [--no-seeds] [--corpus path] [--keep]`: one sha256 per output file of
// every CLI command (JSON on stdout, CSV, passim JSON Lines, the report without images) on the seeds, on a generated
// corpus of `size` articles (default 1,000; 0 for none) and on any corpus given with --corpus (e.g. a real one).
// Run it before and after a structural change: equal lines prove the output byte-identical.
//
// The commands run as a user runs them (bin/presslens.js, one process each) in bench/.cache/fingerprint/, with a fresh
// analysis cache per run (PRESSLENS_CACHE_DIR), so the first command analyses and the others reuse that analysis as
// they would for a user. The absolute working folder is replaced by `<work>` before hashing, so two checkouts compare.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { corpusPaths, isGenerated, writeCorpus } from './generate.js';

const REPO = resolve(import.meta.dirname, '..');
const BIN = join(REPO, 'bin', 'presslens.js');

/** The commands a user runs on a corpus, each writing under out/<name>/ (relative to the working folder). */
function commands(corpus: string, out: string): { name: string; args: string[] }[] {
  return [
    { name: 'load', args: ['load', '--json', corpus] },
    { name: 'terms', args: ['terms', '--json', '--ngrams', '1-2', '--csv', `${out}/terms`, corpus] },
    { name: 'overlap', args: ['overlap', '--json', '--csv', `${out}/overlap`, corpus] },
    { name: 'entities', args: ['entities', '--json', '--csv', `${out}/entities`, corpus] },
    { name: 'framing', args: ['framing', '--json', '--csv', `${out}/framing`, corpus] },
    { name: 'export', args: ['export', '--passim', `${out}/passim.jsonl`, '--tables', `${out}/tables`, corpus] },
    { name: 'report', args: ['report', '--no-images', '--out', `${out}/report`, corpus] },
  ];
}

/** Run the CLI in cwd; resolves to its stdout (stderr is progress and timings, not output). */
function cli(args: string[], cwd: string, cache: string): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--max-old-space-size=8000', BIN, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', PRESSLENS_CACHE_DIR: cache },
    });
    const chunks: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => {
      err = (err + d.toString()).slice(-4000);
    });
    child.on('exit', (code) => {
      if (code === 0) done(Buffer.concat(chunks).toString('utf8'));
      else fail(new Error(`presslens ${args.join(' ')} exited ${code}:\n${err}`));
    });
  });
}

/** sha256 of a text with the working folder's absolute path replaced by <work>. */
function hash(text: string, work: string): string {
  return createHash('sha256').update(text.split(work).join('<work>')).digest('hex');
}

/** Every file under dir, as paths relative to dir, sorted. */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Fingerprint lines (`<sha256>  <label>`) of every command's stdout and every file it wrote, for one corpus. */
async function fingerprintCorpus(label: string, corpus: string, work: string): Promise<string[]> {
  const out = join('out', label);
  rmSync(join(work, out), { recursive: true, force: true });
  const cache = mkdtempSync(join(tmpdir(), 'presslens-fingerprint-cache-'));
  const lines: string[] = [];
  try {
    for (const c of commands(corpus, out)) {
      const t0 = performance.now();
      const stdout = await cli(c.args, work, cache);
      lines.push(`${hash(stdout, work)}  ${label}/${c.name}.stdout`);
      process.stderr.write(`  ${label} ${c.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
    }
    for (const f of filesUnder(join(work, out)))
      lines.push(`${hash(readFileSync(join(work, out, f), 'utf8'), work)}  ${label}/${f}`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  return lines;
}

/** The generated corpus of `n` articles (the bench's corpus, cached under bench/.cache/ like bench/run.ts does). */
async function generated(n: number, seed: number): Promise<string> {
  const dir = join(REPO, 'bench', '.cache', `corpus-${n}-seed${seed}`);
  if (!isGenerated(dir, { articles: n, seed })) {
    process.stderr.write(`generating ${n} articles in ${dir}\n`);
    await writeCorpus(dir, { articles: n, seed });
  }
  return corpusPaths(dir).corpus;
}

/** Copy a corpus (folder or file) into the working folder, so every path the CLI prints is under <work>. */
function copyInto(src: string, work: string, name: string): string {
  const dst = join(work, 'corpora', name);
  const fresh = statSync(src).isDirectory()
    ? existsSync(dst) && statSync(dst).isDirectory() && filesUnder(dst).length === filesUnder(src).length
    : existsSync(dst) && statSync(dst).size === statSync(src).size;
  if (!fresh) {
    rmSync(dst, { recursive: true, force: true });
    cpSync(src, dst, { recursive: true });
  }
  return relative(work, dst);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = Number(argv.find((a, i) => /^\d+$/.test(a) && !argv[i - 1]?.startsWith('--')) ?? 1000);
  const seed = Number(opt('--seed') ?? 1);
  const work = join(REPO, 'bench', '.cache', 'fingerprint');
  mkdirSync(work, { recursive: true });
  const lines: string[] = [];
  if (!argv.includes('--no-seeds'))
    lines.push(...(await fingerprintCorpus('seeds', copyInto(join(REPO, 'seeds'), work, 'seeds'), work)));
  if (size > 0) {
    const corpus = copyInto(await generated(size, seed), work, `generated-${size}-seed${seed}`);
    lines.push(...(await fingerprintCorpus(`generated-${size}`, corpus, work)));
  }
  const extra = opt('--corpus');
  if (extra) {
    const name = basename(resolve(extra));
    lines.push(...(await fingerprintCorpus(name, copyInto(resolve(extra), work, name), work)));
  }
  if (!argv.includes('--keep')) rmSync(join(work, 'out'), { recursive: true, force: true });
  const all = createHash('sha256').update(lines.join('\n')).digest('hex');
  process.stdout.write(lines.join('\n') + `\n${all}  (all of the above)\n`);
}

await main();
