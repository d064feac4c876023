// Run every stage (load, analysis pipeline, report without images) on one corpus in a child process, printing one
// JSON line per finished stage with the resident memory then, so a test can bound memory and name a stuck stage.
// Usage: node --import tsx test/helpers/stages-child.ts <corpus> <outDir>
import { loadCorpus } from '../../lib/corpus/load.js';
import { analyseCorpus } from '../../lib/pipeline.js';
import { buildReport, writeReport } from '../../lib/report/report.js';

const [corpusPath, outDir] = process.argv.slice(2);
const mb = (n: number) => Math.round(n / 1048576);
const line = (o: object) => process.stdout.write(JSON.stringify(o) + '\n');
const start = { stage: 'start', rssMb: mb(process.memoryUsage().rss) };
line(start);
let t = performance.now();
const lap = (stage: string) => {
  line({
    stage,
    ms: Math.round(performance.now() - t),
    rssMb: mb(process.memoryUsage().rss),
    maxRssMb: mb(process.resourceUsage().maxRSS * 1024),
  });
  t = performance.now();
};
const corpus = await loadCorpus(corpusPath);
lap('load');
const analysis = analyseCorpus(corpus, { onStage: (stage) => lap(stage) });
t = performance.now();
const input = await buildReport(corpus, analysis.docs, { analysis });
lap('report-build');
await writeReport(input, outDir, { images: false });
lap('report-write');
line({
  stage: 'done',
  articles: corpus.articles.length,
  chars: corpus.articles.reduce((n, a) => n + a.text.length, 0),
});
