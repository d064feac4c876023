// Same input, same output: the CLI run twice on a messy corpus (the seeds plus hostile inputs) writes byte-identical
// JSON and CSV. And what it writes is safe to open: no CSV cell a spreadsheet would run as a formula, only
// sanitised file names, nothing written outside the chosen output paths (the corpus folder is never touched).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_OUTLET, HOSTILE_OUTLETS, makeHostileCorpus, type HostileCorpus } from './helpers/hostile-corpus.js';

const REPO = join(import.meta.dirname, '..');
const BIN = join(REPO, 'bin/presslens.js');

interface Run {
  args: string[];
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('exit', (code) => resolve({ args, code: code ?? -1, stdout, stderr }));
  });
}

/** Every file under dir: relative path -> size and mtime (a snapshot to detect writes). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const s = statSync(p);
        out.set(relative(dir, p), `${s.size}:${s.mtimeMs}`);
      } else out.set(relative(dir, p), e.isSymbolicLink() ? 'link' : 'special');
    }
  };
  walk(dir);
  return out;
}

const files = (dir: string): string[] => [...snapshot(dir).keys()].sort();

// The commands a user runs, each writing into its own output path under the working folder.
const COMMANDS = (corpus: string): string[][] => [
  ['load', '--json', corpus],
  ['terms', '--json', '--ngrams', '1-2', '--csv', 'out/terms', corpus],
  ['overlap', '--json', '--csv', 'out/overlap', corpus],
  ['entities', '--json', '--csv', 'out/entities', corpus],
  ['framing', '--json', '--csv', 'out/framing', corpus],
  ['export', '--passim', 'out/passim.jsonl', '--tables', 'out/tables', corpus],
  ['report', '--no-images', '--out', 'out/report', corpus],
];

describe('the CLI on the seeds plus a hostile corpus', () => {
  let h: HostileCorpus;
  let work: string;
  let corpusBefore: Map<string, string>;
  const runs: Run[][] = [];
  beforeAll(async () => {
    h = makeHostileCorpus({ bigBytes: 0, lineBytes: 50_000, tinyFiles: 30 });
    mkdirSync(join(h.root, 'seeds'));
    for (const f of readdirSync(join(REPO, 'seeds')).filter((x) => x.endsWith('.txt')))
      cpSync(join(REPO, 'seeds', f), join(h.root, 'seeds', f));
    corpusBefore = snapshot(h.root);
    work = mkdtempSync(join(tmpdir(), 'presslens-determinism-'));
    for (const run of [1, 2]) {
      // same working folder and same arguments both times; the first run's outputs are moved aside
      runs.push(await Promise.all(COMMANDS(h.root).map((args) => cli(args, work))));
      if (run === 1) renameSync(join(work, 'out'), join(work, 'first'));
    }
  }, 1_500_000); // a hang guard: on a busy shared machine the 14 CLI runs take many minutes
  afterAll(() => {
    h?.cleanup();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('every command succeeds on the hostile corpus', () => {
    for (const r of runs.flat()) expect(r.code, `presslens ${r.args.join(' ')}\n${r.stderr.slice(-1500)}`).toBe(0);
  });

  it('running the CLI twice gives byte-identical JSON on stdout', () => {
    for (let i = 0; i < runs[0].length; i++) {
      const [a, b] = [runs[0][i], runs[1][i]];
      expect(a.stdout.length, a.args.join(' ')).toBe(b.stdout.length);
      expect(a.stdout === b.stdout, `stdout of presslens ${a.args.join(' ')} differs between runs`).toBe(true);
      if (a.args.includes('--json')) expect(() => JSON.parse(a.stdout)).not.toThrow();
    }
  });

  it('running the CLI twice writes byte-identical CSV, JSON Lines and HTML files', () => {
    const first = files(join(work, 'first'));
    const second = files(join(work, 'out'));
    expect(second).toEqual(first);
    expect(first.filter((f) => f.endsWith('.csv')).length).toBeGreaterThan(15);
    const differ = first.filter(
      (f) => !readFileSync(join(work, 'first', f)).equals(readFileSync(join(work, 'out', f))),
    );
    expect(differ).toEqual([]);
  });

  it('no CSV cell starts like a spreadsheet formula (=, +, -, @, tab, CR) unless it is a plain number', () => {
    let hostileSeen = 0;
    for (const f of files(join(work, 'out')).filter((x) => x.endsWith('.csv'))) {
      const rows = parse(readFileSync(join(work, 'out', f), 'utf8'), { relax_column_count: true }) as string[][];
      for (const row of rows)
        for (const cell of row) {
          expect(
            /^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(cell),
            `${f}: ${JSON.stringify(cell.slice(0, 80))}`,
          ).toBe(false);
          if (cell === `'${HOSTILE_OUTLET}`) hostileSeen++;
        }
    }
    // the formula outlet did reach the CSV files, neutralised
    expect(hostileSeen).toBeGreaterThan(0);
  });

  it('hostile outlet names never become markup in the HTML report', () => {
    const html = readFileSync(join(work, 'out/report/index.html'), 'utf8');
    expect(html).not.toContain('<img src=x onerror=alert(1)>');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('=HYPERLINK');
  });

  it('writes only the chosen output paths, with sanitised file names, and never touches the corpus folder', () => {
    expect(snapshot(h.root)).toEqual(corpusBefore);
    // the working folder holds the two output trees and nothing else
    expect(readdirSync(work).sort()).toEqual(['first', 'out']);
    expect(readdirSync(join(work, 'out')).sort()).toEqual([
      'entities',
      'framing',
      'overlap',
      'passim.jsonl',
      'report',
      'tables',
      'terms',
    ]);
    for (const f of files(join(work, 'out'))) {
      // .presslens-manifest.json: the list of files presslens wrote into an output folder (lib/io/output-dir.ts)
      for (const part of f.split('/'))
        if (part !== '.presslens-manifest.json') expect(part, f).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);
    }
    // ids and outlets such as "../../escape" stay data: no file or folder is named after them
    for (const bad of HOSTILE_OUTLETS) expect(files(work).some((f) => f.includes(bad))).toBe(false);
    expect(readdirSync(tmpdir()).filter((f) => /^escape/.test(f))).toEqual([]);
  });
});
