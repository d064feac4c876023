// CPU cost of the graded rewrite score: overlap() with it and without it (`grade: false`), alternated in one process on
// one analysed corpus, so that load on a shared machine falls on both alike. Rounds run in the order without/with,
// then with/without (ABBA), after one untimed warm-up of each; the medians and their ratio are printed.
// Usage: node --expose-gc --import tsx bench/overlap-ratio.ts [articles=10000] [rounds=5] [dir=/tmp/presslens-overlap-cpu-<n>]
// (--expose-gc: a full collection before each timed run, so one run's garbage is not charged to the next)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './generate.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import type { Doc } from '../lib/types.js';

const n = Number(process.argv[2] ?? 10000);
const rounds = Number(process.argv[3] ?? 5);
const dir = process.argv[4] ?? `/tmp/presslens-overlap-cpu-${n}`;
if (!existsSync(join(dir, 'corpus'))) await writeCorpus(dir, { articles: n, seed: 1 });
const docs = analyseAll((await loadCorpus(join(dir, 'corpus'))).articles);
const gc = (globalThis as { gc?: () => void }).gc;

/** CPU seconds (user + system, all threads) of one overlap() run. */
function cpuOf(ds: readonly Doc[], grade: boolean): number {
  gc?.();
  const t0 = process.cpuUsage();
  overlap(ds, { grade });
  const t = process.cpuUsage(t0);
  return (t.user + t.system) / 1e6;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r2 = (x: number) => Math.round(x * 100) / 100;

cpuOf(docs, false);
cpuOf(docs, true);
const without: number[] = [],
  withGrade: number[] = [];
for (let r = 0; r < rounds; r++) {
  const order = r % 2 === 0 ? [false, true] : [true, false];
  for (const g of order) (g ? withGrade : without).push(cpuOf(docs, g));
  console.error(`round ${r + 1}: without ${r2(without[r])} s, with ${r2(withGrade[r])} s`);
}
const mw = median(withGrade),
  mo = median(without);
console.log(
  JSON.stringify({
    articles: docs.length,
    rounds,
    withoutSeconds: without.map(r2),
    withSeconds: withGrade.map(r2),
    medianWithout: r2(mo),
    medianWith: r2(mw),
    ratio: r2(mw / mo),
    ratioOfRounds: withGrade.map((w, i) => r2(w / without[i])),
  }),
);
