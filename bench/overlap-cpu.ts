// CPU time of overlap() alone on a generated corpus (process.cpuUsage: wall time means nothing on a loaded machine),
// and the reuse accuracy of the result against the planted truth, scored as `npm run bench` scores it
// (bench/accuracy.ts: reuse passages only, confounders as negatives, rewrites found by passages or by the grade).
// Usage: tsx bench/overlap-cpu.ts [articles=10000] [dir=/tmp/presslens-overlap-cpu-<n>] [pairs.json to write]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTruth, writeCorpus } from './generate.js';
import { scoreReuse, type FoundPassage } from './accuracy.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';

const n = Number(process.argv[2] ?? 10000);
const dir = process.argv[3] ?? `/tmp/presslens-overlap-cpu-${n}`;
if (!existsSync(join(dir, 'corpus'))) await writeCorpus(dir, { articles: n, seed: 1 });
const corpus = await loadCorpus(join(dir, 'corpus'));
const docs = analyseAll(corpus.articles);
const t0 = process.cpuUsage();
const res = overlap(docs);
const t = process.cpuUsage(t0);
const cpu = (t.user + t.system) / 1e6;
const grades: Record<string, number> = {};
const credits: Record<string, number> = {};
for (const p of res.pairs) {
  grades[p.grade] = (grades[p.grade] ?? 0) + 1;
  credits[p.credit] = (credits[p.credit] ?? 0) + 1;
}
const found: FoundPassage[] = [];
for (const p of res.pairs)
  for (const q of p.passages)
    if (q.kind === 'reuse')
      found.push({ a: { doc: p.a, start: q.a[0], end: q.a[1] }, b: { doc: p.b, start: q.b[0], end: q.b[1] } });
const truth = readTruth(dir);
const {
  misses: _m,
  falsePositives: _f,
  ...score
} = scoreReuse(
  truth.reuse,
  found,
  truth.confounders ?? [],
  res.pairs.map((p) => ({ a: p.a, b: p.b, credit: p.credit, grade: p.grade })),
);
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const cpuSeconds = Math.round(cpu * 100) / 100;
console.log(
  JSON.stringify({
    articles: docs.length,
    cpuSeconds,
    pairs: res.pairs.length,
    grades,
    credits,
    precision: r3(score.precision),
    copyRecall: r3(score.recall),
    rewriteRecall: r3(score.rewriteRecall),
    paraphraseRecall: r3(score.paraphraseRecall),
    confounderHits: score.confounderHits,
    falseAccusations: score.falseAccusations,
    uncreditedPairs: score.uncreditedPairs,
  }),
);
if (process.argv[4]) writeFileSync(process.argv[4], JSON.stringify(res.pairs));
