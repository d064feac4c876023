// CPU time of overlap() alone on a generated corpus (process.cpuUsage: wall time means nothing on a loaded machine).
// Usage: tsx bench/overlap-cpu.ts [articles=10000] [dir=/tmp/presslens-overlap-cpu-<n>] [pairs.json to write]
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './generate.js';
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
for (const p of res.pairs) grades[p.grade] = (grades[p.grade] ?? 0) + 1;
const cpuSeconds = Math.round(cpu * 100) / 100;
console.log(JSON.stringify({ articles: docs.length, cpuSeconds, pairs: res.pairs.length, grades }));
if (process.argv[4]) writeFileSync(process.argv[4], JSON.stringify(res.pairs));
