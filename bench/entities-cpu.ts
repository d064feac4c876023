// CPU time of the entity stage alone (extractEntities) on the CoNLL-2003 dev text, and a hash of its output on that
// text, on the seeds and on a generated corpus, so a speed change can show it left the output byte-identical.
// Wall time means nothing on a loaded 2-core machine, so the stage is timed with process.cpuUsage, best of `runs`
// after one warm-up run (the same warm-up as `npm run eval -- entities`).
// Usage: tsx bench/entities-cpu.ts [runs=10] [articles=1000] [conll=../shared/dev/entities-conll2003/eng.testa]
//        [profile.cpuprofile]
// With a fourth argument one further run goes under V8's sampling profiler and the profile is written there.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { writeCorpus } from './generate.js';
import { readConll } from './eval/entities.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyse, analyseAll } from '../lib/text/analyse.js';
import { extractEntities } from '../lib/entities/entities.js';
import type { Doc } from '../lib/types.js';

const runs = Number(process.argv[2] ?? 10);
const articles = Number(process.argv[3] ?? 1000);
const conllPath = process.argv[4] ?? join(process.cwd(), '..', 'shared', 'dev', 'entities-conll2003', 'eng.testa');
const profilePath = process.argv[5];

const sha = (docs: readonly Doc[]) =>
  createHash('sha1')
    .update(JSON.stringify(extractEntities(docs)))
    .digest('hex')
    .slice(0, 16);

const conll = readConll(readFileSync(conllPath, 'utf8'));
const tokens = conll.reduce((n, d) => n + d.tokens, 0);
const docs: Doc[] = conll.map((d, i) =>
  analyse({ id: String(i), outlet: 'conll', date: null, text: d.text, paragraphs: d.paragraphs }),
);
const hashes: Record<string, string> = { conll: sha(docs) };
hashes.seeds = sha(analyseAll((await loadCorpus(join(process.cwd(), 'seeds'))).articles));
if (articles > 0) {
  const dir = `/tmp/presslens-entities-cpu-${articles}`;
  if (!existsSync(join(dir, 'corpus'))) await writeCorpus(dir, { articles, seed: 1 });
  hashes[`generated-${articles}`] = sha(analyseAll((await loadCorpus(join(dir, 'corpus'))).articles));
}

extractEntities(docs); // warm-up
let best = Infinity;
for (let k = 0; k < runs; k++) {
  const t0 = process.cpuUsage();
  extractEntities(docs);
  const t = process.cpuUsage(t0);
  best = Math.min(best, (t.user + t.system) / 1e6);
}
if (profilePath) {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let k = 0; k < 20; k++) extractEntities(docs);
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profilePath, JSON.stringify(profile));
}
console.log(
  JSON.stringify({ tokens, bestCpuMs: Math.round(best * 1000), tokensPerCpuSecond: Math.round(tokens / best), hashes }),
);
