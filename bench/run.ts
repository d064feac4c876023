// npm run bench: generate corpora of 100, 1,000 and 10,000 articles (100,000 with --full), time every stage and the
// peers in fresh processes, score accuracy against the planted truth, print a table, write bench/results/*.json.
//   tsx bench/run.ts [--sizes 100,1000] [--full] [--seed 1] [--cap 60] [--limit 600] [--no-peers] [--out bench/results]
//   tsx bench/run.ts workspace [corpus]: the workspace timings instead (bench/workspace.ts)
// --limit: seconds one size's pipeline may take before it is stopped (finished stages are kept and reported).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { corpusPaths, isGenerated, writeCorpus } from './generate.js';
import type { PeerResult } from './peers.js';

/** One row of the results file. */
export interface RunResult {
  articles: number;
  words: number;
  total_s: number;
  peak_rss_mb: number;
  stages: Record<string, number | null>;
  stage_peak_rss_mb: Record<string, number | null>;
  /** seconds of each stage spent collecting garbage (included in its time) */
  stage_gc_s: Record<string, number | null>;
  notes: Record<string, string>;
  reuse_recall: number | null;
  reuse_precision: number | null;
  paraphrase_recall: number | null;
  citation_recall: number | null;
  /** every accuracy number measured (citation precision, entity mention recall, ...) */
  accuracy: Record<string, number>;
  /** overlap internals: candidate pairs and the time of each step (the scaling curve) */
  overlap: Record<string, number> | null;
  generate_s: number;
  peers: { name: string; stage: string; seconds: number; projected: boolean; note: string }[];
}

const HERE = resolve('bench');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function say(msg: string): void {
  process.stderr.write(msg + '\n');
}

/** Run bench/child.ts in a fresh node (fresh heap); stderr passes through as progress; resolves to its last JSON line. */
function child(args: string[], heapMb: number, limitS = Infinity): Promise<Record<string, unknown>> {
  return new Promise((ok, fail) => {
    // a 64 MB young generation: the analyses make many short-lived strings, and the default 16 MB semi-space spends a
    // quarter of the time in scavenges on large corpora (measured at 20,000 articles: GC 38 s -> 13 s of 160 s -> 122 s)
    const p = spawn(
      process.execPath,
      [`--max-old-space-size=${heapMb}`, '--import', 'tsx', join(HERE, 'child.ts'), ...args],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DOTENV_CONFIG_QUIET: 'true' } },
    );
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.on('error', fail);
    const t0 = performance.now();
    const timer = Number.isFinite(limitS) ? setTimeout(() => p.kill('SIGKILL'), limitS * 1000) : null;
    p.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const lines = out
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('{'));
      const line = lines[lines.length - 1] ?? '';
      if (code === null && args[0] === 'pipeline') {
        // stopped at the time limit: keep the stages that finished and name the one that did not
        const done = lines.map(
          (l) =>
            JSON.parse(l) as {
              stage: { name: string };
              accuracy: Record<string, number>;
              extra: Record<string, Record<string, number>>;
              articles: number;
            },
        );
        const last = done[done.length - 1];
        const stages: unknown[] = done.map((d) => d.stage);
        say(`  stopped at the ${limitS} s limit`);
        return ok({
          articles: last?.articles ?? 0,
          words: 0,
          total_s: (performance.now() - t0) / 1000,
          peak_rss_mb: Math.max(0, ...done.map((d) => (d.stage as { peak_rss_mb?: number }).peak_rss_mb ?? 0)),
          stages: [
            ...stages,
            {
              name: 'stopped',
              seconds: null,
              peak_rss_mb: null,
              note: `stopped at the ${limitS} s limit during the stage after ${done.length ? last.stage.name : 'start'}`,
            },
          ],
          accuracy: last?.accuracy ?? {},
          extra: last?.extra ?? {},
          stopped: true,
        });
      }
      if (code !== 0 || !line.startsWith('{'))
        return fail(new Error(`bench child ${args.join(' ')} exited with ${code}`));
      ok(JSON.parse(line) as Record<string, unknown>);
    });
  });
}

function fmt(x: number | null | undefined, d = 2): string {
  return x == null ? '—' : x.toFixed(d);
}

