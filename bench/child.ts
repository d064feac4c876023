// One benchmark size in a fresh process: run the stages (or the peers) on a generated corpus, print one JSON line.
//   tsx bench/child.ts pipeline <dir>    tsx bench/child.ts peers <dir> [--cap <s>]
// Progress goes to stderr; the result is the last line of stdout.
import { PerformanceObserver } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { corpusPaths, readTruth } from './generate.js';
import { STAGES, Unavailable, type Ctx } from './stages.js';

/**
 * Peak RSS sampled every 10 ms from a worker thread (the main thread is busy in synchronous stages, so a timer on it
 * would never fire). RSS is process-wide, so the worker sees the main thread's memory. Shared memory holds the peak (MB).
 */
export function rssSampler(): { peakMb(): number; reset(): void; stop(): void } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const w = new Worker(
    `const { workerData } = require('node:worker_threads');
     const a = new Int32Array(workerData);
     const tick = () => { const mb = Math.ceil(process.memoryUsage.rss() / 1048576); if (mb > Atomics.load(a, 0)) Atomics.store(a, 0, mb); if (Atomics.load(a, 1) === 0) setTimeout(tick, 10); };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  w.unref();
  return {
    peakMb: () => Math.max(Atomics.load(shared, 0), Math.ceil(process.memoryUsage.rss() / 1048576)),
    reset: () => Atomics.store(shared, 0, 0),
    stop: () => {
      Atomics.store(shared, 1, 1);
      void w.terminate();
    },
  };
}

/** Seconds spent in garbage collection so far (V8 'gc' performance entries; they arrive on the event loop, so flush first). */
function gcClock(): { flush(): Promise<number>; stop(): void } {
  let ms = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) ms += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  return {
    flush: async () => {
      await new Promise((r) => setTimeout(r, 0));
      await new Promise((r) => setImmediate(r));
      return ms / 1000;
    },
    stop: () => obs.disconnect(),
  };
}

function say(msg: string): void {
  process.stderr.write(msg + '\n');
}

async function pipeline(dir: string): Promise<void> {
  const truth = readTruth(dir);
  const sampler = rssSampler();
  const ctx: Ctx = { dir: corpusPaths(dir).corpus, truth, results: {}, accuracy: {}, extra: {} };
  const stages: {
    name: string;
    seconds: number | null;
    peak_rss_mb: number | null;
    gc_s: number | null;
    note: string | null;
  }[] = [];
  const gc = gcClock();
  const t0 = performance.now();
  for (const st of STAGES) {
    sampler.reset();
    const gc0 = await gc.flush();
    const s0 = performance.now();
    process.stderr.write(`  ${st.name} … `);
    try {
      const note = await st.run(ctx);
      const seconds = (performance.now() - s0) / 1000;
      const gcS = (await gc.flush()) - gc0;
      stages.push({ name: st.name, seconds, peak_rss_mb: sampler.peakMb(), gc_s: gcS, note: note || null });
      // each finished stage as its own line, so the parent keeps it if a later stage is stopped at the time limit
      process.stdout.write(
        JSON.stringify({
          stage: stages[stages.length - 1],
          accuracy: ctx.accuracy,
          extra: ctx.extra,
          articles: ctx.corpus?.articles.length ?? 0,
        }) + '\n',
      );
      say(`${seconds.toFixed(2)} s (gc ${gcS.toFixed(2)} s)${note ? ` (${note})` : ''}`);
    } catch (e) {
      if (!(e instanceof Unavailable)) throw e;
      stages.push({
        name: st.name,
        seconds: null,
        peak_rss_mb: null,
        gc_s: null,
        note: `stage not available yet: ${e.message}`,
      });
      say(`stage not available yet (${e.message})`);
    }
  }
  const total = (performance.now() - t0) / 1000;
  sampler.stop();
  gc.stop();
  const corpus = ctx.corpus!;
  let words = 0;
  for (const a of corpus.articles) {
    const re = /[\p{L}\p{N}]\S*/gu;
    while (re.exec(a.text)) words++;
  }
  const maxRss = Math.ceil(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    JSON.stringify({
      articles: corpus.articles.length,
      skipped: corpus.skipped.length,
      words,
      total_s: total,
      peak_rss_mb: Math.max(maxRss, ...stages.map((s) => s.peak_rss_mb ?? 0)),
      stages,
      accuracy: ctx.accuracy,
      extra: ctx.extra,
    }) + '\n',
  );
}

async function main(): Promise<void> {
  const [mode, dir, ...rest] = process.argv.slice(2);
  if (mode === 'pipeline') return pipeline(dir);
  if (mode === 'peers') {
    const { runPeers } = await import('./peers.js');
    const cap = rest.includes('--cap') ? Number(rest[rest.indexOf('--cap') + 1]) : 60;
    const only = rest.includes('--only') ? rest[rest.indexOf('--only') + 1] : undefined;
    const peers = await runPeers(dir, cap, only);
    process.stdout.write(JSON.stringify({ peers }) + '\n');
    return;
  }
  throw new Error('usage: child.ts pipeline|peers <dir>');
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench child failed: ${(e as Error).stack ?? e}\n`);
    process.exit(1);
  },
);
