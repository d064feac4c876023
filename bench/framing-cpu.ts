// CPU time of the framing stage alone on a generated corpus, as `npm run bench` runs it (analyseFraming with the
// overlap's reused spans and the entity stage's actors), measured with process.cpuUsage: wall time means nothing on a
// loaded machine. Overlap and entities run first and are not timed.
// Usage: tsx bench/framing-cpu.ts [articles=10000] [dir=/tmp/presslens-overlap-cpu-<n>] [profile.cpuprofile]
// With a third argument the framing stage runs under V8's sampling profiler and the profile is written there (open it
// in Chrome DevTools, or sum self time per function); the profiler slows the stage, so time without it.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector/promises';
import { writeCorpus } from './generate.js';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseAll } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { extractEntities } from '../lib/entities/entities.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { actorEntities, reusedSpans } from '../lib/framing/run.js';
import { readFrames, readLexicon } from '../lib/framing/data.js';

const n = Number(process.argv[2] ?? 10000);
const dir = process.argv[3] ?? `/tmp/presslens-overlap-cpu-${n}`;
const profilePath = process.argv[4];
if (!existsSync(join(dir, 'corpus'))) await writeCorpus(dir, { articles: n, seed: 1 });
const corpus = await loadCorpus(join(dir, 'corpus'));
const docs = analyseAll(corpus.articles);
const reused = reusedSpans(overlap(docs));
const all = extractEntities(docs).entities;
const entities = actorEntities(all);
const titles: Record<string, string> = {};
for (const a of corpus.articles) if (a.title) titles[a.id] = a.title;
const frames = readFrames();
const lexicon = readLexicon();

let session: Session | null = null;
if (profilePath) {
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
const t0 = process.cpuUsage();
const framing = analyseFraming({ docs, titles, reused, entities, modifiers: all, frames, lexicon });
const t = process.cpuUsage(t0);
if (session) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(profilePath, JSON.stringify(profile));
}
const cpuSeconds = Math.round(((t.user + t.system) / 1e6) * 100) / 100;
const rows = {
  distinctive: framing.distinctive.length,
  labels: framing.labels.length,
  loaded: framing.loaded.length,
  sources: framing.sources.length,
  tone: framing.tone.length,
};
console.log(JSON.stringify({ articles: docs.length, cpuSeconds, rows }));