/** The results as a Markdown table (the README "Scale" table). */
export function table(runs: RunResult[]): string {
  const stages = [...new Set(runs.flatMap((r) => Object.keys(r.stages)))];
  const head = [
    'articles',
    'words',
    ...stages.map((s) => `${s} s`),
    'total s',
    'peak RSS MB',
    'reuse recall',
    'reuse precision',
    'citation recall',
  ];
  const rows = runs.map((r) => [
    r.articles.toLocaleString('en-US'),
    r.words.toLocaleString('en-US'),
    ...stages.map((s) => fmt(r.stages[s])),
    fmt(r.total_s),
    String(r.peak_rss_mb),
    fmt(r.reuse_recall, 3),
    fmt(r.reuse_precision, 3),
    fmt(r.citation_recall, 3),
  ]);
  const peerRows = runs.flatMap((r) =>
    r.peers.map((p) => [
      r.articles.toLocaleString('en-US'),
      p.name,
      p.stage,
      (p.projected ? '~' : '') + fmt(p.seconds, 1),
      fmt(r.stages[p.stage]),
      p.note,
    ]),
  );
  const md = (h: string[], rs: string[][]) =>
    [`| ${h.join(' | ')} |`, `|${h.map(() => '---').join('|')}|`, ...rs.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  return md(head, rows) + '\n\n' + md(['articles', 'peer', 'stage', 'peer s', 'presslens s', 'note'], peerRows);
}

async function main(): Promise<void> {
  // `npm run bench -- workspace [corpus]`: the workspace timings (bench/workspace.ts) instead of the corpus benchmark
  if (process.argv[2] === 'workspace') return (await import('./workspace.js')).main(process.argv.slice(3));
  const sizes = (arg('--sizes') ?? (process.argv.includes('--full') ? '100,1000,10000,100000' : '100,1000,10000'))
    .split(',')
    .map(Number);
  const seed = Number(arg('--seed') ?? 1);
  const cap = Number(arg('--cap') ?? 60);
  const outDir = resolve(arg('--out') ?? join('bench', 'results'));
  const cache = resolve(arg('--cache') ?? join('bench', '.cache'));
  const peers = !process.argv.includes('--no-peers');
  const limit = Number(arg('--limit') ?? 600);
  say(
    `presslens bench: sizes ${sizes.join(', ')}, seed ${seed}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, node ${process.version}`,
  );
  const runs: RunResult[] = [];
  for (const n of sizes) {
    const dir = join(cache, `corpus-${n}-seed${seed}`);
    const g0 = performance.now();
    if (!isGenerated(dir, { articles: n, seed })) {
      say(`[${n}] generating corpus in ${dir}`);
      // a counter redrawn in place on a terminal; in a log, one line per tenth
      const tty = process.stderr.isTTY;
      let tenth = 0;
      await writeCorpus(dir, { articles: n, seed }, (done, total) => {
        if (tty) process.stderr.write(`\r  generated ${done}/${total}`);
        else if (done === total || Math.floor((10 * done) / total) > tenth) {
          tenth = Math.floor((10 * done) / total);
          process.stderr.write(`  generated ${done}/${total}\n`);
        }
      });
      if (tty) process.stderr.write('\n');
    }
    const generate_s = (performance.now() - g0) / 1000;
    const heap = n >= 50000 ? 20000 : 4096;
    say(`[${n}] pipeline (fresh process)`);
    const r = (await child(['pipeline', dir], heap, limit)) as {
      articles: number;
      words: number;
      total_s: number;
      peak_rss_mb: number;
      stages: {
        name: string;
        seconds: number | null;
        peak_rss_mb: number | null;
        gc_s?: number | null;
        note: string | null;
      }[];
      accuracy: Record<string, number>;
      extra: Record<string, Record<string, number>>;
    };
    let peerRows: PeerResult[] = [];
    if (peers) {
      say(`[${n}] peers (fresh process, cap ${cap} s each)`);
      peerRows = ((await child(['peers', dir, '--cap', String(cap)], heap)) as { peers: PeerResult[] }).peers;
    }
    const run: RunResult = {
      articles: r.articles,
      words: r.words || (JSON.parse(readFileSync(corpusPaths(dir).meta, 'utf8')) as { words: number }).words,
      total_s: r.total_s,
      peak_rss_mb: r.peak_rss_mb,
      stages: Object.fromEntries(r.stages.map((s) => [s.name, s.seconds])),
      stage_peak_rss_mb: Object.fromEntries(r.stages.map((s) => [s.name, s.peak_rss_mb])),
      stage_gc_s: Object.fromEntries(r.stages.map((s) => [s.name, s.gc_s ?? null])),
      notes: Object.fromEntries(r.stages.filter((s) => s.note).map((s) => [s.name, s.note!])),
      reuse_recall: r.accuracy.reuse_recall ?? null,
      reuse_precision: r.accuracy.reuse_precision ?? null,
      paraphrase_recall: r.accuracy.paraphrase_recall ?? null,
      citation_recall: r.accuracy.citation_recall ?? null,
      accuracy: r.accuracy,
      overlap: r.extra.overlap ?? null,
      generate_s,
      peers: peerRows,
    };
    runs.push(run);
    say(
      `[${n}] ${run.words.toLocaleString('en-US')} words, total ${run.total_s.toFixed(2)} s, peak ${run.peak_rss_mb} MB`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const doc = {
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      ram_gb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
    },
    seed,
    date: new Date().toISOString(),
    runs,
  };
  const body = JSON.stringify(doc, null, 2) + '\n';
  writeFileSync(join(outDir, `bench-${stamp}.json`), body);
  writeFileSync(join(outDir, 'latest.json'), body);
  process.stdout.write(table(runs) + '\n');
  say(`wrote ${join(outDir, 'latest.json')}`);
}

main().catch((e) => {
  say(`bench failed: ${(e as Error).message}`);
  process.exit(1);
});
